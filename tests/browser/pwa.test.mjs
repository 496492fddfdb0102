// Foundation: the app installs, its service worker precaches everything,
// it opens offline at any URL (network cut, or server gone), makes no
// request to another origin, says when it is saved for offline use, shows
// a real progress bar while loading, downloads the wasm once even when the
// person taps before it runs, and picks up a new build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync } from "node:fs";
import path from "node:path";
import { startServer, launch, appReady, swReady, copyWeb, freePort, shot, poll, countingProxy, student } from "./lib.mjs";

const deep = `/de/checklist?${student}&x=1`;
const deepWizard = "/ps/q?city=dortmund&need=extend";
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function precacheList(base) {
  const js = await (await fetch(base + "/app-worker.js")).text();
  const m = js.match(/const PRECACHE = (\[[^\]]*\]);/);
  assert.ok(m, "worker lists its precache");
  return JSON.parse(m[1]);
}

async function installed(server) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(server.base + "/de/");
  await appReady(page);
  await swReady(page);
  const want = await precacheList(server.base);
  await poll(page, async (want) => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith("lotse-")));
    const have = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    return want.every((u) => have.includes(u));
  }, want);
  return { ctx, page, requests, want };
}

// clickResponds ticks the first document and expects the counter to change.
async function clickResponds(page) {
  await page.waitForSelector("#docs-progress");
  const before = await page.textContent("#docs-progress");
  await page.locator(".doc input[type=checkbox]").first().click();
  await page.waitForFunction((b) => document.getElementById("docs-progress").textContent !== b, before);
}

test("installs: the worker controls the page, caches every precached URL, and the page says it works offline", async () => {
  const server = await startServer();
  try {
    const { ctx, page, requests, want } = await installed(server);
    const version = server.log().match(/version (\w+)/)[1];
    assert.ok(want.includes("/web/app.wasm") && want.includes("/de/shell/") && want.includes("/ps/shell/") && want.includes(`/data/${version}/content.json`));
    for (const lang of ["de", "ar", "fa", "ps", "ku", "pl", "ro", "bg"]) assert.ok(want.includes(`/data/${version}/i18n/${lang}.json`), "catalog precached: " + lang);
    for (const u of want) assert.ok(!u.startsWith("http"), "precached URL is local: " + u);
    await page.waitForSelector("#offline-ready", { timeout: 30000 });
    // Said once: the next page does not repeat it.
    await page.goto(server.base + "/de/q");
    await appReady(page);
    await page.waitForTimeout(500);
    assert.equal(await page.$("#offline-ready"), null, "the notice shows once");
    const manifest = await (await fetch(server.base + "/manifest.webmanifest")).json();
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.name && manifest.short_name && manifest.start_url && manifest.theme_color && manifest.background_color);
    const sizes = manifest.icons.map((i) => i.sizes + " " + (i.purpose || "")).join("|");
    assert.match(sizes, /192x192/); assert.match(sizes, /512x512 maskable/); assert.match(sizes, /any/);
    const origin = new URL(server.base).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
    assert.deepEqual(foreign, [], "every request goes to the app's own origin");
    await ctx.close();
  } finally {
    await server.stop();
  }
});

test("loading: a progress bar that moves, one wasm download although the person taps on while it loads", async () => {
  const server = await startServer();
  const proxy = await countingProxy(server.base, { wasmDelayMs: 2500 });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  try {
    await page.goto(proxy.base + "/de/");
    await page.waitForSelector("#lotse-progress", { state: "attached" });
    const bar = await page.$eval("#lotse-progress", (el) => ({ role: el.getAttribute("role") || el.tagName, label: el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") }));
    assert.ok(bar.label, "the progress bar is labelled");
    // Tap on before the app runs: the pre-rendered pages answer.
    await page.click("#start");
    await page.waitForSelector("#question");
    await page.locator(".answer").first().click();
    await appReady(page);
    await page.waitForSelector("#question");
    await swReady(page);
    assert.equal(proxy.counts["/web/app.wasm"], 1, "the wasm is downloaded once: " + JSON.stringify(proxy.counts));
  } finally {
    await ctx.close();
    await proxy.stop();
    await server.stop();
  }
});

test("offline: reloading / and deep URLs with a query string works (network cut)", async () => {
  const server = await startServer();
  try {
    const { ctx, page } = await installed(server);
    await ctx.setOffline(true);
    await page.goto(server.base + "/");
    await appReady(page);
    await page.waitForSelector("#start");
    await page.goto(server.base + deep);
    await appReady(page);
    await page.waitForSelector("#checklist-title");
    await clickResponds(page);
    await page.goto(server.base + deepWizard);
    await appReady(page);
    await page.waitForSelector("#question");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.match(await page.textContent("#question"), /[\u0600-\u06FF]/, "Pashto offline");
    await page.locator(".answer").first().click();
    await page.waitForFunction(() => location.search.includes("citizenship="));
    await page.screenshot({ path: shot("offline-ps-360") });
    await ctx.close();
  } finally {
    await server.stop();
  }
});

test("offline: reloading works with the server process stopped", async () => {
  const server = await startServer();
  const { ctx, page } = await installed(server);
  await server.stop();
  await page.goto(server.base + deep);
  await appReady(page);
  await page.waitForSelector("#checklist-title");
  await clickResponds(page);
  await page.goto(server.base + "/");
  await appReady(page);
  await page.waitForSelector("#start");
  await ctx.close();
});

test("a new build is picked up after reload and the page says so; a restart is not an update", async () => {
  const web = copyWeb();
  const port = await freePort();
  let server = await startServer({ port, webDir: web });
  const oldVersion = server.log().match(/version (\w+)/)[1];
  const { ctx, page } = await installed(server);
  assert.equal(await page.evaluate(() => goappGetenv("GOAPP_VERSION")), oldVersion);
  await server.stop();
  server = await startServer({ port, webDir: web });
  try {
    assert.equal(server.log().match(/version (\w+)/)[1], oldVersion, "same inputs, same version");
    await page.reload();
    await appReady(page);
    await page.waitForTimeout(1500);
    assert.equal(await page.$("#update-note"), null, "a restart is not an update");
  } finally {
    await server.stop();
  }
  appendFileSync(path.join(web, "lotse.css"), "\n/* new build */\n");
  server = await startServer({ port, webDir: web });
  try {
    const newVersion = server.log().match(/version (\w+)/)[1];
    assert.notEqual(newVersion, oldVersion, "a changed build has a new version");
    await page.reload();
    await appReady(page);
    await page.waitForSelector("#update-note", { timeout: 60000 });
    await page.click("#update-reload");
    await appReady(page);
    assert.equal(await page.evaluate(() => goappGetenv("GOAPP_VERSION")), newVersion);
    await ctx.close();
  } finally {
    await server.stop();
  }
});
