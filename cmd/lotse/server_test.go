package main

import (
	"context"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	lotse "lotse/app"
	"lotse/content/data"
	"lotse/i18n"
)

var routesOnce sync.Once

// testSources gives a web directory with a stand-in wasm and, when asked,
// copies of the content and translations to break.
func testSources(t *testing.T, copyContent bool) sources {
	t.Helper()
	routesOnce.Do(func() {
		lotse.Routes()
		app.Route("/test-panic/", func() app.Composer { return &panicky{} })
	})
	dir := t.TempDir()
	web := filepath.Join(dir, "web")
	must(t, os.MkdirAll(web, 0o755))
	must(t, os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm fake"), 0o644))
	must(t, os.WriteFile(filepath.Join(web, "lotse.css"), []byte(strings.Repeat("body{}\n", 200)), 0o644))
	src := sources{webDir: web}
	if copyContent {
		src.contentDir = filepath.Join(dir, "content")
		src.i18nDir = filepath.Join(dir, "i18n")
		copyFS(t, data.FS, src.contentDir)
		copyFS(t, i18n.Files, src.i18nDir)
	}
	return src
}

type panicky struct{ app.Compo }

func (p *panicky) OnNav(app.Context) { panic("boom") }

func copyFS(t *testing.T, fsys fs.FS, dir string) {
	t.Helper()
	must(t, os.MkdirAll(dir, 0o755))
	must(t, fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), b, 0o644)
	}))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t *testing.T, name, old, new string) {
	t.Helper()
	b, err := os.ReadFile(name)
	must(t, err)
	if !strings.Contains(string(b), old) {
		t.Fatalf("%q not in %s", old, name)
	}
	must(t, os.WriteFile(name, []byte(strings.Replace(string(b), old, new, 1)), 0o644))
}

// A broken content file or translation stops the server at start with
// file:line, never a half-working site.
func TestServer_BrokenFilesStopStart(t *testing.T) {
	t.Run("content", func(t *testing.T) {
		src := testSources(t, true)
		replaceIn(t, filepath.Join(src.contentDir, "05-fees.yaml"), "cents: 9300", "cents: lots")
		_, err := newServer(src)
		if err == nil || !strings.Contains(err.Error(), "05-fees.yaml:") {
			t.Fatalf("want a 05-fees.yaml:line error, got %v", err)
		}
	})
	t.Run("translation", func(t *testing.T) {
		src := testSources(t, true)
		replaceIn(t, filepath.Join(src.i18nDir, "fr.json"), `"app.start": {`, `"app.start": {,`)
		_, err := newServer(src)
		if err == nil || !strings.Contains(err.Error(), "fr.json:") {
			t.Fatalf("want a fr.json:line error, got %v", err)
		}
	})
	t.Run("missing message", func(t *testing.T) {
		src := testSources(t, true)
		replaceIn(t, filepath.Join(src.i18nDir, "uk.json"), `"app.start": {`, `"app.startx": {`)
		_, err := newServer(src)
		if err == nil || !strings.Contains(err.Error(), "uk.json: missing app.start") {
			t.Fatalf("want uk.json missing app.start, got %v", err)
		}
	})
}

// An editor's change to a fee shows after a reload, without a rebuild.
func TestServer_EditorReload(t *testing.T) {
	src := testSources(t, true)
	s, err := newServer(src)
	must(t, err)
	get := func() string {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/de/checklist/?city=dortmund&need=naturalisation&minors=0", nil))
		return rec.Body.String()
	}
	if !strings.Contains(get(), "255\u00a0€") {
		t.Fatal("naturalisation fee 255 € not on the page")
	}
	time.Sleep(10 * time.Millisecond) // a new modification time
	replaceIn(t, filepath.Join(src.contentDir, "05-fees.yaml"), "{id: naturalisation_adult, cents: 25500", "{id: naturalisation_adult, cents: 26000")
	if page := get(); !strings.Contains(page, "260\u00a0€") || strings.Contains(page, "255\u00a0€") {
		t.Fatal("the changed fee did not show after reload")
	}
}

