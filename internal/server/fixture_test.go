package server

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"lotse/content"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
)

// fixture builds a small site for the server's tests: the loader's small
// content (content/load/testdata/minimal), translations generated for
// every shipped language (the interface texts of de.json, the fixture's
// content texts), and a web directory with a stand-in wasm. The tests
// check behaviour, not the shipped content.
func fixture(t testing.TB) Config {
	t.Helper()
	dir := t.TempDir()
	cfg := Config{
		ContentDir: filepath.Join(dir, "content"),
		I18nDir:    filepath.Join(dir, "i18n"),
		WebDir:     filepath.Join(dir, "web"),
		Today:      func() content.Date { return content.MustDate("2026-03-01") },
	}
	copyTree(t, "../../content/load/testdata/minimal", cfg.ContentDir)
	must(t, os.MkdirAll(cfg.WebDir, 0o755))
	must(t, os.WriteFile(filepath.Join(cfg.WebDir, "app.wasm"), []byte("\x00asm fake"), 0o644))
	must(t, os.WriteFile(filepath.Join(cfg.WebDir, "lotse.css"), []byte(strings.Repeat("body{}\n", 200)), 0o644))
	for _, f := range []string{"icon.svg", "icon-192.png", "icon-512.png", "icon-maskable.png"} {
		must(t, os.WriteFile(filepath.Join(cfg.WebDir, f), []byte("icon"), 0o644))
	}
	writeCatalogs(t, cfg)
	return cfg
}

type message map[string]string

func writeCatalogs(t testing.TB, cfg Config) {
	t.Helper()
	c, err := load.Load(os.DirFS(cfg.ContentDir))
	if err != nil {
		t.Fatal(err)
	}
	var shipped map[string]message
	b, err := os.ReadFile("../../i18n/de.json")
	must(t, err)
	must(t, json.Unmarshal(b, &shipped))
	de := map[string]message{}
	for k, m := range shipped {
		if !isContentKey(k) {
			de[k] = m
		}
	}
	for k := range c.TextKeys() {
		de[k] = message{"description": "fixture", "other": "Text " + k}
	}
	must(t, os.MkdirAll(cfg.I18nDir, 0o755))
	for _, l := range catalog.Languages {
		out := map[string]message{}
		for k, m := range de {
			if l.Code != catalog.Source && i18n.GermanOnly(k) {
				continue
			}
			msg := message{"description": m["description"]}
			switch {
			case l.Code == catalog.Source:
				msg = m
			case k == "meta.review":
				msg["other"] = "unreviewed"
			case m["one"] != "":
				for _, form := range i18n.PluralForms(language.Make(l.Code)) {
					msg[form] = "[" + l.Code + "] " + m["other"]
				}
			default:
				msg["other"] = "[" + l.Code + "] " + m["other"]
			}
			out[k] = msg
		}
		b, err := json.MarshalIndent(out, "", "  ")
		must(t, err)
		must(t, os.WriteFile(filepath.Join(cfg.I18nDir, l.Code+".json"), b, 0o644))
	}
}

func isContentKey(k string) bool {
	for _, p := range []string{"authority.", "office.", "team.", "channel.", "question.", "answer.", "doc.", "fee.", "fact.", "procedure.", "event.", "letter.answer."} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

func copyTree(t testing.TB, from, to string) {
	t.Helper()
	must(t, os.MkdirAll(to, 0o755))
	must(t, filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, filepath.Base(path)), b, 0o644)
	}))
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t testing.TB, name, old, new string) {
	t.Helper()
	b, err := os.ReadFile(name)
	must(t, err)
	if !strings.Contains(string(b), old) {
		t.Fatalf("%q not in %s", old, name)
	}
	must(t, os.WriteFile(name, []byte(strings.Replace(string(b), old, new, 1)), 0o644))
}
