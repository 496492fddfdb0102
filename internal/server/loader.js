// Lotse's loader (served as /app.js), a Go text/template the server fills
// in once per site (internal/server/loader.go). It gives go-app's wasm the
// functions it calls (goappGetenv, goappNav …) and loads the wasm so that
// a version is downloaded once, whatever the person does:
//
// - the wasm comes from the version's cache when it is there;
// - on a first visit the installing service worker fetches it (one
//   download that survives navigations) and this page waits for it,
//   showing the worker's progress; only without a worker does the page
//   fetch it itself;
// - on a static host, taps on app links before the wasm runs are held
//   and carried out when it runs, and a deep link shows the loading state
//   at once instead of a page without its answers (docs/adr/0004).
"use strict";
const goappEnv = {{.Env}};
const lotseVersion = {{.Version}};
const lotseCache = "lotse-" + lotseVersion;
const lotseWasm = {{.Wasm}};
const lotseWorker = {{.Worker}};
const lotseBase = {{.Base}};
const lotseLangs = {{.Langs}};
const lotseStatic = goappEnv.LOTSE_STATIC === "1";

// ----------------------------------------------------------------- go-app's side
var goappNav = function () {};
var goappUpdatedBeforeWasmLoaded = false;
var goappOnUpdate = function () { goappUpdatedBeforeWasmLoaded = true; };
var goappAppInstallChangedBeforeWasmLoaded = false;
var goappOnAppInstallChange = function () { goappAppInstallChangedBeforeWasmLoaded = true; };
let lotseInstallPrompt = null;
let lotseRegistration = null;

function goappGetenv(k) { return goappEnv[k]; }
function goappTryUpdate() { if (lotseRegistration) lotseRegistration.update(); }
function goappIsAppInstalled() {
  return navigator.standalone === true || window.matchMedia("(display-mode: standalone)").matches;
}
function goappIsAppleBrowser() {
  const ua = navigator.userAgent;
  return /iP(hone|ad|od)/.test(ua) || (/\bMacintosh\b/.test(ua) && navigator.maxTouchPoints > 1);
}
function goappIsAppInstallable() {
  return !goappIsAppInstalled() && (lotseInstallPrompt !== null || goappIsAppleBrowser());
}
async function goappShowInstallPrompt() {
  if (!lotseInstallPrompt) return;
  lotseInstallPrompt.prompt();
  await lotseInstallPrompt.userChoice;
  lotseInstallPrompt = null;
}
// Keeps what scripts add to <body> out of go-app's way (go-app calls it).
function goappKeepBodyClean() {
  const body = document.body;
  const count = body.children.length;
  const observer = new MutationObserver(() => {
    while (body.children.length > count) body.removeChild(body.lastChild);
  });
  observer.observe(body, { childList: true });
  return () => observer.disconnect();
}
window.addEventListener("beforeinstallprompt", (e) => {
  e.preventDefault();
  lotseInstallPrompt = e;
  goappOnAppInstallChange();
});
window.addEventListener("appinstalled", () => {
  lotseInstallPrompt = null;
  goappOnAppInstallChange();
});

// ----------------------------------------------------------------- the loading state
// The page's own words come from a pre-rendered element (#lotse-loading).
function lotseProgress(percent) {
  const loader = document.getElementById("app-wasm-loader");
  if (!loader) return;
  let bar = document.getElementById("lotse-progress");
  if (!bar) {
    const words = document.getElementById("lotse-loading");
    bar = document.createElement("div");
    bar.id = "lotse-progress";
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "100");
    bar.setAttribute("aria-label", words ? words.textContent : "Lotse");
    bar.innerHTML = '<div class="lotse-bar"></div>';
    loader.appendChild(bar);
  }
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  bar.setAttribute("aria-valuenow", String(p));
  bar.firstChild.style.inlineSize = p + "%";
  const label = document.getElementById("app-wasm-loader-label");
  if (label) {
    const words = document.getElementById("lotse-loading");
    label.textContent = (words ? words.textContent + " " : "") + p + " %";
  }
}

