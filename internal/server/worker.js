// Lotse's service worker (served as /app-worker.js), a Go text/template
// the server fills in once per site (internal/server/worker.go).
//
// - install stores every precached resource or none (a failed install
//   deletes its cache loudly); the wasm it fetches itself, first and once,
//   telling every open page its progress and when it is stored, so that a
//   page that navigates away does not start another download (the page
//   waits for this fetch, see loader.js);
// - navigations are answered from the cache: the exact page if stored,
//   else the app shell of the page's language, so any app URL with any
//   query string opens offline and the app renders the state it describes;
// - caches are named by version; older ones are deleted on activation.
const VERSION = {{.Version}};
const CACHE = "lotse-" + VERSION;
const PRECACHE = {{.Precache}};
const WASM = {{.Wasm}};
const LANGS = {{.Langs}};
const BASE = {{.Base}};
// An editor's server: everything from the network, the cache only offline.
const NETWORK_FIRST = {{.NetworkFirst}};
const SOURCE_LANG = "de";

// What this worker's install has done so far, for pages that ask.
const state = { version: VERSION, loaded: 0, total: 0, wasm: false, cached: false, failed: false };

async function tell(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: "window" })) {
    client.postMessage(Object.assign({ version: VERSION }, message));
  }
}

// A page's "delete my data" tells the worker first: an install in flight
// then stores nothing more (and deletes what it stored).
let forgotten = false;
function stopIfForgotten() {
  if (forgotten) throw new Error("the person deleted Lotse's data on this device");
}

let appStartedNow;
const appStarted = new Promise((r) => { appStartedNow = r; });

self.addEventListener("message", (event) => {
  const m = event.data || {};
  if (m.type === "lotse:started") appStartedNow();
  if (m.type === "lotse:forget") {
    forgotten = true;
    appStartedNow(); // an install waiting to store the rest ends now
  }
  const reply = (answer) => (event.ports[0] ? event.ports[0].postMessage(answer) : event.source && event.source.postMessage(answer));
  if (m.type === "lotse:status?") reply(state);
  if (m.type === "lotse:version?") reply({ version: VERSION });
});

// fetchWasm downloads the wasm once and stores it, reporting progress.
async function fetchWasm(cache) {
  const resp = await fetch(new Request(WASM, { cache: "no-cache" }));
  if (!resp.ok) throw new Error("wasm: HTTP " + resp.status);
  state.total = parseInt(resp.headers.get("X-Uncompressed-Length") || resp.headers.get("Content-Length") || "0", 10);
  const reader = resp.body.getReader();
  const chunks = [];
  let last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    state.loaded += value.byteLength;
    if (state.loaded - last > 65536) {
      last = state.loaded;
      tell({ type: "lotse:progress", loaded: state.loaded, total: state.total });
    }
  }
  await cache.put(WASM, new Response(new Blob(chunks), { headers: { "Content-Type": "application/wasm", "Content-Length": String(state.loaded) } }));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      // The wasm first, alone on the line: pages start as soon as it is
      // stored; the rest (catalogs and shells of every language) follows.
      await fetchWasm(cache);
      stopIfForgotten();
      state.wasm = true;
      await tell({ type: "lotse:wasm" });
      // The page's app starts on the line's full width; the rest waits
      // until one page's app runs (or 15 s, when no page says so).
      await Promise.race([appStarted, new Promise((r) => setTimeout(r, 15000))]);
      stopIfForgotten();
      await cache.addAll(PRECACHE.filter((url) => url !== WASM).map((url) => new Request(url, { cache: "no-cache" })));
      stopIfForgotten();
    } catch (err) {
      state.failed = true;
      await caches.delete(CACHE);
      if (forgotten) throw err; // not a failure: the page asked for it
      await tell({ type: "lotse:failed" });
      console.error("lotse: install of version " + VERSION + " failed:", err);
      throw err;
    }
    state.cached = true;
    await tell({ type: "lotse:cached" });
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
    await tell({ type: "lotse:active" });
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request, url));
    return;
  }
  if (NETWORK_FIRST) {
    event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

async function navigate(request, url) {
  // Without wasm the pre-rendered page is the app: fetch it when online.
  if (NETWORK_FIRST || url.searchParams.get("wasm") === "false") {
    return networkFirst(request);
  }
  const cache = await caches.open(CACHE);
  const exact = await cache.match(request, { ignoreVary: true });
  if (exact) {
    return exact;
  }
  const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
  const first = path.split("/")[1];
  const lang = LANGS.includes(first) ? first : SOURCE_LANG;
  const shell = await cache.match(BASE + "/" + lang + "/shell/");
  if (shell) {
    return shell;
  }
  return fetch(request);
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: false, ignoreVary: true });
  if (cached) {
    return cached;
  }
  return fetch(request);
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (err) {
    const cached = await caches.match(request, { ignoreVary: true });
    if (cached) {
      return cached;
    }
    const shell = await caches.match(BASE + "/" + SOURCE_LANG + "/shell/");
    if (shell) {
      return shell;
    }
    throw err;
  }
}
