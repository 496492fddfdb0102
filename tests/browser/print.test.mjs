// The printed sheet and the phone layout. On representative paths the
// print view, with print media, holds every line the screen's checklist
// shows (its folded parts, the answers and the sources, excepted: the
// sheet's QR code leads to them); a heading stays with its first line;
// the sheet is not in the checklist page. An Arabic family's checklist
// stays short on a phone: at most 6,000 px tall at 360 px, at most
// 70 KB of pre-rendered HTML. PDFs and PNGs land in out/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startServer, launch, appReady, outDir, shot, isoDay, student } from "./lib.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

const paths = {
  ukraine: "city=dortmund&need=ukraine",
  student,
  "hagen-family-benefits": `city=hagen&need=extend&citizenship=other&status=family&expiry=${isoDay(50)}&people=adult,adult,child_6_17,child_under_6&benefits=yes`,
  "naturalisation-children": "city=dortmund&need=naturalisation&people=adult,child_6_17,child_under_6",
  "register-visa-running-out": `city=dortmund&need=register&citizenship=other&arrival=visa&purpose=study&expiry=${isoDay(20)}&people=adult&benefits=no&urgent=none`,
};

const norm = (s) => s.normalize("NFKC").replace(/[\u2060\u2066-\u2069\u00ad]/g, "").replace(/\s+/g, " ").trim();

// screenLines are the pieces of every row the checklist shows unfolded:
// each row's parts (label, text, value, amount, tags, link, for whom,
// the boxes' labels) and its details, without the folded "why?".
function screenLines() {
  const parts = [];
  for (const row of document.querySelectorAll(".checklist li.row")) {
    if (row.closest("details")) continue;
    for (const el of row.querySelectorAll(".label, .text, .value, .amount, .tag, .ext, .for, .doc-name, .boxes label")) {
      if (el.closest(".why")) continue;
      const t = el.textContent.trim();
      if (t) parts.push(t);
    }
  }
  return parts;
}

for (const [name, query] of Object.entries(paths)) {
  test(`print: the sheet holds every line of the screen (${name})`, async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${server.base}/de/checklist/?${query}`);
    await appReady(page);
    await page.waitForSelector(".checklist h1");
    const lines = (await page.evaluate(screenLines)).map(norm);
    assert.ok(lines.length > 8, `${lines.length} lines on the screen`);
    assert.equal(await page.$("#printout"), null, "the checklist page carries no print sheet");
    await page.click("#print-sheet");
    await page.waitForSelector("#printout");
    await page.emulateMedia({ media: "print" });
    const sheet = await page.evaluate(() => {
      const el = document.getElementById("printout");
      const shown = (sel) => [...document.querySelectorAll(sel)].some((x) => getComputedStyle(x).display !== "none" && x.offsetParent);
      const keep = [...el.querySelectorAll(".print-keep")];
      return {
        text: el.innerText, visible: getComputedStyle(el).display !== "none",
        chrome: shown("header.top") || shown("footer.foot") || shown(".print-bar"),
        keep: keep.length, kept: keep.every((k) => getComputedStyle(k).breakInside === "avoid" && k.firstElementChild.classList.contains("print-head")),
        sections: el.querySelectorAll(".print-section").length,
      };
    });
    assert.ok(sheet.visible, "the sheet prints");
    assert.equal(sheet.chrome, false, "header, footer and buttons do not print");
    assert.ok(sheet.kept && sheet.keep === sheet.sections, "every heading is kept with its first line");
    const printed = norm(sheet.text);
    const lacking = [...new Set(lines)].filter((l) => !printed.includes(l));
    assert.deepEqual(lacking, [], `the printed sheet lacks ${lacking.length} of ${lines.length} lines`);
    const pdf = path.join(outDir, `print-${name}.pdf`);
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(outDir, `print-${name}`)]);
    await ctx.close();
  });
}

test("phone: an Arabic family's checklist is at most 6,000 px tall at 360 px and 70 KB of HTML", async () => {
  const family = `city=dortmund&need=extend&citizenship=other&status=protection&expiry=${isoDay(100)}&people=adult,adult,child_6_17,child_under_6&benefits=yes&urgent=none`;
  const url = `${server.base}/ar/checklist/?${family}`;
  const html = await (await fetch(url)).text();
  const bytes = Buffer.byteLength(html);
  assert.ok(bytes <= 70 * 1024, `pre-rendered HTML: ${bytes} B`);
  assert.ok(!html.includes("printout"), "no print sheet in the page");
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await appReady(page);
  await page.waitForSelector(".doc input");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`arabic family at 360 px: ${height} px, ${bytes} B of HTML`);
  assert.ok(height <= 6000, `${height} px tall`);
  // Each document once; a box for each person who brings it.
  const docs = await page.$$eval(".documents li.doc", (ls) => ls.map((l) => [l.id, l.querySelectorAll("input[type=checkbox]").length]));
  assert.equal(new Set(docs.map(([id]) => id)).size, docs.length, "each document once");
  assert.ok(docs.some(([, n]) => n === 4) && docs.some(([, n]) => n === 1), "boxes per person, and one for what the family brings once");
  await page.screenshot({ path: shot("phone-ar-family-360"), fullPage: true });
  await ctx.close();
});
