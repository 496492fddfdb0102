// Package app holds Lotse's go-app components. The same code pre-renders
// pages on the server and runs in the browser as WebAssembly. Components
// read content and catalogs from the current Data and apply language only
// here, at the edge.
package app

import (
	"strings"
	"sync/atomic"
	"time"

	"lotse/content"
	"lotse/i18n/catalog"
)

// Data is what the pages show: the content and the catalogs at hand. The
// server holds every language; the browser fetches German (for the
// official terms) and the reader's language.
type Data struct {
	Content  *content.Content
	Catalogs map[string]*catalog.Catalog
	// Names maps language codes to each language's own name.
	Names map[string]string
	// BasePath is the prefix the site is served under ("" at the root,
	// "/lotse" under a sub-path); every link and fetch starts with it.
	BasePath string
}

var current atomic.Pointer[Data]

// SetData makes d the data every page renders from.
func SetData(d *Data) { current.Store(d) }

func loaded() *Data { return current.Load() }

// catalogFor returns a language's catalog for the small components inside
// a page; the page itself has made sure it is loaded (requestCatalog).
func catalogFor(d *Data, lang string) *catalog.Catalog {
	if c := d.Catalogs[lang]; c != nil {
		return c
	}
	return d.Catalogs[catalog.Source]
}

// Today is the civil date used for deadlines; tests may replace it.
var Today = func() content.Date { return content.DateOf(time.Now()) }

// langOf reads the language from a path like /ar/q (after the base path).
// Unknown or missing languages give German and ok=false.
func langOf(path string) (lang string, ok bool) {
	if d := loaded(); d != nil && d.BasePath != "" {
		path = strings.TrimPrefix(path, d.BasePath)
	}
	seg := strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0]
	if _, known := catalog.Lookup(seg); known {
		return seg, true
	}
	return catalog.Source, false
}
