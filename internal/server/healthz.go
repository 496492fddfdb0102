package server

import (
	"fmt"
	"net/http"

	"lotse/i18n/catalog"
)

// HealthPath answers load balancers and process supervisors: 200 while
// content and every language's catalog are loaded, 503 otherwise. It
// reads nothing from disk and renders no page, so it stays cheap.
const HealthPath = "/healthz"

// serveHealth writes the state in one line of plain text. An editor's
// broken files do not make the server unhealthy: it keeps serving the
// last good content, and the line says so.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	st := s.current()
	status, body := http.StatusOK, ""
	if problem := unloaded(st); problem != "" {
		status, body = http.StatusServiceUnavailable, "not ready: "+problem+"\n"
	} else {
		body = "ok " + st.site.Version + "\n"
		if n := len(st.problems); n > 0 { // the same state as the version above
			body = fmt.Sprintf("ok %s (serving the last good content; %d problems in the edited files)\n", st.site.Version, n)
		}
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write([]byte(body))
	}
}

// unloaded names what is missing for the site to serve pages, or "".
func unloaded(st *state) string {
	switch {
	case st == nil || st.site == nil || st.site.Data == nil:
		return "no site loaded"
	case st.site.Data.Content == nil || len(st.site.Data.Content.Routes) == 0:
		return "no content"
	}
	for _, l := range catalog.Languages {
		if st.site.Data.Catalogs[l.Code] == nil {
			return "no translations for " + l.Code
		}
	}
	return ""
}
