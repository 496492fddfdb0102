package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"lotse/content"
)

const checklistPage = "/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult"

// TestPageRenderedOnce: the same page, asked for again, in another
// encoding, with its parameters in another order or with unknown ones,
// is rendered once; every encoding carries the same document.
func TestPageRenderedOnce(t *testing.T) {
	s := newServer(t, fixture(t))
	pages := s.current().pages
	first := get(t, s, checklistPage, "Accept-Encoding", "br")
	if first.header.Get("Content-Encoding") != "br" || first.status != http.StatusOK {
		t.Fatalf("a browser's request: status %d, encoding %q", first.status, first.header.Get("Content-Encoding"))
	}
	for _, enc := range []string{"br", "gzip", "gzip, deflate", "", "identity", "br;q=0, gzip;q=0"} {
		for _, target := range []string{checklistPage, "/de/checklist/?people=adult&expiry=2026-05-01&need=extend&city=town&utm_source=x"} {
			r := get(t, s, target, "Accept-Encoding", enc)
			if r.body != first.body || r.status != first.status {
				t.Errorf("%s with %q: another document (%d bytes, status %d)", target, enc, len(r.body), r.status)
			}
			if r.header.Get("ETag") != first.header.Get("ETag") {
				t.Errorf("%s with %q: another ETag", target, enc)
			}
		}
	}
	if _, _, renders := pages.stats(); renders != 1 {
		t.Errorf("one page asked for 13 times: %d renderings, want 1", renders)
	}
	get(t, s, "/de/checklist/?city=town&need=extend&expiry=2026-05-02&people=adult")
	if n, _, renders := pages.stats(); renders != 2 || n != 2 {
		t.Errorf("another answer is another page: %d renderings, %d pages cached, want 2 and 2", renders, n)
	}
}

// TestPageCacheFollowsTheDay: the day is part of a page ("in 61 days"):
// tomorrow's request renders anew.
func TestPageCacheFollowsTheDay(t *testing.T) {
	cfg := fixture(t)
	day := content.MustDate("2026-03-01")
	cfg.Today = func() content.Date { return day }
	s := newServer(t, cfg)
	a := get(t, s, checklistPage, "Accept-Encoding", "br")
	day = day.AddDays(1)
	b := get(t, s, checklistPage, "Accept-Encoding", "br")
	if _, _, renders := s.current().pages.stats(); renders != 2 {
		t.Errorf("the next day: %d renderings, want 2", renders)
	}
	if a.body == b.body {
		t.Error("the page counting days to the expiry is the same on the next day")
	}
}

// TestPageCacheIsBounded: pages beyond the budget push out the least
// recently used; the cache never holds more than its budget.
func TestPageCacheIsBounded(t *testing.T) {
	s := newServer(t, fixture(t))
	one := get(t, s, checklistPage, "Accept-Encoding", "br")
	_, perPage, _ := s.current().pages.stats()
	defer func(n int) { pageCacheBytes = n }(pageCacheBytes)
	pageCacheBytes = 10 * perPage
	s.Reload() // a new state, with a cache of the new budget
	pages := s.current().pages
	get(t, s, checklistPage, "Accept-Encoding", "br")
	for i := 2; i <= 40; i++ {
		target := fmt.Sprintf("/de/checklist/?city=town&need=extend&expiry=2026-05-%02d&people=adult", i%28+1)
		if i%2 == 0 {
			get(t, s, checklistPage, "Accept-Encoding", "br") // kept in use
		}
		get(t, s, target, "Accept-Encoding", "br")
		if _, bytes, _ := pages.stats(); bytes > pageCacheBytes {
			t.Fatalf("%d bytes cached, budget %d", bytes, pageCacheBytes)
		}
	}
	n, _, renders := pages.stats()
	if n > 10 || n < 5 {
		t.Errorf("%d pages cached with room for about 10", n)
	}
	if renders <= 28 {
		t.Errorf("28 pages through a cache of about 10: %d renderings; nothing was pushed out", renders)
	}
	before := renders
	if r := get(t, s, checklistPage, "Accept-Encoding", "br"); normalized(t, r.body) != normalized(t, one.body) {
		t.Error("the page in use changed")
	}
	if _, _, renders := pages.stats(); renders != before {
		t.Error("the page in use all along was pushed out")
	}
	aliasesAndGzipBounded(t, s, pages, one)
}

