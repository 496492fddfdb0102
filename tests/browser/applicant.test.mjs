// The applicant's phone: accessibility (axe-core, keyboard), ticks that
// survive reloads, offline and updates, the no-wasm path, and screenshots
// at 360 px in German and Arabic for review.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startServer, launch, appReady, swReady, copyWeb, freePort, shot, root } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const student = "city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-01-10&length=over3m&age=six_or_older&urgent=none";
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

for (const lang of ["de", "en", "ar"]) {
  test(`axe-core: no WCAG 2.2 AA violations in ${lang}`, async () => {
    const { ctx, page } = await phone({ bypassCSP: true });
    for (const url of [`/${lang}/`, `/${lang}/q?city=dortmund`, `/${lang}/checklist?${student}`]) {
      await page.goto(server.base + url);
      await appReady(page);
      await page.waitForSelector("main h1");
      const v = await axe(page);
      assert.deepEqual(v, [], `${url}`);
    }
    // Dark mode keeps contrast too.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(server.base + `/${lang}/checklist?${student}`);
    await appReady(page);
    assert.deepEqual(await axe(page), [], "dark mode");
    await ctx.close();
  });
}

test("keyboard only: from the start page to a checklist, ticking a document", async () => {
  const { ctx, page } = await phone();
  await page.goto(server.base + "/en/");
  await appReady(page);
  const tabTo = async (pred, max = 40) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(pred)) return;
    }
    throw new Error("focus never reached the target");
  };
  await tabTo(() => document.activeElement?.id === "start");
  await page.keyboard.press("Enter");
  for (let step = 0; step < 12; step++) {
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

test("ticks survive reload, offline reload and a new version", async () => {
  const web = copyWeb();
  const port = await freePort();
  let s = await startServer({ port, webDir: web });
  const { ctx, page } = await phone();
  const url = `${s.base}/de/checklist?${student}`;
  await page.goto(url);
  await appReady(page);
  await swReady(page);
  const boxes = page.locator(".doc input[type=checkbox]");
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  const ticked = async () => page.evaluate(() => [...document.querySelectorAll(".doc input[type=checkbox]")].map((b) => b.checked));
  const want = await ticked();
  await page.reload(); await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
  assert.deepEqual(await ticked(), want, "after reload");
  await ctx.setOffline(true);
  await page.reload(); await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
  assert.deepEqual(await ticked(), want, "offline");
  await ctx.setOffline(false);
  await s.stop();
  appendFileSync(path.join(web, "lotse.css"), "\n/* another build */\n");
  s = await startServer({ port, webDir: web });
  try {
    await page.reload(); await appReady(page);
    await page.waitForSelector("#update-note", { timeout: 60000 });
    await page.click("#update-reload"); await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
    assert.deepEqual(await ticked(), want, "after the update");
  } finally {
    await ctx.close();
    await s.stop();
  }
});

test("no wasm: answer links reach the same checklist as the app and the CLI", async () => {
  const { ctx, page } = await phone();
  const wasmRequests = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasmRequests.push(r.url()));
  await page.goto(server.base + "/de/q?wasm=false");
  const picks = { city: "dortmund", need: "extend", citizenship: "other", status: "study", fh: "yes", length: "over3m", age: "six_or_older", urgent: "none" };
  for (let i = 0; i < 12 && !page.url().includes("/checklist"); i++) {
    if (await page.$("#date-input")) {
      await page.fill("#date-input", "2027-01-10");
      await Promise.all([page.waitForNavigation(), page.click("#date-submit")]);
      continue;
    }
    const q = new URL(page.url()).searchParams;
    const hrefs = await page.$$eval(".answer", (as) => as.map((a) => a.getAttribute("href")));
    const next = hrefs.find((h) => {
      const p = new URL(h, "http://x").searchParams;
      return [...p].some(([k, v]) => !q.has(k) && picks[k] === v);
    });
    assert.ok(next, "an answer link for the next question");
    assert.match(next, /wasm=false/, "links keep the no-wasm mode");
    await Promise.all([page.waitForNavigation(), page.click(`a[href="${next}"]`)]);
  }
  assert.ok(page.url().includes("/de/checklist"), "reached the checklist: " + page.url());
  assert.deepEqual(wasmRequests, [], "the wasm was never loaded");
  const noWasmDocs = await page.$$eval(".doc label", (ls) => ls.map((l) => l.textContent.trim()));
  const answers = new URL(page.url()).search.replace("&wasm=false", "").slice(1);
  await page.goto(server.base + "/de/checklist?" + answers);
  await appReady(page);
  await page.waitForSelector(".doc label");
  const appDocs = await page.$$eval(".doc label", (ls) => ls.map((l) => l.textContent.trim()));
  assert.deepEqual(noWasmDocs, appDocs);
  const cli = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["checklist", "--answers", answers, "--format", "json"], { cwd: root }));
  assert.equal(appDocs.length, cli.documents.length, "same documents as `lotse checklist`");
  await ctx.close();
});

