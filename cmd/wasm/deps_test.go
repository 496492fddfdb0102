package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The client must not link packages that bloat the wasm: the server,
// go-i18n's template engine, the YAML loader, x/text's language tables
// (languages are matched from Lotse's own table, which costs nothing).
func TestClientDependencies(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	for _, banned := range []string{
		"text/template",
		"github.com/nicksnyder/go-i18n/v2/i18n",
		"gopkg.in/yaml.v3",
		"golang.org/x/text/language/display",
		"golang.org/x/text/currency",
		"lotse/content/load",
		"lotse/i18n",
		"golang.org/x/text/feature/plural",
		"golang.org/x/text/language",
		"golang.org/x/text/message",
		"lotse/internal/server",
		"net/http/httptest",
	} {
		if deps[banned] {
			t.Errorf("the wasm client links %s", banned)
		}
	}
	for _, needed := range []string{"lotse/app", "lotse/present", "lotse/content", "lotse/i18n/catalog"} {
		if !deps[needed] {
			t.Errorf("dependency list looks wrong: %s missing", needed)
		}
	}
}
