package main

import (
	"flag"
	"fmt"
	"net/url"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/internal/server"
)

// sourceFlags adds the flags every command shares: where content and
// translations come from, and the day to compute with.
func sourceFlags(fs *flag.FlagSet) (*server.Config, *string) {
	cfg := &server.Config{}
	fs.StringVar(&cfg.ContentDir, "content", "", "read content from this directory instead of the embedded files (serve reloads it on change)")
	fs.StringVar(&cfg.I18nDir, "i18n", "", "read translations from this directory instead of the embedded files (serve reloads them on change)")
	today := fs.String("today", "", "compute as of this day (YYYY-MM-DD; default: today), to preview the site on a future day")
	return cfg, today
}

// siteFlags adds the flags of the commands that publish the site.
func siteFlags(fs *flag.FlagSet, cfg *server.Config) {
	fs.StringVar(&cfg.WebDir, "web", "web", "directory with app.wasm, styles and icons")
	fs.StringVar(&cfg.PublicURL, "public-url", "", "the site's public address (https://host/path): share previews and handed-over links use it")
}

// parseToday reads --today; empty means the clock's day, each day anew.
func parseToday(s string) (func() content.Date, content.Date, error) {
	if s == "" {
		return server.Clock, server.Clock(), nil
	}
	d, err := content.ParseDate(s)
	if err != nil {
		return nil, content.Date{}, fmt.Errorf("--today: %w", err)
	}
	return func() content.Date { return d }, d, nil
}

// checkPublicURL accepts an http(s) origin with an optional path.
func checkPublicURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(s, "\"'<> ") {
		return "", fmt.Errorf("--public-url: %q is not an http(s) address like https://lotse.example.org/path", s)
	}
	return strings.TrimSuffix(s, "/"), nil
}

// written is what a command that writes checklists needs: the content
// and the day, with the catalogs of the chosen language and of German
// (every written checklist gives the German beside it).
type written struct {
	content   *content.Content
	local, de *catalog.Catalog
	today     content.Date
}

func loadWritten(cfg *server.Config, todayFlag, lang string) (*written, error) {
	_, today, err := parseToday(todayFlag)
	if err != nil {
		return nil, err
	}
	if _, ok := catalog.Lookup(lang); !ok {
		return nil, fmt.Errorf("unknown language %q", lang)
	}
	c, set, err := server.Sources(*cfg)
	if err != nil {
		return nil, err
	}
	local, err := set.Compile(lang)
	if err != nil {
		return nil, err
	}
	de, err := set.Compile(catalog.Source)
	if err != nil {
		return nil, err
	}
	return &written{content: c, local: local, de: de, today: today}, nil
}
