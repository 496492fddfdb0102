// Package codecheck holds tests over the project's own source code.
package codecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// maxLines is the longest a function may be: one idea each, like the
// components of go-app's own documentation (40–60 lines).
const maxLines = 60

// TestFunctionLength: no function (methods and tests included) in app/,
// present/ or internal/ is longer than 60 lines, from its func line to
// its closing brace.
func TestFunctionLength(t *testing.T) {
	fset := token.NewFileSet()
	files := 0
	for _, dir := range []string{"../../app", "../../present", "../../internal"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			files++
			for _, decl := range f.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok || fn.Body == nil {
					continue
				}
				if n := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1; n > maxLines {
					t.Errorf("%s: %s is %d lines long (at most %d)", fset.Position(fn.Pos()), fn.Name.Name, n, maxLines)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if files < 40 {
		t.Fatalf("only %d Go files found: the test looks in the wrong place", files)
	}
}
