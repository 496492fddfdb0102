// Scale by being static: `lotse static` writes a site that a plain file
// server (Python's http.server here) serves at the root and under a
// sub-path; the app navigates, installs and reloads deep URLs offline in
// both.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, appReady, swReady, freePort, shot, root } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function fileServer(dir) {
  const port = await freePort();
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(base + "/")).status) break; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => new Promise((r) => { proc.once("exit", r); proc.kill(); }) };
}

for (const prefix of ["", "/lotse"]) {
  test(`static export served by a plain file server at "${prefix || "/"}"`, async () => {
    const top = mkdtempSync(path.join(tmpdir(), "lotse-static-"));
    const out = path.join(top, prefix);
    execFileSync(path.join(root, "bin/lotse"), ["static", "--out", out, ...(prefix ? ["--base-path", prefix] : [])], { cwd: root, stdio: "pipe" });
    const files = await fileServer(top);
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    const origin = new URL(files.base).origin;
    const foreign = [];
    page.on("request", (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) foreign.push(r.url()); });
    try {
      await page.goto(files.base + prefix + "/de/");
      await appReady(page);
      await swReady(page);
      // Client-side links keep the base path.
      await page.click("#start");
      await page.waitForSelector("#question");
      assert.ok(new URL(page.url()).pathname.startsWith(prefix + "/de/q/"), page.url());
      await page.locator(".answer").first().click();
      await page.waitForFunction(() => location.search.includes("city="));
      assert.ok(new URL(page.url()).pathname.startsWith(prefix + "/de/"), "prefix kept: " + page.url());
      // Offline reload of a deep URL with a query string.
      const deep = `${files.base}${prefix}/ar/checklist/?city=dortmund&need=naturalisation&minors=2`;
      await page.goto(deep);
      await appReady(page);
      await page.waitForSelector("#fee-total");
      await ctx.setOffline(true);
      await page.reload();
      await appReady(page);
      await page.waitForSelector("#checklist-title");
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      assert.match(await page.textContent("#fee-total"), /357/);
      await page.click("#to-advisor");
      await page.waitForSelector("#advisor-h");
      assert.ok(new URL(page.url()).pathname.startsWith(prefix + "/ar/advisor/"), page.url());
      await page.screenshot({ path: shot("static" + (prefix.replace("/", "-") || "-root")) });
      assert.deepEqual(foreign, []);
    } finally {
      await ctx.close();
      await files.stop();
    }
  });
}
