package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"golang.org/x/net/html"

	lotse "lotse/app"
	"lotse/content"
)

func newServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

type response struct {
	status int
	header http.Header
	body   string
}

func get(t testing.TB, h http.Handler, target string, headers ...string) response {
	t.Helper()
	return do(t, h, httptest.NewRequest(http.MethodGet, target, nil), headers...)
}

// getURL requests any URL, also one that no client would send as text.
func getURL(t testing.TB, h http.Handler, u *url.URL) response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.URL, req.RequestURI = u, u.RequestURI()
	return do(t, h, req)
}

func do(t testing.TB, h http.Handler, req *http.Request, headers ...string) response {
	t.Helper()
	target := req.URL.String()
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body := rec.Body.Bytes()
	switch rec.Header().Get("Content-Encoding") {
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%s: gzip: %v", target, err)
		}
		if body, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%s: gzip: %v", target, err)
		}
	case "br":
		var err error
		if body, err = io.ReadAll(brotli.NewReader(bytes.NewReader(body))); err != nil {
			t.Fatalf("%s: brotli: %v", target, err)
		}
	}
	return response{status: rec.Code, header: rec.Header(), body: string(body)}
}

// hostile are request parts an attacker can put into a link.
var hostile = []string{
	`"><script>alert(1)</script>`,
	`' onmouseover='alert(1)`,
	`javascript:alert(1)`,
	`</title><svg onload=alert(1)>`,
	"\u202e\u2066evil",
	`%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`,
	`{{.Count}}`,
	strings.Repeat("A", 5000),
	"\x00evil",
	"\xff\xfe\xfdevil",
	"..%2F..%2Fetc%2Fpasswd&evil",
	`"><meta http-equiv=refresh content="0;url=http://evil.example/">`,
}

// markers are fragments of the hostile inputs that must never appear in
// a page (the app's own texts contain none of them).
var markers = []string{"alert(1)", "onerror", "onmouseover", "onload=", "javascript:", "\u202e", "AAAAAAAAAA", "evil", "http-equiv", "passwd"}

// TestHostileLinks: whatever a link carries, in the path, in known and
// unknown parameters, in answers, dates, people lists and the print
// language, the page is the page of the link's canonical form: no
// fragment of the request reaches the HTML, the document has the same
// structure, and nothing executable is added.
func TestHostileLinks(t *testing.T) {
	s := newServer(t, fixture(t))
	clean := get(t, s, "/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult,child")
	if clean.status != http.StatusOK {
		t.Fatalf("clean page: status %d", clean.status)
	}
	cleanShape := shape(t, clean.body)
	for _, h := range hostile {
		esc := url.QueryEscape(h)
		targets := []string{
			"/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult,child&x=" + esc,
			"/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult,child&print=" + esc,
			"/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult,child&at=" + esc,
			"/de/checklist/?city=town&need=extend&expiry=" + esc + "&people=adult,child",
			"/de/checklist/?city=town&need=" + esc + "&expiry=2026-05-01&people=adult,child",
			"/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult," + esc,
			"/de/checklist/?city=town&need=extend&expiry=2026-05-01&people_adult=" + esc,
			"/de/q/?city=town&need=extend&expiry=" + esc,
			"/de/q/?city=town&need=extend&expiry=" + esc + "&wasm=false",
			"/de/advisor/?city=town&need=extend&expiry=" + esc + "&print=" + esc,
			"/" + url.PathEscape(h) + "/checklist/?city=town",
			"/de/" + url.PathEscape(h) + "/",
		}
		for _, target := range targets {
			r := get(t, s, target)
			for _, m := range markers {
				if strings.Contains(r.body, m) {
					t.Errorf("%s: the page contains %q", target, m)
				}
			}
			checkNoScriptAdded(t, target, r.body)
		}
		// An unknown parameter is dropped: the same page as the clean link.
		r := get(t, s, targets[0])
		if got := shape(t, r.body); got != cleanShape {
			t.Errorf("unknown parameter %q changed the page's structure", h)
		}
	}
}

// shape is the document's element structure: tag names and attribute
// names, without text or attribute values.
func shape(t testing.TB, doc string) string {
	t.Helper()
	root := parseSorted(t, doc)
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			b.WriteString(strings.Repeat(" ", depth) + n.Data)
			for _, a := range n.Attr {
				b.WriteString(" " + a.Key)
			}
			b.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return b.String()
}