// ----------------------------------------------------------------- early taps (static host)
let lotseRunning = false;
window.lotsePending = "";
if (lotseStatic) {
  // A deep link: the static page was rendered without its answers.
  if (location.search.length > 1 && !/[?&]wasm=false/.test(location.search)) {
    document.documentElement.classList.add("lotse-waiting");
  }
  document.addEventListener("click", (e) => {
    if (lotseRunning || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target.closest && e.target.closest("a[href]");
    if (!a || a.target === "_blank" || a.hasAttribute("download")) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(lotseBase + "/") || url.hash && url.pathname === location.pathname) return;
    if (url.searchParams.get("wasm") === "false") return;
    e.preventDefault();
    window.lotsePending = url.pathname + url.search;
    document.documentElement.classList.add("lotse-waiting");
  }, true);
}
// ----------------------------------------------------------------- early state (every host)
// Before the app runs, the page is pre-rendered: its boxes can be ticked
// and its fields typed in, but the app draws the page anew when it
// starts. What the person did meanwhile is kept here and carried into the
// app, which stores it (window.lotseEarly: box keys and field values);
// the two buttons that need no app do their work at once: deleting the
// data on this device, and copying the request as shown.
window.lotseEarly = { ticks: {}, inputs: {}, forgotten: false, copied: false };
document.addEventListener("change", (e) => {
  const el = e.target;
  if (!lotseRunning && el.matches && el.matches(".doc input[type=checkbox]")) window.lotseEarly.ticks[el.value] = el.checked;
}, true);
document.addEventListener("input", (e) => {
  const el = e.target;
  if (!lotseRunning && el.matches && el.matches("input[data-carry]")) window.lotseEarly.inputs[el.id] = el.value;
}, true);
document.addEventListener("click", (e) => {
  const el = !lotseRunning && e.target.closest && e.target.closest("#forget, #contact-copy");
  if (!el) return;
  e.preventDefault();
  if (el.id === "forget") lotseForgetEarly(el);
  else lotseCopy(el);
}, true);

// The same deleting as the app's button (window.lotseForget, below);
// what was ticked or typed meanwhile goes too.
function lotseForgetEarly(button) {
  button.disabled = true;
  const run = window.lotseForget().catch(() => false);
  // The app, if it starts meanwhile, waits for the same deleting (forget.go).
  window.lotseEarly = { ticks: {}, inputs: {}, forgotten: false, copied: false, forgetting: run };
  document.querySelectorAll(".doc input[type=checkbox]").forEach((b) => { b.checked = false; });
  run.then((ok) => {
    window.lotseEarly.forgotten = ok;
    window.lotseEarly.forgetting = null;
    const note = document.createElement("p");
    note.className = "note";
    note.id = ok ? "forgotten" : "forget-failed";
    note.setAttribute("role", ok ? "status" : "alert");
    note.textContent = (ok ? button.dataset.done : button.dataset.failed) || "";
    button.replaceWith(note);
  });
}

function lotseCopy(button) {
  const subject = document.getElementById("contact-subject");
  const body = document.getElementById("contact-body");
  if (!navigator.clipboard || !subject || !body) return;
  navigator.clipboard.writeText(subject.textContent + "\n\n" + body.value).then(() => {
    window.lotseEarly.copied = true;
    const status = document.getElementById("contact-copied");
    if (status) status.hidden = false;
  });
}

// Called by the app once it runs: carry out a held tap.
window.lotseStarted = function () {
  lotseRunning = true;
  // An installing worker caches the other languages once the app runs.
  const w = lotseRegistration && (lotseRegistration.installing || lotseRegistration.waiting);
  if (w) w.postMessage({ type: "lotse:started" });
  document.documentElement.classList.remove("lotse-waiting");
  const pending = window.lotsePending;
  window.lotsePending = "";
  return pending;
};

// Called by the app's "delete my data" button: everything Lotse keeps on
// this device goes: its localStorage entries, the service worker and
// every cache (the offline copy). A worker that was still storing files
// can write once more while it is being unregistered, so caches are
// deleted until none is left. Resolves true when nothing is left.
window.lotseForget = async function () {
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  // The storage goes at once: unregistering waits for a worker still
  // installing (its download can take a while on a slow network).
  const ours = () => Object.keys(localStorage).filter((k) => k.startsWith("lotse."));
  for (const k of ours()) localStorage.removeItem(k);
  let regs = [];
  if ("serviceWorker" in navigator) {
    regs = await navigator.serviceWorker.getRegistrations();
    for (const r of regs) {
      for (const w of [r.installing, r.waiting, r.active]) if (w) w.postMessage({ type: "lotse:forget" });
    }
    await Promise.all(regs.map((r) => r.unregister()));
    lotseRegistration = null;
  }
  for (const k of ours()) localStorage.removeItem(k); // written meanwhile
  let left = [];
  if ("caches" in window) {
    for (let round = 0; round < 10; round++) {
      left = await caches.keys();
      if (!left.length) {
        if (round > 0) break;
        await pause(300); // a write in flight lands now, or never
        continue;
      }
      await Promise.all(left.map((name) => caches.delete(name)));
      await pause(300);
    }
    left = await caches.keys();
  }
  const still = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistrations() : [];
  return left.length === 0 && ours().length === 0 && still.length === 0;
};

// ----------------------------------------------------------------- service worker
function lotseAsk(worker, question) {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 3000);
    ch.port1.onmessage = (e) => { clearTimeout(timer); resolve(e.data); };
    worker.postMessage(question, [ch.port2]);
  });
}

