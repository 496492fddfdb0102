// The operator's legal pages: the start page links the Impressum, the
// privacy statement and the accessibility statement in every language;
// each answers 200 pre-rendered and in the running app, passes axe-core
// (WCAG 2.2 AA) at 360 px without overflowing, says plainly what the
// operator has not filled in, and shows the operator's details once they
// are. Screenshots of German and Arabic at 360 px land in out/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, cpSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, launch, appReady, shot, root, today } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const pages = ["impressum", "datenschutz", "barrierefreiheit"];
const langs = readFileSync(path.join(root, "i18n/catalog/languages.go"), "utf8").match(/Code:\s*"([a-z]+)"/g).map((m) => m.match(/"([a-z]+)"/)[1]);
let browser, server;
before(async () => { browser = await launch(); server = await startServer({ args: ["--today", today] }); });
after(async () => { await browser?.close(); await server?.stop(); });

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  });
}

test("every language: the start page's footer links the three legal pages, each 200 pre-rendered", async () => {
  assert.equal(langs.length, 13, "the language table lists 13 languages");
  for (const lang of langs) {
    const start = await (await fetch(`${server.base}/${lang}/?wasm=false`)).text();
    for (const page of pages) {
      assert.ok(start.includes(`href="/${lang}/${page}/`), `/${lang}/ links /${lang}/${page}/ before the app runs`);
      const res = await fetch(`${server.base}/${lang}/${page}/`);
      const html = await res.text();
      assert.equal(res.status, 200, `/${lang}/${page}/`);
      assert.ok(html.includes('id="legal-title"'), `/${lang}/${page}/ is pre-rendered`);
      assert.ok(html.includes('id="legal-missing-operator"'), `/${lang}/${page}/ says the operator has not filled in its details`);
    }
  }
});

test("every language: the legal pages in the app at 360 px, axe-core finds no WCAG 2.2 AA violation, nothing overflows", async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await ctx.newPage();
  const problems = [];
  for (const lang of langs) {
    for (const p of pages) {
      await page.goto(`${server.base}/${lang}/${p}/`);
      await appReady(page);
      await page.waitForSelector("#legal-title");
      for (const v of await axe(page)) problems.push(`${lang}/${p}: ${v}`);
      if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)) problems.push(`${lang}/${p}: wider than 360 px`);
      if (lang === "de" || lang === "ar") await page.screenshot({ path: shot(`legal-${lang}-${p}-360`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${server.base}/ar/datenschutz/`);
  await appReady(page);
  for (const v of await axe(page)) problems.push(`ar/datenschutz (dark): ${v}`);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test("from the start page to the privacy statement: German binds, the reader's language follows each paragraph", async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/ar/`);
  await appReady(page);
  await page.click("#to-privacy");
  await page.waitForURL(`${server.base}/ar/datenschutz/`);
  await page.waitForSelector("#legal-title");
  await page.waitForFunction(() => document.activeElement?.id === "legal-title");
  assert.ok(await page.evaluate(() => document.getElementById("legal-title").getBoundingClientRect().top >= 0 && window.scrollY < 200), "the footer link opens the page at its start");
  const paras = await page.$$eval(".legal-text", (ds) => ds.map((d) => [...d.querySelectorAll("p")].map((p) => p.lang)));
  assert.ok(paras.length > 5, "the privacy statement has its paragraphs");
  for (const p of paras) assert.deepEqual(p, ["de", "ar"], "German first, Arabic below it");
  // The delete button the statement names is the one at the bottom.
  const button = await page.textContent("#forget");
  assert.ok((await page.textContent("main")).includes(button.trim()), "the statement names the delete button as it reads");
  await ctx.close();
});

test("a filled-in operator: details shown, nothing said to be missing, the log as configured", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-operator-"));
  cpSync(path.join(root, "content/data"), dir, { recursive: true });
  const operator = readFileSync(path.join(dir, "00-operator.yaml"), "utf8")
    .replace(/  publisher:\n(    .*\n)+/, `  publisher: {name: "Beispielamt", street: "Weg 1", postcode: "44135", city: "Dortmund", email: "amt@example.org", phone: "0231 0000-0"}\n`)
    .replace(`privacy_contact: {name: "", email: "", phone: ""}`, `privacy_contact: {email: "datenschutz@example.org"}`)
    .replace(`dpo: {name: "", street: "", postcode: "", city: "", email: "", phone: ""}`, `dpo: {email: "dsb@example.org"}`)
    .replace(`supervisory: {name: "", street: "", postcode: "", city: "", email: "", web: ""}`, `supervisory: {name: "Aufsicht", web: "https://aufsicht.example.org/"}`)
    .replace(`accessibility_contact: {name: "", email: "", phone: "", web: ""}`, `accessibility_contact: {email: "barrieren@example.org"}`)
    .replace("statement_date:\n", "statement_date: 2026-12-01\n")
    .replace("# server_log: {kept_days: 7, ip_address: shortened, query: false}", "server_log: {kept_days: 7, ip_address: shortened, query: false}");
  writeFileSync(path.join(dir, "00-operator.yaml"), operator);
  const filled = await startServer({ args: ["--today", today, "--content", dir, "--i18n", path.join(root, "i18n")] });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await ctx.newPage();
  try {
    for (const [p, want] of [["impressum", "amt@example.org"], ["datenschutz", "dsb@example.org"], ["barrierefreiheit", "barrieren@example.org"]]) {
      for (const lang of ["de", "ar"]) {
        await page.goto(`${filled.base}/${lang}/${p}/`);
        await appReady(page);
        await page.waitForSelector("#legal-title");
        assert.equal(await page.$$eval(".legal-missing", (e) => e.length), 0, `${lang}/${p}: nothing missing`);
        assert.ok(await page.$(`a[href="mailto:${want}"]`), `${lang}/${p}: links ${want}`);
        assert.deepEqual(await axe(page), [], `${lang}/${p}`);
        if (p === "datenschutz") await page.screenshot({ path: shot(`legal-filled-${lang}-${p}-360`), fullPage: true });
      }
    }
    await page.goto(`${filled.base}/de/datenschutz/`);
    await appReady(page);
    const text = await page.textContent("main");
    assert.ok(text.includes("nach 7 Tagen") && text.includes("nur gekürzt") && text.includes("enthält Ihre Antworten nicht"), "the log paragraphs follow server_log");
  } finally {
    await ctx.close();
    await filled.stop();
  }
});
