// Lotse's service worker (served as /app-worker.js), a Go text/template
// the server fills in once per site (internal/server/worker.go).
//
// - install waits until every precached resource is stored, and fails
//   loudly if one cannot be fetched (cache.addAll is all or nothing); the
//   wasm is fetched last, once the page has downloaded it, so that the
//   browser's HTTP cache answers (304) instead of a second download;
// - navigations are answered from the cache: the exact page if stored,
//   else the app shell of the page's language, so any app URL with any
//   query string opens offline and the app renders the state it describes;
// - caches are named by version; older ones are deleted on activation.
const VERSION = {{.Version}};
const CACHE = "lotse-" + VERSION;
const PRECACHE = {{.Precache}};
const LANGS = {{.Langs}};
const BASE = {{.Base}};
// An editor's server: everything from the network, the cache only offline.
const NETWORK_FIRST = {{.NetworkFirst}};
const SOURCE_LANG = "de";

// The page says when its wasm has loaded (boot.js); until then, or for 20 s
// at most, the worker holds back its own request for the wasm.
let pageLoaded;
const pageReady = new Promise((resolve) => (pageLoaded = resolve));
self.addEventListener("message", (event) => {
  if (event.data === "lotse:loaded") {
    pageLoaded();
  }
});

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const revalidate = (url) => new Request(url, { cache: "no-cache" });
    const big = PRECACHE.filter((url) => url.endsWith(".wasm"));
    try {
      await cache.addAll(PRECACHE.filter((url) => !big.includes(url)).map(revalidate));
      for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: "window" })) {
        client.postMessage("lotse:loaded?");
      }
      await Promise.race([pageReady, new Promise((resolve) => setTimeout(resolve, 20000))]);
      await cache.addAll(big.map(revalidate));
    } catch (err) {
      await caches.delete(CACHE);
      console.error("lotse: install of version " + VERSION + " failed:", err);
      throw err;
    }
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
