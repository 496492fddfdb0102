// Hostile input, privacy and security: bad URLs and storage never break
// the app, nothing leaves the origin, no cookies, the CSP holds with no
// violation, and "delete my data" clears the device.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { startServer, launch, appReady, swReady, poll, student, isoDay, root } from "./lib.mjs";
let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function phone(init) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  if (init) await ctx.addInitScript(init);
  // Record CSP violations from the first script on.
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
  });
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { ctx, page, errors };
}

test("bad URLs: oversized and repeated parameters, unknown languages, malformed dates", async () => {
  const { ctx, page, errors } = await phone();
  // Repeated and oversized parameters: the first value counts, junk is ignored.
  await page.goto(`${server.base}/de/q/?city=dortmund&city=hagen&need=register&${"junk=x&".repeat(600)}`);
  await appReady(page);
  await page.waitForSelector("#question");
  const de = JSON.parse(readFileSync(path.join(root, "i18n/de.json"), "utf8"));
  assert.equal((await page.textContent("#question")).trim(), de["question.citizenship.title"].other, "the first value counts: the next question is citizenship");
  // A URL larger than the server accepts gets a clear status, not a crash.
  const huge = await fetch(`${server.base}/de/q/?x=${"a".repeat(40000)}`);
  assert.ok([414, 431].includes(huge.status), "status " + huge.status);
  // Unknown language: a clear page with a way back.
  await page.goto(server.base + "/xx/q/");
  await appReady(page);
  await page.waitForSelector("#notfound");
  assert.ok(await page.$("main a[href='/de/']"));
  // A malformed date: the wizard asks again, with an error message.
  await page.goto(`${server.base}/de/q/?city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-02-30`);
  await appReady(page);
  await page.waitForSelector("#date-error");
  assert.equal(await page.getAttribute("#date-input", "aria-invalid"), "true");
  // Contradictory answers on a checklist URL: back to the first bad question.
  await page.goto(`${server.base}/de/checklist/?city=dortmund&need=extend&citizenship=german`);
  await appReady(page);
  await page.waitForSelector("#question");
  assert.ok(page.url().includes("/de/q/"), page.url());
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("attack links: markup in the path or the answers stays text, and the page stays on the origin", async () => {
  const { ctx, page, errors } = await phone();
  const payload = encodeURIComponent('"><meta http-equiv=refresh content="0;url=http://evil.example/">');
  const away = [];
  ctx.on("request", (r) => { if (!r.url().startsWith(server.base) && !r.url().startsWith("data:")) away.push(r.url()); });
  for (const url of [
    `/de/q/?city=dortmund&need=extend&citizenship=other&status=study&expiry=${payload}`,
    `/de/q/?city=dortmund&need=extend&citizenship=other&status=study&expiry=${payload}&wasm=false`,
    `/de/${payload}/`,
    `/${payload}/q/`,
    `/de/advisor/?city=dortmund&need=extend&expiry=${payload}&print=${payload}`,
  ]) {
    await page.goto(server.base + url);
    await page.waitForTimeout(1500); // a meta refresh would have fired
    assert.ok(page.url().startsWith(server.base), "stayed on the origin: " + page.url());
    assert.equal(await page.$("meta[http-equiv]"), null, "no meta refresh in " + url);
  }
  assert.deepEqual(away, [], "no request left the origin");
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("storage: a corrupted value is dropped; disabled or full storage keeps the list working and says so", async () => {
  let { ctx, page } = await phone();
  await page.goto(`${server.base}/de/`);
  await page.evaluate(() => localStorage.setItem("lotse.ticks", "{not json"));
  await page.evaluate(() => localStorage.setItem("lotse.lang", "<script>"));
  await page.goto(`${server.base}/de/checklist/?city=dortmund&need=register&citizenship=eu`);
  await appReady(page);
  await page.waitForSelector(".doc input");
  assert.equal(await page.$$eval(".doc input:checked", (x) => x.length), 0);
  await page.locator(".doc input").first().check();
  assert.equal(await page.$("#storage-off"), null);
  await ctx.close();

  ({ ctx, page } = await phone(() => {
    Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); };
  }));
  await page.goto(`${server.base}/de/checklist/?${student}`);
  await appReady(page);
  await page.waitForSelector(".doc input");
  await page.locator(".doc input").first().check();
  await page.waitForSelector("#storage-off");
  assert.equal(await page.locator(".doc input").first().isChecked(), true, "ticking still works");
  assert.match(await page.textContent("#docs-progress"), /^1 /);
  await ctx.close();
});

test("a content resource missing from the offline cache: a calm notice, no broken page", async () => {
  const { ctx, page } = await phone();
  await page.goto(`${server.base}/de/`);
  await appReady(page);
  await swReady(page);
  await page.evaluate(async () => {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) if (req.url.endsWith("/content.json")) await cache.delete(req);
    }
  });
  // Versioned data is immutable, so the HTTP cache would still answer.
  await (await ctx.newCDPSession(page)).send("Network.clearBrowserCache");
  await ctx.setOffline(true);
  await page.goto(`${server.base}/de/checklist/?${student}`);
  await page.waitForSelector("#data-missing:not([hidden])", { timeout: 60000 });
  assert.ok(await page.$("header .brand"), "the pre-rendered shell stays");
  await ctx.close();
});

