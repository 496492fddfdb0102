package server

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAcceptsEncoding(t *testing.T) {
	for _, c := range []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; Q=0.000", "gzip", false},
		{"br;q=0, gzip;q=0.5", "br", false},
		{"br;q=0, gzip;q=0.5", "gzip", true},
		{"*", "gzip", true},
		{"*;q=0", "gzip", false},
		{"gzip;q=0, *", "gzip", false},
		{"identity", "gzip", false},
		{"GZIP", "gzip", true},
		{"gzip;q=x", "gzip", false},
		{"", "gzip", false},
	} {
		if got := acceptsEncoding(c.header, c.enc); got != c.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v", c.header, c.enc, got)
		}
	}
}

// TestRefusedEncodingIsHonoured: q=0 gets the plain bytes.
func TestRefusedEncodingIsHonoured(t *testing.T) {
	s := newServer(t, fixture(t))
	r := get(t, s, "/web/lotse.css", "Accept-Encoding", "gzip;q=0, br;q=0")
	if r.header.Get("Content-Encoding") != "" || !strings.HasPrefix(r.body, "body{}") {
		t.Errorf("refused compression: got encoding %q", r.header.Get("Content-Encoding"))
	}
	r = get(t, s, "/de/", "Accept-Encoding", "gzip")
	if r.header.Get("Content-Encoding") != "gzip" {
		t.Error("pages are gzipped when accepted")
	}
}

