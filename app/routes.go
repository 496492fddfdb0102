package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers every page. Paths start with the language (/de/, /ar/q)
// so that pre-rendering, static export, sharing and offline reloads keep it.
// The server and the wasm client call it alike.
func Routes() {
	app.Route("/", func() app.Composer { return &startPage{} })
	app.RouteWithRegexp(`^/[^/]+/?$`, func() app.Composer { return &startPage{} })
	app.RouteWithRegexp(`^/[^/]+/q$`, func() app.Composer { return &wizardPage{} })
	app.RouteWithRegexp(`^/[^/]+/checklist$`, func() app.Composer { return &checklistPage{} })
	app.RouteWithRegexp(`^/[^/]+/sources$`, func() app.Composer { return &sourcesPage{} })
	app.RouteWithRegexp(`^/[^/]+/shell$`, func() app.Composer { return &shellPage{} })
}

// Pages lists the paths the service worker keeps for offline use, per
// language: the shell that answers any navigation when offline.
func ShellPaths(langs []string) []string {
	var out []string
	for _, l := range langs {
		out = append(out, "/"+l+"/shell")
	}
	return out
}