func TestServer_HeadersAndEncodings(t *testing.T) {
	src := testSources(t, false)
	must(t, os.WriteFile(filepath.Join(src.webDir, "lotse.css.br"), []byte("br-bytes"), 0o644))
	s, err := newServer(src)
	must(t, err)
	tests := []struct {
		path, accept, wantEncoding string
		wantStatus                 int
	}{
		{"/de/", "gzip", "gzip", 200},
		{"/ar/q/?city=dortmund", "", "", 200},
		{"/web/lotse.css", "br, gzip", "br", 200},
		{"/web/lotse.css", "gzip", "", 200},
		{"/data/i18n/ar.json", "br", "br", 200},
		{"/data/content.json", "gzip", "gzip", 200},
		{"/xx/q/", "", "", 404},
		{"/web/", "", "", 404},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodGet, tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		h := rec.Header()
		if rec.Code != tt.wantStatus {
			t.Errorf("%s: status %d, want %d", tt.path, rec.Code, tt.wantStatus)
		}
		if got := h.Get("Content-Encoding"); got != tt.wantEncoding {
			t.Errorf("%s (%s): encoding %q, want %q", tt.path, tt.accept, got, tt.wantEncoding)
		}
		for _, name := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"} {
			if h.Get(name) == "" {
				t.Errorf("%s: no %s header", tt.path, name)
			}
		}
		if h.Get("Set-Cookie") != "" {
			t.Errorf("%s sets a cookie", tt.path)
		}
		if h.Get("Strict-Transport-Security") != "" {
			t.Errorf("%s: HSTS without TLS", tt.path)
		}
		if cl := h.Get("Content-Length"); rec.Code == 200 && cl != "" && cl != strconv.Itoa(rec.Body.Len()) {
			t.Errorf("%s: Content-Length %s, body %d", tt.path, cl, rec.Body.Len())
		}
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ar/", nil))
	if !strings.Contains(rec.Body.String(), `<html lang="ar" dir="rtl"`) {
		t.Error("Arabic pages need dir=rtl on <html>")
	}
	tls := httptest.NewRequest(http.MethodGet, "https://example.org/de/", nil)
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, tls)
	if rec.Header().Get("Strict-Transport-Security") == "" {
		t.Error("HSTS missing over TLS")
	}
}

// A panic while pre-rendering gives a 500 page and a log line.
func TestServer_PanicIs500(t *testing.T) {
	s, err := newServer(testSources(t, false))
	must(t, err)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/test-panic/", nil))
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	if strings.Contains(rec.Body.String(), "boom") {
		t.Error("the panic's message reached the client")
	}
}

// On SIGINT/SIGTERM the server stops taking connections and finishes the
// requests in flight.
func TestServeUntil_FinishesInFlight(t *testing.T) {
	started := make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "done")
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveUntil(ctx, srv, ln) }()
	result := make(chan string, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			result <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		result <- string(b)
	}()
	<-started
	cancel() // as a signal would
	if got := <-result; got != "done" {
		t.Fatalf("request in flight got %q", got)
	}
	if err := <-served; err != nil {
		t.Fatalf("serveUntil: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still takes connections after shutdown")
	}
}

func TestStatic(t *testing.T) {
	src := testSources(t, true)
	out := t.TempDir()
	if err := runStatic([]string{"--out", out, "--web", src.webDir, "--content", src.contentDir, "--i18n", src.i18nDir, "--base-path", "/lotse"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "de/q/index.html", "ar/checklist/index.html", "app-worker.js", "data/content.json", "data/i18n/fa.json", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "de/q/index.html.br"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("static export lacks %s", name)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "ar/q/index.html"))
	for _, want := range []string{`dir="rtl"`, `href="/lotse/ar/q/?city=dortmund"`, `src="/lotse/app.js"`, `href="#main"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("ar/q/index.html lacks %s", want)
		}
	}
	replaceIn(t, filepath.Join(src.contentDir, "02-offices.yaml"), "office: do_bi,", "office: do_nowhere,")
	err := runStatic([]string{"--out", t.TempDir(), "--web", src.webDir, "--content", src.contentDir, "--i18n", src.i18nDir})
	if err == nil || !strings.Contains(err.Error(), "02-offices.yaml:") {
		t.Errorf("broken content must stop the export with file:line, got %v", err)
	}
}
