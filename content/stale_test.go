package content_test

import (
	"os"
	"strings"
	"testing"

	"lotse/content"
	"lotse/content/load"
)

// TestStale: on the minimal fixture (every date 2026-01-01) nothing is
// stale up to maxDays after the check, everything dated is one day later
// except the history fact; every entry names its file:line and a source
// address; a source never read is stale whatever the day.
func TestStale(t *testing.T) {
	c, err := load.Load(os.DirFS("load/testdata/minimal"))
	if err != nil {
		t.Fatal(err)
	}
	checked := content.MustDate("2026-01-01")
	dated := len(c.Sources) + len(c.Authorities) + len(c.Offices) + len(c.Teams) + len(c.Channels) + len(c.Fees) + len(c.Facts) + len(c.Procedures) + len(c.Rates) + len(c.Continuations)
	history := 0
	for _, f := range c.Facts {
		if f.Kind == content.FactHistory {
			history++
		}
	}
	if history == 0 {
		t.Fatal("the fixture has no history fact: the test could not see it left out")
	}
	cases := []struct {
		name    string
		today   content.Date
		maxDays int
		want    int
	}{
		{"on the check day", checked, 180, 0},
		{"exactly maxDays later", checked.AddDays(180), 180, 0},
		{"one day more", checked.AddDays(181), 180, dated - history},
		{"a shorter allowed age", checked.AddDays(31), 30, dated - history},
		{"a longer allowed age", checked.AddDays(181), 365, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Stale(tc.today, tc.maxDays)
			if len(got) != tc.want {
				t.Fatalf("%d stale, want %d: %v", len(got), tc.want, got)
			}
			for _, s := range got {
				if s.File == "" || s.Line == 0 || len(s.URLs) == 0 || !strings.Contains(s.String(), "https://") {
					t.Errorf("%q lacks file:line or a source address", s.String())
				}
				if strings.Contains(s.What, "old_rule") {
					t.Errorf("history fact listed: %s", s)
				}
			}
		})
	}
	c.Sources[0].Read = content.Date{}
	got := c.Stale(checked, 180)
	if len(got) != 1 || !strings.Contains(got[0].String(), "never read") {
		t.Errorf("a source never read: got %v", got)
	}
}
