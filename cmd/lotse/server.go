package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	lotse "lotse/app"
)

// server serves the site: /data/ from memory, everything else through
// go-app, with security headers on every response. When an editor serves
// content or translations from disk, a changed file is picked up on the
// next request.
type server struct {
	src sources

	mu    sync.RWMutex
	site  *site
	goapp *app.Handler
	stamp string

	static http.Handler // web/: wasm, styles, icons
}

func newServer(src sources) (*server, error) {
	s := &server{src: src, static: staticHandler(src.webDir)}
	if err := s.reload(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *server) reload() error {
	st, err := loadSite(s.src, lotse.Today())
	if err != nil {
		return err
	}
	if err := st.computeVersion(s.src.webDir); err != nil {
		return err
	}
	h := st.handler(s.src)
	s.mu.Lock()
	s.site, s.goapp, s.stamp = st, h, s.sourceStamp()
	s.mu.Unlock()
	lotse.SetData(st.data)
	return nil
}

// sourceStamp summarises the editor's files (names, sizes, times).
func (s *server) sourceStamp() string {
	if !s.src.editing() {
		return ""
	}
	h := sha256.New()
	for _, dir := range []string{s.src.contentDir, s.src.i18nDir} {
		if dir == "" {
			continue
		}
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if fi, err := d.Info(); err == nil {
					fmt.Fprintf(h, "%s %d %d\n", path, fi.Size(), fi.ModTime().UnixNano())
				}
			}
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (s *server) current() (*site, *app.Handler) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.site, s.goapp
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			log.Printf("panic serving %s: %v\n%s", r.URL.Path, v, debug.Stack())
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	securityHeaders(w.Header(), r)
	if s.src.editing() {
		s.mu.RLock()
		changed := s.stamp != s.sourceStamp()
		s.mu.RUnlock()
		if changed {
			if err := s.reload(); err != nil {
				log.Printf("content not reloaded, still serving the last good version:\n%v", err)
			} else {
				log.Printf("content reloaded")
			}
		}
	}
	st, h := s.current()
	if strings.HasPrefix(r.URL.Path, lotse.DataPath) {
		s.serveData(w, r, st)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/web/") {
		s.static.ServeHTTP(w, r)
		return
	}
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	h.ServeHTTP(rec, r)
	if rec.status == http.StatusOK && strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") && !lotse.Known(r.URL.Path) {
		rec.status = http.StatusNotFound
	}
	body := rec.body.Bytes()
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	if rec.status == http.StatusOK {
		ctype := rec.header.Get("Content-Type")
		if strings.HasPrefix(ctype, "text/html") {
			body = addDir(body)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		// Pages and go-app's scripts are small and made per request or
		// kept in memory: gzip them on the way out.
		if textual(ctype) && len(body) > 512 {
			w.Header().Add("Vary", "Accept-Encoding")
			if acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
				if z, err := gzipBytes(body); err == nil {
					body = z
					w.Header().Set("Content-Encoding", "gzip")
				}
			}
		}
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	}
	w.WriteHeader(rec.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (s *server) serveData(w http.ResponseWriter, r *http.Request, st *site) {
	b, ok := st.dataFile(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Vary", "Accept-Encoding")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	accept := r.Header.Get("Accept-Encoding")
	switch {
	case acceptsEncoding(accept, "br"):
		b = st.br[r.URL.Path]
		w.Header().Set("Content-Encoding", "br")
	case acceptsEncoding(accept, "gzip"):
		b = st.gz[r.URL.Path]
		w.Header().Set("Content-Encoding", "gzip")
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(b)))
	w.Write(b)
}

func textual(ctype string) bool {
	for _, t := range []string{"text/", "application/javascript", "application/json", "application/manifest+json"} {
		if strings.HasPrefix(ctype, t) {
			return true
		}
	}
	return false
}

// staticHandler serves the web directory under /web/. A pre-compressed
// copy (name.br, name.gz, newer than the file) is chosen by
// Accept-Encoding; files revalidate cheaply (Last-Modified); the service
// worker keeps them offline.
func staticHandler(dir string) http.Handler {
	files := http.StripPrefix("/web", http.FileServer(http.Dir(dir)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") || strings.Contains(r.URL.Path, "..") {
			http.NotFound(w, r) // no directory listings
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		name := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/web/")))
		if compressible(name) {
			w.Header().Add("Vary", "Accept-Encoding")
			if enc, file := pickEncoding(r.Header.Get("Accept-Encoding"), name); file != "" {
				serveCompressed(w, r, name, file, enc)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

// pickEncoding returns the best pre-compressed copy the client accepts.
func pickEncoding(accept, name string) (encoding, file string) {
	for _, c := range []struct{ enc, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if acceptsEncoding(accept, c.enc) && fresh(name+c.ext, name) {
			return c.enc, name + c.ext
		}
	}
	return "", ""
}

func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), enc) {
			return !strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") || strings.Contains(params, "q=0.")
		}
	}
	return false
}

func serveCompressed(w http.ResponseWriter, r *http.Request, name, file, enc string) {
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Encoding", enc)
	if orig, err := os.Stat(name); err == nil {
		w.Header().Set("X-Uncompressed-Length", fmt.Sprint(orig.Size()))
	}
	if r.Header.Get("Range") == "" {
		// ServeContent leaves Content-Length out when an encoding is set.
		w.Header().Set("Content-Length", fmt.Sprint(fi.Size()))
	}
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// securityHeaders are set on every response. The policy allows only the
// app's own origin; 'wasm-unsafe-eval' lets the browser compile app.wasm.
func securityHeaders(h http.Header, r *http.Request) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), fullscreen=(), display-capture=()")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.TLS != nil {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
}

const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"

// recorder captures go-app's response so that pages can be amended.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(status int)      { r.status = status }
