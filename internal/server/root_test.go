package server

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

func TestAcceptedLanguages(t *testing.T) {
	for header, want := range map[string][]string{
		"":                                  {},
		"ar":                                {"ar"},
		"de-DE,de;q=0.9,en;q=0.8":           {"de-DE", "de", "en"},
		"en;q=0.5, uk;q=0.9, fa":            {"fa", "uk", "en"},
		"ar;q=0, tr":                        {"tr"},
		"*, pl;q=0.1":                       {"pl"},
		"ru;q=bad, ro;q=0.3":                {"ro"},
		"ku;q=0.7,ps;q=0.7":                 {"ku", "ps"},
		"  bg ; q=1 , fr;level=1;q=0.2 ":    {"bg", "fr"},
		strings.Repeat("x", 40) + ",uk":     {"uk"},
		"en-GB;q=0.8,prs-AF,ar-SY;q=0.8000": {"prs-AF", "en-GB", "ar-SY"},
	} {
		got := acceptedLanguages(header)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %q, want %q", header, got, want)
		}
	}
}

// TestRootRedirect: "/" answers in the browser's language from the first
// response: a redirect that depends on Accept-Language and is never
// stored; answers of an old link are carried over in their parsed form.
func TestRootRedirect(t *testing.T) {
	s := newServer(t, fixture(t))
	for header, want := range map[string]string{
		"ar":                      "/ar/",
		"":                        "/de/",
		"xx-YY, zz":               "/de/",
		"en;q=0.5, uk;q=0.9":      "/uk/",
		"ar;q=0, fr":              "/fr/",
		"prs-AF,en;q=0.1":         "/fa/",
		"de-CH;q=0.4, ps;q=0.5":   "/ps/",
		"tr-TR,tr;q=0.9,en;q=0.8": "/tr/",
	} {
		r := get(t, s, "/", "Accept-Language", header)
		if r.status != http.StatusFound {
			t.Errorf("%q: status %d, want 302", header, r.status)
		}
		if got := r.header.Get("Location"); got != want {
			t.Errorf("%q: Location %q, want %q", header, got, want)
		}
		if !strings.Contains(strings.Join(r.header.Values("Vary"), ","), "Accept-Language") {
			t.Errorf("%q: Vary %q lacks Accept-Language", header, r.header.Values("Vary"))
		}
		if got := r.header.Get("Cache-Control"); got != "no-store" {
			t.Errorf("%q: Cache-Control %q", header, got)
		}
		if got := r.header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
			t.Errorf("%q: no security headers on the redirect", header)
		}
	}
	r := get(t, s, "/?city=town&need=extend&x=%22%3E%3Cscript%3E", "Accept-Language", "ar")
	if got := r.header.Get("Location"); got != "/ar/?city=town&need=extend" {
		t.Errorf("old link with answers: Location %q", got)
	}
	for _, m := range markers {
		if strings.Contains(r.body, m) {
			t.Errorf("the redirect's body contains %q", m)
		}
	}
	head := httptest.NewRecorder()
	s.ServeHTTP(head, httptest.NewRequest(http.MethodHead, "/", nil))
	if head.Code != http.StatusFound || head.Body.Len() != 0 {
		t.Errorf("HEAD /: status %d, %d bytes", head.Code, head.Body.Len())
	}
}

// TestRootStatic: a static host gets a page whose script picks the
// language in the browser and that lists every language as a link.
func TestRootStatic(t *testing.T) {
	cfg := fixture(t)
	cfg.Static, cfg.BasePath = true, "/lotse"
	s := newServer(t, cfg)
	r := get(t, s, "/", "Accept-Language", "ar")
	if r.status != http.StatusOK || r.header.Get("Location") != "" {
		t.Fatalf("static /: status %d, Location %q", r.status, r.header.Get("Location"))
	}
	for _, want := range []string{`<script src="/lotse/root.js">`, `href="/lotse/ar/" lang="ar"`, `href="/lotse/de/" lang="de"`, `href="/lotse/uk/" lang="uk"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("static / lacks %s", want)
		}
	}
	checkNoScriptAdded(t, "/", strings.Replace(r.body, `<script src="/lotse/root.js"></script>`, "", 1))
	js := get(t, s, "/root.js")
	for _, want := range []string{`const base = "/lotse";`, `"prs":"fa"`, `"uk":"uk"`, `location.replace(`} {
		if !strings.Contains(js.body, want) {
			t.Errorf("root.js lacks %s", want)
		}
	}
}

// TestWorkerLeavesRootAlone: the worker keeps no "/" (it depends on the
// person) and answers it itself.
func TestWorkerLeavesRootAlone(t *testing.T) {
	s := newServer(t, fixture(t))
	w := get(t, s, "/app-worker.js").body
	if strings.Contains(w, `"/",`) || strings.Contains(w, `["/"`) {
		t.Error(`the worker precaches "/"`)
	}
	for _, want := range []string{"return root(url);", `"ar":"ar"`, "key !== PREFS"} {
		if !strings.Contains(w, want) {
			t.Errorf("worker lacks %s", want)
		}
	}
}
