// `make bench`: Lotse against a bare go-app app ("the floor") in the same
// run. Sizes, first-visit transfer, paint and interaction times in
// headless Chromium (Slow 4G + 4x CPU, and unthrottled; median of RUNS),
// the engine over every path, and the servers under load on loopback.
// Prints a table and writes bench/out/bench.json.
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import path from "node:path";
import { root, launch, freePort, startServer, swReady } from "./lib.mjs";

const RUNS = Number(process.env.RUNS || 5);
const out = path.join(root, "bench/out");
mkdirSync(out, { recursive: true });
const slow4g = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };

function sizes(file) {
  const b = readFileSync(file);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

async function startFloor() {
  const port = await freePort();
  const proc = spawn(path.join(out, "floor-server"), ["-addr", `127.0.0.1:${port}`, "-dir", path.join(out, "floor")], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base + "/app.js")).ok) break; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill(); }) };
}

async function throttle(page, on) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  if (on) {
    await cdp.send("Network.emulateNetworkConditions", slow4g);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  return cdp;
}

// Interactive: Lotse's app has mounted (window.lotseReady); the floor has
// no data to load, so go-app removing its loader is the same moment there.
const interactive = (page) => page.waitForFunction(() => !document.getElementById("app-wasm-loader") && (window.lotseReady === true || document.title === "floor"), null, { timeout: 180000, polling: 20 });
const fcp = (page) => page.evaluate(() => new Promise((resolve) => {
  const e = performance.getEntriesByName("first-contentful-paint")[0];
  if (e) return resolve(e.startTime);
  new PerformanceObserver((l) => resolve(l.getEntries()[0].startTime)).observe({ type: "paint", buffered: true });
}));

// One cold visit, then a warm start and an offline reload in the same
// browser context (service worker installed).
async function visit(browser, app, throttled) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
  let bytes = 0;
  ctx.on("requestfinished", async (req) => {
    try { const s = await req.sizes(); bytes += s.responseBodySize + s.responseHeadersSize; } catch {}
  });
  const page = await ctx.newPage();
  await throttle(page, throttled);
  const r = {};
  let t0 = Date.now();
  await page.goto(app.base + app.first, { waitUntil: "commit", timeout: 180000 });
  r.fcp = await fcp(page);
  await interactive(page);
  if (app.click) {
    // The app handles the click in place (no new document is loaded).
    await page.evaluate(() => (window.__samePage = true));
    await page.click(app.click);
    await page.waitForFunction(() => window.__samePage && location.search.includes("city="), null, { timeout: 60000, polling: 20 });
  }
  r.firstInteractive = Date.now() - t0;
  // First-visit transfer: everything until the worker has cached it all.
  await swReady(page);
  await page.waitForTimeout(500);
  r.firstVisitBytes = bytes;
  // Warm start: a new page, everything from the service worker's cache.
  bytes = 0;
  const warm = await ctx.newPage();
  await throttle(warm, throttled);
  t0 = Date.now();
  await warm.goto(app.base + app.first, { waitUntil: "commit" });
  await interactive(warm);
  r.warm = Date.now() - t0;
  await warm.waitForTimeout(300);
  r.repeatVisitBytes = bytes;
  // Offline reload of a deep URL.
  await ctx.setOffline(true);
  const off = await ctx.newPage();
  await throttle(off, false);
  if (throttled) { const cdp = await ctx.newCDPSession(off); await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 }); }
  t0 = Date.now();
  await off.goto(app.base + app.deep, { waitUntil: "commit" });
  await interactive(off);
  if (app.deepReady) await off.waitForSelector(app.deepReady, { timeout: 60000 });
  r.offline = Date.now() - t0;
  await ctx.close();
  return r;
}

async function measure(browser, app) {
  const res = {};
  for (const [mode, throttled] of [["slow4g_cpu4x", true], ["unthrottled", false]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, app, throttled));
    res[mode] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    res[mode].runs = runs.length;
  }
  return res;
}

function load(url) {
  return JSON.parse(execFileSync(path.join(out, "load"), ["-url", url, "-c", "50", "-d", "10s"]).toString());
}

