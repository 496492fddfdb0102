// Running `lotse serve` in production, as the README says: two instances
// started from the systemd unit's ExecStart line (the unit passes
// `systemd-analyze verify`), behind nginx with the README's reverse-proxy
// blocks as written (only ports and paths are this test's). The app runs
// through it; /healthz answers; the versioned data is kept by nginx and
// still served when every instance is gone; an instance that stops on
// SIGTERM finishes and the other takes over; the access log holds what
// the privacy statement says: no answers, shortened addresses.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, appReady, freePort, root, student, shot } from "./lib.mjs";

function readmeBlock(marker, lang) {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const m = readme.match(new RegExp(`<!-- ${marker} -->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `the README has a ${lang} block after <!-- ${marker} -->`);
  return m[1];
}

// execStart is the unit's command for one port, with this checkout's
// binary and web directory in place of the installed ones.
function execStart(port) {
  const line = readmeBlock("systemd", "ini").match(/^ExecStart=(.*)$/m)[1];
  const args = line.replaceAll("%i", String(port)).split(/\s+/);
  assert.equal(args[0], "/usr/local/bin/lotse");
  return args.slice(1).map((a) => (a === "/srv/lotse/web" ? path.join(root, "web") : a));
}

async function waitFor(url, status = 200) {
  for (let i = 0; i < 150; i++) {
    try { if ((await fetch(url)).status === status) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no " + status + " from " + url);
}

function instance(port) {
  const proc = spawn(path.join(root, "bin/lotse"), execStart(port), { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  proc.stderr.on("data", (d) => (log += d));
  const exited = new Promise((r) => proc.once("exit", (code, signal) => r({ code, signal })));
  return { base: `http://127.0.0.1:${port}`, proc, exited, log: () => log };
}

let browser, a, b, nginx, base, logFile;
before(async () => {
  browser = await launch();
  const [pa, pb, pn] = [await freePort(), await freePort(), await freePort()];
  a = instance(pa);
  b = instance(pb);
  await Promise.all([waitFor(a.base + "/healthz"), waitFor(b.base + "/healthz")]);

  const dir = mkdtempSync(path.join(tmpdir(), "lotse-proxy-"));
  chmodSync(dir, 0o777); // nginx's workers write the cache and the log as another user
  logFile = path.join(dir, "lotse.log");
  copyFileSync("/etc/nginx/mime.types", path.join(dir, "mime.types"));
  const http = readmeBlock("nginx-proxy-http", "nginx")
    .replace("127.0.0.1:8000", `127.0.0.1:${pa}`).replace("127.0.0.1:8001", `127.0.0.1:${pb}`)
    .replace("/var/cache/nginx/lotse", path.join(dir, "cache"));
  const server = readmeBlock("nginx-proxy", "nginx").replace("/var/log/nginx/lotse.log", logFile);
  writeFileSync(path.join(dir, "nginx.conf"), `
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include mime.types;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${http}
  server {
    listen 127.0.0.1:${pn};
${server}
  }
}
`);
  const proc = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  base = `http://127.0.0.1:${pn}`;
  try { await waitFor(base + "/healthz"); } catch (e) { throw new Error("nginx did not start: " + err + readFileSync(path.join(dir, "error.log"), "utf8")); }
  nginx = { stop: () => new Promise((r) => { proc.once("exit", r); proc.kill("SIGQUIT"); }) };
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
  for (const i of [a, b]) if (i && i.proc.exitCode === null && !i.proc.signalCode) i.proc.kill("SIGTERM");
});

test("the README's systemd unit passes systemd-analyze verify", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-unit-"));
  const unit = readmeBlock("systemd", "ini").replace("/usr/local/bin/lotse", path.join(root, "bin/lotse"));
  writeFileSync(path.join(dir, "lotse@8000.service"), unit);
  const r = spawnSync("systemd-analyze", ["verify", path.join(dir, "lotse@8000.service")], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr.trim(), "", "no unknown keys or other warnings");
});

test("two instances behind nginx: one version, /healthz, the app and its pages through the proxy", async () => {
  const [va, vb, vp] = await Promise.all([a.base, b.base, base].map(async (u) => (await (await fetch(u + "/healthz")).text()).trim()));
  assert.match(va, /^ok [0-9a-f]{16}$/);
  assert.equal(va, vb, "instances with the same binary and web directory serve one version");
  assert.equal(vp, va, "/healthz through the proxy");
  const page = await fetch(base + "/de/impressum/");
  assert.equal(page.status, 200);
  assert.ok(page.headers.get("content-security-policy")?.includes("default-src 'self'"), "Lotse's headers pass through");
  assert.ok(page.headers.get("strict-transport-security"), "nginx adds HSTS for the TLS site");

  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const p = await ctx.newPage();
  await p.goto(`${base}/de/checklist/?${student}`);
  await appReady(p);
  await p.waitForSelector(".doc");
  await p.click("#to-accessibility");
  await p.waitForSelector("#legal-title");
  await p.screenshot({ path: shot("proxy-de-barrierefreiheit-360") });
  await ctx.close();
});

test("versioned data: kept by nginx, compressed, still there when every instance is gone; SIGTERM ends an instance cleanly", async () => {
  const version = (await (await fetch(base + "/healthz")).text()).trim().split(" ")[1];
  const url = `${base}/data/${version}/content.json`;
  const first = await fetch(url, { headers: { "Accept-Encoding": "br" } });
  await first.arrayBuffer();
  const second = await fetch(url, { headers: { "Accept-Encoding": "br" } });
  await second.arrayBuffer();
  assert.equal(second.status, 200);
  assert.equal(second.headers.get("x-cache-status"), "HIT", "the second request is nginx's");
  assert.match(second.headers.get("cache-control"), /immutable/);
  assert.equal(second.headers.get("content-encoding"), "br");

  a.proc.kill("SIGTERM");
  assert.deepEqual(await a.exited, { code: 0, signal: null }, "SIGTERM (systemctl stop) ends the instance with status 0");
  for (let i = 0; i < 6; i++) {
    assert.equal((await fetch(base + "/de/datenschutz/")).status, 200, "the other instance answers");
  }
  b.proc.kill("SIGTERM");
  await b.exited;
  const cached = await fetch(url, { headers: { "Accept-Encoding": "br" } });
  assert.equal(cached.status, 200, "the data outlives the instances at the edge");
  assert.equal(cached.headers.get("x-cache-status"), "HIT");
  assert.equal((await fetch(base + "/de/")).status, 502, "pages need an instance");
});

test("the access log holds what the privacy statement says: no answers, shortened addresses", async () => {
  await fetch(`${base}/de/checklist/?${student}`).catch(() => {});
  await new Promise((r) => setTimeout(r, 200));
  const log = readFileSync(logFile, "utf8");
  assert.ok(log.includes('"GET /de/checklist/"'), "requests are logged by path:\n" + log.slice(0, 500));
  assert.ok(!log.includes("city=") && !log.includes("?"), "no answers in the log");
  for (const line of log.trim().split("\n")) assert.ok(line.startsWith("127.0.0.0 ["), "shortened address: " + line);
});
