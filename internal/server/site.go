// Package server serves Lotse: pre-rendered pages (go-app), the wasm and
// static files, the content and catalogs under the build's version, the
// service worker; it reloads an editor's files and exports the whole site
// for a static host. cmd/lotse wires it to flags.
package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	lotse "lotse/app"
	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
)

// Config says where content, translations and web files come from and
// how the site is published.
type Config struct {
	ContentDir string // "" for the embedded content
	I18nDir    string // "" for the embedded translations
	WebDir     string // app.wasm, styles, icons
	BasePath   string // "" at the root, "/prefix" under a sub-path
	// PublicURL is the public origin and base path (https://host/lotse):
	// og:url and handed-over links use it, never the request's Host.
	PublicURL string
	// Today gives the day deadlines count from (--today, or the clock).
	Today func() content.Date
	// Static marks a static export: pages are pre-rendered without
	// answers, and the client holds early taps until it runs.
	Static bool
}

// Editing tells whether an editor serves files from disk.
func (c Config) Editing() bool { return c.ContentDir != "" || c.I18nDir != "" }

func (c Config) ContentFS() fs.FS {
	if c.ContentDir == "" {
		return data.FS
	}
	return os.DirFS(c.ContentDir)
}

func (c Config) I18nFS() fs.FS {
	if c.I18nDir == "" {
		return i18n.Files
	}
	return os.DirFS(c.I18nDir)
}

// Site is everything the server publishes for one state of the sources.
type Site struct {
	Data    *lotse.Data
	Files   map[string][]byte // /data/<version>/... paths -> JSON
	packed  map[string]*packedFile
	Version string
}

// packedFile holds a data file's compressed copies, each made when it is
// first asked for, not at every editor's reload (they were a fifth of its
// cost): gzip -9, and brotli at quality 6 (11 takes seconds).
type packedFile struct {
	gzOnce, brOnce sync.Once
	gz, br         []byte
}

// compressed returns a data file's copy in enc ("br" or "gzip").
func (s *Site) compressed(path, enc string) []byte {
	p, b := s.packed[path], s.Files[path]
	must := func(z []byte, err error) []byte {
		if err != nil {
			panic(err) // writes to memory do not fail
		}
		return z
	}
	if enc == "br" {
		p.brOnce.Do(func() { p.br = must(brotliLevel(b, 6)) })
		return p.br
	}
	p.gzOnce.Do(func() { p.gz = must(gzipBytes(b)) })
	return p.gz
}

// Sources loads, validates and checks content and translations: the step
// every command shares. A content error or a translation gap is an error
// with file:line.
func Sources(cfg Config) (*content.Content, *i18n.Set, error) {
	c, err := loadContent(cfg)
	if err != nil {
		return nil, nil, err
	}
	set, err := loadTranslations(cfg)
	if err != nil {
		return nil, nil, err
	}
	if err := checkTranslations(c, set); err != nil {
		return nil, nil, err
	}
	return c, set, nil
}

func loadContent(cfg Config) (*content.Content, error) {
	c, err := load.Load(cfg.ContentFS())
	if err != nil {
		return nil, fmt.Errorf("content:\n%w", err)
	}
	return c, nil
}

func loadTranslations(cfg Config) (*i18n.Set, error) {
	set, err := i18n.Load(cfg.I18nFS())
	if err != nil {
		return nil, fmt.Errorf("translations:\n%w", err)
	}
	return set, nil
}

// checkTranslations: every language has every message German and the
// content need, and no other.
func checkTranslations(c *content.Content, set *i18n.Set) error {
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
		return fmt.Errorf("translations:\n%s", strings.Join(problems, "\n"))
	}
	return nil
}

// LoadSite reads, validates and compiles content and translations and
// names the result by a version over everything the browser caches.
func LoadSite(cfg Config, worker string) (*Site, error) {
	c, set, err := Sources(cfg)
	if err != nil {
		return nil, err
	}
	return buildSite(cfg, worker, c, set)
}

// buildSite compiles checked content and translations into a site.
func buildSite(cfg Config, worker string, c *content.Content, set *i18n.Set) (*Site, error) {
	d := &lotse.Data{Content: c, Catalogs: map[string]*catalog.Catalog{}, Names: set.Names(), BasePath: cfg.BasePath, PublicURL: cfg.PublicURL}
	raw := map[string][]byte{}
	contentJSON, err := json.Marshal(lotse.DataFile{Content: c})
	if err != nil {
		return nil, fmt.Errorf("encoding content: %w", err)
	}
	raw["content.json"] = contentJSON
	for _, l := range catalog.Languages {
		cat, err := set.Compile(l.Code)
		if err != nil {
			return nil, err
		}
		d.Catalogs[l.Code] = cat
		b, err := json.Marshal(cat)
		if err != nil {
			return nil, fmt.Errorf("encoding catalog %s: %w", l.Code, err)
		}
		raw["i18n/"+l.Code+".json"] = b
	}
	version, err := computeVersion(cfg, worker, raw)
	if err != nil {
		return nil, err
	}
	d.Version = version
	s := &Site{Data: d, Files: map[string][]byte{}, packed: map[string]*packedFile{}, Version: version}
	for name, b := range raw {
		p := lotse.DataURL(version, name)
		s.Files[p] = b
		s.packed[p] = &packedFile{}
	}
	return s, nil
}

// computeVersion derives the app version from everything the browser
// caches: same inputs, same version; any change, a new version. Web files
// count by their path inside the web directory, so the spelling of --web
// does not matter.
func computeVersion(cfg Config, worker string, raw map[string][]byte) (string, error) {
	h := sha256.New()
	h.Write([]byte(worker))
	var names []string
	for n := range raw {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		h.Write([]byte(n))
		h.Write(raw[n])
	}
	err := filepath.WalkDir(cfg.WebDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".gz") || strings.HasSuffix(path, ".br") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(cfg.WebDir, path)
		h.Write([]byte(filepath.ToSlash(rel)))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hashing %s: %w", cfg.WebDir, err)
	}
	h.Write([]byte(cfg.BasePath))
	h.Write([]byte(cfg.PublicURL))
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// Warnings are what the server logs but does not refuse to start for: a
// fact in use that has ended (it shows as outdated) or ends soon.
func Warnings(c *content.Content, today content.Date) []string {
	var out []string
	for _, e := range c.Expiring(today, c.Settings.WarnDays) {
		out = append(out, e.String())
	}
	return out
}
