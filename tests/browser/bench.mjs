// `make bench`: Lotse against a bare go-app app ("the floor") in one run.
//
// All traffic, the service worker's included, goes through a loopback
// proxy that throttles like Slow 4G (150 ms latency, 1.6 Mbit/s down,
// shared by every connection); pages also get 4× CPU throttling. Chrome's
// own network emulation is not used: it does not throttle the worker.
//
// Lines, each with its budget and "pass" or "MISS":
// - wasm gzip against the floor;
// - first-visit transfer from `lotse serve` and from the static export
//   behind nginx with the README's configuration;
// - a session that taps through six pre-rendered pages before the app
//   runs against one that waits: bytes and time until the app runs;
// - warm start and offline deep reload against the floor;
// - Lighthouse 12 (mobile preset) on start, question (ar), checklist and
//   advisor against the floor: score, total blocking time, compression;
// - load (bench/load on `lotse serve`, 5 s each, before the browsers run):
//   the checklist's and the advisor's requests per second against the
//   start page's at 50 connections, and each page's p50/p99 at 50 and 200
//   connections; also a checklist with a new date in every request (pages
//   not yet cached).
// Writes bench/out/bench.json. BENCH_LOAD_ONLY=1 runs only the load lines
// (about 40 s).
//
// BENCH_ROOT=/path/to/another/checkout measures that build instead (its
// bin/lotse, web/ and README), with the same floor and the same method,
// for a before-and-after table; BENCH_TODAY=none for a build without
// --today, BENCH_DEEP and BENCH_DEEP_READY for its deep URL, BENCH_README
// for the README whose nginx block serves its export (an older block that
// breaks the site cannot be measured).
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, copyFileSync, chmodSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { tmpdir } from "node:os";
import http from "node:http";
import path from "node:path";
import { root, launch, freePort, chromiumFlags, today } from "./lib.mjs";

const RUNS = Number(process.env.RUNS || 3);
const out = path.join(root, "bench/out");
const app = process.env.BENCH_ROOT || root;
const todayArgs = process.env.BENCH_TODAY === "none" ? [] : ["--today", today];
const deep = process.env.BENCH_DEEP || "/de/checklist/?city=dortmund&need=naturalisation&people=adult,child_6_17,child_under_6&x=1";
const deepReady = process.env.BENCH_DEEP_READY || "#fees-total";
mkdirSync(out, { recursive: true });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const student = "city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-01-10&length=over3m&people=adult&benefits=no&urgent=none";

function sizes(file) {
  const b = readFileSync(file);
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

// ------------------------------------------------------------ servers
async function waitUp(base, p = "/") {
  for (let i = 0; i < 150; i++) {
    try { if ((await fetch(base + p)).status < 500) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("not up: " + base);
}

async function startLotse() {
  const port = await freePort();
  const proc = spawn(path.join(app, "bin/lotse"), ["serve", "--addr", `127.0.0.1:${port}`, ...todayArgs], { cwd: app, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitUp(base, "/app.js");
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill("SIGTERM"); }) };
}

async function startFloor() {
  const port = await freePort();
  const proc = spawn(path.join(out, "floor-server"), ["-addr", `127.0.0.1:${port}`, "-dir", path.join(out, "floor")], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitUp(base, "/app.js");
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill(); }) };
}

// nginxStatic exports the site and serves it with the README's block.
async function nginxStatic() {
  const top = mkdtempSync(path.join(tmpdir(), "lotse-bench-"));
  chmodSync(top, 0o755);
  const dist = path.join(top, "dist");
  execFileSync(path.join(app, "bin/lotse"), ["static", "--out", dist, ...todayArgs], { cwd: app, stdio: "pipe" });
  const readme = readFileSync(process.env.BENCH_README || path.join(app, "README.md"), "utf8");
  const block = readme.match(/```nginx\n([\s\S]*?)```/)[1].replace("/srv/lotse/dist", dist);
  copyFileSync("/etc/nginx/mime.types", path.join(top, "mime.types"));
  const port = await freePort();
  writeFileSync(path.join(top, "nginx.conf"), `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off; pid ${top}/nginx.pid; error_log ${top}/error.log;
events {}
http { access_log off;
  client_body_temp_path ${top}/b; proxy_temp_path ${top}/p; fastcgi_temp_path ${top}/f; uwsgi_temp_path ${top}/u; scgi_temp_path ${top}/s;
  server { listen 127.0.0.1:${port};
${block}
  }
}
`);
  const proc = spawn("nginx", ["-p", top, "-c", path.join(top, "nginx.conf")], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitUp(base);
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill("SIGQUIT"); }) };
}

