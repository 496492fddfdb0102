package main

import (
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"

	lotse "lotse/app"
)

// runStatic writes the whole site into a directory that any static host
// or CDN can serve: every language's pages pre-rendered (as
// <path>/index.html), the wasm, content and catalogs, the worker, the
// manifest and .gz/.br copies of everything compressible.
func runStatic(args []string) error {
	fs := flag.NewFlagSet("static", flag.ExitOnError)
	out := fs.String("out", "", "directory to write the site to (required)")
	base := fs.String("base-path", "", "sub-path the site is served under, e.g. /lotse")
	src := sourceFlags(fs)
	webDir := fs.String("web", "web", "directory with app.wasm, styles and icons")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("static: --out is required")
	}
	prefix := strings.TrimRight(*base, "/")
	if prefix != "" && !strings.HasPrefix(prefix, "/") {
		prefix = "/" + prefix
	}
	src.webDir, src.basePath = *webDir, prefix
	if err := checkWasm(src.webDir); err != nil {
		return err
	}
	lotse.Routes()
	s, err := newServer(*src)
	if err != nil {
		return err
	}
	if prefix != "" {
		_, h := s.current()
		h.Resources = prefixResolver(prefix)
	}
	st, _ := s.current()
	paths := append([]string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"}, lotse.Pages()...)
	for p := range st.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return fmt.Errorf("static: %s answered %d", p, rec.Code)
		}
		name := p
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		if err := writeFile(filepath.Join(*out, filepath.FromSlash(name)), rec.Body.Bytes()); err != nil {
			return err
		}
	}
	if err := copyDir(src.webDir, filepath.Join(*out, "web")); err != nil {
		return err
	}
	n, err := precompressDir(*out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d pages and resources and %d compressed copies to %s (base path %q, version %s)\n", len(paths), n, *out, prefix, st.version)
	return nil
}

// prefixResolver puts the base path before the site's own absolute URLs
// in pre-rendered pages. Unlike go-app's PrefixedLocation it leaves
// fragments (#main), mailto:, tel: and data: URLs alone and does not
// prefix twice: the app's page links already carry the base path, because
// in the browser go-app prefixes only /web/ resources.
type prefixResolver string

func (p prefixResolver) Resolve(loc string) string {
	prefix := string(p)
	switch {
	case loc == "" || loc == "/":
		return prefix
	case !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//"):
		return loc
	case loc == prefix || strings.HasPrefix(loc, prefix+"/"):
		return loc
	}
	return prefix + loc
}

func writeFile(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("static: %w", err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		return fmt.Errorf("static: %w", err)
	}
	return nil
}

func copyDir(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("static: %w", err)
		}
		return writeFile(filepath.Join(to, rel), b)
	})
}

// precompressDir writes name.gz and name.br beside every compressible file
// (reusing copies that are newer than their file, such as the wasm's from
// `make wasm`).
func precompressDir(dir string) (int, error) {
	total := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible(path) {
			return err
		}
		n, err := compressBeside(path)
		total += n
		return err
	})
	return total, err
}
