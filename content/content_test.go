package content_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt")

// today is fixed so that the golden matrix and the cases do not move.
var today = content.MustDate("2026-12-01")

func mustLoad(tb testing.TB) *content.Content {
	tb.Helper()
	c, err := load.Load(data.FS)
	if err != nil {
		tb.Fatalf("loading embedded content: %v", err)
	}
	return c
}

func parse(t testing.TB, c *content.Content, q string) content.Answers {
	t.Helper()
	a, rejected := c.ParseQuery(q)
	if len(rejected) > 0 {
		t.Fatalf("%q: rejected %v", q, rejected)
	}
	return a
}

// goldenLine is one reviewable line per path: what a person sees, as IDs
// and amounts: team, channels, documents (per person), fees, dates and
// warnings. It is the only test tied to the live content: `make golden`
// rewrites it after a deliberate change.
func goldenLine(c *content.Content, a content.Answers) string {
	cl, next := c.Evaluate(a, today)
	if next != nil {
		return bucketed(c, a) + " -> INCOMPLETE at " + next.ID
	}
	ids := func(items []content.Item) string {
		var out []string
		for _, it := range items {
			s := it.ID
			if len(it.People) > 0 {
				s += fmt.Sprint(it.People)
			}
			out = append(out, s)
		}
		return strings.Join(out, ",")
	}
	var docs []string
	for _, d := range cl.Documents {
		s := d.ID
		if len(d.People) > 0 {
			s += fmt.Sprint(d.People)
		}
		if d.Optional {
			s += "?"
		}
		docs = append(docs, s)
	}
	var fees []string
	for _, f := range cl.Fees {
		s := f.FeeIDs() + "=" + amount(f.Min, f.Max, f.Unknown)
		switch {
		case f.Exempt:
			s += "!exempt"
		case f.Reducible:
			s += "!reducible"
		case f.Optional:
			s += "!optional"
		}
		fees = append(fees, s)
	}
	expiry := ""
	if cl.Expiry != nil {
		expiry = " expiry=" + cl.Expiry.Bucket
	}
	var persons []content.Item
	for _, it := range cl.Photo {
		if len(it.People) > 0 {
			persons = append(persons, it)
		}
	}
	return fmt.Sprintf("%s -> %s %s team=%s channels=[%s] docs=[%s] fees=[%s] total=%s dates=[%s]%s warn=[%s] persons=[%s]",
		bucketed(c, a), cl.Outcome, strings.Join(cl.Procedures, "+"), cl.Team, ids(cl.Channels), strings.Join(docs, ","),
		strings.Join(fees, ","), amount(cl.FeeMin, cl.FeeMax, cl.FeeOpen), ids(cl.Deadlines), expiry,
		ids(cl.Warnings), ids(persons))
}

func amount(min, max int, open bool) string {
	s := fmt.Sprint(min)
	if max != min {
		s += "-" + fmt.Sprint(max)
	}
	if open {
		s += "+ask"
	}
	return s
}

// bucketed writes a date answer as its bucket, so the file does not
// depend on the sample dates.
func bucketed(c *content.Content, a content.Answers) string {
	b := a
	if q := c.RoleQuestion(content.RoleExpiry); q != nil {
		if v, ok := a[q.ID]; ok && v != content.BucketUnknown {
			b = a.With(q.ID, c.Bucket(v, today))
		}
	}
	return c.Encode(b)
}

func TestGolden(t *testing.T) {
	c := mustLoad(t)
	var lines []string
	c.Paths(today, func(a content.Answers) { lines = append(lines, goldenLine(c, a)) })
	sort.Strings(lines)
	got := strings.Join(lines, "\n") + "\n"
	path := filepath.Join("testdata", "golden.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `make golden` to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		wantSet, gotSet := map[string]bool{}, map[string]bool{}
		for _, l := range wl {
			wantSet[l] = true
		}
		for _, l := range gl {
			gotSet[l] = true
		}
		var diff []string
		for _, l := range gl {
			if !wantSet[l] {
				diff = append(diff, "+ "+l)
			}
		}
		for _, l := range wl {
			if !gotSet[l] {
				diff = append(diff, "- "+l)
			}
		}
		if len(diff) > 20 {
			diff = append(diff[:20], fmt.Sprintf("… %d more", len(diff)-20))
		}
		t.Errorf("golden matrix changed (run `make golden` if intended):\n%s", strings.Join(diff, "\n"))
	}
	for _, l := range lines {
		if strings.Contains(l, "INCOMPLETE") {
			t.Errorf("a path stops short: %s", l)
		}
	}
}

// TestGoldenCoversFamilies: the matrix holds the family cases the issue
// names (two adults; one adult with a child under 6 and one over 6).
func TestGoldenCoversFamilies(t *testing.T) {
	c := mustLoad(t)
	want := map[string]bool{"adult,adult": false, "adult,child_6_17,child_under_6": false}
	c.Paths(today, func(a content.Answers) {
		if _, ok := want[a["people"]]; ok {
			want[a["people"]] = true
		}
	})
	for k, seen := range want {
		if !seen {
			t.Errorf("no path with people=%s", k)
		}
	}
}

// TestRepresentatives: the sweep's paths reach every route of the flow
// and every fee and household shape, each named once.
func TestRepresentatives(t *testing.T) {
	c := mustLoad(t)
	today := content.MustDate("2026-12-01")
	reps := c.Representatives(today)
	routes, reasons := map[string]bool{}, map[string]bool{}
	for _, r := range reps {
		for _, why := range r.Reasons {
			if reasons[why] {
				t.Errorf("%q named twice", why)
			}
			reasons[why] = true
		}
		a, rejected := c.ParseQuery(r.Query)
		if len(rejected) > 0 {
			t.Errorf("%s: rejected %v", r.Query, rejected)
		}
		if cl, next := c.Evaluate(a, today); next != nil || cl.Route() != r.Route {
			t.Errorf("%s: not a complete path of route %s", r.Query, r.Route)
		}
	}
	all := 0
	c.Paths(today, func(a content.Answers) {
		all++
		cl, _ := c.Evaluate(a, today)
		routes[cl.Route()] = true
		for _, f := range cl.Features() {
			if !reasons[f] {
				t.Errorf("%s: %q has no representative", c.Encode(a), f)
			}
		}
	})
	for _, want := range []string{"total ask", "expired"} {
		if !reasons[want] {
			t.Errorf("no representative for %q", want)
		}
	}
	if len(reps) >= all/10 {
		t.Errorf("%d representatives for %d paths: not a sample", len(reps), all)
	}
	t.Logf("%d representatives for %d paths and %d routes", len(reps), all, len(routes))
}
