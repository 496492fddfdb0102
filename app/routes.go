package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
)

// pages are the app's pages, the one list of them: the path segment
// after the language ("" is the start page) and the component. Routes,
// the URL parser, the server's page check, the static export and the
// worker's shells all read it.
var pages = []struct {
	name string
	make func(page) app.Composer
}{
	{"", func(p page) app.Composer { return &startPage{page: p} }},
	{"q", func(p page) app.Composer { return &wizardPage{page: p} }},
	{"checklist", func(p page) app.Composer { return &checklistPage{page: p} }},
	{"print", func(p page) app.Composer { return &printPage{page: p} }},
	{"sources", func(p page) app.Composer { return &sourcesPage{page: p} }},
	{"shell", func(p page) app.Composer { return &shellPage{page: p} }},
	{"advisor", func(p page) app.Composer { return &advisorPage{page: p} }},
	// The operator's legal pages (legal.go).
	{pageImprint, func(p page) app.Composer { return &imprintPage{page: p} }},
	{pagePrivacy, func(p page) app.Composer { return &privacyPage{page: p} }},
	{pageAccessibility, func(p page) app.Composer { return &accessibilityPage{page: p} }},
}

// shellPage is the page the service worker keeps for offline use.
const shellName = "shell"

// knownPage tells whether a path segment names a page.
func knownPage(name string) bool {
	for _, p := range pages {
		if p.name == name {
			return true
		}
	}
	return false
}

// Routes registers every page, each rendering from src. Paths start with
// the language (/de/, /ar/q) so that pre-rendering, static export,
// sharing and offline reloads keep it. go-app keeps one table of routes
// per program: the server and the wasm client each call Routes once with
// their own Source.
func Routes(src Source) {
	p := page{src: src}
	app.Route("/", func() app.Composer { return &startPage{page: p} })
	// Only shipped languages are routed; anything else gets notFoundPage.
	// Pages are directories (/de/q/) so that a static host serves them as
	// de/q/index.html; the form without the slash is routed too.
	for _, l := range catalog.Languages {
		for _, pg := range pages {
			make := pg.make
			path := strings.TrimSuffix("/"+l.Code+"/"+pg.name, "/")
			app.Route(path, func() app.Composer { return make(p) })
			app.Route(path+"/", func() app.Composer { return make(p) })
		}
	}
	// Everything else (an unknown language, a mistyped page) gets a clear
	// page with a way back; go-app's own not-found page is bare.
	app.RouteWithRegexp(`^/`, func() app.Composer { return &notFoundPage{page: p} })
}

// IsPage tells whether a path is one of the app's pages (the server
// answers others with status 404 and the not-found page).
func IsPage(path string) bool {
	if path == "/" {
		return true
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if _, ok := catalog.Lookup(segs[0]); !ok || len(segs) > 2 {
		return false
	}
	return len(segs) == 1 || (segs[1] != "" && knownPage(segs[1]))
}

// Pages lists every page path of the site (for static export).
func Pages() []string {
	out := []string{"/"}
	for _, l := range catalog.Languages {
		for _, pg := range pages {
			out = append(out, strings.TrimSuffix("/"+l.Code+"/"+pg.name, "/")+"/")
		}
	}
	return out
}

// ShellPaths are the shells the service worker keeps for offline use:
// the page that answers any navigation when the network is gone.
func ShellPaths() []string {
	var out []string
	for _, l := range catalog.Languages {
		out = append(out, "/"+l.Code+"/"+shellName+"/")
	}
	return out
}
