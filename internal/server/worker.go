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

//go:embed worker.js
var workerSource string

var workerTemplate = template.Must(template.New("worker").Parse(workerSource))

// workerFields are the values the worker template takes, each written as
// a JavaScript literal (JSON).
type workerFields struct {
	Version, Precache, Langs, Base, NetworkFirst string
}

// renderWorker fills in the service worker for a site: the one template
// mechanism for it.
func renderWorker(cfg Config, s *Site) (string, error) {
	precache := []string{"/", "/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.wasm",
		"/web/lotse.css", "/web/boot.js", "/web/icon.svg", "/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable.png"}
	for p := range s.Files {
		precache = append(precache, p)
	}
	precache = append(precache, lotse.ShellPaths()...)
	for i, p := range precache {
		precache[i] = cfg.BasePath + p
	}
	sort.Strings(precache)
	js := func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	var b strings.Builder
	err := workerTemplate.Execute(&b, workerFields{
		Version: js(s.Version), Precache: js(precache), Langs: js(catalog.Codes()),
		Base: js(cfg.BasePath), NetworkFirst: js(cfg.Editing()),
	})
	if err != nil {
		return "", fmt.Errorf("service worker: %w", err)
	}
	return b.String(), nil
}
