package report

import (
	"bytes"
	"strings"
	"testing"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
	"lotse/present"
)

// shipped loads the shipped content and its German catalog.
func shipped(t *testing.T) (*content.Content, *catalog.Catalog) {
	t.Helper()
	c, err := load.Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	de, err := set.Compile(catalog.Source)
	if err != nil {
		t.Fatal(err)
	}
	return c, de
}

func changeSnapshot(t *testing.T, name string) Snapshot {
	t.Helper()
	c, de := shipped(t)
	return Snapshot{Name: name, Content: c, German: de}
}

// pathsWith counts, per route, the paths whose checklist has what want
// picks.
func pathsWith(c *content.Content, today content.Date, want func(*content.Checklist) bool) map[string]int {
	out := map[string]int{}
	c.Paths(today, func(a content.Answers) {
		if cl, next := c.Evaluate(a, today); next == nil && want(cl) {
			out[cl.Route()]++
		}
	})
	return out
}

// TestChanges: the report finds exactly what a change does, on exactly
// the paths it touches: a fee's amount, a team's e-mail, a document a
// procedure no longer asks for; it has nothing to say when nothing
// changed, and a change of the settings' day count does not make paths
// come and go.
func TestChanges(t *testing.T) {
	today := content.MustDate("2026-12-01")
	base := changeSnapshot(t, "old")
	own := base.German
	t.Run("nothing changed", func(t *testing.T) { changesNone(t, base, today, own) })
	t.Run("a fee, an e-mail address and a document", func(t *testing.T) { changesFeeMailDoc(t, base, today, own) })
	t.Run("a rate a statement names", func(t *testing.T) { changesRate(t, base, today, own) })
	t.Run("soon_days", func(t *testing.T) { changesSoonDays(t, base, today, own) })
}

// changesNone: identical snapshots change nothing, and the report says so.
func changesNone(t *testing.T, base Snapshot, today content.Date, own *catalog.Catalog) {
	r := Changes(base, changeSnapshot(t, "new"), today, own)
	if r.Changed != 0 || len(r.Routes) != 0 || len(r.Wording) != 0 {
		t.Fatalf("identical snapshots: %d paths changed, routes %v", r.Changed, r.Routes)
	}
	var b bytes.Buffer
	if err := WriteChangeMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), own.T(string(present.KeyChangeNone))) {
		t.Errorf("no changes, but the report does not say so:\n%s", b.String())
	}
}

// changesFeeMailDoc: a fee, an e-mail address and a dropped document are
// reported on exactly the paths that show them.
func changesFeeMailDoc(t *testing.T, base Snapshot, today content.Date, own *catalog.Catalog) {
	next := changeSnapshot(t, "new")
	c := next.Content
	fee := &c.Fees[0]
	oldCents := fee.Cents
	fee.Cents += 1000
	team := &c.Teams[0]
	oldMail := team.Email
	team.Email = "neu@example.org"
	proc := &c.Procedures[0]
	dropped := proc.Documents[0].Doc
	proc.Documents = proc.Documents[1:]

	r := Changes(base, next, today, own)
	wantFee := pathsWith(base.Content, today, func(cl *content.Checklist) bool {
		for _, f := range cl.Fees {
			for _, a := range f.Alternatives {
				if a.ID == fee.ID {
					return true
				}
			}
		}
		return false
	})
	wantMail := pathsWith(base.Content, today, func(cl *content.Checklist) bool { return cl.Team == team.ID && oldMail != "" })
	feeLine := catalog.Euro(catalog.Source, oldCents) + "→" + catalog.Euro(catalog.Source, oldCents+1000)
	gotFee, gotMail, gotDropped := map[string]int{}, map[string]int{}, 0
	for _, rc := range r.Routes {
		for _, ch := range rc.Changes {
			switch {
			case ch.Old+"→"+ch.New == feeLine:
				gotFee[rc.Key] += ch.Paths
			case ch.Old == oldMail && ch.New == "neu@example.org":
				gotMail[rc.Key] += ch.Paths
			case ch.New == "" && strings.HasPrefix(ch.Old, catalog.Plain(own.T(content.DocName(dropped)))):
				gotDropped += ch.Paths
			}
		}
	}
	if len(wantFee) == 0 || !sameCounts(gotFee, wantFee) {
		t.Errorf("fee %s %s: paths per route %v, want %v", fee.ID, feeLine, gotFee, wantFee)
	}
	if !sameCounts(gotMail, wantMail) {
		t.Errorf("team %s e-mail: paths per route %v, want %v", team.ID, gotMail, wantMail)
	}
	if gotDropped == 0 {
		t.Errorf("the dropped document %s is not reported as gone", dropped)
	}
	for _, rc := range r.Routes {
		if rc.Changed == 0 || rc.Changed > rc.Paths || rc.Added+rc.Removed != 0 {
			t.Errorf("route %s: %d of %d paths changed, %d added, %d removed", rc.Key, rc.Changed, rc.Paths, rc.Added, rc.Removed)
		}
	}
}

// changesRate: a rate a statement names shows with its old and new amount.
func changesRate(t *testing.T, base Snapshot, today content.Date, own *catalog.Catalog) {
	next := changeSnapshot(t, "new")
	var rate *content.Rate
	for i := range next.Content.Rates {
		if r := &next.Content.Rates[i]; r.Cents > 0 && usedByFact(next.Content, r.ID) {
			rate = r
			break
		}
	}
	if rate == nil {
		t.Skip("no statement names a rate in euro")
	}
	old := rate.Cents
	rate.Cents += 10000
	r := Changes(base, next, today, own)
	found := false
	for _, rc := range r.Routes {
		for _, ch := range rc.Changes {
			found = found || (strings.Contains(ch.Old, catalog.Euro(catalog.Source, old)) && strings.Contains(ch.New, catalog.Euro(catalog.Source, old+10000)))
		}
	}
	if !found {
		t.Errorf("rate %s %d → %d: no statement reported with the old and the new amount", rate.ID, old, old+10000)
	}
}

// changesSoonDays: a change of the day count makes no path come or go.
func changesSoonDays(t *testing.T, base Snapshot, today content.Date, own *catalog.Catalog) {
	next := changeSnapshot(t, "new")
	next.Content.Settings.SoonDays += 14
	r := Changes(base, next, today, own)
	for _, rc := range r.Routes {
		if rc.Added+rc.Removed != 0 {
			t.Errorf("route %s: %d paths added, %d removed by a day count", rc.Key, rc.Added, rc.Removed)
		}
	}
	if r.Paths != countPaths(base.Content, today) {
		t.Errorf("%d paths compared, the content has %d", r.Paths, countPaths(base.Content, today))
	}
}

func countPaths(c *content.Content, today content.Date) int {
	n := 0
	c.Paths(today, func(content.Answers) { n++ })
	return n
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func usedByFact(c *content.Content, rate string) bool {
	for _, f := range c.Facts {
		for _, ref := range f.Amounts {
			if ref == rate {
				return true
			}
		}
	}
	return false
}