test("phone details: 320 px without horizontal scrolling, 200 % text, Arabic start page right to left", async () => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await ctx.newPage();
  for (const url of ["/de/", "/ar/", "/de/q?city=dortmund", `/ar/checklist?${student}`, `/de/checklist?${student}`]) {
    await page.goto(server.base + url);
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "320 px: " + url);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "200 % text: " + url);
  }
  await page.goto(server.base + "/ar/");
  await appReady(page);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  await page.screenshot({ path: shot("start-ar-320-zoom") });
  // Touch targets: answers, checkboxes' labels and buttons are at least 44 px high.
  await page.goto(server.base + `/de/checklist?${student}`);
  await appReady(page);
  const small = await page.$$eval(".answer, .doc label, .button, .langs a, .why summary", (els) =>
    els.filter((e) => e.getBoundingClientRect().height < 44 && e.offsetParent).map((e) => e.className + ":" + Math.round(e.getBoundingClientRect().height)));
  assert.deepEqual(small, []);
  await ctx.close();
});

test("switching language in the app loads that language and keeps the answers", async () => {
  const { ctx, page } = await phone();
  await page.goto(`${server.base}/de/checklist/?${student}`);
  await appReady(page);
  await page.click('.langs a[lang="ar"]');
  await page.waitForFunction(() => document.documentElement.dir === "rtl" && document.documentElement.lang === "ar");
  await page.waitForSelector("#checklist-title");
  assert.ok(page.url().includes("/ar/checklist/?" + student));
  assert.match(await page.textContent("#checklist-title"), /[\u0600-\u06FF]/, "Arabic text, not a German fallback");
  // The choice is remembered for the next visit to "/".
  await page.goto(`${server.base}/`);
  await appReady(page);
  await page.waitForURL(/\/ar\/$/);
  await ctx.close();
});

test("screenshots at 360 px in German and Arabic (saved for review)", async () => {
  for (const lang of ["de", "ar"]) {
    const { ctx, page } = await phone();
    await page.goto(`${server.base}/${lang}/q?city=dortmund`);
    await appReady(page);
    await page.waitForSelector("#question");
    await page.screenshot({ path: shot(`question-${lang}-360`), fullPage: true });
    await page.goto(`${server.base}/${lang}/checklist?${student}`);
    await appReady(page);
    await page.waitForSelector(".doc label");
    await page.waitForSelector("#contact-name");
    if (lang === "ar") {
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      const deTerms = await page.$$eval('.doc bdi[lang="de"]', (els) => els.length);
      assert.ok(deTerms > 5, "German terms beside the Arabic names carry lang=de");
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(wide, false, "no horizontal scrolling");
    await page.screenshot({ path: shot(`checklist-${lang}-360`), fullPage: true });
    await page.fill("#contact-name", lang === "ar" ? "Amina Example" : "Max Beispiel");
    await page.locator("#contact-h").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`contact-${lang}-360`) });
    await ctx.close();
  }
});
