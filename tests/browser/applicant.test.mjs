// The applicant's phone: accessibility (axe-core, keyboard), ticks that
// belong to documents (reload, offline, a changed answer, two tabs, a new
// version), the no-wasm path, the language switch, print or save, and
// screenshots at 360 px for review.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startServer, launch, appReady, swReady, copyWeb, freePort, shot, root, student, family, ticked, isoDay } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function phone(opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, ...opts });
  return { ctx, page: await ctx.newPage() };
}

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  });
}

test("axe-core: start, wizard and people question in German, Arabic and Pashto, also in dark mode", async () => {
  const { ctx, page } = await phone({ bypassCSP: true });
  for (const lang of ["de", "ar", "ps"]) {
    for (const url of [`/${lang}/`, `/${lang}/q?city=dortmund`, `/${lang}/q?city=dortmund&need=extend&citizenship=other&status=family&expiry=${isoDay(90)}&length=over3m&people=adult`]) {
      await page.goto(server.base + url);
      await appReady(page);
      await page.waitForSelector("main h1");
      assert.deepEqual(await axe(page), [], url);
    }
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(server.base + `/ar/checklist?${family}`);
  await appReady(page);
  assert.deepEqual(await axe(page), [], "dark mode");
  await ctx.close();
});

test("keyboard only: from the start page to a checklist, ticking a document", async () => {
  const { ctx, page } = await phone();
  await page.goto(server.base + "/en/");
  await appReady(page);
  const tabTo = async (pred, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(pred)) return;
    }
    throw new Error("focus never reached the target");
  };
  await tabTo(() => document.activeElement?.id === "start");
  await page.keyboard.press("Enter");
  for (let step = 0; step < 14; step++) {
    await page.waitForFunction(() => document.activeElement?.id === "question" || document.activeElement?.id === "checklist-title");
    if (await page.evaluate(() => document.activeElement?.id === "checklist-title")) break;
    const kind = await page.evaluate(() => (document.querySelector("#date-input") ? "date" : "choice"));
    if (kind === "date") {
      await tabTo(() => document.activeElement?.id === "date-unknown");
    } else {
      await tabTo(() => document.activeElement?.classList.contains("answer"));
    }
    await page.keyboard.press("Enter");
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "checklist-title", "focus moves to the result heading");
  await tabTo(() => document.activeElement?.type === "checkbox");
  await page.keyboard.press("Space");
  assert.equal(await page.evaluate(() => document.activeElement.checked), true);
  await ctx.close();
});

test("the summary comes first: where, how, the deadline, the cost, the documents, with jump links", async () => {
  const { ctx, page } = await phone();
  await page.goto(`${server.base}/de/checklist?${student}`);
  await appReady(page);
  const top = await page.$eval(".summary", (el) => el.getBoundingClientRect().top);
  assert.ok(top < 640, "the summary starts on the first phone screen");
  const summary = await page.textContent(".summary");
  assert.match(summary, /\b40\b/, "the deadline that matters now (in 40 days) is in the summary: " + summary);
  assert.ok(await page.$(".summary .row.urgent"), "and marked urgent");
  for (const id of ["#summary-cost"]) assert.ok((await page.textContent(id)).includes("€"));
  // The answers come next, folded to one line, each with a link to change it.
  const order = await page.$$eval(".checklist > section", (ss) => ss.map((s) => s.className));
  assert.deepEqual(order.slice(0, 2), ["summary", "answers"]);
  await page.click(".answers summary");
  assert.ok((await page.$$(".answers a.change")).length >= 5, "a change link for each answer");
  const jumps = await page.$$eval(".jump a", (as) => as.map((a) => a.getAttribute("href")));
  assert.ok(jumps.length >= 5);
  for (const j of jumps) assert.ok(await page.$(j), "jump target exists: " + j);
  await ctx.close();
});

