package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	lotse "lotse/app"
	"lotse/content"
	"lotse/i18n/catalog"
)

// Server serves the site. An editor's files are watched and reloaded
// (see editor.go); requests always get the last good content.
type Server struct {
	cfg Config

	mu    sync.RWMutex
	state *state
	data  *lotse.Data // what the pages render: the state's data with the editor's problems

	static  http.Handler // web/: wasm, styles, icons
	reloads atomic.Int64 // editor reloads so far (the tests bound them)
	editor  editorLoads  // the editor's reloads in flight (editor.go)
}

// state is one loaded site with its go-app handler and scripts, the
// editor's problems while it is served as the last good content, and the
// pages rendered from it. A state never changes once it is current: a
// reload or a problem makes a new one.
type state struct {
	site     *Site
	goapp    *app.Handler
	worker   []byte
	loader   []byte
	problems []string // the editor's broken files, while the last good content is served
	pages    *pageCache
}

// New loads the site; a content error or a translation gap is an error
// with file:line (dates never are: see Warnings). The pages render from
// the new server: go-app keeps one table of routes per program, so one
// program serves one site (tests make their servers one after another).
func New(cfg Config) (*Server, error) {
	if cfg.Today == nil {
		cfg.Today = Clock
	}
	s := &Server{cfg: cfg, static: staticHandler(cfg.WebDir)}
	s.editor.slots = make(chan struct{}, maxReloads)
	st, err := s.load()
	if err != nil {
		return nil, err
	}
	s.swap(st, nil)
	lotse.Routes(s)
	return s, nil
}

// Clock is the civil date of the server's clock, each day anew.
func Clock() content.Date { return content.DateOf(time.Now()) }

// Data is what the pages render (lotse.Source): the site being served,
// with the editor's problems while the last good content is served.
func (s *Server) Data() *lotse.Data {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data
}

// Today is the day deadlines count from: --today, or the clock's day.
func (s *Server) Today() content.Date { return s.cfg.Today() }

// Version is the version of the site being served.
func (s *Server) Version() string { return s.current().site.Version }

// Site is the site being served.
func (s *Server) Site() *Site { return s.current().site }

func (s *Server) load() (*state, error) {
	c, set, err := s.editor.sources.load(s.cfg)
	if err != nil {
		return nil, err
	}
	site, err := buildSite(s.cfg, workerSource+loaderSource, c, set)
	if err != nil {
		return nil, err
	}
	worker, err := renderWorker(s.cfg, site)
	if err != nil {
		return nil, err
	}
	h := s.handler(site)
	loader, err := renderLoader(s.cfg, site, s.env(site))
	if err != nil {
		return nil, err
	}
	return &state{site: site, goapp: h, worker: []byte(worker), loader: []byte(loader)}, nil
}

// env is what the wasm reads with app.Getenv.
func (s *Server) env(site *Site) map[string]string {
	env := map[string]string{"GOAPP_VERSION": site.Version, "GOAPP_ROOT_PREFIX": s.cfg.BasePath,
		"GOAPP_STATIC_RESOURCES_URL": s.cfg.BasePath + "/web", "GOAPP_INTERNAL_URLS": "null"}
	if s.cfg.PublicURL != "" {
		env["LOTSE_PUBLIC_URL"] = s.cfg.PublicURL
	}
	if s.cfg.Static {
		env["LOTSE_STATIC"] = "1"
	}
	if size, ok := wasmSize(s.cfg.WebDir); ok {
		env["LOTSE_WASM_SIZE"] = fmt.Sprint(size)
	}
	return env
}

// swap makes a copy of st current, with the editor's problems (if any)
// and a new page cache. The pages render from a copy of its data that
// carries the problems; it is set before the state is, so that a request
// that sees the new state renders the new data.
func (s *Server) swap(st *state, problems []string) {
	next := *st
	next.problems = problems
	next.pages = newPageCache(pageCacheBytes)
	d := *st.site.Data
	d.EditorProblems = problems
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state, s.data = &next, &d
}

func (s *Server) current() *state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state
}

