package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// Compressible tells which files get pre-compressed copies.
func Compressible(name string) bool {
	for _, ext := range []string{".html", ".js", ".css", ".json", ".wasm", ".webmanifest", ".svg", ".txt", ".xml"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// gzipBytes compresses at the best level (gzip -9).
func gzipBytes(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return out.Bytes(), nil
}

func brotliLevel(b []byte, level int) ([]byte, error) {
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, level)
	if _, err := w.Write(b); err != nil {
		return nil, fmt.Errorf("brotli: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("brotli: %w", err)
	}
	return out.Bytes(), nil
}

// CompressBeside writes name.gz (gzip -9) and name.br (brotli -q 11)
// unless they are fresher than name, and says how many it wrote.
func CompressBeside(name string) (int, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range []struct {
		ext string
		fn  func([]byte) ([]byte, error)
	}{{".gz", gzipBytes}, {".br", func(b []byte) ([]byte, error) { return brotliLevel(b, brotli.BestCompression) }}} {
		if fresh(name+c.ext, name) {
			continue
		}
		z, err := c.fn(b)
		if err != nil {
			return n, err
		}
		if err := os.WriteFile(name+c.ext, z, 0o644); err != nil {
			return n, fmt.Errorf("compress: %w", err)
		}
		n++
	}
	return n, nil
}

// fresh tells whether copy exists and is not older than orig.
func fresh(copy, orig string) bool {
	c, err1 := os.Stat(copy)
	o, err2 := os.Stat(orig)
	return err1 == nil && err2 == nil && !c.ModTime().Before(o.ModTime())
}

// acceptsEncoding reads an Accept-Encoding header: enc (or *) counts
// when its quality is above zero ("gzip;q=0", "gzip; Q=0.000" refuse).
func acceptsEncoding(header, enc string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.TrimSpace(name)
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0
				}
				q = f
			}
		}
		switch {
		case strings.EqualFold(name, enc):
			return q > 0
		case name == "*":
			star = q > 0
		}
	}
	return star
}