// throttle is a loopback proxy with one shared downlink, like a phone's:
// every 5 ms the link carries its share of bytes, split evenly among the
// responses that have bytes waiting (a small page is not queued behind
// the whole wasm, as it would be with one first-come queue).
async function throttle(target, { latencyMs = 150, downKbit = 1600 } = {}) {
  const tickMs = 5;
  const perTick = (downKbit * 1000) / 8 / 1000 * tickMs;
  const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
  const open = new Set(); // { res, chunks: [Buffer], ended }
  let bytes = 0;
  const timer = setInterval(() => {
    let budget = perTick;
    while (budget >= 1) {
      const waiting = [...open].filter((q) => q.chunks.length);
      if (!waiting.length) break;
      const share = Math.max(1, Math.floor(budget / waiting.length));
      for (const q of waiting) {
        const head = q.chunks[0];
        const n = Math.min(share, head.length, Math.floor(budget));
        if (n < 1) break;
        q.res.write(head.subarray(0, n));
        bytes += n;
        if (n === head.length) q.chunks.shift(); else q.chunks[0] = head.subarray(n);
        budget -= n;
      }
    }
    for (const q of open) if (q.ended && !q.chunks.length) { q.res.end(); open.delete(q); }
  }, tickMs);
  const port = await freePort();
  const srv = http.createServer(async (req, res) => {
    const body = [];
    for await (const c of req) body.push(c);
    await sleep(latencyMs);
    const up = http.request(target + req.url, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (r) => {
      bytes += 20 + Object.entries(r.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
      res.writeHead(r.statusCode, r.headers);
      const q = { res, chunks: [], ended: false };
      open.add(q);
      r.on("data", (chunk) => q.chunks.push(chunk)); // counted when delivered
      r.on("end", () => { q.ended = true; });
      res.on("close", () => { open.delete(q); r.destroy(); });
    });
    up.on("error", () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    up.end(Buffer.concat(body));
  });
  await new Promise((r) => srv.listen(port, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${port}`, bytes: () => bytes, reset: () => { bytes = 0; },
    stop: () => new Promise((r) => { clearInterval(timer); srv.closeAllConnections(); srv.close(r); }),
  };
}

// ------------------------------------------------------------ browser
async function cpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}
const appRuns = (page) => page.waitForFunction(() => !document.getElementById("app-wasm-loader") && (window.lotseReady === true || document.title === "floor"), null, { timeout: 300000, polling: 20 });

// cached waits until the service worker is active and the wasm is in its
// cache; go-app's own worker (the floor's) need not control the page.
async function cached(page) {
  const end = Date.now() + 300000;
  while (Date.now() < end) {
    const ok = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (!(reg && reg.active && reg.active.state === "activated" && !reg.installing && !reg.waiting)) return false;
      // go-app's worker activates before its cache is filled (its install
      // does not wait): installed means the wasm is in a cache.
      for (const name of await caches.keys()) {
        if ((await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname.endsWith("/app.wasm"))) return true;
      }
      return false;
    }).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the service worker did not finish installing");
}

// firstVisit: a new device opens `first`; optionally taps through six
// pre-rendered pages at once. Returns time until the app runs and bytes
// until then and until the worker has everything.
async function firstVisit(browser, proxy, first, { taps = 0 } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await ctx.newPage();
  await cpu(page, 4);
  proxy.reset();
  const t0 = Date.now();
  await page.goto(proxy.base + first, { waitUntil: "domcontentloaded", timeout: 300000 });
  // The moment the app runs is taken while the person taps (a held tap on
  // a static host waits for a navigation that does not come), by polling
  // whichever page is open; a navigation in between only skips one poll.
  let ran = null;
  const watch = (async () => {
    for (const end = t0 + 300000; !ran && Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
      const ok = await page.evaluate(() => !document.getElementById("app-wasm-loader") && (window.lotseReady === true || document.title === "floor")).catch(() => false);
      if (ok) ran = { appRunsMs: Date.now() - t0, bytesAtAppRuns: proxy.bytes() };
    }
  })();
  // A person who taps on at once: start, Dortmund, extend, another
  // country, study, date unknown … (on a static host the first tap is
  // held until the app runs, and the same link is tapped again).
  const route = ["#start", 'a.answer[href*="city=dortmund"]', 'a.answer[href*="need=extend"]', 'a.answer[href*="citizenship=other"]',
    'a.answer[href*="status=study"]', "#date-unknown", "a.answer"];
  for (let i = 0; i < taps; i++) {
    let link = null;
    for (const sel of route) if ((link = await page.$(sel))) break;
    if (!link) break;
    await Promise.all([page.waitForEvent("domcontentloaded", { timeout: 3000 }).catch(() => {}), link.click({ timeout: 30000 }).catch(() => {})]);
  }
  await watch;
  if (!ran) throw new Error("the app did not run within 300 s");
  await appRuns(page);
  const r = { ...ran };
  await cached(page);
  await page.waitForTimeout(500);
  r.firstVisitBytes = proxy.bytes();
  await ctx.close();
  return r;
}

// warmAndOffline: installed, then a warm start of `first` and an offline
// reload of `deep` (4× CPU).
async function warmAndOffline(browser, proxy, first, deep, deepReady) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await ctx.newPage();
  await page.goto(proxy.base + first, { timeout: 300000 });
  await appRuns(page);
  await cached(page);
  await page.close();
  const warm = await ctx.newPage();
  await cpu(warm, 4);
  let t0 = Date.now();
  await warm.goto(proxy.base + first, { waitUntil: "commit" });
  await appRuns(warm);
  const r = { warmMs: Date.now() - t0 };
  await warm.close();
  await ctx.setOffline(true);
  const off = await ctx.newPage();
  await cpu(off, 4);
  t0 = Date.now();
  await off.goto(proxy.base + deep, { waitUntil: "commit" });
  await appRuns(off);
  if (deepReady) await off.waitForSelector(deepReady, { timeout: 60000 });
  r.offlineDeepMs = Date.now() - t0;
  await ctx.close();
  return r;
}

async function runs(n, fn) {
  const all = [];
  for (let i = 0; i < n; i++) all.push(await fn());
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((x) => x[k]))]));
}

// ------------------------------------------------------------ Lighthouse
async function lighthouseRuns(urls) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: chromiumFlags });
  const res = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const all = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
        const a = r.lhr.audits;
        all.push({
          score: Math.round(r.lhr.categories.performance.score * 100),
          tbtMs: a["total-blocking-time"].numericValue,
          lcpMs: a["largest-contentful-paint"].numericValue,
          compressed: a["uses-text-compression"].score === 1 ? 1 : 0,
        });
      }
      res[name] = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((x) => x[k]))]));
    }
  } finally {
    await chrome.kill();
  }
  return res;
}

// ------------------------------------------------------------ run
const results = { date: new Date().toISOString(), runs: RUNS, budgets: [] };
results.build = app;
const lotse = await startLotse();

// ------------------------------------------------------------ load
const loadPages = { start: "/de/", checklist: "/de/checklist/?" + student, advisor: "/de/advisor/?" + student };
function load(url, conns) {
  const r = execFileSync(path.join(out, "load"), ["-url", lotse.base + url, "-c", String(conns), "-d", "5s"], { encoding: "utf8" });
  return JSON.parse(r);
}
results.load = {};
for (const conns of [50, 200]) {
  for (const [name, url] of Object.entries(loadPages)) results.load[`${name}@${conns}`] = load(url, conns);
}
results.load["checklist, every request a new page@50"] = load("/de/checklist/?" + student.replace("expiry=2027-01-10", "expiry={date}"), 50);
if (process.env.BENCH_LOAD_ONLY) {
  await lotse.stop();
  const L = results.load;
  for (const [name, r] of Object.entries(L)) console.log(`${name.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50_ms.toFixed(1).padStart(7)} ms  p99 ${r.p99_ms.toFixed(1).padStart(7)} ms  errors ${r.errors}`);
  console.log(`checklist / start at 50: ${(L["checklist@50"].rps / L["start@50"].rps).toFixed(2)} ×, advisor / start: ${(L["advisor@50"].rps / L["start@50"].rps).toFixed(2)} ×`);
  writeFileSync(path.join(out, process.env.BENCH_OUT || "bench-load.json"), JSON.stringify(results, null, 2));
  process.exit(0);
}
results.wasm = { lotse: sizes(path.join(app, "web/app.wasm")), floor: sizes(path.join(out, "floor/web/app.wasm")) };
const floor = await startFloor();
const nginx = await nginxStatic();
const proxies = { lotse: await throttle(lotse.base), floor: await throttle(floor.base), nginx: await throttle(nginx.base) };
const browser = await launch();
try {
  results.firstVisit = {
    lotseWaits: await runs(RUNS, () => firstVisit(browser, proxies.lotse, "/de/")),
    lotseTaps: await runs(RUNS, () => firstVisit(browser, proxies.lotse, "/de/", { taps: 6 })),
    nginxWaits: await runs(RUNS, () => firstVisit(browser, proxies.nginx, "/de/")),
    nginxTaps: await runs(RUNS, () => firstVisit(browser, proxies.nginx, "/de/", { taps: 6 })),
    floor: await runs(RUNS, () => firstVisit(browser, proxies.floor, "/")),
  };
  writeFileSync(path.join(out, "bench-partial.json"), JSON.stringify(results, null, 2));
  results.warm = {
    lotse: await runs(RUNS, () => warmAndOffline(browser, proxies.lotse, "/de/", deep, deepReady)),
    // go-app's own worker reloads only "/" offline (no query string).
    floor: await runs(RUNS, () => warmAndOffline(browser, proxies.floor, "/", "/")),
  };
} finally {
  await browser.close();
}
results.lighthouse = await lighthouseRuns({
  "start (de)": lotse.base + "/de/",
  "question (ar)": lotse.base + "/ar/q/?city=dortmund",
  "checklist (de)": lotse.base + "/de/checklist/?" + student,
  "advisor (de)": lotse.base + "/de/advisor/",
  floor: floor.base + "/",
});
for (const p of Object.values(proxies)) await p.stop();
await nginx.stop();
await lotse.stop();
await floor.stop();

// ------------------------------------------------------------ budget lines
const kb = (n) => (n / 1024).toFixed(0) + " KB";
const ms = (n) => (n / 1000).toFixed(1) + " s";
const line = (name, value, budget, pass) => results.budgets.push({ name, value, budget, pass });
const W = results.wasm, F = results.firstVisit, H = results.warm, L = results.lighthouse;
line("wasm gzip -9 against the floor", `${kb(W.lotse.gzip)} / ${kb(W.floor.gzip)} = ${(W.lotse.gzip / W.floor.gzip).toFixed(2)} ×`, "≤ 1.10 ×", W.lotse.gzip <= 1.1 * W.floor.gzip);
for (const [name, r] of [["lotse serve", F.lotseWaits], ["static export behind nginx", F.nginxWaits]]) {
  line(`first-visit transfer, ${name}`, kb(r.firstVisitBytes), "≤ 1.7 MB", r.firstVisitBytes <= 1.7 * 1024 * 1024);
}
for (const [name, taps, waits] of [["lotse serve", F.lotseTaps, F.lotseWaits], ["nginx", F.nginxTaps, F.nginxWaits]]) {
  line(`six early taps, bytes until the app runs (${name})`, `${kb(taps.bytesAtAppRuns)} / ${kb(waits.bytesAtAppRuns)} = ${(taps.bytesAtAppRuns / waits.bytesAtAppRuns).toFixed(2)} ×`, "≤ 1.05 × waiting", taps.bytesAtAppRuns <= 1.05 * waits.bytesAtAppRuns);
  line(`six early taps, time until the app runs (${name})`, `${ms(taps.appRunsMs)} / ${ms(waits.appRunsMs)} = ${(taps.appRunsMs / waits.appRunsMs).toFixed(2)} ×`, "≤ 1.10 × waiting", taps.appRunsMs <= 1.1 * waits.appRunsMs);
}
line("warm start against the floor", `${ms(H.lotse.warmMs)} / ${ms(H.floor.warmMs)} = ${(H.lotse.warmMs / H.floor.warmMs).toFixed(2)} ×`, "≤ 1.2 ×", H.lotse.warmMs <= 1.2 * H.floor.warmMs);
line("offline deep reload against the floor", `${ms(H.lotse.offlineDeepMs)} / ${ms(H.floor.offlineDeepMs)} = ${(H.lotse.offlineDeepMs / H.floor.offlineDeepMs).toFixed(2)} ×`, "≤ 1.2 ×", H.lotse.offlineDeepMs <= 1.2 * H.floor.offlineDeepMs);
for (const [name, r] of Object.entries(L)) {
  if (name === "floor") continue;
  line(`Lighthouse performance, ${name}`, `${r.score} (floor ${L.floor.score})`, "≥ 90 and ≥ floor", r.score >= 90 && r.score >= L.floor.score);
  line(`Lighthouse total blocking time, ${name}`, `${Math.round(r.tbtMs)} ms (floor ${Math.round(L.floor.tbtMs)} ms)`, "≤ floor", r.tbtMs <= L.floor.tbtMs);
  line(`Lighthouse text compression, ${name}`, r.compressed ? "all compressed" : "some uncompressed", "all", r.compressed === 1);
}
const LD = results.load;
line("load, 50 connections: checklist against the start page", `${LD["checklist@50"].rps.toFixed(0)} / ${LD["start@50"].rps.toFixed(0)} req/s = ${(LD["checklist@50"].rps / LD["start@50"].rps).toFixed(2)} ×`, "≥ 0.50 ×", LD["checklist@50"].rps >= 0.5 * LD["start@50"].rps);
line("load, 50 connections: advisor against the start page", `${LD["advisor@50"].rps.toFixed(0)} / ${LD["start@50"].rps.toFixed(0)} req/s = ${(LD["advisor@50"].rps / LD["start@50"].rps).toFixed(2)} ×`, "≥ 0.33 ×", LD["advisor@50"].rps >= 0.33 * LD["start@50"].rps);
for (const [name, r] of Object.entries(LD)) {
  const [page, conns] = name.split("@");
  line(`load, ${page}, ${conns} connections`, `${r.rps.toFixed(0)} req/s, p50 ${r.p50_ms.toFixed(0)} ms, p99 ${r.p99_ms.toFixed(0)} ms, ${r.errors} errors`, "no errors", r.errors === 0);
}
writeFileSync(path.join(out, process.env.BENCH_OUT || "bench.json"), JSON.stringify(results, null, 2));
const w = Math.max(...results.budgets.map((b) => b.name.length));
const v = Math.max(...results.budgets.map((b) => b.value.length));
for (const b of results.budgets) console.log(`${b.name.padEnd(w)}  ${b.value.padEnd(v)}  ${b.budget.padEnd(18)}  ${b.pass ? "pass" : "MISS"}`);
console.log(`\nfirst visit (Slow 4G through the proxy, 4× CPU, median of ${RUNS}): ` + JSON.stringify(results.firstVisit));
console.log("JSON: bench/out/bench.json");