const results = { date: new Date().toISOString(), runs: RUNS };
results.wasm = { lotse: sizes(path.join(root, "web/app.wasm")), floor: sizes(path.join(out, "floor/web/app.wasm")) };
const lotseServer = await startServer();
const floor = await startFloor();
const browser = await launch();
try {
  results.browser = {
    lotse: await measure(browser, { base: lotseServer.base, first: "/de/q/", click: "a.answer", deep: "/de/checklist/?city=dortmund&need=naturalisation&minors=2&x=1", deepReady: "#fee-total" }),
    floor: await measure(browser, { base: floor.base, first: "/", deep: "/" }),
  };
  results.engine = (() => {
    const txt = execFileSync("go", ["test", "./content/", "-run", "^$", "-bench", "BenchmarkEvaluateAllPaths", "-benchtime", "20x"], { cwd: root }).toString();
    const m = txt.match(/BenchmarkEvaluateAllPaths\S*\s+\d+\s+(\d+) ns\/op\s+(\d+) paths/);
    return m ? { allPathsMs: Number(m[1]) / 1e6, paths: Number(m[2]) } : { raw: txt };
  })();
  results.server = {
    lotse: { page: load(lotseServer.base + "/de/"), wasm: load(lotseServer.base + "/web/app.wasm") },
    floor: { page: load(floor.base + "/"), wasm: load(floor.base + "/web/app.wasm") },
  };
} finally {
  await browser.close();
  await lotseServer.stop();
  await floor.stop();
}
writeFileSync(path.join(out, "bench.json"), JSON.stringify(results, null, 2));

// The table.
const kb = (n) => (n / 1024).toFixed(0) + " KB";
const ms = (n) => Math.round(n) + " ms";
const rows = [];
const row = (name, l, f, fmt, budget) => rows.push([name, fmt(l), fmt(f), (l / f).toFixed(2), budget ?? ""]);
const W = results.wasm;
row("app.wasm raw", W.lotse.raw, W.floor.raw, kb);
row("app.wasm gzip -9", W.lotse.gzip, W.floor.gzip, kb, W.lotse.gzip <= 1.1 * W.floor.gzip ? "≤ 1.10× ok" : "≤ 1.10× MISSED");
row("app.wasm brotli -q 11", W.lotse.brotli, W.floor.brotli, kb);
for (const mode of ["slow4g_cpu4x", "unthrottled"]) {
  const L = results.browser.lotse[mode], F = results.browser.floor[mode];
  const tag = mode === "slow4g_cpu4x" ? " (Slow 4G, 4× CPU)" : " (no throttling)";
  row("first-visit transfer" + tag, L.firstVisitBytes, F.firstVisitBytes, kb, mode === "unthrottled" ? (L.firstVisitBytes <= 1.7 * 1024 * 1024 ? "≤ 1.7 MB ok" : "≤ 1.7 MB MISSED") : "");
  row("first contentful paint" + tag, L.fcp, F.fcp, ms, mode === "slow4g_cpu4x" ? (L.fcp <= 2000 ? "≤ 2.0 s ok" : "≤ 2.0 s MISSED") : "");
  row("first question responds to a click" + tag, L.firstInteractive, F.firstInteractive, ms);
  row("warm start to interactive" + tag, L.warm, F.warm, ms, L.warm <= 1.2 * F.warm ? "≤ 1.2× ok" : "≤ 1.2× MISSED");
  row("offline deep reload to interactive" + tag, L.offline, F.offline, ms, L.offline <= 1.2 * F.offline ? "≤ 1.2× ok" : "≤ 1.2× MISSED");
  row("repeat visit transfer" + tag, L.repeatVisitBytes, F.repeatVisitBytes, (n) => n + " B");
}
const S = results.server;
row("server rps, start page (50 conns, 10 s)", S.lotse.page.rps, S.floor.page.rps, (n) => n.toFixed(0));
row("server p99, start page", S.lotse.page.p99_ms, S.floor.page.p99_ms, (n) => n.toFixed(1) + " ms");
row("server rps, app.wasm", S.lotse.wasm.rps, S.floor.wasm.rps, (n) => n.toFixed(0));
row("server p99, app.wasm", S.lotse.wasm.p99_ms, S.floor.wasm.p99_ms, (n) => n.toFixed(1) + " ms");
rows.push(["server errors (lotse / floor)", String(S.lotse.page.errors + S.lotse.wasm.errors), String(S.floor.page.errors + S.floor.wasm.errors), "", ""]);
if (results.engine.allPathsMs) rows.push([`engine: all ${results.engine.paths} paths`, results.engine.allPathsMs.toFixed(2) + " ms", "", "", ""]);
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[["", "Lotse", "floor", "ratio", "budget"], ...rows].map((r) => String(r[i]).length)));
for (const r of [["", "Lotse", "floor", "ratio", "budget"], ...rows]) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join("  "));
console.log("\nJSON: bench/out/bench.json");
