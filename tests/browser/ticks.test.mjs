// The person's work stays theirs: ticks follow people when the family
// changes; the advisor's desk starts each client clean ("Neue Beratung",
// a hand-over link); nothing tapped before the app runs is lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, appReady, family, ticked, isoDay, countingProxy } from "./lib.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

const phone = () => browser.newContext({ viewport: { width: 360, height: 740 } });
const with3 = family.replace("people=adult,adult,child_6_17,child_under_6", "people=adult,adult,child_under_6");

// checklist opens the applicant's checklist and waits for its boxes.
async function checklist(page, answers) {
  await page.goto(`${server.base}/de/checklist/?${answers}`);
  await appReady(page);
  await page.waitForSelector(".doc input[type=checkbox]");
}

// removeInWizard removes the person at a position (1-based) with the
// wizard's own link and goes on to the checklist.
async function removeInWizard(page, answers, position) {
  await page.goto(`${server.base}/de/q/?${answers}&at=people`);
  await appReady(page);
  const n = await page.$$eval("#people-list li", (l) => l.length);
  await page.click(`#people-list li:nth-child(${position}) a.remove`);
  await page.waitForFunction((n) => document.querySelectorAll("#people-list li").length === n - 1, n);
  await page.click("#people-continue");
  await page.waitForSelector(".doc input[type=checkbox]");
}

// personOf is the person a box is labelled with.
async function personOf(page, value) {
  return page.$eval(`input[value="${value}"]`, (b) => (b.closest("label") || document.querySelector(`label[for="${b.id}"]`)).textContent.trim());
}

const passports = async (page) => (await ticked(page)).filter((k) => k.startsWith("passport"));

test("a tick stays with its person and moves to no one when a person is removed (family of four)", async () => {
  // Tick the passport of the child under 6 (person 4), remove the
  // 7-year-old (person 3): the youngest, now person 3, keeps it.
  let ctx = await phone();
  let page = await ctx.newPage();
  await checklist(page, family);
  assert.equal(await personOf(page, "passport@4"), "Person 4");
  await page.check('input[value="passport@4"]');
  await removeInWizard(page, family, 3);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length > 0);
  assert.deepEqual(await passports(page), ["passport@3"], "the youngest keeps the tick");
  assert.equal(await personOf(page, "passport@3"), "Person 3");
  // Adding a person and changing other answers keep it.
  await checklist(page, with3.replace("people=adult,adult,child_under_6", "people=adult,adult,child_under_6,child_6_17").replace("benefits=no", "benefits=yes"));
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length > 0);
  assert.deepEqual(await passports(page), ["passport@3"], "a new person and another answer change nothing");
  await ctx.close();

  // Tick the 7-year-old's passport and remove them: nobody shows it,
  // not even a 7-year-old added later.
  ctx = await phone();
  page = await ctx.newPage();
  await checklist(page, family);
  await page.check('input[value="passport@3"]');
  await removeInWizard(page, family, 3);
  await page.waitForTimeout(500);
  assert.deepEqual(await passports(page), [], "the removed person's tick goes to no one");
  await checklist(page, family);
  await page.waitForTimeout(500);
  assert.deepEqual(await passports(page), [], "a new 7-year-old starts unticked");
  await ctx.close();

  // Two persons of the same kind: removing the first adult in the wizard
  // keeps the second adult's tick with them.
  ctx = await phone();
  page = await ctx.newPage();
  await checklist(page, family);
  await page.check('input[value="passport@2"]');
  await removeInWizard(page, family, 1);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length > 0);
  assert.deepEqual(await passports(page), ["passport@1"]);
  // On the desk, fewer children of a kind by its count: the others keep theirs.
  const desk = await ctx.newPage();
  await desk.setViewportSize({ width: 1280, height: 900 });
  await desk.goto(`${server.base}/de/advisor/?${family}`);
  await appReady(desk);
  await desk.waitForSelector(".checklist .doc input");
  await desk.check('.checklist input[value="passport@4"]');
  await desk.selectOption("#f-people-child_6_17", "0");
  await desk.waitForFunction(() => (new URLSearchParams(location.search).get("people") || "") === "adult,adult,child_under_6");
  await desk.waitForFunction(() => document.querySelectorAll(".checklist .doc input:checked").length > 0);
  assert.deepEqual((await ticked(desk)).filter((k) => k.startsWith("passport")), ["passport@3"], "the desk's count keeps the youngest's tick");
  await ctx.close();
});

async function deskTicks(page) {
  return page.$$eval(".checklist .doc input:checked", (bs) => bs.map((b) => b.value));
}

