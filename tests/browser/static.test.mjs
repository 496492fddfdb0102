// Scale by being static: `lotse static` writes a site that a plain file
// server (Python's http.server) serves at the root and under a sub-path,
// and that nginx serves with the README's configuration, copied from the
// README as written. The app navigates, installs and reloads deep URLs
// offline; a tap before the app runs is carried out once it runs, with
// one wasm download; a deep link is not shown without its answers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, appReady, swReady, freePort, shot, root, countingProxy } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function waitUp(base) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base + "/")).status) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("not up: " + base);
}

async function fileServer(dir) {
  const port = await freePort();
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitUp(base);
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill(); }) };
}

// readmeNginx is the nginx block of the README, between its markers.
function readmeNginx() {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const m = readme.match(/<!-- nginx -->\s*```nginx\n([\s\S]*?)```/);
  assert.ok(m, "the README has an nginx block between <!-- nginx --> markers");
  return m[1];
}

async function nginx(dist, prefix = "") {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-nginx-"));
  const port = await freePort();
  copyFileSync("/etc/nginx/mime.types", path.join(dir, "mime.types"));
  // The README's block as written; for a sub-path, as its comment says:
  // location /lotse/ with the export's parent as root.
  let location = readmeNginx().replace("/srv/lotse/dist", dist);
  if (prefix) location = location.replace("location / {", `location ${prefix}/ {`).replace(`root ${dist};`, `root ${path.dirname(dist)};`);
  writeFileSync(path.join(dir, "nginx.conf"), `
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
${location}
  }
}
`);
  const proc = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  const base = `http://127.0.0.1:${port}`;
  try { await waitUp(base); } catch (e) { throw new Error("nginx did not start: " + err + readFileSync(path.join(dir, "error.log"), "utf8")); }
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill("SIGQUIT"); }) };
}

function exportSite(prefix) {
  const top = mkdtempSync(path.join(tmpdir(), "lotse-static-"));
  chmodSync(top, 0o755); // nginx's workers run as another user
  const out = path.join(top, prefix);
  mkdirSync(out, { recursive: true });
  execFileSync(path.join(root, "bin/lotse"), ["static", "--out", out, ...(prefix ? ["--base-path", prefix] : [])], { cwd: root, stdio: "pipe" });
  return { top, out };
}

async function browse(base, prefix) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const origin = new URL(base).origin;
  const foreign = [];
  page.on("request", (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url()); });
  try {
    await page.goto(base + prefix + "/de/");
    await appReady(page);
    await swReady(page);
    await page.click("#start");
    await page.waitForSelector("#question");
    assert.ok(new URL(page.url()).pathname.startsWith(prefix + "/de/q/"), page.url());
    await page.locator(".answer").first().click();
    await page.waitForFunction(() => location.search.includes("city="));
    assert.ok(new URL(page.url()).pathname.startsWith(prefix + "/de/"), "prefix kept: " + page.url());
    const deep = `${base}${prefix}/ar/checklist/?city=dortmund&need=naturalisation&people=adult,child_6_17,child_under_6`;
    await page.goto(deep);
    await appReady(page);
    await page.waitForSelector("#fees-total .amount");
    await ctx.setOffline(true);
    await page.reload();
    await appReady(page);
    await page.waitForSelector("#checklist-title");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    // The total the command line computes for the same answers (not a
    // number copied from the content).
    const cli = JSON.parse(execFileSync(path.join(root, "bin/lotse"), ["checklist", "--lang", "ar", "--format", "json", "--answers", new URL(deep).search.slice(1)], { cwd: root }));
    const strip = (s) => s.replace(/[\s\u2066-\u2069]/g, "");
    assert.equal(strip(await page.textContent("#fees-total .amount")), strip(cli.fees.total.local));
    await page.click("#to-advisor");
    await page.waitForSelector("#advisor-h");
    assert.ok(new URL(page.url()).pathname.startsWith(prefix + "/ar/advisor/"), page.url());
    await page.screenshot({ path: shot("static" + (prefix.replace("/", "-") || "-root")) });
    assert.deepEqual(foreign, []);
  } finally {
    await ctx.close();
  }
}

