package server

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// TestServesWhileReloading: pages are served from four goroutines while
// the editor's file alternates between good saves (a new fee each) and
// half-written ones. Every request gets a whole page (200, with or
// without the problem banner), and once the last good save is loaded it
// is what every page shows. `make test` runs it under -race, where any
// unsynchronised access between requests and reloads fails it.
func TestServesWhileReloading(t *testing.T) {
	cfg := fixture(t)
	s := newServer(t, cfg)
	flow := filepath.Join(cfg.ContentDir, "01-flow.yaml")
	orig, err := os.ReadFile(flow)
	must(t, err)
	pages := []string{
		"/de/", "/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult",
		"/ar/advisor/?city=town&need=extend&expiry=2026-05-01&people=adult,child", "/de/nope/",
	}
	var stop atomic.Bool
	var served atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; !stop.Load(); i++ {
				target := pages[i%len(pages)]
				r := get(t, s, target, "Accept-Encoding", []string{"br", "gzip", ""}[i%3])
				want := http.StatusOK
				if strings.HasPrefix(target, "/de/nope") {
					want = http.StatusNotFound
				}
				if r.status != want || !strings.Contains(r.body, "</html>") {
					t.Errorf("%s during reloads: status %d, %d bytes", target, r.status, len(r.body))
					return
				}
				served.Add(1)
			}
		}(g)
	}
	fee := func(i int) []byte {
		return []byte(strings.Replace(string(orig), "cents: 9300", fmt.Sprintf("cents: 9%03d", i), 1))
	}
	last := 0
	for i := 1; i <= 13; i++ {
		if i%3 == 0 {
			// Half a file, as an editor's save can look when read mid-write.
			must(t, os.WriteFile(flow, fee(i)[:len(orig)/2], 0o644))
		} else {
			must(t, os.WriteFile(flow, fee(i), 0o644))
			last = i
		}
		s.Reload()
	}
	stop.Store(true)
	wg.Wait()
	if served.Load() < 8 {
		t.Errorf("only %d pages were served during 13 reloads", served.Load())
	}
	if len(s.Problems()) > 0 {
		t.Fatalf("the last save was good, yet the problems are %v", s.Problems())
	}
	want := fmt.Sprintf("90,%02d", last) // 9011 cents: 90,11 €
	r := get(t, s, "/de/checklist/?city=town&need=extend&expiry=2026-05-01&people=adult", "Accept-Encoding", "br")
	if !strings.Contains(r.body, want) {
		t.Errorf("after the last good save (fee %s €) the page shows %q", want, between(r.body, `id="fee-total"`, "</span>"))
	}
}
