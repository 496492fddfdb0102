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
var today = content.MustDate("2026-11-21")

func mustLoad(tb testing.TB) *content.Content {
	tb.Helper()
	c, err := load.Load(data.FS, today)
	if err != nil {
		tb.Fatalf("loading embedded content: %v", err)
	}
	return c
}

// goldenLine is one reviewable line per path: answers -> outcome, team,
// documents and fee total.
func goldenLine(c *content.Content, a content.Answers) string {
	cl, next := c.Evaluate(a, today)
	if next != nil {
		return c.Encode(a) + " -> INCOMPLETE at " + next.ID
	}
	var docs []string
	for _, d := range cl.Documents {
		docs = append(docs, d.ID)
	}
	fee := fmt.Sprintf("%d", cl.FeeMin)
	if cl.FeeMax != cl.FeeMin {
		fee += "-" + fmt.Sprint(cl.FeeMax)
	}
	if cl.FeeOpen {
		fee += "+ask"
	}
	return fmt.Sprintf("%s -> %s %s team=%s docs=[%s] fee=%s", bucketed(c, a), cl.Outcome, cl.Procedure, cl.Team, strings.Join(docs, ","), fee)
}

// bucketed writes the expiry date as its bucket, so the file does not
// depend on the sample dates.
func bucketed(c *content.Content, a content.Answers) string {
	b := a
	if v, ok := a["expiry"]; ok {
		b = a.With("expiry", c.Bucket(v, today))
		if v == content.BucketUnknown {
			b = a
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
		wantSet := map[string]bool{}
		for _, l := range wl {
			wantSet[l] = true
		}
		gotSet := map[string]bool{}
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
	if n := len(lines); n < 500 {
		t.Errorf("only %d paths: the flow lost branches", n)
	}
}

func docIDs(cl *content.Checklist) map[string]bool {
	out := map[string]bool{}
	for _, d := range cl.Documents {
		out[d.ID] = true
	}
	return out
}

// TestCases checks people from the sources against what the sources say.
func TestCases(t *testing.T) {
	c := mustLoad(t)
	tests := []struct {
		name      string
		answers   string
		procedure string
		team      string
		docs      []string
		noDocs    []string
		feeMin    int
		feeMax    int
		feeOpen   bool
		facts     []string
	}{
		{
			name:      "EU citizen registers in Dortmund",
			answers:   "city=dortmund&need=register&citizenship=eu",
			procedure: "do_register_eu", team: "d_buergerdienste",
			docs:  []string{"registration_form", "landlord_confirmation", "id_document"},
			facts: []string{"register_2_weeks", "rundfunk", "eu_affairs_location"},
		},
		{
			name:      "non-EU student at FH Dortmund arrives with a visa and registers",
			answers:   "city=dortmund&need=register&citizenship=other",
			procedure: "do_register_non_eu", team: "d_bi",
			docs:  []string{"registration_form", "landlord_confirmation", "id_document", "current_title", "photo", "enrolment"},
			facts: []string{"register_2_weeks", "apply_at_registration", "letterbox"},
		},
		{
			name:      "non-EU student at FH Dortmund applies for the first permit (seed 001, 100 €)",
			answers:   "city=dortmund&need=permit_first&citizenship=other&purpose=study&fh=yes&expiry=2027-03-01&age=six_or_older&urgent=none",
			procedure: "do_permit_study", team: "d38_2_2",
			docs:   []string{"application_form", "passport", "visa", "photo", "funds_blocked_account", "health_insurance", "enrolment", "ec_card"},
			noDocs: []string{"pruefbescheinigung", "current_title"},
			feeMin: 10000, feeMax: 10000,
			facts: []string{"apply_before_visa_expires", "funds_amount", "study_duration"},
		},
		{
			name:      "the same student extends later (Prüfbescheinigung, 93 € or 96 €)",
			answers:   "city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-06-01&length=unknown&age=six_or_older&urgent=none",
			procedure: "do_extend_study", team: "d38_2_2",
			docs:   []string{"pruefbescheinigung", "current_title", "enrolment", "funds_blocked_account"},
			noDocs: []string{"visa"},
			feeMin: 9300, feeMax: 9600,
			facts: []string{"pruef_2_weeks", "extend_before_expiry"},
		},
		{
			name:      "extension for more than 3 months costs 93 €",
			answers:   "city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-06-01&length=over3m&age=six_or_older&urgent=none",
			procedure: "do_extend_study", team: "d38_2_2",
			feeMin: 9300, feeMax: 9300,
		},
		{
			name:      "a father naturalises with two minor children (255 € + 2 × 51 €)",
			answers:   "city=dortmund&need=naturalisation&minors=2",
			procedure: "do_naturalisation", team: "d38_4_2",
			docs:   []string{"naturalisation_application", "language_proof", "civic_knowledge_proof"},
			feeMin: 35700, feeMax: 35700,
			facts: []string{"naturalisation_advance", "naturalisation_halving", "refusal_75"},
		},
		{
			name:    "a person living in Bochum is sent to their own city",
			answers: "city=other",
			facts:   []string{"other_city"},
		},
		{
			name:      "a Hagen resident extends a permit",
			answers:   "city=hagen&need=extend&citizenship=other&status=work&expiry=2027-08-01&age=six_or_older&benefits=no",
			procedure: "ha_title", team: "ha_abh",
			docs:   []string{"passport", "current_title", "photo", "ec_card"},
			feeMin: 6700, feeMax: 6700, feeOpen: true,
			facts: []string{"ha_new_slots", "ha_ec_only", "processing_3_months", "photo_terminal_hagen"},
		},
		{
			name:      "Ukraine § 24 in Dortmund: automatic continuation until 4 March 2027",
			answers:   "city=dortmund&need=ukraine",
			procedure: "do_ukraine", team: "d38_3_1",
			facts: []string{"ukraine_continuation_2027"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl, next := c.Evaluate(content.ParseAnswers(tt.answers), today)
			if next != nil {
				t.Fatalf("answers incomplete: next question %q", next.ID)
			}
			if cl.Procedure != tt.procedure || cl.Team != tt.team {
				t.Errorf("procedure, team = %q, %q; want %q, %q", cl.Procedure, cl.Team, tt.procedure, tt.team)
			}
			have := docIDs(cl)
			for _, d := range tt.docs {
				if !have[d] {
					t.Errorf("document %q missing; have %v", d, have)
				}
			}
			for _, d := range tt.noDocs {
				if have[d] {
					t.Errorf("document %q should not be on the list", d)
				}
			}
			if cl.FeeMin != tt.feeMin || cl.FeeMax != tt.feeMax || cl.FeeOpen != tt.feeOpen {
				t.Errorf("fees = %d–%d open=%v; want %d–%d open=%v", cl.FeeMin, cl.FeeMax, cl.FeeOpen, tt.feeMin, tt.feeMax, tt.feeOpen)
			}
			facts := map[string]bool{}
			for _, group := range [][]content.Item{cl.Notices, cl.Deadlines, cl.Warnings, cl.FeeNotes, cl.Channels, cl.Photo} {
				for _, it := range group {
					facts[it.ID] = true
				}
			}
			for _, f := range tt.facts {
				if !facts[f] {
					t.Errorf("fact %q missing", f)
				}
			}
			if len(cl.Sources) == 0 {
				t.Error("checklist names no sources")
			}
		})
	}
}

func TestExpiry(t *testing.T) {
	c := mustLoad(t)
	base := "city=dortmund&need=extend&citizenship=other&status=work&length=over3m&age=six_or_older&urgent=none&expiry="
	tests := []struct {
		expiry, bucket string
		warned         bool
	}{
		{"2026-11-20", content.BucketExpired, true},
		{"2026-11-21", content.BucketSoon, false},
		{"2027-01-16", content.BucketSoon, false},
		{"2027-01-17", content.BucketLater, false},
	}
	for _, tt := range tests {
		cl, _ := c.Evaluate(content.ParseAnswers(base+tt.expiry), today)
		if cl.Expiry == nil || cl.Expiry.Bucket != tt.bucket {
			t.Errorf("%s: expiry = %+v, want bucket %s", tt.expiry, cl.Expiry, tt.bucket)
			continue
		}
		warned := false
		for _, w := range cl.Warnings {
			warned = warned || w.ID == "expired_cannot_extend"
		}
		if warned != tt.warned {
			t.Errorf("%s: expired warning = %v, want %v", tt.expiry, warned, tt.warned)
		}
	}
	cl, _ := c.Evaluate(content.ParseAnswers(base+"2027-06-01"), today)
	if got := cl.Expiry.ApplyBy.String(); got != "2027-03-01" {
		t.Errorf("apply by = %s, want 3 months before expiry", got)
	}
}

// A rule past its end date is never shown as current: it becomes a warning.
func TestOutdatedFact(t *testing.T) {
	c := mustLoad(t)
	later := content.MustDate("2027-03-05")
	cl, _ := c.Evaluate(content.ParseAnswers("city=dortmund&need=ukraine"), later)
	found := false
	for _, w := range cl.Warnings {
		if w.Kind == "outdated" && w.ID == "ukraine_continuation_2027" {
			found = true
		}
	}
	if !found {
		t.Errorf("after 4 March 2027 the § 24 rule must be flagged outdated; warnings %+v", cl.Warnings)
	}
	if ps := c.Validate(later); len(ps) == 0 {
		t.Error("validation after the end date must report the fact presented as current")
	}
}

// Bad URLs never break the engine: it asks again from the first question
// that is not validly answered.
func TestUnknownAnswers(t *testing.T) {
	c := mustLoad(t)
	tests := []struct{ query, next string }{
		{"", "city"},
		{"city=berlin", "city"},
		{"city=dortmund&need=fly", "need"},
		{"city=dortmund&need=extend&citizenship=german", "citizenship"},
		{"city=dortmund&need=extend&citizenship=other&status=work&expiry=2027-13-45", "expiry"},
		{"city=dortmund&need=naturalisation&minors=99", "minors"},
		{"city=dortmund&need=naturalisation&minors=01", "minors"},
	}
	for _, tt := range tests {
		_, next := c.Evaluate(content.ParseAnswers(tt.query), today)
		if next == nil || next.ID != tt.next {
			t.Errorf("%q: next = %v, want %s", tt.query, next, tt.next)
		}
	}
}

func FuzzEvaluate(f *testing.F) {
	c := mustLoad(f)
	f.Add("city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-01-01&length=unknown&age=under_six&urgent=holiday")
	f.Add("city=hagen&need=settlement&citizenship=other&age=six_or_older&benefits=yes")
	f.Add("city=dortmund&need=naturalisation&minors=6&&&=&%zz")
	f.Add(strings.Repeat("city=dortmund&", 300))
	f.Fuzz(func(t *testing.T, q string) {
		a := content.ParseAnswers(q)
		cl, next := c.Evaluate(a, today)
		if (cl == nil) == (next == nil) {
			t.Fatalf("exactly one of checklist and next question expected for %q", q)
		}
		if cl != nil && cl.Outcome == "" {
			t.Fatalf("checklist without outcome for %q", q)
		}
		// The encoding round-trips what the engine accepted.
		clean := c.Clean(a, today)
		if got := c.Clean(content.ParseAnswers(c.Encode(clean)), today); c.Encode(got) != c.Encode(clean) {
			t.Fatalf("encoding does not round-trip: %q vs %q", c.Encode(got), c.Encode(clean))
		}
	})
}

func BenchmarkEvaluateAllPaths(b *testing.B) {
	c := mustLoad(b)
	var paths []content.Answers
	c.Paths(today, func(a content.Answers) { paths = append(paths, a) })
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range paths {
			if cl, _ := c.Evaluate(a, today); cl == nil {
				b.Fatal("incomplete path")
			}
		}
	}
	b.ReportMetric(float64(len(paths)), "paths")
}
