package server

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lotse/i18n/catalog"
)

var legalPages = []string{"impressum", "datenschutz", "barrierefreiheit"}

// TestLegalPages: every language's start page links the Impressum, the
// privacy and the accessibility statement in its pre-rendered footer;
// each answers 200 pre-rendered, says plainly that the operator has not
// filled in its details, and the static export writes them all.
func TestLegalPages(t *testing.T) {
	cfg := fixture(t)
	s := newServer(t, cfg)
	for _, l := range catalog.Languages {
		start := get(t, s, "/"+l.Code+"/")
		for _, page := range legalPages {
			href := `href="/` + l.Code + "/" + page + `/"`
			if !strings.Contains(start.body, href) {
				t.Errorf("/%s/: no footer link %s", l.Code, href)
			}
			r := get(t, s, "/"+l.Code+"/"+page+"/")
			if r.status != http.StatusOK || !strings.Contains(r.body, `id="legal-title"`) || !strings.Contains(r.body, `id="legal-missing-operator"`) {
				t.Errorf("/%s/%s/: status %d, title %v, missing-operator note %v", l.Code, page, r.status,
					strings.Contains(r.body, `id="legal-title"`), strings.Contains(r.body, `id="legal-missing-operator"`))
			}
		}
	}
	dist := t.TempDir()
	if _, _, err := s.Export(dist); err != nil {
		t.Fatal(err)
	}
	for _, l := range catalog.Languages {
		for _, page := range legalPages {
			b, err := os.ReadFile(filepath.Join(dist, l.Code, page, "index.html"))
			if err != nil || !strings.Contains(string(b), `id="legal-title"`) {
				t.Errorf("static export: %s/%s/index.html: %v", l.Code, page, err)
			}
		}
	}
}

// TestLegalPagesFilledIn: with the operator's details the pages show
// them (a mailto: and tel: link, the log's retention) and no longer say
// that they are missing.
func TestLegalPagesFilledIn(t *testing.T) {
	cfg := fixture(t)
	op := `operator:
  publisher: {name: "Beispielamt Town", street: "Weg 1", postcode: "12345", city: "Town", email: "amt@example.org", phone: "0123 45-0"}
  privacy_contact: {email: "datenschutz@example.org"}
  dpo: {email: "dsb@example.org"}
  supervisory: {name: "Aufsicht", web: "https://aufsicht.example.org/"}
  accessibility_contact: {email: "barrieren@example.org"}
  enforcement: {name: "Ombudsstelle", web: "https://ombud.example.org/", source: [src], checked: 2026-01-01}
  statement_date: 2026-02-01
  server_log: {kept_days: 14, ip_address: none}
  laws: {imprint: [src]}
...
`
	must(t, os.WriteFile(filepath.Join(cfg.ContentDir, "02-operator.yaml"), []byte(op), 0o644))
	s := newServer(t, cfg)
	for page, want := range map[string][]string{
		"impressum":        {"Beispielamt Town", `href="mailto:amt@example.org"`, `href="tel:0123 45-0"`, "https://example.org/quelle"},
		"datenschutz":      {"dsb@example.org", "14 Tagen", "keine IP-Adressen"},
		"barrierefreiheit": {"barrieren@example.org", "ombud.example.org", "01.02.2026"},
	} {
		r := get(t, s, "/de/"+page+"/")
		if r.status != http.StatusOK || strings.Contains(r.body, "legal-missing") {
			t.Errorf("/de/%s/: status %d, still says something is missing", page, r.status)
		}
		for _, w := range want {
			if !strings.Contains(r.body, w) {
				t.Errorf("/de/%s/ lacks %q", page, w)
			}
		}
	}
}