// TestStalledReaderIsDropped: a client that stops reading a large
// download is disconnected after the stall time; one that reads slowly
// but steadily is not.
func TestStalledReaderIsDropped(t *testing.T) {
	cfg := fixture(t)
	big := make([]byte, 64<<20) // larger than the socket buffers
	must(t, os.WriteFile(filepath.Join(cfg.WebDir, "app.wasm"), big, 0o644))
	defer func(d time.Duration) { writeStall = d }(writeStall)
	writeStall = 300 * time.Millisecond
	srv := newServer(t, cfg)
	returned := make(chan time.Duration, 4)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t0 := time.Now()
		srv.ServeHTTP(w, r)
		returned <- time.Since(t0)
	}))
	defer ts.Close()

	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	must(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n")
	must(t, err)
	// Read nothing: the server gives up after the stall, not after the
	// whole download would have taken.
	select {
	case d := <-returned:
		if d > 20*writeStall {
			t.Errorf("the handler took %v for a stalled client", d)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a stalled client holds the handler for 10 s")
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, _ := io.Copy(io.Discard, conn)
	if n >= int64(len(big)) {
		t.Errorf("a stalled client received all %d bytes; it should have been dropped", n)
	}

	// A slow, steady reader gets everything.
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/web/app.wasm", nil)
	req.Header.Set("Accept-Encoding", "identity")
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	defer resp.Body.Close()
	buf := make([]byte, 1<<20)
	var got int64
	for {
		k, err := resp.Body.Read(buf)
		got += int64(k)
		if err != nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if got != int64(len(big)) {
		t.Errorf("a steady reader got %d of %d bytes", got, len(big))
	}
}

// TestPanicIsAnError: a handler's panic is logged and answered with 500;
// the server goes on.
func TestPanicIsAnError(t *testing.T) {
	s := newServer(t, fixture(t))
	s.static = http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })
	if r := get(t, s, "/web/lotse.css"); r.status != http.StatusInternalServerError {
		t.Errorf("status %d", r.status)
	}
	if r := get(t, s, "/de/"); r.status != http.StatusOK {
		t.Errorf("after a panic: status %d", r.status)
	}
}

// TestEditorReload: quick saves are one reload; a broken file keeps the
// last good content and is shown on every page; fixed, it goes.
func TestEditorReload(t *testing.T) {
	cfg := fixture(t)
	s := newServer(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Watch(ctx)
	good := s.Version()
	flow := filepath.Join(cfg.ContentDir, "01-flow.yaml")
	orig, err := os.ReadFile(flow)
	must(t, err)

	// Five saves in quick succession, each a different fee: one reload,
	// and it serves the last save.
	for i := 1; i <= 5; i++ {
		replaced := strings.Replace(string(orig), "cents: 9300", fmt.Sprintf("cents: 93%02d", i), 1)
		must(t, os.WriteFile(flow, []byte(replaced), 0o644))
		time.Sleep(50 * time.Millisecond)
	}
	waitFor(t, func() bool { return s.reloads.Load() > 0 })
	time.Sleep(3 * (pollEvery + settle))
	if n := s.reloads.Load(); n != 1 {
		t.Errorf("five quick saves: %d reloads, want 1", n)
	}
	if f := s.Site().Data.Content.Fee("extension"); f == nil || f.Cents != 9305 {
		t.Errorf("after five saves the last one is served; got %+v", f)
	}

	good = s.Version()

	// Broken: the last good content stays; every page says why.
	must(t, os.WriteFile(flow, []byte(strings.Replace(string(orig), "outcome: other_city", "outcome: nowhere", 1)), 0o644))
	waitFor(t, func() bool { return len(s.Problems()) > 0 })
	if s.Version() != good {
		t.Error("a broken file replaced the served content")
	}
	r := get(t, s, "/de/")
	if r.status != http.StatusOK || !strings.Contains(r.body, "editor-problems") || !strings.Contains(r.body, "01-flow.yaml:") {
		t.Errorf("the page does not show the problem with file:line")
	}

	// A translation changed too: the next good state has a new version.
	must(t, os.WriteFile(flow, orig, 0o644))
	waitFor(t, func() bool { return len(s.Problems()) == 0 })
	if r := get(t, s, "/de/"); strings.Contains(r.body, "editor-problems") {
		t.Error("fixed, the banner goes")
	}
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatal("condition not met in 10 s")
}

// TestGoOwnRepliesCarryTheHeaders: the replies net/http writes without
// the handler (a malformed request, headers too large, an unknown
// transfer coding, an unknown protocol version, an unmet Expect) carry
// the security headers through SecureListener; the handler's own replies
// are passed as they are, also on a kept-alive connection.
func TestGoOwnRepliesCarryTheHeaders(t *testing.T) {
	s := newServer(t, fixture(t))
	ts := httptest.NewUnstartedServer(s)
	ts.Listener = SecureListener(ts.Listener)
	ts.Config.MaxHeaderBytes = 1 << 10
	ts.Start()
	defer ts.Close()
	for _, c := range []struct {
		name, request string
		status        int
	}{
		{"malformed header", "GET /de/ HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", 400},
		{"no Host", "GET /de/ HTTP/1.1\r\n\r\n", 400},
		{"malformed request line", "GET\r\n\r\n", 400},
		{"headers too large", "GET /de/ HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 8<<10) + "\r\n\r\n", 431},
		{"unknown transfer coding", "GET /de/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: rot13\r\n\r\n", 501},
		{"unknown version", "GET /de/ HTTP/9.1\r\nHost: x\r\n\r\n", 505},
		{"unmet Expect", "GET /de/ HTTP/1.1\r\nHost: x\r\nExpect: miracles\r\n\r\n", 417},
		{"the handler's 405", "POST /de/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 405},
		{"the handler's page", "GET /de/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 200},
	} {
		conn, err := net.Dial("tcp", ts.Listener.Addr().String())
		must(t, err)
		conn.SetDeadline(time.Now().Add(5 * time.Second))
		_, err = io.WriteString(conn, c.request)
		must(t, err)
		raw, _ := io.ReadAll(conn)
		conn.Close()
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(raw)), nil)
		if err != nil {
			t.Errorf("%s: unreadable reply %q: %v", c.name, raw, err)
			continue
		}
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d", c.name, resp.StatusCode, c.status)
		}
		checkSecurityHeaders(t, c.name, resp.Header)
	}
	keptAlive(t, ts.Listener.Addr().String())
}

func checkSecurityHeaders(t *testing.T, name string, h http.Header) {
	t.Helper()
	for k, want := range map[string]string{
		"Content-Security-Policy":    ContentSecurityPolicy,
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "no-referrer",
		"Permissions-Policy":         PermissionsPolicy,
		"Cross-Origin-Opener-Policy": "same-origin",
	} {
		if got := h.Values(k); len(got) != 1 || got[0] != want {
			t.Errorf("%s: %s = %q", name, k, got)
		}
	}
}

// keptAlive: two requests on one connection, both replies whole, unchanged.
func keptAlive(t *testing.T, addr string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	must(t, err)
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	_, err = io.WriteString(conn, "GET /app.js HTTP/1.1\r\nHost: x\r\n\r\nGET /de/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	must(t, err)
	br := bufio.NewReader(conn)
	for _, path := range []string{"/app.js", "/de/"} {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("kept-alive %s: %v", path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || len(body) == 0 || len(resp.Header.Values("Content-Security-Policy")) != 1 {
			t.Errorf("kept-alive %s: status %d, %d bytes, CSP %q", path, resp.StatusCode, len(body), resp.Header.Values("Content-Security-Policy"))
		}
	}
}
