package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
)

// Routes registers every page. Paths start with the language (/de/, /ar/q)
// so that pre-rendering, static export, sharing and offline reloads keep it.
// The server and the wasm client call it alike.
func Routes() {
	app.Route("/", func() app.Composer { return &startPage{} })
	// Only shipped languages are routed; anything else gets notFoundPage.
	routes := map[string]func() app.Composer{
		"":          func() app.Composer { return &startPage{} },
		"q":         func() app.Composer { return &wizardPage{} },
		"checklist": func() app.Composer { return &checklistPage{} },
		"sources":   func() app.Composer { return &sourcesPage{} },
		"shell":     func() app.Composer { return &shellPage{} },
		"advisor":   func() app.Composer { return &advisorPage{} },
		// The operator's legal pages (legal.go).
		pageImprint:       func() app.Composer { return &imprintPage{} },
		pagePrivacy:       func() app.Composer { return &privacyPage{} },
		pageAccessibility: func() app.Composer { return &accessibilityPage{} },
	}
	// Pages are directories (/de/q/) so that a static host serves them as
	// de/q/index.html; the form without the slash is routed too.
	for _, l := range catalog.Languages {
		for page, make := range routes {
			p := "/" + l.Code + "/" + page
			if page == "" {
				p = "/" + l.Code
			}
			app.Route(p, make)
			app.Route(strings.TrimSuffix(p, "/")+"/", make)
		}
	}
	// Everything else (an unknown language, a mistyped page) gets a clear
	// page with a way back; go-app's own not-found page is bare.
	app.RouteWithRegexp(`^/`, func() app.Composer { return &notFoundPage{} })
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
	if len(segs) == 1 {
		return true
	}
	for _, p := range pages {
		if p != "" && segs[1] == p {
			return true
		}
	}
	return false
}

// Pages lists every page path of the site (for static export), and
// ShellPaths the shells the service worker keeps for offline use: the
// page that answers any navigation when the network is gone.
func Pages() []string {
	out := []string{"/"}
	for _, l := range catalog.Languages {
		for _, page := range pages {
			if page == "" {
				out = append(out, "/"+l.Code+"/")
			} else {
				out = append(out, "/"+l.Code+"/"+page+"/")
			}
		}
	}
	return out
}

func ShellPaths() []string {
	var out []string
	for _, l := range catalog.Languages {
		out = append(out, "/"+l.Code+"/shell/")
	}
	return out
}
