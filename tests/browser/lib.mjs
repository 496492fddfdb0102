// Shared helpers for Lotse's browser tests: start a real `lotse serve` on
// a free loopback port, launch Debian's headless Chromium through
// playwright-core, and wait for the app and its service worker.
import { spawn } from "node:child_process";
import { mkdirSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const outDir = path.join(root, "tests/browser/out");

// today is the day the servers under test count from (--today), so that
// the paths and their dates are the same on every run.
export const today = "2026-12-01";
mkdirSync(outDir, { recursive: true });

export const chromiumFlags = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--no-first-run",
];

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

// startServer runs bin/lotse serve and resolves once it answers.
export async function startServer({ port, args = [], webDir } = {}) {
  port = port || (await freePort());
  const addr = `127.0.0.1:${port}`;
  const full = ["serve", "--addr", addr, ...(webDir ? ["--web", webDir] : []), ...args];
  const proc = spawn(path.join(root, "bin/lotse"), full, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  proc.stdout.on("data", (d) => (log += d));
  proc.stderr.on("data", (d) => (log += d));
  const base = `http://${addr}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error("lotse serve exited:\n" + log);
    try {
      const res = await fetch(base + "/app.js");
      if (res.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base, port, proc,
    log: () => log,
    async stop() {
      if (proc.exitCode !== null) return;
      proc.kill("SIGTERM");
      await new Promise((r) => proc.once("exit", r));
    },
  };
}

// copyWeb makes a private copy of web/ so a test can change a build.
export function copyWeb() {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-web-"));
  const web = path.join(dir, "web");
  cpSync(path.join(root, "web"), web, { recursive: true });
  return web;
}

export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumFlags });
}

// appReady waits until the wasm app runs and handles events: its status
// bar has mounted (window.lotseReady), after go-app removed its loader.
export async function appReady(page) {
  await page.waitForFunction(() => window.lotseReady === true && !document.getElementById("app-wasm-loader"), null, { timeout: 60000 });
}

// poll evaluates an async function in the page until it returns a truthy
// value. (page.waitForFunction does not await a predicate's promise: an
// async predicate would pass at once.)
export async function poll(page, fn, arg, timeout = 90000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg).catch(() => false);
    if (v) return v;
    if (Date.now() > end) throw new Error("poll: condition not met in " + timeout + " ms: " + fn.toString().slice(0, 120));
    await new Promise((r) => setTimeout(r, 250));
  }
}

// swReady waits until a service worker is activated, controls the page
// and nothing is installing.
export async function swReady(page) {
  await poll(page, async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return !!(reg && reg.active && reg.active.state === "activated" && !reg.installing && navigator.serviceWorker.controller);
  });
}

export function shot(name) {
  return path.join(outDir, name + ".png");
}

// isoDay is a date n days from the real today, for answers whose meaning
// depends on the browser's clock (the client counts from the device's day).
export function isoDay(n) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// student extends a study permit in Dortmund, expiring in 40 days.
export const student = `city=dortmund&need=extend&citizenship=other&status=study&expiry=${isoDay(40)}&length=over3m&people=adult&benefits=no&urgent=none`;

// family: two parents and children aged 7 and 2 extend in Hagen.
export const family = `city=hagen&need=extend&citizenship=other&status=family&expiry=${isoDay(50)}&people=adult,adult,child_6_17,child_under_6&benefits=no`;

// ticked lists the ticked documents' keys ("passport@1").
export async function ticked(page) {
  return page.$$eval(".doc input[type=checkbox]", (bs) => bs.filter((b) => b.checked).map((b) => b.value));
}

// countingProxy forwards to target and counts requests by path; wasm
// responses can be held back (a slow first download, to tap while the
// app loads), and so can the paths a pattern matches (holdMs). The
// service worker's own fetches pass through it too.
import http from "node:http";
export async function countingProxy(target, { wasmDelayMs = 0, hold = null, holdMs = 0 } = {}) {
  const counts = {};
  const port = await freePort();
  const srv = http.createServer((req, res) => {
    const p = new URL(req.url, "http://x").pathname;
    counts[p] = (counts[p] || 0) + 1;
    const forward = () => {
      const up = http.request(target + req.url, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (r) => {
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      });
      up.on("error", () => { res.writeHead(502); res.end(); });
      req.pipe(up);
    };
    if (wasmDelayMs && p.endsWith(".wasm")) setTimeout(forward, wasmDelayMs);
    else if (hold && hold.test(p)) setTimeout(forward, holdMs);
    else forward();
  });
  await new Promise((r) => srv.listen(port, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${port}`, counts, stop: () => new Promise((r) => srv.close(r)) };
}
