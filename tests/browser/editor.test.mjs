// A content editor changes a fee in a data file of a running
// `lotse serve --content DIR --i18n DIR`; a browser reload shows it,
// with no rebuild (the app is installed and its worker is active).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, launch, appReady, swReady, root } from "./lib.mjs";

test("an editor's fee change shows after a browser reload", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-editor-"));
  cpSync(path.join(root, "content/data"), path.join(dir, "content"), { recursive: true });
  cpSync(path.join(root, "i18n"), path.join(dir, "i18n"), { recursive: true });
  const server = await startServer({ args: ["--content", path.join(dir, "content"), "--i18n", path.join(dir, "i18n")] });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const url = server.base + "/de/checklist/?city=dortmund&need=citizenship_certificate";
    await page.goto(url);
    await appReady(page);
    await swReady(page);
    assert.match(await page.textContent("#fee-total"), /25\s€/);
    const fees = path.join(dir, "content/05-fees.yaml");
    writeFileSync(fees, readFileSync(fees, "utf8").replace("{id: citizenship_certificate, cents: 2500,", "{id: citizenship_certificate, cents: 3000,"));
    await page.reload();
    await appReady(page);
    await page.waitForFunction(() => /30\s€/.test(document.getElementById("fee-total")?.textContent || ""), null, { timeout: 30000 });
  } finally {
    await browser.close();
    await server.stop();
  }
});
