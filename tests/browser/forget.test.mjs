// "Delete my data on this device" keeps its promise: when it says
// deleted, the ticks, the language choice, every cache and the service
// worker are gone, nothing comes back while the page stays open (also when
// the worker was still installing), and after a reload the ticks and the
// language choice stay gone; only the offline copy is stored again, as
// the confirmation says.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, appReady, swReady, poll, student, shot, countingProxy } from "./lib.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

// device is what Lotse has left on the device.
const device = (page) => page.evaluate(async () => ({
  caches: (await caches.keys()).length,
  workers: (await navigator.serviceWorker.getRegistrations()).length,
  storage: Object.keys(localStorage).filter((k) => k.startsWith("lotse.")).sort(),
}));
const nothing = { caches: 0, workers: 0, storage: [] };

test("delete my data: ticks, language, offline copy and worker go, and stay gone", async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.base + "/de/checklist/?" + student);
  await appReady(page);
  await swReady(page);
  await poll(page, () => localStorage.getItem("lotse.offline_ready") === "true");
  await page.locator(".doc input").first().check();
  // The language menu: Arabic, remembered.
  await page.click("nav.langs summary");
  await page.click('nav.langs a[hreflang="ar"]');
  await page.waitForURL(/\/ar\/checklist\//);
  await appReady(page);
  const before = await device(page);
  assert.ok(before.caches > 0 && before.workers === 1, "installed: " + JSON.stringify(before));
  assert.deepEqual(before.storage, ["lotse.lang", "lotse.offline_ready", "lotse.ticks", "lotse.ticks.people"]);
  assert.ok((await page.textContent("#forget-what")).length > 20, "the footer says what is kept");
  await page.locator("#forget").scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("forget-ar-before") });
  await page.click("#forget");
  await page.waitForSelector("#forgotten");
  // The moment it says so, it is true.
  assert.deepEqual(await device(page), nothing);
  await page.locator("#forgotten").scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("forget-ar-done") });
  // Nothing comes back while the page stays open.
  await page.waitForTimeout(3000);
  assert.deepEqual(await device(page), nothing);
  // Opened again: ticks and language choice stay deleted; Lotse stores
  // itself again for offline use (what the confirmation says).
  await page.goto(server.base + "/ar/checklist/?" + student);
  await appReady(page);
  assert.equal((await page.$$(".doc input:checked")).length, 0, "no tick came back");
  assert.deepEqual((await device(page)).storage.filter((k) => k !== "lotse.offline_ready"), []);
  await poll(page, async () => (await navigator.serviceWorker.getRegistrations()).length === 1);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("delete my data while the worker is still installing: nothing is stored afterwards", async () => {
  // The Ukrainian catalog (which a German page does not use) takes 8 s:
  // the worker's install is still storing the rest when the person deletes.
  const proxy = await countingProxy(server.base, { hold: /\/i18n\/uk\.json$/, holdMs: 8000 });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(proxy.base + "/de/");
  await appReady(page);
  await poll(page, async () => (await caches.keys()).length > 0);
  const state = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { installing: !!reg?.installing, active: !!reg?.active };
  });
  assert.deepEqual(state, { installing: true, active: false }, "the install is in flight");
  await page.locator("#forget").scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("forget-de-before") });
  await page.click("#forget");
  await page.waitForSelector("#forgotten");
  assert.deepEqual(await device(page), nothing, "worker state when deleting: " + JSON.stringify(state));
  await page.waitForTimeout(9000); // the held catalog has arrived by now
  assert.deepEqual(await device(page), nothing, "a late write of the install came back");
  await page.locator("#forgotten").scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("forget-de-done") });
  assert.deepEqual(errors, []);
  await ctx.close();
  await proxy.stop();
});
