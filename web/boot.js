// Runs before the app (a deferred script after go-app's app.js).
//
// 1. Remembers whether a service worker already controlled this page:
//    go-app reports the first installation like an update; the app ignores
//    it when there was no worker before.
// 2. Starts fetching the content and catalogs the app will need while the
//    browser is still compiling the wasm; the app picks up these promises
//    (window.lotsePrefetch) instead of fetching again.
window.lotseFirstInstall = !("serviceWorker" in navigator) || !navigator.serviceWorker.controller;
(function () {
  if (typeof goappGetenv !== "function" || new URLSearchParams(location.search).get("wasm") === "false") {
    return;
  }
  const base = (goappGetenv("GOAPP_ROOT_PREFIX") || "").replace(/\/$/, "");
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  const first = path.split("/")[1] || "de";
  const urls = ["/data/content.json", "/data/i18n/de.json"];
  if (/^[a-z]{2}$/.test(first) && first !== "de") {
    urls.push("/data/i18n/" + first + ".json");
  }
  window.lotsePrefetch = {};
  for (const u of urls) {
    window.lotsePrefetch[base + u] = fetch(base + u).then((r) => (r.ok ? r.text() : Promise.reject(new Error("HTTP " + r.status))));
  }
})();

// 3. Tells an installing service worker that the wasm is in the browser's
//    cache, so it can store it without downloading it again.
window.lotseWasmLoaded = false;
window.lotseLoaded = function () {
  window.lotseWasmLoaded = true;
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.getRegistration().then((reg) => {
      const worker = reg && (reg.installing || reg.waiting);
      if (worker) {
        worker.postMessage("lotse:loaded");
      }
    });
  }
};
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data === "lotse:loaded?" && window.lotseWasmLoaded && event.source) {
      event.source.postMessage("lotse:loaded");
    }
  });
}
