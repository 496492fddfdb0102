// A content editor changes a fee in a data file of a running
// `lotse serve --content DIR --i18n DIR`; a browser reload shows it, with
// no rebuild (the app is installed and its worker is active). A broken
// file keeps the last good content and says what is wrong on the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, launch, appReady, swReady, root } from "./lib.mjs";

async function reloadUntil(page, ok) {
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 500));
    await page.reload();
    await appReady(page);
    if (await ok()) return;
  }
  throw new Error("the change did not show");
}

test("an editor's fee change shows after a browser reload; a broken file shows as a banner", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-editor-"));
  cpSync(path.join(root, "content/data"), path.join(dir, "content"), { recursive: true });
  cpSync(path.join(root, "i18n"), path.join(dir, "i18n"), { recursive: true });
  const server = await startServer({ args: ["--content", path.join(dir, "content"), "--i18n", path.join(dir, "i18n")] });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const url = server.base + "/de/checklist/?city=dortmund&need=citizenship_certificate&people=adult";
    await page.goto(url);
    await appReady(page);
    await swReady(page);
    const fees = path.join(dir, "content/05-fees.yaml");
    const good = readFileSync(fees, "utf8");
    // Whatever the fee is today, the editor raises it by 5 €.
    const cents = +good.match(/\{id: citizenship_certificate, cents: (\d+),/)[1];
    const euros = (c) => new RegExp("^" + (c / 100).toLocaleString("de-DE").replace(".", "\\.") + "\\s€$");
    assert.match(await page.textContent("#fees-total .amount"), euros(cents));
    writeFileSync(fees, good.replace(`{id: citizenship_certificate, cents: ${cents},`, `{id: citizenship_certificate, cents: ${cents + 500},`));
    // The server reloads once the file has been still for a moment.
    await reloadUntil(page, async () => euros(cents + 500).test(await page.textContent("#fees-total .amount")));
    // Broken: the last good content stays, and the page says why.
    writeFileSync(fees, good.replace(`{id: citizenship_certificate, cents: ${cents},`, "{id: citizenship_certificate, cents: lots,"));
    await reloadUntil(page, async () => !!(await page.$("#editor-problems")));
    assert.match(await page.textContent("#editor-problems"), /05-fees\.yaml:\d+/);
    assert.match(await page.textContent("#fees-total .amount"), euros(cents + 500), "the last good content is served");
    writeFileSync(fees, good);
    await reloadUntil(page, async () => !(await page.$("#editor-problems")));
    assert.equal(await page.$("#editor-problems"), null, "fixed: the banner goes");
    assert.match(await page.textContent("#fees-total .amount"), euros(cents));
  } finally {
    await browser.close();
    await server.stop();
  }
});
