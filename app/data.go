// Package app holds Lotse's go-app components. The same code pre-renders
// pages on the server and runs in the browser as WebAssembly. Pages read
// content and catalogs from the Source they are given (Routes), build the
// presented checklist (package present) and write it; language is
// applied only there.
package app

import (
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

// Source is what the pages render from, passed to Routes: the server's
// (the site it serves, its --today) or the browser's (the data it
// fetched, the device's calendar day).
type Source interface {
	// Data is the data to render now; nil before it is loaded.
	Data() *Data
	// Today is the civil date deadlines count from.
	Today() content.Date
}

// catalogFor returns a language's catalog, or nil when it is not loaded.
func (d *Data) catalogFor(lang string) *catalog.Catalog {
	if d == nil {
		return nil
	}
	return d.Catalogs[lang]
}

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
	// cachePrefs is the cache that keeps the chosen language for the
	// service worker, which cannot read localStorage.
	cachePrefs = "lotse-prefs"
)
