package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

// compressible tells which files get pre-compressed copies.
func compressible(name string) bool {
	for _, ext := range []string{".html", ".js", ".css", ".json", ".wasm", ".webmanifest", ".svg", ".txt", ".xml"} {
		if len(name) > len(ext) && name[len(name)-len(ext):] == ext {
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

// brotliBytes compresses at the best quality (brotli -q 11).
func brotliBytes(b []byte) ([]byte, error) { return brotliLevel(b, brotli.BestCompression) }

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

// runCompress writes FILE.gz (gzip -9) and FILE.br (brotli -q 11) beside
// each named file, unless they are already newer than the file.
func runCompress(args []string) error {
	for _, name := range args {
		if _, err := compressBeside(name); err != nil {
			return err
		}
	}
	return nil
}

// compressBeside writes name.gz and name.br unless they are fresh, and
// says how many it wrote.
func compressBeside(name string) (int, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range []struct {
		ext string
		fn  func([]byte) ([]byte, error)
	}{{".gz", gzipBytes}, {".br", brotliBytes}} {
		if fresh(name+c.ext, name) {
			continue
		}
		z, err := c.fn(b)
		if err != nil {
			return n, fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(name+c.ext, z, 0o644); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// fresh tells whether a compressed copy is at least as new as its source.
func fresh(copy, source string) bool {
	c, err1 := os.Stat(copy)
	s, err2 := os.Stat(source)
	return err1 == nil && err2 == nil && !c.ModTime().Before(s.ModTime())
}
