// The advisor's desk: the one-page form in Arabic, the checklist beside it
// matching `lotse checklist`, the bilingual A4 printout (PDF -> text and
// PNG), the hand-over link and QR code, the calendar file, and axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startServer, launch, appReady, shot, outDir, root } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const ar = JSON.parse(readFileSync(path.join(root, "i18n/ar.json"), "utf8"));
const de = JSON.parse(readFileSync(path.join(root, "i18n/de.json"), "utf8"));
let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

const picks = [
  ["city", "dortmund"], ["need", "extend"], ["citizenship", "other"], ["status", "study"],
  ["fh", "yes"], ["expiry", "2027-06-01"], ["length", "unknown"], ["age", "six_or_older"], ["urgent", "none"],
];
const norm = (s) => s.normalize("NFKC").replace(/[\s\u2066-\u2069]+/g, "");
// pdftotext writes lam-alef ligatures in visual order (اإل for الإ): compare
// Arabic without alef and lam, every other letter in order.
// Diacritics may come out in another order, and bidi runs split at
// punctuation, so each Arabic word is looked up on its own.
const normAr = (s) => norm(s).replace(/[\u0627\u0623\u0625\u0622\u0644\u064B-\u0652]/g, "");
const arWords = (s) => s.split(/[\s:()،,.–-]+/).map(normAr).filter((w) => w.length > 1);

test("advisor: fill the form in Arabic, print bilingual A4, hand over", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const started = Date.now();
  await page.goto(server.base + "/ar/advisor");
  await appReady(page);
  for (const [q, v] of picks) {
    const sel = `#f-${q}`;
    await page.waitForSelector(sel);
    if (q === "expiry") await page.fill(sel, v);
    else await page.selectOption(sel, v);
    await page.waitForFunction(([q, v]) => new URLSearchParams(location.search).get(q) === v, [q, v]);
  }
  await page.waitForSelector("#checklist-title");
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 60, `answering took ${seconds}s`);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");

  // The same checklist as the command line.
  const answers = new URL(page.url()).search.slice(1);
  const cli = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["checklist", "--answers", answers, "--format", "json"], { cwd: root }));
  await page.waitForSelector(".doc label");
  const docs = await page.$$eval(".doc label bdi[lang=de]", (els) => els.map((e) => e.textContent));
  assert.deepEqual(docs, cli.documents.map((d) => de[`doc.${d.id}.name`].other));
  assert.equal(cli.fee_min, 9300); assert.equal(cli.fee_max, 9600);

  // Hand-over: the link opens the same checklist in the applicant's view.
  const link = await page.getAttribute("#handover-link", "href");
  assert.equal(new URL(link).pathname, "/ar/checklist/");
  assert.equal(new URL(link).search.slice(1), answers);
  assert.ok(await page.$("#handover-qr svg path"), "QR code drawn on the device");

  // Calendar: an appointment date adds the Prüfbescheinigung deadline.
  await page.fill("#cal-appointment", "2027-02-15");
  await page.waitForFunction(() => document.getElementById("calendar-download")?.textContent.includes("(4)"));
  const href = await page.getAttribute("#calendar-download", "href");
  const ics = decodeURIComponent(href.slice(href.indexOf(",") + 1));
  assert.match(ics, /BEGIN:VCALENDAR\r\n/); assert.match(ics, /DTSTART;VALUE=DATE:20270201/);

  // One click prints: the print stylesheet shows the bilingual sheet.
  await page.emulateMedia({ media: "print" });
  const pdf = path.join(outDir, "advisor-ar.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  for (const d of cli.documents) {
    assert.ok(norm(text).includes(norm(de[`doc.${d.id}.name`].other)), "German name in PDF: " + d.id);
    for (const w of arWords(ar[`doc.${d.id}.name`].other)) assert.ok(normAr(text).includes(w), `Arabic name in PDF: ${d.id} (${w})`);
  }
  assert.ok(text.includes("93") && text.includes("96"), "total fee range in PDF");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, path.join(outDir, "advisor-ar-print")]);
  await ctx.close();
});

test("advisor: axe-core finds no WCAG 2.2 AA violations", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await ctx.newPage();
  for (const url of ["/de/advisor", "/ar/advisor?" + picks.map(([k, v]) => `${k}=${v}`).join("&")]) {
    await page.goto(server.base + url);
    await appReady(page);
    await page.evaluate(axeSource);
    const v = await page.evaluate(async () => (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target).slice(0, 3)}`));
    assert.deepEqual(v, [], url);
  }
  await page.screenshot({ path: shot("advisor-ar-1280"), fullPage: false });
  await ctx.close();
});