// aliasesAndGzipBounded: request URLs remembered as aliases count too,
// and a page keeps only a few (a link with a long unknown parameter, 50
// times); gzip copies, made later, count too.
func aliasesAndGzipBounded(t *testing.T, s *Server, pages *pageCache, one response) {
	t.Helper()
	for i := 0; i < 50; i++ {
		r := get(t, s, fmt.Sprintf("%s&x%d=%s", checklistPage, i, strings.Repeat("a", 4000)), "Accept-Encoding", "br")
		if normalized(t, r.body) != normalized(t, one.body) {
			t.Fatal("an unknown parameter changed the page")
		}
		if _, bytes, _ := pages.stats(); bytes > pageCacheBytes {
			t.Fatalf("with aliases: %d bytes cached, budget %d", bytes, pageCacheBytes)
		}
	}
	pages.mu.Lock()
	if len(pages.aliases) > maxAliases*len(pages.entries) {
		t.Errorf("%d aliases for %d pages", len(pages.aliases), len(pages.entries))
	}
	for alias, p := range pages.aliases {
		if _, ok := pages.entries[p.key]; !ok {
			t.Errorf("the alias %.40s… leads to a page no longer cached", alias)
		}
	}
	pages.mu.Unlock()
	for i := 1; i <= 28; i++ {
		get(t, s, fmt.Sprintf("/de/checklist/?city=town&need=extend&expiry=2026-05-%02d&people=adult", i), "Accept-Encoding", "gzip")
		if _, bytes, _ := pages.stats(); bytes > pageCacheBytes {
			t.Fatalf("with gzip copies: %d bytes cached, budget %d", bytes, pageCacheBytes)
		}
	}
}

// TestConcurrentRequestsRenderOnce: many requests for a page nobody has
// asked for yet wait for one rendering.
func TestConcurrentRequestsRenderOnce(t *testing.T) {
	s := newServer(t, fixture(t))
	var wg sync.WaitGroup
	bodies := make([]string, 16)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bodies[i] = get(t, s, "/ar/advisor/?city=town&need=extend&expiry=2026-05-01&people=adult,child", "Accept-Encoding", "br").body
		}()
	}
	wg.Wait()
	for i, b := range bodies {
		if b != bodies[0] || !strings.Contains(b, "</html>") {
			t.Errorf("request %d got another document", i)
		}
	}
	if _, _, renders := s.current().pages.stats(); renders != 1 {
		t.Errorf("16 requests at once: %d renderings, want 1", renders)
	}
}

// TestHeadAndNotModified: HEAD gets the length of what GET would send and
// no body; a matching If-None-Match gets 304 without rendering.
func TestHeadAndNotModified(t *testing.T) {
	s := newServer(t, fixture(t))
	g := httptest.NewRecorder()
	s.ServeHTTP(g, withEncoding(httptest.NewRequest(http.MethodGet, checklistPage, nil), "br"))
	h := httptest.NewRecorder()
	s.ServeHTTP(h, withEncoding(httptest.NewRequest(http.MethodHead, checklistPage, nil), "br"))
	if h.Body.Len() != 0 || h.Header().Get("Content-Length") != fmt.Sprint(g.Body.Len()) {
		t.Errorf("HEAD: %d body bytes, Content-Length %s; GET sends %d", h.Body.Len(), h.Header().Get("Content-Length"), g.Body.Len())
	}
	s.Reload()
	r := get(t, s, checklistPage, "If-None-Match", g.Header().Get("ETag"))
	if r.status != http.StatusNotModified {
		t.Errorf("revalidation: status %d", r.status)
	}
	if _, _, renders := s.current().pages.stats(); renders != 0 {
		t.Errorf("a 304 rendered the page")
	}
}

func withEncoding(r *http.Request, enc string) *http.Request {
	r.Header.Set("Accept-Encoding", enc)
	return r
}

// TestOnlyGetAndHead: every other method is 405 with Allow, on pages and
// on files, with the security headers.
func TestOnlyGetAndHead(t *testing.T) {
	s := newServer(t, fixture(t))
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, http.MethodTrace, http.MethodPatch, "PROPFIND"} {
		for _, target := range []string{"/de/", checklistPage, "/web/lotse.css", "/app.js", "/nope"} {
			r := do(t, s, httptest.NewRequest(method, target, strings.NewReader("a=1")))
			if r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: status %d, Allow %q", method, target, r.status, r.header.Get("Allow"))
			}
			if r.header.Get("Content-Security-Policy") != ContentSecurityPolicy {
				t.Errorf("%s %s: no security headers", method, target)
			}
		}
	}
	if _, _, renders := s.current().pages.stats(); renders != 0 {
		t.Errorf("a refused method rendered a page")
	}
}

// TestVaryOnce: a reply that depends on Accept-Encoding says so once.
func TestVaryOnce(t *testing.T) {
	s := newServer(t, fixture(t))
	for _, target := range []string{"/de/", checklistPage, "/web/lotse.css", "/app.js", "/app-worker.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest", "/web/icon.svg"} {
		for _, enc := range []string{"br, gzip", "gzip", ""} {
			r := get(t, s, target, "Accept-Encoding", enc)
			n := 0
			for _, v := range r.header.Values("Vary") {
				n += strings.Count(strings.ToLower(v), "accept-encoding")
			}
			if n != 1 {
				t.Errorf("%s (%q): Vary names Accept-Encoding %d times: %q", target, enc, n, r.header.Values("Vary"))
			}
		}
	}
}
