import { launch, shot } from "./lib.mjs";
const [,, url, name, w, h] = process.argv;
const b = await launch();
const p = await b.newPage({ viewport: { width: Number(w||360), height: Number(h||1400) } });
await p.goto(url);
await p.waitForTimeout(3500);
await p.screenshot({ path: shot(name) });
await b.close();