// checkNoScriptAdded: scripts only from the app's own files, no inline
// event handlers, no javascript: URLs.
func checkNoScriptAdded(t *testing.T, target, doc string) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("%s: parse: %v", target, err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: <%s %s=…>", target, n.Data, a.Key)
				}
				if a.Key == "http-equiv" {
					t.Errorf("%s: <%s http-equiv=%q>", target, n.Data, a.Val)
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					t.Errorf("%s: <%s %s=%q>", target, n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "script" {
				src := ""
				for _, a := range n.Attr {
					if a.Key == "src" {
						src = a.Val
					}
				}
				if src != "/app.js" && src != "/wasm_exec.js" && src != "" {
					t.Errorf("%s: script from %q", target, src)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
}

// FuzzPage: for any query, the page is byte for byte the page of the
// query's canonical form, and the canonical form parses back to itself.
func FuzzPage(f *testing.F) {
	for _, h := range hostile {
		f.Add("city=town&need=extend&x=" + url.QueryEscape(h))
	}
	f.Add("city=town&need=extend&expiry=2026-05-01&people=adult,child,child&at=people&print=ar&wasm=false")
	f.Add("city=town&city=away&need=%zz&people=adult,,child")
	f.Add("people_adult=2&people_child=9&city=town&need=extend")
	s := newServer(f, fixture(f))
	c := s.Site().Data.Content
	f.Fuzz(func(t *testing.T, query string) {
		u := &url.URL{Path: "/de/checklist/", RawQuery: query}
		canon, _ := Canonical(c, u)
		again, _ := Canonical(c, canon)
		if again.String() != canon.String() {
			t.Fatalf("canonical form is not stable: %q -> %q -> %q", query, canon, again)
		}
		got := getURL(t, s, u)
		want := getURL(t, s, canon)
		if normalized(t, got.body) != normalized(t, want.body) {
			t.Fatalf("%q: the page differs from its canonical form %q", query, canon)
		}
		for _, m := range []string{"<script>", "javascript:", "onerror"} {
			if strings.Contains(got.body, m) && !strings.Contains(want.body, m) {
				t.Fatalf("%q: %q reached the page", query, m)
			}
		}
	})
}

// TestShareTags: og:url is built from --public-url and the canonical
// path, never from the request's Host; without a public URL the tags are
// left out (they used to read "https:///de").
func TestShareTags(t *testing.T) {
	cfg := fixture(t)
	s := newServer(t, cfg)
	r := get(t, s, "/de/?x=1", "Host", "evil.example")
	if strings.Contains(r.body, "og:url") || strings.Contains(r.body, "https:///") || strings.Contains(r.body, "evil.example") {
		t.Errorf("without a public URL: no og:url, no host; got %s", between(r.body, "<head", "</head>"))
	}
	cfg.PublicURL = "https://lotse.example.org/app"
	s = newServer(t, cfg)
	r = get(t, s, "/de/checklist/?city=town&x=<b>", "Host", "evil.example")
	want := `<meta property="og:url" content="https://lotse.example.org/app/de/checklist/">`
	if !strings.Contains(r.body, want) || strings.Contains(r.body, "evil.example") {
		t.Errorf("og:url: want %s; got %s", want, between(r.body, "<head", "</head>"))
	}
}

// parseSorted parses a page and sorts each element's attributes: go-app
// writes them in map order, which differs between two renderings.
func parseSorted(t testing.TB, doc string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		sort.Slice(n.Attr, func(i, j int) bool { return n.Attr[i].Key < n.Attr[j].Key })
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return root
}

// normalized is a page rendered again from its sorted parse tree.
func normalized(t testing.TB, doc string) string {
	t.Helper()
	var b strings.Builder
	if err := html.Render(&b, parseSorted(t, doc)); err != nil {
		t.Fatalf("render: %v", err)
	}
	return b.String()
}

func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], to)
	if j < 0 {
		return s[i:]
	}
	return s[i : i+j]
}

// TestStartsAfterAnEndDate: a fact whose end date has passed is a warning
// in the log and an "outdated" note on the page, never a server that
// refuses to start on that day.
func TestStartsAfterAnEndDate(t *testing.T) {
	cfg := fixture(t)
	cfg.Today = func() content.Date { return content.MustDate("2027-01-01") } // after "rule" ends
	s := newServer(t, cfg)
	if w := Warnings(s.Site().Data.Content, cfg.Today()); len(w) == 0 {
		t.Error("an ended fact in use is a warning")
	}
	if r := get(t, s, "/de/checklist/?city=town&need=extend&expiry=2027-03-01&people=adult"); r.status != http.StatusOK {
		t.Errorf("checklist after the end date: status %d", r.status)
	}
}

// TestBrokenContentStops: a broken file is an error naming the file and
// line; the server does not start on it.
func TestBrokenContentStops(t *testing.T) {
	cfg := fixture(t)
	replaceIn(t, filepath.Join(cfg.ContentDir, "01-flow.yaml"), "outcome: other_city", "outcome: elsewhere_city")
	_, err := New(cfg)
	if err == nil || !strings.Contains(err.Error(), "01-flow.yaml:") || !strings.Contains(err.Error(), "elsewhere_city") {
		t.Errorf("want an error with file:line; got %v", err)
	}
}