for (const prefix of ["", "/lotse"]) {
  test(`static export served by a plain file server at "${prefix || "/"}"`, async () => {
    const { top } = exportSite(prefix);
    const files = await fileServer(top);
    try { await browse(files.base, prefix); } finally { await files.stop(); }
  });
}

test("static export under /lotse served by nginx with the README's configuration", async () => {
  const { out } = exportSite("/lotse");
  const server = await nginx(out, "/lotse");
  try {
    const r = await fetch(server.base + "/lotse/de/q/", { headers: { "Accept-Encoding": "br, gzip" } });
    assert.equal(r.status, 200);
    assert.ok(r.headers.get("content-type").startsWith("text/html"));
    assert.ok(r.headers.get("content-security-policy"));
    await browse(server.base, "/lotse");
  } finally {
    await server.stop();
  }
});

test("static export served by nginx with the README's configuration: types, compression, headers", async () => {
  const { out } = exportSite("");
  const server = await nginx(out);
  try {
    const check = async (p, type, enc) => {
      const r = await fetch(server.base + p, { headers: { "Accept-Encoding": "br, gzip" } });
      assert.equal(r.status, 200, p);
      assert.ok((r.headers.get("content-type") || "").startsWith(type), `${p}: ${r.headers.get("content-type")}`);
      if (enc) assert.equal(r.headers.get("content-encoding"), enc, p);
      return r;
    };
    const page = await check("/de/q/", "text/html", "br");
    await check("/web/app.wasm", "application/wasm", "br");
    await check("/manifest.webmanifest", "application/manifest+json");
    await check("/app.js", "application/javascript");
    await check("/web/lotse.css", "text/css", "br");
    const serverGo = readFileSync(path.join(root, "internal/server/http.go"), "utf8");
    const constant = (name) => serverGo.match(new RegExp(name + '\\s*=\\s*"([^"]+)"'))[1];
    assert.equal(page.headers.get("content-security-policy"), constant("ContentSecurityPolicy"), "the README's CSP is the server's");
    assert.equal(page.headers.get("permissions-policy"), constant("PermissionsPolicy"));
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.equal(page.headers.get("referrer-policy"), "no-referrer");
    assert.equal(page.headers.get("cross-origin-opener-policy"), "same-origin");
    assert.equal((await fetch(server.base + "/xx/nope/")).status, 404);
    await browse(server.base, "");
  } finally {
    await server.stop();
  }
});

test("static host: a tap before the app runs is carried out when it runs, with one wasm download; a deep link waits for its answers", async () => {
  const { top } = exportSite("");
  const files = await fileServer(top);
  const proxy = await countingProxy(files.base, { wasmDelayMs: 3000 });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  try {
    await page.goto(proxy.base + "/de/");
    await page.click("#start"); // long before the wasm arrives
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains("lotse-waiting")), "the page shows that the tap is held");
    await appReady(page);
    await page.waitForSelector("#question");
    assert.equal(new URL(page.url()).pathname, "/de/q/");
    await swReady(page);
    assert.equal(proxy.counts["/web/app.wasm"], 1, "one wasm download: " + JSON.stringify(proxy.counts));
    // A deep link on a fresh device: the answers are not on the static
    // page, so it is marked as waiting until the app renders them.
    const fresh = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p2 = await fresh.newPage();
    await p2.goto(proxy.base + "/de/checklist/?city=dortmund&need=naturalisation&people=adult", { waitUntil: "domcontentloaded" });
    assert.ok(await p2.evaluate(() => document.documentElement.classList.contains("lotse-waiting")));
    await appReady(p2);
    await p2.waitForSelector("#fees-total .amount");
    assert.ok(!(await p2.evaluate(() => document.documentElement.classList.contains("lotse-waiting"))));
    await fresh.close();
  } finally {
    await ctx.close();
    await proxy.stop();
    await files.stop();
  }
});
