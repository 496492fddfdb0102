// The phone sweep: every representative path (one per route, fee shape
// and household shape, chosen by `lotse paths` from every path of the
// flow) at 320 and 360 px. German, Arabic, Persian, Pashto and Ukrainian
// on every path, the other languages on every fourth. For each page: no
// horizontal overflow, no text box narrower than 48 px, no missing
// message, no box ticked before the app runs, and (at 360 px) axe-core
// finds no WCAG 2.2 AA violation. The counts go to out/sweep.json.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startServer, launch, appReady, root, outDir, today } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// SWEEP_LANGS=de,ar and SWEEP_WIDTHS=320 narrow a run while fixing a page.
const only = (name, all) => (process.env[name] ? process.env[name].split(",") : all);
const everyPath = only("SWEEP_LANGS", ["de", "ar", "fa", "ps", "uk"]);
const sampled = process.env.SWEEP_LANGS ? [] : ["en", "tr", "ku", "ru", "pl", "ro", "bg", "fr"];
const widths = only("SWEEP_WIDTHS", ["320", "360"]).map(Number);

let browser, server, reps;
before(async () => {
  reps = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["paths", "--today", today], { cwd: root, encoding: "utf8" }));
  browser = await launch();
  server = await startServer({ args: ["--today", today] });
});
after(async () => { await browser?.close(); await server?.stop(); });

// pageProblems runs in the page: overflow, squeezed text, missing messages.
function pageProblems() {
  const out = [];
  if (document.documentElement.scrollWidth > window.innerWidth) {
    const wide = [...document.querySelectorAll("body *")].filter((el) => el.offsetParent && el.getBoundingClientRect().right > window.innerWidth + 0.5);
    const culprit = wide.at(-1);
    out.push(`overflow: ${document.documentElement.scrollWidth} px wide` + (culprit ? ` at <${culprit.tagName.toLowerCase()} class="${culprit.className}"> "${culprit.textContent.slice(0, 40)}"` : ""));
  }
  for (const el of document.querySelectorAll("main *")) {
    const direct = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
    if (direct.length <= 3 || !el.offsetParent) continue;
    const style = getComputedStyle(el);
    if (style.display === "inline") continue;
    const w = el.getBoundingClientRect().width;
    if (w < 48) out.push(`squeezed: <${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(w)} px "${direct.slice(0, 30)}"`);
  }
  const missing = document.body.innerText.match(/\[[a-z]+(\.[a-z0-9_]+)+\]/);
  if (missing) out.push("missing message " + missing[0]);
  return out;
}

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  });
}

// navigate moves inside the running app (as a tapped link does), which
// is what a person does and keeps the sweep to minutes.
async function navigate(page, url) {
  await page.evaluate((u) => {
    const a = document.createElement("a");
    a.href = u;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }, url);
  await page.waitForFunction((u) => location.pathname + location.search === u && document.querySelector("main h1"), url, { timeout: 15000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const counts = { representatives: 0, pages: 0, axe: 0, prerendered: 0, languages: {}, problems: [] };
after(() => {
  counts.representatives = reps?.length || 0;
  writeFileSync(path.join(outDir, "sweep.json"), JSON.stringify(counts, null, 2));
  console.log(`sweep: ${counts.representatives} representative paths, ${counts.pages} pages, ${counts.axe} axe runs, ${counts.prerendered} pre-rendered pages, ${counts.problems.length} problems`);
});

// One test per language: each reports its own pages.
for (const lang of [...everyPath, ...sampled]) {
  test(`phone sweep in ${lang}: every ${everyPath.includes(lang) ? "" : "fourth "}representative path at 320 and 360 px`, async () => {
    const list = everyPath.includes(lang) ? reps : reps.filter((_, i) => i % 4 === 0);
    const problems = [];
    counts.languages[lang] = list.length;
    // The pre-rendered HTML: no box ticked before the app runs.
    for (const r of list) {
      const html = await (await fetch(`${server.base}/${lang}/checklist/?${r.query}`)).text();
      counts.prerendered++;
      if (/<input[^>]*\schecked[\s=>]/.test(html)) problems.push(`${lang} ${r.query}: a box is ticked in the pre-rendered page`);
    }
    for (const width of widths) {
      const ctx = await browser.newContext({ viewport: { width, height: 740 } });
      const page = await ctx.newPage();
      await page.goto(`${server.base}/${lang}/`);
      await appReady(page);
      for (const r of list) {
        const url = `/${lang}/checklist/?${r.query}`;
        await navigate(page, url);
        counts.pages++;
        for (const p of await page.evaluate(pageProblems)) problems.push(`${width} px ${url}: ${p}`);
        if (width === 360) {
          counts.axe++;
          for (const v of await axe(page)) problems.push(`axe ${url}: ${v}`);
        }
      }
      await ctx.close();
    }
    counts.problems.push(...problems);
    assert.deepEqual(problems.slice(0, 20), []);
  });
}
