package server

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/template"

	lotse "lotse/app"
	"lotse/i18n/catalog"
)

// The browser's scripts are Go text/templates filled in once per site,
// each value written as a JavaScript literal (JSON): one mechanism for
// both, and go-app's own app.js and app-worker.js are never sent.
var (
	//go:embed worker.js
	workerSource string
	//go:embed loader.js
	loaderSource string

	workerTemplate = template.Must(template.New("worker").Parse(workerSource))
	loaderTemplate = template.Must(template.New("loader").Parse(loaderSource))
)

type scriptFields struct {
	Version, Precache, Wasm, Worker, Langs, Base, NetworkFirst, Env string
	Aliases                                                         string
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func render(t *template.Template, f scriptFields) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, f); err != nil {
		return "", fmt.Errorf("%s: %w", t.Name(), err)
	}
	return b.String(), nil
}

// renderLoader fills in /app.js: the environment go-app's wasm reads, the
// version, and where the wasm and the worker are.
func renderLoader(cfg Config, s *Site, env map[string]string) (string, error) {
	return render(loaderTemplate, scriptFields{Version: js(s.Version), Wasm: js(cfg.BasePath + "/web/app.wasm"),
		Worker: js(cfg.BasePath + "/app-worker.js"), Base: js(cfg.BasePath), Env: js(env), Langs: js(catalog.Codes())})
}

// renderWorker fills in the service worker for a site.
func renderWorker(cfg Config, s *Site) (string, error) {
	// "/" is not kept: it depends on the browser's language, and the
	// worker answers it itself (root.go).
	precache := []string{"/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.wasm",
		"/web/lotse.css", "/web/icon.svg", "/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable.png"}
	for p := range s.Files {
		precache = append(precache, p)
	}
	precache = append(precache, lotse.ShellPaths()...)
	for i, p := range precache {
		precache[i] = cfg.BasePath + p
	}
	sort.Strings(precache)
	return render(workerTemplate, scriptFields{Version: js(s.Version), Precache: js(precache), Wasm: js(cfg.BasePath + "/web/app.wasm"),
		Langs: js(catalog.Codes()), Aliases: js(languageAliases()), Base: js(cfg.BasePath), NetworkFirst: js(cfg.Editing())})
}
