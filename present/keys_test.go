package present_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"lotse/content/data"
	"lotse/content/load"
)

// declaresKeys tells whether a file of package present declares Key
// constants (keys.go, and keys_*.go for a group of pages).
func declaresKeys(name string) bool {
	base := filepath.Base(name)
	return filepath.Dir(name) == "." && strings.HasPrefix(base, "keys") && !strings.HasSuffix(base, "_test.go")
}

// uiKeys reads the Key constants of keys.go and keys_*.go.
func uiKeys(t *testing.T) map[string]string {
	t.Helper()
	names, _ := filepath.Glob("keys*.go")
	out := map[string]string{}
	for _, name := range names {
		if declaresKeys(name) {
			uiKeysOf(t, name, out)
		}
	}
	return out
}

func uiKeysOf(t *testing.T, name string, out map[string]string) {
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, val := range v.Values {
				if bl, ok := val.(*ast.BasicLit); ok {
					k, _ := strconv.Unquote(bl.Value)
					out[k] = v.Names[i].Name
				}
			}
		}
	}
}

// codeFiles are the packages that show messages.
func codeFiles(t *testing.T) map[string]*ast.File {
	t.Helper()
	out := map[string]*ast.File{}
	for _, dir := range []string{".", "../app", "../internal/report", "../cmd/lotse"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			out[name] = f
		}
	}
	return out
}

// TestKeys: every message the code can show is a Key constant or comes
// from content's key functions; together they are exactly the messages
// of de.json (no unknown key, no unused message); every constant is used;
// and no code spells a key as a string or builds one by concatenation.
func TestKeys(t *testing.T) {
	c, err := load.Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	var de map[string]json.RawMessage
	b, err := os.ReadFile("../i18n/de.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &de); err != nil {
		t.Fatal(err)
	}
	ui := uiKeys(t)
	need := c.TextKeys()
	for k := range ui {
		need[k] = "ui"
	}
	need["meta.name"], need["meta.review"] = "meta", "meta"
	var unknown, unused []string
	for k := range need {
		if _, ok := de[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	for k := range de {
		if _, ok := need[k]; !ok {
			unused = append(unused, k)
		}
	}
	sort.Strings(unknown)
	sort.Strings(unused)
	if len(unknown) > 0 {
		t.Errorf("keys the code uses that de.json lacks: %v", unknown)
	}
	if len(unused) > 0 {
		t.Errorf("messages of de.json no code uses: %v", unused)
	}

	used := map[string]bool{}
	prefixes := map[string]bool{}
	for k := range de {
		if i := strings.Index(k, "."); i > 0 {
			prefixes[k[:i+1]] = true
		}
	}
	for name, f := range codeFiles(t) {
		declaring := declaresKeys(name)
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Ident:
				if !declaring {
					used[x.Name] = true
				}
			case *ast.SelectorExpr:
				used[x.Sel.Name] = true
			case *ast.BasicLit:
				if x.Kind != token.STRING || declaring {
					return true
				}
				s, _ := strconv.Unquote(x.Value)
				if _, isKey := de[s]; isKey || prefixes[s] {
					t.Errorf("%s: the string %q is a message key: use a Key constant or a content key function", name, s)
				}
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "Key" && !declaring {
					t.Errorf("%s: Key(…) conversion outside keys.go", name)
				}
			}
			return true
		})
	}
	for k, constant := range ui {
		if !used[constant] {
			t.Errorf("%s (%q) is declared but no code uses it", constant, k)
		}
	}
}