// handler builds the go-app handler for a site.
func (s *Server) handler(site *Site) *app.Handler {
	de := site.Data.Catalogs[catalog.Source]
	h := &app.Handler{
		Name:            "Lotse",
		ShortName:       "Lotse",
		Title:           "Lotse",
		Description:     de.T("app.tagline"),
		Lang:            catalog.Source,
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b4f6c",
		LoadingLabel:    "{progress} %",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Image:   "/web/icon-512.png",
		Styles:  []string{"/web/lotse.css"},
		Version: site.Version,
		// app.js and the worker are served by Server (worker.go); go-app's
		// own are never sent.
		ServiceWorkerTemplate: "/* unused */",
		StartURL:              "/",
	}
	if s.cfg.BasePath != "" {
		h.Resources = prefixResolver(s.cfg.BasePath)
	}
	return h
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w = newDeadlineWriter(w)
	defer func() {
		if v := recover(); v != nil {
			log.Printf("panic serving %s: %v\n%s", r.URL.Path, v, debug.Stack())
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	securityHeaders(w.Header(), r)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		// Everything here is to read: no form posts, no uploads.
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path == HealthPath {
		s.serveHealth(w, r)
		return
	}
	st := s.current()
	path := r.URL.Path
	switch {
	case strings.HasPrefix(path, lotse.DataPath):
		s.serveData(w, r, st.site)
	case strings.HasPrefix(path, "/web/"):
		s.static.ServeHTTP(w, r)
	case path == "/app-worker.js":
		w.Header().Set("Cache-Control", "no-cache")
		serveBytes(w, r, "application/javascript", st.worker)
	case path == "/app.js":
		w.Header().Set("Cache-Control", "no-cache")
		serveBytes(w, r, "application/javascript", st.loader)
	case goappResources[path]:
		s.serveGoApp(w, r, st)
	default:
		// Pages, and everything else as the not-found page: go-app's
		// handler never sees a request path it would render.
		s.servePage(w, r, st)
	}
}

// goappResources are the files go-app's handler serves for Lotse.
var goappResources = map[string]bool{"/app.css": true, "/wasm_exec.js": true, "/manifest.webmanifest": true}

// serveGoApp passes go-app's own resources (app.js, wasm_exec.js, the
// manifest, app.css) through, compressed.
func (s *Server) serveGoApp(w http.ResponseWriter, r *http.Request, st *state) {
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	r2 := r.Clone(r.Context())
	r2.Header.Del("If-None-Match")
	st.goapp.ServeHTTP(rec, r2)
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	if rec.status != http.StatusOK {
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
		return
	}
	serveBytes(w, r, rec.header.Get("Content-Type"), rec.body.Bytes())
}

// servePage pre-renders a page from its canonical URL: a known language
// and page (anything else is the not-found page), and answers parsed into
// known values and encoded again. Nothing of the request text reaches the
// HTML unparsed, and the page says nothing about the request's Host.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request, st *state) {
	today := s.cfg.Today()
	alias := today.String() + " " + r.URL.Path + "?" + r.URL.RawQuery
	page := st.pages.lookup(alias)
	var etag string
	var render func() *cachedPage
	if page != nil {
		etag = page.key
	} else {
		canon, known := Canonical(st.site.Data.Content, r.URL)
		etag = pageETag(st.site.Version, today, canon.String(), st.problems)
		render = func() *cachedPage { return s.renderPage(r, st, canon, known) }
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	varyOnEncoding(w.Header())
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if page == nil {
		// The ETag names everything a page depends on but the state
		// (which owns the cache): it is the cache key.
		page = st.pages.get(etag, alias, render)
	}
	page.write(w, r)
}

// renderPage pre-renders the page of a canonical URL with go-app.
func (s *Server) renderPage(r *http.Request, st *state, canon *url.URL, known bool) *cachedPage {
	r2 := r.Clone(r.Context())
	r2.URL = canon
	r2.RequestURI = canon.RequestURI()
	r2.Header.Del("If-None-Match")
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	st.goapp.ServeHTTP(rec, r2)
	if rec.status != http.StatusOK {
		return newCachedPage(rec.status, rec.header.Get("Content-Type"), rec.body.Bytes())
	}
	lang, _ := catalog.Lookup(langOfPath(canon.Path, s.cfg.BasePath))
	body := compactHTML(patchPage(rec.body.Bytes(), lang, s.cfg.PublicURL, strings.TrimPrefix(canon.Path, s.cfg.BasePath)))
	status := http.StatusOK
	if !known {
		status = http.StatusNotFound
	}
	return newCachedPage(status, "text/html; charset=utf-8", body)
}

// Canonical is the app's canonical form of a page URL (lotse.Canonical):
// the one parser of page URLs, shared by the server and the pages.
func Canonical(c *content.Content, u *url.URL) (*url.URL, bool) { return lotse.Canonical(c, u) }

// langOfPath is the language a path starts with, German if none.
func langOfPath(path, base string) string {
	seg := strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(path, base), "/"), "/", 2)[0]
	if _, ok := catalog.Lookup(seg); ok {
		return seg
	}
	return catalog.Source
}

