// Runs before the app: remembers whether a service worker already
// controlled this page. go-app reports the first installation like an
// update; the app ignores it when there was no worker before.
window.lotseFirstInstall = !("serviceWorker" in navigator) || !navigator.serviceWorker.controller;