test("privacy and security: a full session stays on the origin, sets no cookie, violates no CSP; delete my data", async () => {
  const { ctx, page, errors } = await phone();
  const origin = new URL(server.base).origin;
  const requests = [];
  const setCookies = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", async (r) => { if (r.headers()["set-cookie"]) setCookies.push(r.url()); });
  const main = await fetch(server.base + "/de/");
  for (const h of ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"]) {
    assert.ok(main.headers.get(h), "header " + h);
  }
  assert.match(main.headers.get("content-security-policy"), /frame-ancestors 'none'/);
  await page.goto(server.base + "/");
  await appReady(page);
  await page.waitForURL(/\/[a-z]{2}\/$/); // the browser's languages pick it
  await page.click("#start");
  for (const [q, v] of [["city", "dortmund"], ["need", "extend"], ["citizenship", "other"], ["status", "study"]]) {
    await page.waitForSelector("#question");
    await page.click(`a.answer[href*="${q}=${v}"]`);
  }
  await page.waitForSelector("#date-input");
  await page.fill("#date-input", isoDay(40));
  await page.click("#date-submit");
  for (const [q, v] of [["length", "over3m"], ["people", "adult"], ["benefits", "no"], ["urgent", "none"]]) {
    await page.waitForSelector(`a.answer[href*="${q}=${v}"]`);
    await page.click(`a.answer[href*="${q}=${v}"]`);
  }
  await page.waitForSelector("#checklist-title");
  await page.locator(".doc input").first().check();
  await page.click("#contact-open");
  await page.fill("#contact-name-1", "Max Beispiel");
  await page.click("#to-advisor");
  await page.waitForURL(/\/advisor\//);
  await page.waitForSelector("#handover-qr svg", { state: "attached" });
  await page.goto(server.base + "/ar/sources/");
  await appReady(page);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], "no request leaves the origin");
  assert.deepEqual(await ctx.cookies(), []);
  assert.deepEqual(setCookies, []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(await page.evaluate(() => window.__csp), [], "no CSP violation");
  // The detector works: an inline style is a violation under this policy.
  await page.evaluate(() => document.body.setAttribute("style", "outline: 1px solid red"));
  await poll(page, () => window.__csp.length > 0, null, 5000);
  // Typed contact details were not written anywhere.
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  assert.ok(!stored.includes("Beispiel"), "contact details stay out of storage");
  // Delete my data: ticks, language and caches go.
  await page.click("#forget");
  await page.waitForSelector("#forgotten");
  await poll(page, async () => (await caches.keys()).length === 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lotse.")).length), 0);
  assert.deepEqual(errors, []);
  await ctx.close();
});
