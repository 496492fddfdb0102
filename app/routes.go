package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
)

// Routes registers every page. Paths start with the language (/de/, /ar/q)
// so that pre-rendering, static export, sharing and offline reloads keep it.
// The server and the wasm client call it alike.
func Routes() {
	app.Route("/", func() app.Composer { return &startPage{} })
	// Only shipped languages are routed; anything else gets notFoundPage.
	for _, l := range catalog.Languages {
		p := "/" + l.Code
		app.Route(p, func() app.Composer { return &startPage{} })
		app.Route(p+"/", func() app.Composer { return &startPage{} })
		app.Route(p+"/q", func() app.Composer { return &wizardPage{} })
		app.Route(p+"/checklist", func() app.Composer { return &checklistPage{} })
		app.Route(p+"/sources", func() app.Composer { return &sourcesPage{} })
		app.Route(p+"/shell", func() app.Composer { return &shellPage{} })
		app.Route(p+"/advisor", func() app.Composer { return &advisorPage{} })
	}
	app.NotFound = &notFoundPage{}
}

// ShellPaths lists the paths the service worker keeps for offline use, per
// language: the shell that answers any navigation when offline.
func ShellPaths(langs []string) []string {
	var out []string
	for _, l := range langs {
		out = append(out, "/"+l+"/shell")
	}
	return out
}
