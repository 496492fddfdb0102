// The first response speaks the person's language, and the wizard does not
// deceive: "/" answers in the browser's language (lotse serve by the
// Accept-Language header, the installed worker by the choice made on the
// device, a static host in the browser before anything is drawn); no
// "call to released function" when the app changes language at start;
// the progress bar only moves forward; on touch screens the answer under
// the finger does not look chosen on the next question.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, launch, appReady, swReady, freePort, root, isoDay, countingProxy } from "./lib.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

// documents records every document the page's main frame received, in
// order: the first response is the first entry.
function documents(page) {
  const seen = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() === "document" && r.frame() === page.mainFrame()) seen.push({ url: r.url(), status: r.status() });
  });
  return seen;
}

test("lotse serve: / redirects by Accept-Language (q-values, German fallback, Vary, never stored)", async () => {
  for (const [header, want] of [["ar", "/ar/"], ["de-CH;q=0.3, uk;q=0.9, en;q=0.5", "/uk/"], ["ar;q=0, fr", "/fr/"], ["zz, xx-YY", "/de/"], ["", "/de/"], ["prs-AF", "/fa/"]]) {
    const r = await fetch(server.base + "/", { redirect: "manual", headers: header ? { "Accept-Language": header } : {} });
    assert.equal(r.status, 302, header);
    assert.equal(r.headers.get("location"), want, header);
    assert.match(r.headers.get("vary") || "", /Accept-Language/);
    assert.equal(r.headers.get("cache-control"), "no-store");
  }
});

test('"/" with Accept-Language: ar answers in Arabic from the first response', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar" } });
  const page = await ctx.newPage();
  const docs = documents(page);
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(server.base + "/", { waitUntil: "domcontentloaded" });
  // Before the app runs: the pre-rendered page is already Arabic.
  assert.equal(new URL(page.url()).pathname, "/ar/");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.match(await page.textContent("main"), /[\u0600-\u06FF]{4}/);
  // The first response is the redirect; no page but the Arabic one.
  assert.deepEqual(docs.map((d) => `${d.status} ${new URL(d.url).pathname}`), ["302 /", "200 /ar/"], "no German page was ever received");
  await appReady(page);
  await page.waitForTimeout(1500);
  assert.equal(new URL(page.url()).pathname, "/ar/", "the app stays in Arabic");
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("installed: the worker answers / with the language chosen on the device, online and offline", async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar" } });
  const page = await ctx.newPage();
  await page.goto(server.base + "/");
  await appReady(page);
  await swReady(page);
  // The person chooses Ukrainian on an Arabic phone.
  await page.click(".langs summary");
  await page.click(".langs a[lang=uk]");
  await page.waitForFunction(() => document.documentElement.lang === "uk");
  await page.waitForFunction(async () => !!(await caches.match("/lang", { cacheName: "lotse-prefs" })));
  for (const offline of [false, true]) {
    await ctx.setOffline(offline);
    await page.goto(server.base + "/");
    assert.equal(new URL(page.url()).pathname, "/uk/", offline ? "offline" : "online");
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "uk");
  }
  await ctx.setOffline(false);
  // Without a choice, the browser's language; "delete my data" forgets
  // the choice.
  await page.click("#forget");
  await page.waitForSelector("#forgotten");
  await page.waitForFunction(async () => !(await caches.match("/lang", { cacheName: "lotse-prefs" })));
  await page.goto(server.base + "/");
  assert.equal(new URL(page.url()).pathname, "/ar/");
  await ctx.close();
});

async function fileServer(dir) {
  const port = await freePort();
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base + "/")).status) break; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill(); }) };
}

test("static host: / picks the browser's language before anything is drawn; without scripts it lists the languages", async () => {
  const out = mkdtempSync(path.join(tmpdir(), "lotse-root-"));
  execFileSync(path.join(root, "bin/lotse"), ["static", "--out", out], { cwd: root, stdio: "pipe" });
  const files = await fileServer(out);
  try {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fa-IR" });
    const page = await ctx.newPage();
    const docs = documents(page);
    await page.goto(files.base + "/?city=dortmund", { waitUntil: "domcontentloaded" });
    await page.waitForURL(/\/fa\//);
    assert.equal(new URL(page.url()).search, "?city=dortmund", "the answers go along");
    assert.deepEqual(docs.map((d) => new URL(d.url).pathname), ["/", "/fa/"]);
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "fa");
    await ctx.close();
    const noJS = await browser.newContext({ javaScriptEnabled: false, locale: "ar" });
    const p2 = await noJS.newPage();
    await p2.goto(files.base + "/");
    const links = await p2.$$eval(".root-langs a", (as) => as.map((a) => a.getAttribute("lang") + " " + a.getAttribute("href")));
    assert.equal(links.length, 13);
    assert.ok(links.includes("ar /ar/") && links.includes("de /de/"));
    await noJS.close();
  } finally {
    await files.stop();
  }
});

