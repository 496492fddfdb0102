// Command load measures a server on loopback: a fixed number of
// connections requesting one URL as fast as they can for a fixed time.
// It prints requests per second, latency percentiles and errors as JSON.
//
// "{date}" in the URL is replaced by a new day for every request (from
// 2027-01-01 on), so that no two requests ask for the same page: the
// cost of pages that are not cached yet.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	URL      string  `json:"url"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	RPS      float64 `json:"rps"`
	P50ms    float64 `json:"p50_ms"`
	P99ms    float64 `json:"p99_ms"`
	Bytes    int64   `json:"bytes"`
	Seconds  float64 `json:"seconds"`
	Conns    int     `json:"connections"`
}

func main() {
	url := flag.String("url", "", "URL to request (127.0.0.1 only)")
	conns := flag.Int("c", 50, "connections")
	dur := flag.Duration("d", 10*time.Second, "duration")
	enc := flag.String("encoding", "br, gzip", "Accept-Encoding")
	flag.Parse()
	if *url == "" {
		fmt.Fprintln(os.Stderr, "load: -url is required")
		os.Exit(2)
	}
	tr := &http.Transport{MaxIdleConns: *conns, MaxIdleConnsPerHost: *conns, MaxConnsPerHost: *conns, DisableCompression: true}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var mu sync.Mutex
	var lat []time.Duration
	errors := 0
	var bytes int64
	var counter atomic.Int64
	first := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	target := func() string {
		if !strings.Contains(*url, "{date}") {
			return *url
		}
		day := first.AddDate(0, 0, int(counter.Add(1)))
		return strings.ReplaceAll(*url, "{date}", day.Format("2006-01-02"))
	}
	deadline := time.Now().Add(*dur)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < *conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var n int64
			bad := 0
			for time.Now().Before(deadline) {
				req, _ := http.NewRequest(http.MethodGet, target(), nil)
				req.Header.Set("Accept-Encoding", *enc)
				t := time.Now()
				res, err := client.Do(req)
				if err != nil {
					bad++
					continue
				}
				m, err := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					bad++
					continue
				}
				n += m
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errors += bad
			bytes += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start).Seconds()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	r := result{URL: *url, Requests: len(lat), Errors: errors, RPS: float64(len(lat)) / elapsed,
		P50ms: pct(0.50), P99ms: pct(0.99), Bytes: bytes, Seconds: elapsed, Conns: *conns}
	json.NewEncoder(os.Stdout).Encode(r)
}