// TestPageETag: a page's validator changes with the day (deadlines count
// from it) and with the URL, not between two requests of the same day.
func TestPageETag(t *testing.T) {
	cfg := fixture(t)
	day := content.MustDate("2026-03-01")
	cfg.Today = func() content.Date { return day }
	s := newServer(t, cfg)
	page := "/de/checklist/?city=town&need=extend&expiry=2026-04-01&people=adult"
	a, b := get(t, s, page), get(t, s, page)
	if a.header.Get("ETag") == "" || a.header.Get("ETag") != b.header.Get("ETag") {
		t.Fatalf("same day, same page: same ETag; got %q %q", a.header.Get("ETag"), b.header.Get("ETag"))
	}
	if r := get(t, s, page, "If-None-Match", a.header.Get("ETag")); r.status != http.StatusNotModified {
		t.Errorf("revalidation: want 304, got %d", r.status)
	}
	day = content.MustDate("2026-03-02")
	c := get(t, s, page)
	if c.header.Get("ETag") == a.header.Get("ETag") {
		t.Error("the next day, the page has a new ETag")
	}
	if r := get(t, s, page, "If-None-Match", a.header.Get("ETag")); r.status != http.StatusOK {
		t.Errorf("yesterday's ETag: want 200, got %d", r.status)
	}
	if d := get(t, s, "/de/checklist/?city=town&need=extend&expiry=2026-04-02&people=adult"); d.header.Get("ETag") == c.header.Get("ETag") {
		t.Error("another URL, another ETag")
	}
}

// TestVersionedData: content and catalogs live under the version; an old
// version's URL is 404 (the page then offers a reload) instead of mixing
// versions.
func TestVersionedData(t *testing.T) {
	s := newServer(t, fixture(t))
	v := s.Version()
	for _, name := range []string{"content.json", "i18n/de.json", "i18n/ar.json", "i18n/ps.json"} {
		r := get(t, s, lotse.DataURL(v, name), "Accept-Encoding", "gzip")
		if r.status != http.StatusOK || !strings.HasPrefix(r.body, "{") {
			t.Errorf("%s: status %d", name, r.status)
		}
	}
	if r := get(t, s, lotse.DataURL("0000000000000000", "content.json")); r.status != http.StatusNotFound {
		t.Errorf("an old version's data: want 404, got %d", r.status)
	}
}

// TestVersionIgnoresWebSpelling: --web web, --web ./web/ and an absolute
// path are the same build.
func TestVersionIgnoresWebSpelling(t *testing.T) {
	cfg := fixture(t)
	a := newServer(t, cfg).Version()
	wd, err := os.Getwd()
	must(t, err)
	rel, err := filepath.Rel(wd, cfg.WebDir)
	must(t, err)
	for _, spelling := range []string{cfg.WebDir + "/", rel, "./" + rel + "/"} {
		cfg.WebDir = spelling
		if b := newServer(t, cfg).Version(); b != a {
			t.Errorf("--web %s: version %s, want %s", spelling, b, a)
		}
	}
	must(t, os.WriteFile(filepath.Join(cfg.WebDir, "lotse.css"), []byte("body{color:red}"), 0o644))
	if b := newServer(t, cfg).Version(); b == a {
		t.Error("a changed stylesheet is a new version")
	}
}

// TestHeaders: every kind of response carries the security headers.
func TestHeaders(t *testing.T) {
	s := newServer(t, fixture(t))
	for _, target := range []string{"/de/", "/ar/checklist/?city=town", "/xx/q", "/web/lotse.css", "/app.js", "/app-worker.js", lotse.DataURL(s.Version(), "content.json"), "/manifest.webmanifest"} {
		r := get(t, s, target)
		for k, want := range map[string]string{
			"Content-Security-Policy":    ContentSecurityPolicy,
			"X-Content-Type-Options":     "nosniff",
			"Referrer-Policy":            "no-referrer",
			"Permissions-Policy":         PermissionsPolicy,
			"Cross-Origin-Opener-Policy": "same-origin",
		} {
			if got := r.header.Get(k); got != want {
				t.Errorf("%s: %s = %q", target, k, got)
			}
		}
	}
}

// TestNotFound: unknown languages and pages get status 404 and a page
// with a way back, in the language of the path when it is known.
func TestNotFound(t *testing.T) {
	s := newServer(t, fixture(t))
	for target, lang := range map[string]string{"/xx/q": "de", "/de/nope/": "de", "/ar/nope": "ar", "/de/checklist/extra/": "de"} {
		r := get(t, s, target)
		if r.status != http.StatusNotFound {
			t.Errorf("%s: status %d", target, r.status)
		}
		if !strings.Contains(r.body, `lang="`+lang+`"`) || !strings.Contains(r.body, `href="/`+lang+`/"`) {
			t.Errorf("%s: want a %s page with a link home", target, lang)
		}
	}
	for _, target := range []string{"/", "/de/", "/ar/q/", "/ps/checklist/", "/ku/advisor/", "/pl/sources/"} {
		if r := get(t, s, target); r.status != http.StatusOK {
			t.Errorf("%s: status %d", target, r.status)
		}
	}
}

// TestRightToLeftPages: Arabic, Persian and Pashto pages are dir="rtl".
func TestRightToLeftPages(t *testing.T) {
	s := newServer(t, fixture(t))
	for lang, rtl := range map[string]bool{"ar": true, "fa": true, "ps": true, "de": false, "ku": false} {
		r := get(t, s, "/"+lang+"/")
		if got := strings.Contains(between(r.body, "<html", ">"), `dir="rtl"`); got != rtl {
			t.Errorf("%s: dir=rtl %v, want %v", lang, got, rtl)
		}
	}
}
