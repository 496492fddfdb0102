package server

import (
	_ "embed"
	"html"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"text/template"

	lotse "lotse/app"
	"lotse/i18n/catalog"
)

// "/" speaks the browser's language from the first response. lotse serve
// answers it with a redirect to the start page in the language of the
// Accept-Language header (German when none is shipped); a static host
// cannot read the header, so the export writes a page that picks the
// language in the browser before anything is drawn (root.js) and lists
// every language as a link. The service worker answers "/" itself (see
// worker.js), so an installed app never shows a cached page in the wrong
// language.

//go:embed root.js
var rootSource string

var rootTemplate = template.Must(template.New("root").Parse(rootSource))

// isRoot tells whether a request is for "/" (the only path outside a
// language).
func isRoot(r *http.Request) bool {
	return r.URL.Path == "/" && (r.Method == http.MethodGet || r.Method == http.MethodHead)
}

// serveRoot redirects "/" to the page in the browser's language; a
// static export gets the page that picks it in the browser, and its
// script (/root.js).
func (s *Server) serveRoot(w http.ResponseWriter, r *http.Request, st *state) {
	if r.URL.Path == "/root.js" {
		script, err := renderRootScript(s.cfg)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		serveBytes(w, r, "application/javascript", []byte(script))
		return
	}
	if s.cfg.Static {
		s.serveStaticRoot(w, st)
		return
	}
	lang := catalog.Match(acceptedLanguages(r.Header.Get("Accept-Language"))...)
	// The answers of an old "/?…" link are parsed and encoded again, like
	// every page's: nothing of the request's text is repeated.
	u := *r.URL
	u.Path = "/" + lang + "/"
	canon, _ := lotse.Canonical(st.site.Data.Content, &u)
	target := s.cfg.BasePath + canon.Path
	if canon.RawQuery != "" {
		target += "?" + canon.RawQuery
	}
	h := w.Header()
	h.Set("Location", target)
	h.Add("Vary", "Accept-Language")
	// A redirect that depends on a header is never stored: the next visit
	// with another language setting asks again.
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusFound)
	if r.Method != http.MethodHead {
		w.Write([]byte(`<a href="` + html.EscapeString(target) + `">` + html.EscapeString(target) + "</a>\n"))
	}
}

// serveStaticRoot answers "/" with the page that picks the language in
// the browser: what a static export writes as its index.html.
func (s *Server) serveStaticRoot(w http.ResponseWriter, st *state) {
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(rootPage(s.cfg.BasePath, st.site.Data.Names))
}

// acceptedLanguages reads an Accept-Language header into language tags,
// most preferred first: by quality value (q=0 means "not this one"), in
// header order among equals. "*" and malformed entries are skipped.
func acceptedLanguages(header string) []string {
	type pref struct {
		tag string
		q   float64
		pos int
	}
	var prefs []pref
	for i, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		tag := strings.TrimSpace(fields[0])
		if tag == "" || tag == "*" || len(tag) > 35 {
			continue
		}
		q := 1.0
		for _, f := range fields[1:] {
			f = strings.TrimSpace(f)
			if v, ok := strings.CutPrefix(f, "q="); ok {
				parsed, err := strconv.ParseFloat(v, 64)
				if err != nil || parsed < 0 || parsed > 1 {
					parsed = 0
				}
				q = parsed
			}
		}
		if q > 0 {
			prefs = append(prefs, pref{tag, q, i})
		}
	}
	sort.SliceStable(prefs, func(a, b int) bool { return prefs[a].q > prefs[b].q })
	out := make([]string, len(prefs))
	for i, p := range prefs {
		out[i] = p.tag
	}
	return out
}

// languageAliases maps every tag the language table knows (codes and
// their Also) to the shipped code, for the browser's side of Match.
func languageAliases() map[string]string {
	out := map[string]string{}
	for _, l := range catalog.Languages {
		out[l.Code] = l.Code
		for _, a := range l.Also {
			out[a] = l.Code
		}
	}
	return out
}

// renderRootScript fills in /root.js for a site.
func renderRootScript(cfg Config) (string, error) {
	return render(rootTemplate, scriptFields{Base: js(cfg.BasePath), Langs: js(languageAliases())})
}

// rootPage is the static export's "/": root.js replaces it at once with
// the start page in the browser's language (or the one chosen before);
// without scripts it is a list of the languages, each in its own.
func rootPage(base string, names map[string]string) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lotse</title>
<script src="` + html.EscapeString(base) + `/root.js"></script>
<link rel="stylesheet" href="` + html.EscapeString(base) + `/web/lotse.css">
</head>
<body>
<main id="main" class="shell">
<h1>Lotse</h1>
<ul class="root-langs">
`)
	for _, l := range catalog.Languages {
		dir := "ltr"
		if l.RTL {
			dir = "rtl"
		}
		b.WriteString(`<li><a href="` + html.EscapeString(base+"/"+url.PathEscape(l.Code)+"/") + `" lang="` + l.Code + `" hreflang="` + l.Code + `" dir="` + dir + `">` + html.EscapeString(catalog.Plain(names[l.Code])) + "</a></li>\n")
	}
	b.WriteString("</ul>\n</main>\n</body>\n</html>\n")
	return []byte(b.String())
}