test('no "call to released function" when the app changes language as it starts', async () => {
  // On a static host a tap on another language before the app runs is
  // carried out by the app as it starts: the page it first drew goes away
  // while its promises are still pending.
  const out = mkdtempSync(path.join(tmpdir(), "lotse-released-"));
  execFileSync(path.join(root, "bin/lotse"), ["static", "--out", out], { cwd: root, stdio: "pipe" });
  const files = await fileServer(out);
  const proxy = await countingProxy(files.base, { wasmDelayMs: 2000 });
  try {
    for (const lang of ["ar", "uk", "ps"]) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await ctx.newPage();
      const errors = [];
      page.on("console", (m) => { if (m.type() === "error" || /released/.test(m.text())) errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(proxy.base + "/de/", { waitUntil: "domcontentloaded" });
      await page.click(".langs summary");
      await page.click(`.langs a[lang=${lang}]`);
      await appReady(page);
      await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector("main h1"), lang);
      await page.waitForTimeout(2000);
      assert.deepEqual(errors, [], lang);
      await ctx.close();
    }
  } finally {
    await proxy.stop();
    await files.stop();
  }
});

// progress reads the wizard's bar as a share.
async function progress(page) {
  return page.$eval("progress.progress", (p) => ({ value: +p.value, max: +p.max, share: p.value / p.max }));
}

test("the progress bar only moves forward while the person answers", async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  // A long path: registration after arriving with a study visa.
  const picks = { city: "dortmund", need: "register", citizenship: "other", arrival: "visa", purpose: "study", benefits: "no", urgent: "none" };
  await page.goto(server.base + "/de/q/");
  await appReady(page);
  const shares = [];
  for (let i = 0; i < 15 && !new URL(page.url()).pathname.includes("/checklist"); i++) {
    await page.waitForSelector("#question");
    shares.push(await progress(page));
    const before = page.url();
    if (await page.$("#date-input")) {
      await page.fill("#date-input", isoDay(60));
      await page.click("#date-submit");
    } else if (await page.$("#people-list, .add-people")) {
      await page.locator(".answers a.answer").first().click(); // only me
    } else {
      const q = new URL(page.url()).searchParams;
      const hrefs = await page.$$eval("a.answer", (as) => as.map((a) => a.getAttribute("href")));
      const next = hrefs.find((h) => [...new URL(h, "http://x").searchParams].some(([k, v]) => !q.has(k) && picks[k] === v));
      assert.ok(next, "an answer for the question at " + page.url());
      await page.click(`a.answer[href="${next}"]`);
    }
    await page.waitForFunction((b) => location.href !== b, before);
  }
  assert.ok(new URL(page.url()).pathname.includes("/checklist"), "reached the checklist");
  assert.ok(shares.length >= 8, "a long path: " + shares.length + " questions");
  for (let i = 1; i < shares.length; i++) {
    assert.ok(shares[i].share > shares[i - 1].share, `step ${i + 1}: ${JSON.stringify(shares[i - 1])} -> ${JSON.stringify(shares[i])}`);
    assert.ok(shares[i].max <= shares[i - 1].max, "the total never grows");
  }
  await ctx.close();
});

test("touch: the answer under the finger does not look chosen on the next question; a mouse still sees hover", async () => {
  const touch = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await touch.newPage();
  await page.goto(server.base + "/de/q/?city=dortmund");
  await appReady(page);
  assert.equal(await page.evaluate(() => matchMedia("(hover: hover)").matches), false, "a touch device that does not hover");
  const answers = page.locator("a.answer");
  await answers.first().waitFor();
  const plain = await answers.nth(3).evaluate((a) => getComputedStyle(a).borderColor);
  const box = await answers.nth(1).boundingBox();
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  await page.touchscreen.tap(x, y);
  await page.waitForFunction(() => new URLSearchParams(location.search).has("need"));
  await page.waitForSelector("#question");
  await page.waitForTimeout(300);
  const under = await page.evaluate(([x, y]) => {
    const a = document.elementFromPoint(x, y)?.closest("a.answer");
    return a && { border: getComputedStyle(a).borderColor, selected: a.classList.contains("selected"), hover: a.matches(":hover") };
  }, [x, y]);
  assert.ok(under, "an answer lies under the finger on the next question");
  assert.equal(under.selected, false);
  assert.equal(under.border, plain, "it looks like every other answer" + (under.hover ? " although :hover sticks to it" : ""));
  await touch.close();
  const mouse = await browser.newContext({ viewport: { width: 1024, height: 740 } });
  const desk = await mouse.newPage();
  await desk.goto(server.base + "/de/q/?city=dortmund");
  await appReady(desk);
  const a = desk.locator("a.answer").nth(1);
  const still = await a.evaluate((el) => getComputedStyle(el).borderColor);
  await a.hover();
  await desk.waitForFunction((s) => getComputedStyle(document.querySelectorAll("a.answer")[1]).borderColor !== s, still);
  await mouse.close();
});
