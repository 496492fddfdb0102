package server

import (
	"net/http"
	"strings"
	"testing"

	"lotse/i18n/catalog"
)

// TestHealth: /healthz answers 200 with the version while content and
// every catalog are loaded, also while an editor's broken file keeps the
// last good content; 503 before a site is loaded and when a language's
// catalog is missing. It is never cached and answers HEAD.
func TestHealth(t *testing.T) {
	cfg := fixture(t)
	s := newServer(t, cfg)
	cases := []struct {
		name   string
		server *Server
		status int
		body   string
	}{
		{"loaded", s, http.StatusOK, "ok " + s.Version()},
		{"nothing loaded", &Server{cfg: cfg}, http.StatusServiceUnavailable, "not ready: no site loaded"},
		{"a catalog missing", withoutCatalog(s, "ar"), http.StatusServiceUnavailable, "not ready: no translations for ar"},
		{"editor problems", withProblems(s), http.StatusOK, "serving the last good content"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := get(t, tc.server, HealthPath)
			if r.status != tc.status || !strings.Contains(r.body, tc.body) {
				t.Errorf("status %d %q, want %d with %q", r.status, r.body, tc.status, tc.body)
			}
			if r.header.Get("Cache-Control") != "no-store" {
				t.Errorf("Cache-Control %q, want no-store", r.header.Get("Cache-Control"))
			}
		})
	}
	head := do(t, s, mustRequest(t, http.MethodHead, HealthPath))
	if head.status != http.StatusOK || head.body != "" {
		t.Errorf("HEAD: %d %q", head.status, head.body)
	}
}

// withoutCatalog is s with one language's catalog gone.
func withoutCatalog(s *Server, lang string) *Server {
	st := *s.current()
	site := *st.site
	data := *site.Data
	data.Catalogs = map[string]*catalog.Catalog{}
	for k, v := range s.current().site.Data.Catalogs {
		if k != lang {
			data.Catalogs[k] = v
		}
	}
	site.Data, st.site = &data, &site
	return &Server{cfg: s.cfg, state: &st}
}

func withProblems(s *Server) *Server {
	st := *s.current()
	st.problems = []string{"01-flow.yaml:3: broken"}
	return &Server{cfg: s.cfg, state: &st}
}

func mustRequest(t *testing.T, method, target string) *http.Request {
	t.Helper()
	r, err := http.NewRequest(method, target, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
