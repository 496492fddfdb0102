package main

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	lotse "lotse/app"
	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
)

//go:embed assets/worker.js
var workerJS string

// sources says where content and translations come from: the embedded
// defaults, or directories an editor works in.
type sources struct {
	contentDir string // "" for the embedded content
	i18nDir    string // "" for the embedded translations
	webDir     string
	basePath   string // "" at the root, "/prefix" under a sub-path
}

// sourceFlags adds --content and --i18n to a command: directories an
// editor works in, read instead of the embedded files.
func sourceFlags(fs *flag.FlagSet) *sources {
	s := &sources{}
	fs.StringVar(&s.contentDir, "content", "", "read content from this directory instead of the embedded files (serve reloads it on change)")
	fs.StringVar(&s.i18nDir, "i18n", "", "read translations from this directory instead of the embedded files (serve reloads them on change)")
	return s
}

func (s sources) contentFS() fs.FS {
	if s.contentDir == "" {
		return data.FS
	}
	return os.DirFS(s.contentDir)
}

func (s sources) i18nFS() fs.FS {
	if s.i18nDir == "" {
		return i18n.Files
	}
	return os.DirFS(s.i18nDir)
}

// editing tells whether an editor serves files from disk.
func (s sources) editing() bool { return s.contentDir != "" || s.i18nDir != "" }

// site is everything the server publishes for one state of the sources.
type site struct {
	data     *lotse.Data
	files    map[string][]byte // /data/... paths -> JSON
	gz, br   map[string][]byte // their compressed copies
	version  string
	problems []string // translation gaps; fatal for serve and static
}

// loadSite reads, validates and compiles content and translations. Any
// content error or translation gap is an error with file:line.
func loadSite(src sources, today content.Date) (*site, error) {
	c, err := load.Load(src.contentFS(), today)
	if err != nil {
		return nil, fmt.Errorf("content:\n%w", err)
	}
	set, err := i18n.Load(src.i18nFS())
	if err != nil {
		return nil, fmt.Errorf("translations:\n%w", err)
	}
	var problems []string
	for _, r := range set.Check(c.TextKeys()) {
		for _, id := range r.Missing {
			problems = append(problems, fmt.Sprintf("%s.json: missing %s", r.Lang, id))
		}
		for _, id := range r.Unused {
			problems = append(problems, fmt.Sprintf("%s.json: unused %s", r.Lang, id))
		}
		problems = append(problems, r.Problems...)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("translations:\n%s", strings.Join(problems, "\n"))
	}
	s := &site{data: &lotse.Data{Content: c, Catalogs: map[string]*catalog.Catalog{}, Names: set.Names(), BasePath: src.basePath}, files: map[string][]byte{}}
	contentJSON, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("encoding content: %w", err)
	}
	s.files[lotse.DataPath+"content.json"] = contentJSON
	for _, l := range catalog.Languages {
		cat, err := set.Compile(l.Code)
		if err != nil {
			return nil, err
		}
		s.data.Catalogs[l.Code] = cat
		b, err := json.Marshal(cat)
		if err != nil {
			return nil, fmt.Errorf("encoding catalog %s: %w", l.Code, err)
		}
		s.files[lotse.DataPath+"i18n/"+l.Code+".json"] = b
	}
	s.gz, s.br = map[string][]byte{}, map[string][]byte{}
	for p, b := range s.files {
		if s.gz[p], err = gzipBytes(b); err != nil {
			return nil, err
		}
		// Quality 6, not 11: content is compressed at every (re)load.
		if s.br[p], err = brotliLevel(b, 6); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// computeVersion derives the app version from everything the browser
// caches: same inputs, same version; any change, a new version.
func (s *site) computeVersion(webDir string) error {
	h := sha256.New()
	h.Write([]byte(workerJS))
	var paths []string
	for p := range s.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		h.Write([]byte(p))
		h.Write(s.files[p])
	}
	err := filepath.WalkDir(webDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".gz") || strings.HasSuffix(path, ".br") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		h.Write([]byte(filepath.ToSlash(path)))
		h.Write(b)
		return nil
	})
	if err != nil {
		return fmt.Errorf("hashing %s: %w", webDir, err)
	}
	h.Write([]byte(s.data.BasePath))
	s.version = hex.EncodeToString(h.Sum(nil))[:16]
	return nil
}

// handler builds the go-app handler for this site.
func (s *site) handler(src sources) *app.Handler {
	var langs []string
	for _, l := range catalog.Languages {
		langs = append(langs, l.Code)
	}
	var cacheable []string
	for p := range s.files {
		cacheable = append(cacheable, p)
	}
	sort.Strings(cacheable)
	cacheable = append(cacheable, lotse.ShellPaths()...)
	cacheable = append(cacheable, "/web/lotse.css", "/web/icon.svg")
	langsJSON, _ := json.Marshal(langs)
	worker := strings.Replace(workerJS, "/*LANGS*/[]", string(langsJSON), 1)
	baseJSON, _ := json.Marshal(src.basePath)
	worker = strings.Replace(worker, `/*BASE*/""`, string(baseJSON), 1)
	if src.editing() {
		worker = strings.Replace(worker, "/*DATA_NETWORK_FIRST*/false", "true", 1)
	}
	de := s.data.Catalogs[catalog.Source]
	wasmSize := ""
	if fi, err := os.Stat(filepath.Join(src.webDir, "app.wasm")); err == nil {
		wasmSize = fmt.Sprint(fi.Size())
	}
	return &app.Handler{
		Name:            "Lotse",
		ShortName:       "Lotse",
		Title:           "Lotse",
		Description:     de.T("app.tagline"),
		Lang:            catalog.Source,
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b4f6c",
		LoadingLabel:    "{progress} %",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                []string{"/web/lotse.css"},
		Scripts:               []string{"/web/boot.js"},
		CacheableResources:    cacheable,
		Version:               s.version,
		ServiceWorkerTemplate: worker,
		WasmContentLength:     wasmSize,
		StartURL:              "/",
	}
}

// dataFile returns a published JSON file.
func (s *site) dataFile(path string) ([]byte, bool) {
	b, ok := s.files[path]
	return b, ok
}

var errNoWasm = errors.New("web/app.wasm is missing: run `make wasm` first")

func checkWasm(webDir string) error {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		return errNoWasm
	}
	return nil
}

// addDir inserts dir="rtl" into <html> of right-to-left pages: go-app sets
// the lang attribute only.
func addDir(html []byte) []byte {
	for _, l := range catalog.Languages {
		if l.RTL {
			old := []byte(`<html lang="` + l.Code + `"`)
			html = bytes.Replace(html, old, []byte(`<html lang="`+l.Code+`" dir="rtl"`), 1)
		}
	}
	return html
}
