//go:build !js

package main

import (
	"compress/gzip"
	"flag"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serve runs the floor with go-app's defaults (its own service worker),
// compressed like Lotse so that transferred bytes compare fairly: the
// wasm from its pre-compressed copies, everything else gzipped on the fly.
func serve() {
	addr := flag.String("addr", "127.0.0.1:8001", "address")
	dir := flag.String("dir", ".", "directory that holds web/app.wasm")
	flag.Parse()
	if err := os.Chdir(*dir); err != nil {
		log.Fatal(err)
	}
	h := &app.Handler{Name: "floor", Title: "floor", Version: "floor-1",
		Icon: app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"}}
	log.Printf("floor on http://%s/", *addr)
	log.Fatal(http.ListenAndServe(*addr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		accept := r.Header.Get("Accept-Encoding")
		if r.URL.Path == "/web/app.wasm" {
			for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
				if strings.Contains(accept, enc.name) {
					if b, err := os.ReadFile("web/app.wasm" + enc.ext); err == nil {
						w.Header().Set("Content-Type", "application/wasm")
						w.Header().Set("Content-Encoding", enc.name)
						w.Write(b)
						return
					}
				}
			}
		}
		if !strings.Contains(accept, "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		gz := gzip.NewWriter(w)
		defer gz.Close()
		h.ServeHTTP(&gzipWriter{ResponseWriter: w, gz: gz}, r)
	})))
}

type gzipWriter struct {
	http.ResponseWriter
	gz      *gzip.Writer
	started bool
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if !g.started {
		g.WriteHeader(http.StatusOK)
	}
	return g.gz.Write(b)
}

func (g *gzipWriter) WriteHeader(code int) {
	g.started = true
	g.ResponseWriter.Header().Del("Content-Length") // the length changes
	g.ResponseWriter.WriteHeader(code)
}