test('"Neue Beratung" leaves no ticks and no typed details on the next case; a hand-over link shows no previous ticks', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/de/advisor/?${family}`);
  await appReady(page);
  await page.waitForSelector(".checklist .doc input");
  await page.check('.checklist input[value="passport@1"]');
  await page.check('.checklist input[value="photo@4"]');
  await page.fill("#cal-appointment", isoDay(20));
  // The case goes on: a reload, and an answer changed on the desk.
  await page.reload();
  await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll(".checklist .doc input:checked").length === 2);
  await page.selectOption("#f-benefits", "yes");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("benefits") === "yes");
  await page.waitForFunction(() => document.querySelectorAll(".checklist .doc input:checked").length === 2);
  assert.deepEqual((await deskTicks(page)).sort(), ["passport@1", "photo@4"]);
  const handover = await page.getAttribute("#handover-link", "href");

  // A hand-over link of the same family opened on this computer: the
  // applicant's view shows none of the desk's ticks, and the desk opened
  // from a link starts clean, even with the same answers.
  await page.goto(handover);
  await appReady(page);
  await page.waitForSelector(".doc input[type=checkbox]");
  assert.deepEqual(await ticked(page), [], "the hand-over link shows no desk ticks");
  await page.goto(`${server.base}/de/advisor/?${family.replace("benefits=no", "benefits=yes")}`);
  await appReady(page);
  await page.waitForSelector(".checklist .doc input");
  await page.waitForTimeout(500);
  assert.deepEqual(await deskTicks(page), [], "the desk opened from a link shows no previous ticks");
  assert.equal(await page.inputValue("#cal-appointment"), "");

  // "Neue Beratung": answers, ticks and typed details go.
  await page.check('.checklist input[value="passport@2"]');
  await page.fill("#cal-appointment", isoDay(25));
  await page.click("#advisor-new");
  await page.waitForSelector("#advisor-cleared");
  assert.equal(new URL(page.url()).search, "", "no answers");
  assert.equal(await page.$(".checklist"), null);
  assert.equal(await page.inputValue("#f-city"), "-");
  // The next client has the same kind of family: nothing of the last one.
  for (const [q, v] of [["city", "hagen"], ["need", "extend"], ["citizenship", "other"], ["status", "family"]]) {
    await page.selectOption(`#f-${q}`, v);
    await page.waitForFunction(([q, v]) => new URLSearchParams(location.search).get(q) === v, [q, v]);
  }
  await page.fill("#f-expiry", isoDay(50));
  await page.waitForFunction(() => new URLSearchParams(location.search).has("expiry"));
  await page.selectOption("#f-people-adult", "2");
  await page.waitForFunction(() => new URLSearchParams(location.search).has("people"));
  await page.selectOption("#f-benefits", "no");
  await page.waitForSelector(".checklist .doc input");
  await page.waitForTimeout(500);
  assert.deepEqual(await deskTicks(page), [], "no ticks of the last case");
  assert.equal(await page.inputValue("#cal-appointment"), "", "no typed details of the last case");
  assert.equal(await page.$("#advisor-cleared"), null, "the note goes with the next step");
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lotse.ticks")));
  assert.ok(!stored.includes("lotse.ticks"), "the applicant view's ticks on this computer went too: " + stored);
  await ctx.close();
});

test("the applicant's own device keeps its ticks when a link of the same checklist is opened again", async () => {
  const ctx = await phone();
  const page = await ctx.newPage();
  await checklist(page, family);
  await page.check('input[value="passport@1"]');
  await checklist(page, family);
  await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 1);
  assert.deepEqual(await ticked(page), ["passport@1"]);
  await ctx.close();
});

test("a tick made before the app runs is not lost; delete and copy work before it runs", async () => {
  const proxy = await countingProxy(server.base, { wasmDelayMs: 4000 });
  try {
    const ctx = await phone();
    const page = await ctx.newPage();
    await page.goto(`${proxy.base}/de/checklist/?${family}`, { waitUntil: "domcontentloaded" });
    assert.equal(await page.evaluate(() => window.lotseReady === true), false, "the app is not running yet");
    assert.ok(await page.$("#ticks-early"), "the page says the ticks are kept once Lotse has loaded");
    await page.check('input[value="passport@4"]');
    await page.check('input[value="livelihood_proof"]');
    await page.check('input[value="photo@1"]');
    await page.uncheck('input[value="photo@1"]');
    assert.equal(await page.evaluate(() => window.lotseReady === true), false, "ticked before the app ran");
    await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
    assert.deepEqual((await ticked(page)).sort(), ["livelihood_proof", "passport@4"]);
    assert.equal(await page.$("#ticks-early"), null);
    await page.reload();
    await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".doc input:checked").length === 2);
    assert.deepEqual((await ticked(page)).sort(), ["livelihood_proof", "passport@4"], "kept on the device");

    await ctx.close();

    // "Meine Daten auf diesem Gerät löschen" before the app runs (a new
    // device: the wasm is not stored yet, and comes late).
    const slow = await countingProxy(server.base, { wasmDelayMs: 15000 });
    const other = await phone();
    const p2 = await other.newPage();
    await p2.goto(`${slow.base}/de/checklist/?${family}`, { waitUntil: "domcontentloaded" });
    await p2.waitForSelector("#forget");
    await p2.evaluate(() => localStorage.setItem("lotse.lang", JSON.stringify("de")));
    await p2.check('input[value="passport@1"]');
    assert.equal(await p2.evaluate(() => window.lotseReady === true), false);
    await p2.click("#forget");
    // At once, before the app runs: the boxes and the storage are cleared
    // (the worker, still installing, is unregistered once its install
    // ends; the confirmation waits for that, and the app, if it starts
    // first, waits with it).
    const atOnce = await p2.evaluate(() => ({
      running: window.lotseReady === true,
      ticked: [...document.querySelectorAll(".doc input:checked")].length,
      stored: Object.keys(localStorage).filter((k) => k.startsWith("lotse.")),
    }));
    assert.deepEqual(atOnce, { running: false, ticked: 0, stored: [] }, "deleted before the app ran");
    await p2.waitForSelector("#forgotten", { timeout: 60000 });
    await appReady(p2);
    await p2.waitForSelector("#forgotten");
    assert.deepEqual(await p2.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lotse."))), []);
    await p2.waitForTimeout(500);
    assert.deepEqual(await ticked(p2), [], "nothing comes back when the app runs");
    await other.close();
    await slow.stop();
  } finally {
    await proxy.stop();
  }
});
