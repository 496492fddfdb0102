// Package app holds Lotse's go-app components. The same code pre-renders
// pages on the server and runs in the browser as WebAssembly. Components
// read content and catalogs from the current Data, build the presented
// checklist (package present) and write it; language is applied only
// there.
package app

import (
	"sync/atomic"
	"time"

	"lotse/content"
	"lotse/i18n/catalog"
)

// Data is what the pages show: the content and the catalogs at hand. The
// server holds every language; the browser fetches German (for the
// official terms) and the languages it shows.
type Data struct {
	Content  *content.Content
	Catalogs map[string]*catalog.Catalog
	// Names maps language codes to each language's own name.
	Names map[string]string
	// BasePath is the prefix the site is served under ("" at the root,
	// "/lotse" under a sub-path); every link and fetch starts with it.
	BasePath string
	// PublicURL is the site's public origin and base path, for links
	// handed over (QR code); "" when not configured.
	PublicURL string
	// Version names the build the data belongs to: data of another
	// version is never used with this wasm.
	Version string
	// EditorProblems are the errors of an editor's broken files while the
	// last good content is served (editor mode only).
	EditorProblems []string
}

var current atomic.Pointer[Data]

// SetData makes d the data every page renders from.
func SetData(d *Data) { current.Store(d) }

func loaded() *Data { return current.Load() }

// catalogFor returns a language's catalog, or nil when it is not loaded.
func (d *Data) catalogFor(lang string) *catalog.Catalog { return d.Catalogs[lang] }

// Today is the civil date used for deadlines; the server sets it (a fixed
// --today in tests and previews), the browser uses the device's calendar
// day.
var Today = func() content.Date { return content.DateOf(time.Now()) }

// Keys of what Lotse keeps in the browser's localStorage. Nothing else is
// stored; "delete my data" removes all of them.
const (
	storageLang = "lotse.lang"
	// Ticks belong to documents (keys like "passport@2"), not to a set of
	// answers; the advisor's desk keeps its own, so the two views never
	// overwrite each other.
	storageTicks        = "lotse.ticks"
	storageTicksAdvisor = "lotse.ticks.advisor"
	storageOfflineSeen  = "lotse.offline_ready"
)