test("ticks belong to documents: reload, offline, a changed answer, a new version", async () => {
  const web = copyWeb();
  const port = await freePort();
  let s = await startServer({ port, webDir: web });
  const { ctx, page } = await phone();
  await page.goto(`${s.base}/de/checklist?${student}`);
  await appReady(page);
  await swReady(page);
  const boxes = page.locator(".doc input[type=checkbox]");
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  const want = await ticked(page);
  assert.equal(want.length, 2);
  await page.reload(); await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
  assert.deepEqual(await ticked(page), want, "after reload");
  // An answer that leaves these documents in the list keeps their ticks.
  await page.goto(`${s.base}/de/checklist?${student.replace("urgent=none", "urgent=business_trip")}`);
  await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length >= 2);
  assert.deepEqual((await ticked(page)).filter((k) => want.includes(k)), want, "a changed, unrelated answer keeps the ticks");
  await page.goto(`${s.base}/de/checklist?${student}`);
  await appReady(page);
  await ctx.setOffline(true);
  await page.reload(); await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
  assert.deepEqual(await ticked(page), want, "offline");
  await ctx.setOffline(false);
  await s.stop();
  appendFileSync(path.join(web, "lotse.css"), "\n/* another build */\n");
  s = await startServer({ port, webDir: web });
  try {
    await page.reload(); await appReady(page);
    await page.waitForSelector("#update-note", { timeout: 60000 });
    await page.click("#update-reload"); await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
    assert.deepEqual(await ticked(page), want, "after the update");
  } finally {
    await ctx.close();
    await s.stop();
  }
});

test("two tabs: ticks made in each are merged in both", async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const a = await ctx.newPage();
  const b = await ctx.newPage();
  for (const p of [a, b]) {
    await p.goto(`${server.base}/de/checklist?${family}`);
    await appReady(p);
  }
  await a.locator(".doc input[type=checkbox]").nth(0).check();
  await b.locator(".doc input[type=checkbox]").nth(3).check();
  for (const p of [a, b]) await p.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
  assert.deepEqual((await ticked(a)).sort(), (await ticked(b)).sort());
  // The advisor's desk keeps its own ticks: it does not clobber the
  // applicant's list on the same device.
  const desk = await ctx.newPage();
  await desk.setViewportSize({ width: 1280, height: 900 });
  await desk.goto(`${server.base}/de/advisor/?${family}`);
  await appReady(desk);
  await desk.waitForSelector(".checklist .doc input");
  assert.equal(await desk.$$eval(".checklist .doc input:checked", (x) => x.length), 0, "the desk starts unticked");
  await desk.locator(".checklist .doc input[type=checkbox]").nth(5).check();
  await a.reload();
  await appReady(a);
  await a.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
  await ctx.close();
});

test("no wasm: unticked boxes that say ticking needs the app; answer links reach the same checklist as the app and the CLI", async () => {
  const { ctx, page } = await phone();
  const wasmRequests = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasmRequests.push(r.url()));
  await page.goto(server.base + "/de/q?wasm=false");
  const picks = { city: "dortmund", need: "extend", citizenship: "other", status: "study", length: "over3m", people: "adult", benefits: "no", urgent: "none" };
  for (let i = 0; i < 14 && !page.url().includes("/checklist"); i++) {
    if (await page.$("#date-input")) {
      await page.fill("#date-input", isoDay(40));
      await Promise.all([page.waitForNavigation(), page.click("#date-submit")]);
      continue;
    }
    const q = new URL(page.url()).searchParams;
    const hrefs = await page.$$eval("a.answer", (as) => as.map((a) => a.getAttribute("href")));
    const next = hrefs.find((h) => {
      const p = new URL(h, "http://x").searchParams;
      return [...p].some(([k, v]) => !q.has(k) && picks[k] === v);
    });
    assert.ok(next, "an answer link for the next question at " + page.url());
    assert.match(next, /wasm=false/, "links keep the no-wasm mode");
    await Promise.all([page.waitForNavigation(), page.click(`a[href="${next}"]`)]);
  }
  assert.ok(page.url().includes("/de/checklist"), "reached the checklist: " + page.url());
  assert.deepEqual(wasmRequests, [], "the wasm was never loaded");
  assert.equal(await page.$$eval(".doc input:checked", (b) => b.length), 0, "no box is ticked");
  assert.ok(await page.$("#ticks-need-app"), "the page says that ticks need the app");
  const noWasmDocs = await page.$$eval(".doc label", (ls) => ls.map((l) => l.textContent.trim()));
  const answers = new URL(page.url()).search.replace("&wasm=false", "").slice(1);
  await page.goto(server.base + "/de/checklist?" + answers);
  await appReady(page);
  await page.waitForSelector(".doc label");
  assert.equal(await page.$("#ticks-need-app"), null, "the note goes once the app runs");
  const appDocs = await page.$$eval(".doc label", (ls) => ls.map((l) => l.textContent.trim()));
  assert.deepEqual(noWasmDocs, appDocs);
  const cli = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["checklist", "--answers", answers, "--format", "json"], { cwd: root }));
  const cliDocs = cli.documents.reduce((n, g) => n + g.docs.length, 0);
  assert.equal(appDocs.length, cliDocs, "same documents as `lotse checklist`");
  await ctx.close();
});

