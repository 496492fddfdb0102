// Foundation: the app installs, its service worker precaches everything,
// it opens offline at any URL (network cut, or server gone), makes no
// request to another origin, and picks up a new build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync } from "node:fs";
import path from "node:path";
import { startServer, launch, appReady, swReady, copyWeb, freePort, shot, poll } from "./lib.mjs";

const deep = "/de/checklist?city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=unknown&length=over3m&age=six_or_older&urgent=none&x=1";
const deepWizard = "/ar/q?city=dortmund&need=extend";
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

test("installs: the worker controls the page and caches every precached URL", async () => {
  const server = await startServer();
  try {
    const { ctx, page, requests, want } = await installed(server);
    assert.ok(want.includes("/web/app.wasm") && want.includes("/de/shell/") && want.includes("/data/content.json"));
    for (const u of want) assert.ok(!u.startsWith("http"), "precached URL is local: " + u);
    const manifest = await (await fetch(server.base + "/manifest.webmanifest")).json();
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.name && manifest.short_name && manifest.start_url && manifest.theme_color && manifest.background_color);
    const sizes = manifest.icons.map((i) => i.sizes + " " + (i.purpose || "")).join("|");
    assert.match(sizes, /192x192/); assert.match(sizes, /512x512 maskable/); assert.match(sizes, /any/);
    for (const icon of manifest.icons) assert.ok(icon.src.startsWith("/web/"), "local icon " + icon.src);
    const origin = new URL(server.base).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
    assert.deepEqual(foreign, [], "every request goes to the app's own origin");
    await ctx.close();
  } finally {
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
    await page.locator(".answer").first().click();
    await page.waitForFunction(() => location.search.includes("citizenship="));
    await page.screenshot({ path: shot("offline-ar-360") });
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

test("a new build is picked up after reload and the page says so", async () => {
  const web = copyWeb();
  const port = await freePort();
  let server = await startServer({ port, webDir: web });
  const oldVersion = server.log().match(/version (\w+)/)[1];
  const { ctx, page } = await installed(server);
  assert.equal(await page.evaluate(() => goappGetenv("GOAPP_VERSION")), oldVersion);
  await server.stop();
  appendFileSync(path.join(web, "lotse.css"), "\n/* new build */\n");
  server = await startServer({ port, webDir: web });
  try {
    const newVersion = server.log().match(/version (\w+)/)[1];
    assert.notEqual(newVersion, oldVersion, "a changed build has a new version");
    // Same inputs, same version: a restart is not an update.
    const again = await startServer({ webDir: web });
    assert.equal(again.log().match(/version (\w+)/)[1], newVersion);
    await again.stop();
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
