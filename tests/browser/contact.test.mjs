// A request that gets sent: per channel (the contact form's three steps,
// one e-mail button, Hagen's booking), a subject in the office's words,
// everyone who comes, what the letter says in the reader's language;
// typed details never leave the device; copying and typing work before
// the app runs. Screenshots at 360 px (ar, uk) before and after copying.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { startServer, launch, appReady, isoDay, shot, root, countingProxy } from "./lib.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

const de = JSON.parse(readFileSync(path.join(root, "i18n/de.json"), "utf8"));
const family = `city=dortmund&need=extend&citizenship=other&status=humanitarian&expiry=${isoDay(50)}&people=adult,adult,child_6_17,child_under_6&benefits=no&urgent=none`;
const student = `city=dortmund&need=extend&citizenship=other&status=study&expiry=${isoDay(40)}&length=over3m&people=adult&benefits=no&urgent=none`;
const hagen = `city=hagen&need=extend&citizenship=other&status=family&expiry=${isoDay(50)}&people=adult,child_under_6&benefits=no`;
const people = [["Olena Testname", "02.03.1985"], ["Taras Testname", "04.05.1983"], ["Iryna Testname", "06.07.2019"], ["Mark Testname", "08.09.2022"]];
const germanDate = (iso) => iso.split("-").reverse().join(".");

async function phone() {
  return browser.newContext({ viewport: { width: 360, height: 740 }, permissions: ["clipboard-read", "clipboard-write"] });
}

async function fill(page, n) {
  await page.click("#contact-open");
  for (let i = 0; i < n; i++) {
    await page.fill(`#contact-name-${i + 1}`, people[i][0]);
    await page.fill(`#contact-birth-${i + 1}`, people[i][1]);
  }
  await page.fill("#contact-file", "38/3-1 4711");
  // The letter follows what was typed (the app renders the next frame).
  await page.waitForFunction(() => document.getElementById("contact-body").value.includes("4711"));
}

test("contact form: numbered steps, a subject in the office's words, everyone who comes, what it says in the reader's language; nothing typed leaves the device", async () => {
  for (const lang of ["ar", "uk"]) {
    const ctx = await phone();
    const page = await ctx.newPage();
    const sent = [];
    page.on("request", (r) => sent.push(r.url() + " " + (r.postData() || "")));
    await page.goto(`${server.base}/${lang}/checklist/?${family}`);
    await appReady(page);
    await fill(page, 4);
    const subject = await page.textContent("#contact-subject");
    assert.ok(subject.includes(de["letter.concern.need.extend"].other), subject);
    assert.ok(subject.includes("4") && subject.includes(germanDate(isoDay(50))), subject);
    const body = await page.inputValue("#contact-body");
    for (const [name, birth] of people) assert.ok(body.includes(name) && body.includes(birth), name);
    assert.ok(body.includes("38/3-1 4711"), "the file number");
    // What it says, in the reader's language, beside the German.
    const says = await page.$$eval("#contact-says li", (ls) => ls.map((l) => l.textContent));
    assert.ok(says.length >= 7, says.join("\n"));
    assert.ok(people.every(([name]) => says.some((s) => s.includes(name))));
    assert.match(says.join(" "), lang === "ar" ? /[\u0600-\u06FF]{3}/ : /[\u0400-\u04FF]{3}/);
    // The contact form's way: three steps, no e-mail button.
    const steps = await page.$$eval("#contact-by-form ol.steps > li", (ls) => ls.length);
    assert.equal(steps, 3);
    assert.equal(await page.$("#contact-mail"), null, "this team takes its contact form, not e-mail");
    assert.equal(await page.getAttribute("#contact-form-link", "target"), "_blank");
    assert.match(await page.getAttribute("#contact-form-link", "href"), /^https:\/\/www\.dortmund\.de\//);
    assert.ok(await page.$eval("#contact-copied", (e) => e.hidden));
    await page.locator(".contact").screenshot({ path: shot(`contact-${lang}-before-copy`) });
    await page.click("#contact-copy");
    await page.waitForSelector("#contact-copied:not([hidden])");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), subject + "\n\n" + body);
    assert.match(await page.getAttribute("#contact-form-link", "class"), /primary/, "the next step leads once copied");
    await page.locator(".contact").screenshot({ path: shot(`contact-${lang}-after-copy`) });
    assert.ok(!page.url().includes("Testname"));
    assert.deepEqual(sent.filter((s) => s.includes("Testname") || s.includes("4711")), [], "typed details never reach the server");
    await ctx.close();
  }
});

test("e-mail: one mailto: button with subject and body; the form is the other way", async () => {
  const ctx = await phone();
  const page = await ctx.newPage();
  await page.goto(`${server.base}/de/checklist/?${student}`);
  await appReady(page);
  await fill(page, 1);
  const href = await page.getAttribute("#contact-mail", "href");
  const u = new URL(href);
  assert.equal(u.protocol, "mailto:");
  assert.equal(u.pathname, "studententeam@stadtdo.de");
  assert.equal(u.searchParams.get("subject"), await page.textContent("#contact-subject"));
  assert.equal(u.searchParams.get("body"), await page.inputValue("#contact-body"));
  assert.ok(u.searchParams.get("body").includes(people[0][0]));
  assert.equal(await page.$$eval("a[href^='mailto:'].button", (as) => as.length), 1, "one e-mail button");
  assert.equal(await page.textContent("#contact-by-form h3"), de["contact.or_form"].other);
  assert.equal(await page.$("#contact-says"), null, "German readers read the German letter");
  await ctx.close();
});

test("Hagen: the booking link", async () => {
  const ctx = await phone();
  const page = await ctx.newPage();
  await page.goto(`${server.base}/uk/checklist/?${hagen}`);
  await appReady(page);
  assert.equal(await page.getAttribute("#contact-booking", "href"), "https://terminvergabe.hagen.de/");
  assert.equal(await page.$("#contact-copy"), null);
  assert.equal(await page.$("#contact-mail"), null);
  await ctx.close();
});

test("before the app runs: typed details are kept, and copying works", async () => {
  const proxy = await countingProxy(server.base, { wasmDelayMs: 5000 });
  try {
    const ctx = await phone();
    const page = await ctx.newPage();
    await page.goto(`${proxy.base}/uk/checklist/?${family}`, { waitUntil: "domcontentloaded" });
    await page.click("#contact-open");
    await page.click("#contact-copy");
    await page.waitForSelector("#contact-copied:not([hidden])");
    assert.equal(await page.evaluate(() => window.lotseReady === true), false, "copied before the app ran");
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(de["letter.concern.need.extend"].other));
    await page.fill("#contact-name-1", people[0][0]);
    assert.equal(await page.evaluate(() => window.lotseReady === true), false, "typed before the app ran");
    await appReady(page);
    await page.waitForFunction(() => document.getElementById("contact-open"));
    if (!(await page.$eval("details.contact-form", (d) => d.open))) await page.click("#contact-open");
    assert.equal(await page.inputValue("#contact-name-1"), people[0][0]);
    assert.ok((await page.inputValue("#contact-body")).includes(people[0][0]), "the name is in the letter");
    await ctx.close();
  } finally {
    await proxy.stop();
  }
});
