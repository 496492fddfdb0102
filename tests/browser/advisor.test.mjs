// The advisor's desk: every question on one page in a German interface,
// the checklist beside it matching `lotse checklist`, a bilingual A4 print
// in a chosen second language (PDF -> text and PNG), the hand-over link
// and QR code, the calendar file, and axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startServer, launch, appReady, shot, outDir, root, isoDay } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

const picks = [
  ["city", "dortmund"], ["need", "extend"], ["citizenship", "other"], ["status", "family"],
  ["expiry", isoDay(120)], ["length", "unknown"], ["benefits", "no"], ["urgent", "none"],
];
const people = { adult: "2", child_6_17: "1" };
const norm = (s) => s.normalize("NFKC").replace(/[\s\u2066-\u2069\u00ad]+/g, "");
// pdftotext writes lam-alef ligatures in visual order: compare Arabic
// without alef and lam, each word on its own.
const normAr = (s) => norm(s).replace(/[\u0627\u0623\u0625\u0622\u0644\u064B-\u0652]/g, "");
const arWords = (s) => s.split(/[\s:()،,.–-]+/).map(normAr).filter((w) => w.length > 1);

test("advisor: German desk, Arabic second language, bilingual A4 print, hand-over and calendar", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const started = Date.now();
  await page.goto(server.base + "/de/advisor");
  await appReady(page);
  for (const [q, v] of picks) {
    const sel = `#f-${q}`;
    await page.waitForSelector(sel);
    if (q === "expiry") await page.fill(sel, v);
    else await page.selectOption(sel, v);
    await page.waitForFunction(([q, v]) => new URLSearchParams(location.search).get(q) === v, [q, v]);
    if (q === "length") {
      for (const [kind, n] of Object.entries(people)) {
        await page.selectOption(`#f-people-${kind}`, n);
        await page.waitForFunction(([k, n]) => (new URLSearchParams(location.search).get("people") || "").split(",").filter((x) => x === k).length === +n, [kind, n]);
      }
    }
  }
  await page.waitForSelector("#checklist-title");
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 60, `answering took ${seconds}s`);
  assert.equal(await page.getAttribute("html", "lang"), "de");
  const answers = new URL(page.url()).search.slice(1);
  assert.match(answers, /people=adult,adult,child_6_17/);

  // The same checklist as the command line.
  const cli = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["checklist", "--answers", answers, "--format", "json"], { cwd: root }));
  const cliDocs = cli.documents.flatMap((g) => g.docs.map((d) => d.name.german));
  await page.waitForSelector(".doc .doc-name");
  const docs = await page.$$eval(".checklist .doc .doc-name", (els) => els.map((e) => e.textContent.trim()));
  const boxes = await page.$$eval(".checklist .doc input[type=checkbox]", (els) => els.length);
  assert.equal(boxes, cliDocs.length, "a box for every document of `lotse checklist`, per person");
  assert.equal(docs.length, new Set(cliDocs).size, "each document once");
  for (const d of cliDocs) assert.ok(docs.some((x) => x.includes(d)), "on the desk: " + d);

  // Hand-over: the link opens the same checklist in the applicant's view.
  const link = await page.getAttribute("#handover-link", "href");
  assert.equal(new URL(link).pathname, "/de/checklist/");
  assert.equal(new URL(link).search.slice(1), answers);
  assert.ok(await page.$("#handover-qr svg path"), "QR code drawn on the device");

  // The second language is chosen on the desk, not by the interface.
  await page.selectOption("#print-lang", "ar");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("print") === "ar");
  assert.equal(await page.getAttribute("html", "lang"), "de", "the desk stays German");
  assert.equal(await page.$("#printout"), null, "the sheet is rendered when it is opened, not hidden in the desk");

  // Calendar: an appointment date is one more event.
  const before = await page.textContent("#calendar-download");
  await page.fill("#cal-appointment", isoDay(30));
  await page.waitForFunction((b) => document.getElementById("calendar-download")?.textContent !== b, before);
  const href = await page.getAttribute("#calendar-download", "href");
  const ics = decodeURIComponent(href.slice(href.indexOf(",") + 1));
  assert.match(ics, /BEGIN:VCALENDAR\r\n/);
  assert.ok(ics.includes("DTSTART;VALUE=DATE:" + isoDay(30).replaceAll("-", "")), "the appointment is in the file");

  // One click opens the print view; printing shows the bilingual sheet.
  await page.click("#print");
  await page.waitForFunction(() => /[\u0600-\u06FF]/.test(document.getElementById("printout")?.textContent || ""));
  assert.equal(new URL(page.url()).searchParams.get("print"), "ar");
  await page.emulateMedia({ media: "print" });
  const pdf = path.join(outDir, "advisor-de-ar.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-raw", pdf, "-"]).toString();
  const ar = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["checklist", "--answers", answers, "--format", "json", "--lang", "ar"], { cwd: root }));
  for (const g of ar.documents) {
    for (const d of g.docs) {
      assert.ok(norm(text).includes(norm(d.name.german)), "German name in PDF: " + d.id);
      for (const w of arWords(d.name.local)) assert.ok(normAr(text).includes(w), `Arabic name in PDF: ${d.id} (${w})`);
    }
  }
  const de = JSON.parse(readFileSync(path.join(root, "i18n/de.json"), "utf8"));
  for (const key of ["print.client", "print.date", "section.how", "section.photo"]) assert.ok(text.includes(de[key].other), "print has " + key);
  execFileSync("pdftoppm", ["-png", "-r", "70", pdf, path.join(outDir, "advisor-de-ar-print")]);
  await ctx.close();
});

test("advisor: axe-core finds no WCAG 2.2 AA violations", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await ctx.newPage();
  for (const url of ["/de/advisor", "/ar/advisor?" + picks.map(([k, v]) => `${k}=${v}`).join("&") + "&people=adult,child_under_6"]) {
    await page.goto(server.base + url);
    await appReady(page);
    await page.evaluate(axeSource);
    const v = await page.evaluate(async () => (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target).slice(0, 3)}`));
    assert.deepEqual(v, [], url);
  }
  await page.screenshot({ path: shot("advisor-ar-1280"), fullPage: false });
  await ctx.close();
});