async function lotseInitWorker() {
  if (!("serviceWorker" in navigator)) return null;
  try {
    const reg = await navigator.serviceWorker.register(lotseWorker);
    lotseRegistration = reg;
    // An update is a newer version than the page runs: the first
    // installation, or a tab opened during it, is none.
    const check = async () => {
      const active = reg.active;
      if (!active || !navigator.serviceWorker.controller) return;
      const v = await lotseAsk(active, { type: "lotse:version?" });
      if (v && v.version && v.version !== lotseVersion) goappOnUpdate();
    };
    navigator.serviceWorker.addEventListener("controllerchange", check);
    check();
    return reg;
  } catch (err) {
    console.error("lotse: service worker registration failed:", err);
    return null;
  }
}

// ----------------------------------------------------------------- the wasm, once
async function lotseCached() {
  if (!("caches" in window)) return null;
  try {
    const cache = await caches.open(lotseCache);
    return (await cache.match(lotseWasm)) || null;
  } catch (err) {
    return null;
  }
}

// fromWorker waits for the installing worker of this version to have the
// wasm, showing its progress; null when there is no such worker.
async function lotseFromWorker(reg) {
  let worker = reg.installing || reg.waiting;
  if (!worker) {
    worker = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), 3000);
      reg.addEventListener("updatefound", () => { clearTimeout(timer); resolve(reg.installing); }, { once: true });
    });
  }
  if (!worker) return null;
  const status = await lotseAsk(worker, { type: "lotse:status?" });
  if (!status || status.version !== lotseVersion || status.failed) return null;
  return new Promise((resolve) => {
    let stalled;
    const done = async (ok) => {
      clearTimeout(stalled);
      navigator.serviceWorker.removeEventListener("message", onMessage);
      resolve(ok ? await lotseCached() : null);
    };
    const watch = () => {
      clearTimeout(stalled);
      // No word from the worker for long: fetch it ourselves.
      stalled = setTimeout(() => done(false), 20000);
    };
    const onMessage = (e) => {
      const m = e.data || {};
      if (m.version !== lotseVersion) return;
      if (m.type === "lotse:progress" && m.total) { lotseProgress((m.loaded * 100) / m.total); watch(); }
      if (m.type === "lotse:wasm" || m.type === "lotse:cached") done(true);
      if (m.type === "lotse:failed") done(false);
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    watch();
    if (status.wasm || status.cached) done(true);
    else if (status.total) lotseProgress((status.loaded * 100) / status.total);
  });
}

async function lotseFetch() {
  const resp = await fetch(lotseWasm);
  const total = parseInt(goappEnv.LOTSE_WASM_SIZE || resp.headers.get("X-Uncompressed-Length") || resp.headers.get("Content-Length") || "0", 10);
  if (!resp.body || !total) return resp;
  let loaded = 0;
  const reader = resp.body.getReader();
  const stream = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) { controller.close(); return; }
      loaded += value.byteLength;
      lotseProgress((loaded * 100) / total);
      controller.enqueue(value);
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
}

async function lotseWasmResponse(reg) {
  return (await lotseCached()) || (reg && (await lotseFromWorker(reg))) || (await lotseFetch());
}

// ----------------------------------------------------------------- data prefetch
// The content and the page's catalogs load while the wasm compiles; the
// app picks up these promises (window.lotsePrefetch).
function lotsePrefetchData() {
  const path = location.pathname.startsWith(lotseBase) ? location.pathname.slice(lotseBase.length) : location.pathname;
  const first = path.split("/")[1] || "de";
  const urls = ["content.json", "i18n/de.json"];
  if (lotseLangs.includes(first) && first !== "de") urls.push("i18n/" + first + ".json");
  window.lotsePrefetch = {};
  for (const u of urls) {
    const url = lotseBase + "/data/" + lotseVersion + "/" + u;
    const p = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error("HTTP " + r.status))));
    p.catch(() => {}); // the app reports a failure when it reads the data
    window.lotsePrefetch[url] = p;
  }
}

async function lotseStart() {
  const loader = document.getElementById("app-wasm-loader");
  const params = new URLSearchParams(location.search);
  const reg = await lotseInitWorker();
  if (params.get("wasm") === "false" || /bot|crawler|spider/i.test(navigator.userAgent) || typeof WebAssembly !== "object") {
    if (loader) loader.remove();
    return;
  }
  lotsePrefetchData();
  lotseProgress(0);
  try {
    const go = new Go();
    const resp = await lotseWasmResponse(reg);
    let result;
    if (WebAssembly.instantiateStreaming && resp.headers.get("Content-Type") === "application/wasm") {
      result = await WebAssembly.instantiateStreaming(resp, go.importObject);
    } else {
      result = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
    }
    go.run(result.instance);
    if (loader) loader.remove();
  } catch (err) {
    console.error("lotse: loading the app failed:", err);
    document.documentElement.classList.remove("lotse-waiting");
    if (loader) loader.remove();
  }
}

lotseStart();