// pageETag names a page's content: the version, the day (deadlines
// count from it: yesterday's "in 19 days" is not today's), the URL and
// the editor's problems.
func pageETag(version string, today content.Date, url string, problems []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%s", version, today, url, strings.Join(problems, "\n"))
	return `"p-` + hex.EncodeToString(h.Sum(nil))[:20] + `"`
}

var (
	htmlTag    = regexp.MustCompile(`<html[^>]*>`)
	ogURLTag   = regexp.MustCompile(`<meta[^>]*property="og:url"[^>]*>\s*`)
	ogImageTag = regexp.MustCompile(`<meta[^>]*property="og:image"[^>]*>\s*`)
)

// patchPage sets what go-app's head cannot know: dir="rtl" on right-to-
// left pages, and og:url and og:image from the configured public URL
// (without one, they are left out rather than written as "https:///").
func patchPage(html []byte, lang catalog.Language, publicURL, path string) []byte {
	if lang.RTL {
		html = htmlTag.ReplaceAllFunc(html, func(tag []byte) []byte {
			return bytes.Replace(tag, []byte("<html"), []byte(`<html dir="rtl"`), 1)
		})
	}
	og := func(prop, value string) []byte {
		if publicURL == "" {
			return nil
		}
		return []byte(`<meta property="` + prop + `" content="` + htmlEscape(strings.TrimSuffix(publicURL, "/")+value) + `">` + "\n")
	}
	html = ogURLTag.ReplaceAllLiteral(html, og("og:url", path))
	html = ogImageTag.ReplaceAllLiteral(html, og("og:image", "/web/icon-512.png"))
	return html
}

// indentation is go-app's pretty-printing: a line break and the spaces
// after it.
var indentation = regexp.MustCompile(`\n[ \t]+`)

// compactHTML drops the indentation go-app writes before every element
// (about a fifth of a checklist page). A line break stays, so the page
// renders the same: Lotse has no preformatted text, and go-app writes a
// textarea's text into its value attribute.
func compactHTML(html []byte) []byte { return indentation.ReplaceAllLiteral(html, []byte("\n")) }

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;", "'", "&#39;").Replace(s)
}

func (s *Server) serveData(w http.ResponseWriter, r *http.Request, site *Site) {
	b, ok := site.Files[r.URL.Path]
	if !ok {
		// Another version's data: the page is out of date; it says so
		// and offers a reload instead of mixing versions.
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	// The path holds the version, and a version's data never changes: a
	// page opened during the first visit need not ask again.
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Vary", "Accept-Encoding")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []string{"br", "gzip"} {
		if acceptsEncoding(accept, enc) {
			b = site.compressed(r.URL.Path, enc)
			w.Header().Set("Content-Encoding", enc)
			break
		}
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(b)))
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

// serveBytes answers with a small in-memory text, gzipped when accepted.
func serveBytes(w http.ResponseWriter, r *http.Request, ctype string, b []byte) {
	w.Header().Set("Content-Type", ctype)
	varyOnEncoding(w.Header())
	writeCompressed(w, r, b, http.StatusOK)
}

func writeCompressed(w http.ResponseWriter, r *http.Request, body []byte, status int) {
	if len(body) > 512 && acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
		if z, err := gzipBytes(body); err == nil {
			body = z
			w.Header().Set("Content-Encoding", "gzip")
		}
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// recorder captures go-app's response so that pages can be amended.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(status int)      { r.status = status }