test("phone details: 200 % text without horizontal scrolling; touch targets of 44 px", async () => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  for (const url of ["/de/", "/ar/", "/de/q?city=dortmund", `/ar/checklist?${family}`, `/de/checklist?${student}`]) {
    await page.goto(server.base + url);
    await appReady(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "200 % text: " + url);
  }
  await page.goto(server.base + "/ar/");
  await appReady(page);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  await page.goto(server.base + `/de/checklist?${student}`);
  await appReady(page);
  const small = (sel, min) => page.$$eval(sel, (els, min) =>
    els.filter((e) => e.getBoundingClientRect().height < min && e.offsetParent).map((e) => e.className + ":" + Math.round(e.getBoundingClientRect().height)), min);
  assert.deepEqual(await small(".answer, .doc label, .button, .langs summary, .jump summary, .fold > summary, .change, .contact-form > summary", 44), []);
  // "Why?" is light: a small toggle, still 24 px (WCAG 2.2 target size).
  assert.deepEqual(await small(".why summary", 24), []);
  // The language picker is one compact control on the first screen.
  const picker = await page.$eval(".langs summary", (el) => el.getBoundingClientRect().height);
  assert.ok(picker < 60, "compact language picker: " + picker);
  await ctx.close();
});

test("switching language in the app loads that language and keeps the answers", async () => {
  const { ctx, page } = await phone();
  await page.goto(`${server.base}/de/checklist/?${student}`);
  await appReady(page);
  await page.click(".langs summary");
  await page.click('.langs a[lang="ps"]');
  await page.waitForFunction(() => document.documentElement.dir === "rtl" && document.documentElement.lang === "ps");
  await page.waitForSelector("#checklist-title");
  assert.ok(page.url().includes("/ps/checklist/?" + student));
  assert.match(await page.textContent("#checklist-title"), /[\u0600-\u06FF]/, "Pashto text, not a German fallback");
  await page.goto(`${server.base}/`);
  await appReady(page);
  await page.waitForURL(/\/ps\/$/);
  await ctx.close();
});

test("the applicant prints or saves the bilingual sheet from the phone", async () => {
  const { ctx, page } = await phone();
  await page.goto(`${server.base}/ar/checklist/?${family}`);
  await appReady(page);
  assert.ok(await page.$("#print-sheet"), "a print or save button");
  await page.click("#print-sheet");
  await page.waitForSelector(".printout");
  assert.ok(await page.$("#print-now"), "the print view offers to print");
  await page.screenshot({ path: shot("print-view-ar-360"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  const sheet = await page.$eval(".printout", (el) => ({ visible: getComputedStyle(el).display !== "none", text: el.innerText }));
  assert.ok(sheet.visible, "the sheet is what prints");
  const de = JSON.parse(readFileSync(path.join(root, "i18n/de.json"), "utf8"));
  assert.ok(sheet.text.includes(de["section.documents"].other), "German beside the reader's language");
  assert.match(sheet.text, /[\u0600-\u06FF]/, "and the reader's language");
  await ctx.close();
});

test("screenshots at 360 px (saved for review): German, Arabic, Ukrainian, Pashto, Kurmanji", async () => {
  const naturalisation = "city=dortmund&need=naturalisation&people=adult,child_6_17,child_under_6";
  for (const [lang, q] of [["de", family], ["ar", family], ["uk", family], ["de", naturalisation], ["ar", naturalisation], ["uk", naturalisation], ["ps", student], ["ku", student]]) {
    const { ctx, page } = await phone();
    await page.goto(`${server.base}/${lang}/checklist?${q}`);
    await appReady(page);
    await page.waitForSelector(".doc label");
    const name = `${lang}-${q.startsWith("city=hagen") ? "hagen" : q.includes("naturalisation") ? "naturalisation" : "student"}`;
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, "no horizontal scrolling: " + name);
    await page.screenshot({ path: shot(`summary-${name}-360`) });
    await page.locator("#fees-h").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`fees-${name}-360`) });
    await page.screenshot({ path: shot(`checklist-${name}-360`), fullPage: true });
    await ctx.close();
  }
});
