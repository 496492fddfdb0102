package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"

	"lotse/content"
)

// benchPages are the pages of the load lines (bench/load): the start
// page, a student's checklist and the advisor's page with the same
// answers, rendered from the shipped content.
var benchPages = map[string]string{
	"start":     "/de/",
	"checklist": "/de/checklist/?" + studentQuery,
	"advisor":   "/de/advisor/?" + studentQuery,
}

const studentQuery = "city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-01-10&length=over3m&people=adult&benefits=no&urgent=none"

func shippedServer(b testing.TB) *Server {
	web := b.TempDir()
	must(b, os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm"), 0o644))
	return newServer(b, Config{WebDir: web, Today: func() content.Date { return content.MustDate("2026-12-01") }})
}

// BenchmarkPageCompression measures each gzip and brotli level on the
// three pages: time per page and the compressed size (B/page). The level
// pages are cached at was chosen from it (docs/performance.md).
func BenchmarkPageCompression(b *testing.B) {
	s := shippedServer(b)
	for _, name := range []string{"start", "checklist", "advisor"} {
		r := get(b, s, benchPages[name])
		if r.status != http.StatusOK {
			b.Fatalf("%s: status %d", name, r.status)
		}
		page := []byte(r.body)
		for _, level := range []int{1, 2, 4, 5, 6, 9} {
			b.Run(fmt.Sprintf("%s/gzip-%d", name, level), func(b *testing.B) {
				var out bytes.Buffer
				for b.Loop() {
					out.Reset()
					w, _ := gzip.NewWriterLevel(&out, level)
					w.Write(page)
					w.Close()
				}
				b.ReportMetric(float64(out.Len()), "B/page")
				b.ReportMetric(float64(len(page)), "raw-B")
			})
		}
		for _, q := range []int{2, 4, 5, 6, 9, 11} {
			b.Run(fmt.Sprintf("%s/brotli-%d", name, q), func(b *testing.B) {
				var out bytes.Buffer
				for b.Loop() {
					out.Reset()
					w := brotli.NewWriterLevel(&out, q)
					w.Write(page)
					w.Close()
				}
				b.ReportMetric(float64(out.Len()), "B/page")
			})
		}
		b.Run(name+"/render", func(b *testing.B) {
			st := s.current()
			for b.Loop() {
				rec := &recorder{header: http.Header{}, status: http.StatusOK}
				req, _ := http.NewRequest(http.MethodGet, benchPages[name], nil)
				st.goapp.ServeHTTP(rec, req)
			}
		})
	}
}

// BenchmarkServeCached: what a request for a cached page costs the
// handler (no network), for the three pages of the load lines.
func BenchmarkServeCached(b *testing.B) {
	s := shippedServer(b)
	for _, name := range []string{"start", "checklist", "advisor"} {
		b.Run(name, func(b *testing.B) {
			req, _ := http.NewRequest(http.MethodGet, benchPages[name], nil)
			req.Header.Set("Accept-Encoding", "br, gzip")
			for b.Loop() {
				s.ServeHTTP(discard{h: http.Header{}}, req)
			}
		})
	}
}

type discard struct{ h http.Header }

func (d discard) Header() http.Header         { return d.h }
func (d discard) Write(b []byte) (int, error) { return len(b), nil }
func (d discard) WriteHeader(int)             {}
