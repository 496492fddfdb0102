package server

import (
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

// Export writes the whole site into dir for any static host or CDN: every
// language's pages pre-rendered (as <path>/index.html), the wasm, content
// and catalogs, the worker, the manifest and .gz/.br copies of everything
// compressible. It returns the number of files and compressed copies.
func (s *Server) Export(dir string) (files, copies int, err error) {
	st := s.current()
	paths := append([]string{"/app.js", "/app-worker.js", "/root.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"}, lotse.Pages()...)
	for p := range st.site.Files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		rec := httptest.NewRecorder()
		if p == "/" {
			s.serveStaticRoot(rec, st) // a static host cannot redirect by language (root.go)
		} else {
			s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		}
		if rec.Code != http.StatusOK {
			return 0, 0, fmt.Errorf("static: %s answered %d", p, rec.Code)
		}
		name := p
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(name)), rec.Body.Bytes()); err != nil {
			return 0, 0, err
		}
	}
	if err := copyDir(s.cfg.WebDir, filepath.Join(dir, "web")); err != nil {
		return 0, 0, err
	}
	n, err := precompressDir(dir)
	return len(paths), n, err
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
		if err != nil || d.IsDir() || !Compressible(path) {
			return err
		}
		n, err := CompressBeside(path)
		total += n
		return err
	})
	return total, err
}
