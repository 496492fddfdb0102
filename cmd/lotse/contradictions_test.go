package main

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"lotse/content"
	"lotse/content/load"
)

// `lotse check` prints "contradictions: N" and fails when N > 0: the
// consistent fixture passes, the same with one broken line fails.
func TestCheckContradictions(t *testing.T) {
	today := content.MustDate("2026-12-01")
	for _, tc := range []struct {
		name   string
		broken bool
	}{{"consistent", false}, {"the office writes without saying what comes first", true}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, name := range []string{"00-base.yaml", "01-flow.yaml"} {
				data, err := os.ReadFile("../../content/testdata/consistent/" + name)
				if err != nil {
					t.Fatal(err)
				}
				if tc.broken {
					data = []byte(strings.Replace(string(data), "claims: [office_writes, order]", "claims: [office_writes]", 1))
				}
				fsys[name] = &fstest.MapFile{Data: data}
			}
			c, err := load.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			var found bool
			out, _ := captureStdout(t, func() error { found = checkContradictions(c, today); return nil })
			first := strings.SplitN(out, "\n", 2)[0]
			if found != tc.broken || strings.HasPrefix(first, "contradictions: 0 ") == tc.broken {
				t.Errorf("found %v, first line %q", found, first)
			}
			if tc.broken && !strings.Contains(out, content.RuleOfficeWrites) {
				t.Errorf("the rule is not named:\n%s", out)
			}
		})
	}
}
