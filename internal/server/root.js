// Lotse's "/" on a static host (served as /root.js), a Go text/template
// the export fills in (internal/server/root.go). A static host cannot read
// the Accept-Language header, so this script, loaded in the page's head,
// goes at once to the start page in the language chosen before on this
// device, else in the browser's first language that Lotse speaks, else
// German; the same rule as lotse serve's redirect and the worker's.
"use strict";
(function () {
  const base = {{.Base}};
  const aliases = {{.Langs}};
  const match = (tag) => aliases[String(tag).toLowerCase().split(/[-_;]/)[0].trim()];
  let lang = "";
  try {
    const chosen = JSON.parse(localStorage.getItem("lotse.lang") || "null");
    if (typeof chosen === "string" && aliases[chosen] === chosen) lang = chosen;
  } catch (e) {
    // No storage (private mode, blocked): the browser's languages decide.
  }
  for (const tag of (lang ? [] : navigator.languages || [navigator.language])) {
    if (match(tag)) { lang = match(tag); break; }
  }
  location.replace(base + "/" + (lang || "de") + "/" + location.search + location.hash);
})();
