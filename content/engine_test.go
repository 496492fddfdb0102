package content_test

import (
	"strings"
	"testing"

	"lotse/content"
)

// ParseQuery keeps only typed values: known questions, known answers,
// valid dates, known people; everything else is dropped and named.
func TestParseQuery(t *testing.T) {
	c := mustLoad(t)
	tests := []struct {
		query    string
		want     string // re-encoded
		rejected string
	}{
		{"city=dortmund&need=extend", "city=dortmund&need=extend", ""},
		{"city=berlin", "", "city"},
		{"city=dortmund&junk=%3Cscript%3E", "city=dortmund", ""},
		{"expiry=%22%3E%3Cmeta%20http-equiv%3Drefresh%3E", "", "expiry"},
		{"expiry=2027-02-30", "", "expiry"},
		{"expiry=2027-2-3", "", "expiry"},
		{"expiry=unknown", "expiry=unknown", ""},
		{"people=adult,child_6_17", "people=adult,child_6_17", ""},
		{"people=adult,alien", "", "people"},
		{"people=" + strings.Repeat("adult,", 7) + "adult", "", "people"},
		{"people=", "", "people"},
		{"city=dortmund&city=hagen", "city=dortmund", ""},
		{"city=dort%00mund", "", "city"},
		{"city=%ff%fe", "", "city"},
	}
	for _, tt := range tests {
		a, rej := c.ParseQuery(tt.query)
		if got := c.Encode(a); got != tt.want {
			t.Errorf("%q: parsed to %q, want %q", tt.query, got, tt.want)
		}
		if got := strings.Join(rej, ","); got != tt.rejected {
			t.Errorf("%q: rejected %q, want %q", tt.query, got, tt.rejected)
		}
	}
}

// Bad or contradictory answers never break the engine: it asks again from
// the first question that is not validly answered.
func TestUnknownAnswers(t *testing.T) {
	c := mustLoad(t)
	tests := []struct{ query, next string }{
		{"", "city"},
		{"city=dortmund&need=fly", "need"},
		{"city=dortmund&need=extend&citizenship=german", "citizenship"},
		{"city=dortmund&need=naturalisation&people=adult,adult,adult,adult,adult,adult,adult", "people"},
	}
	for _, tt := range tests {
		a, _ := c.ParseQuery(tt.query)
		_, next := c.Evaluate(a, today)
		if next == nil || next.ID != tt.next {
			t.Errorf("%q: next = %v, want %s", tt.query, next, tt.next)
		}
	}
}

func TestExpiryBuckets(t *testing.T) {
	c := mustLoad(t)
	base := strings.Replace(workExtend, "expiry=2027-06-01", "expiry=", 1)
	soon := c.Settings.SoonDays
	tests := []struct {
		expiry content.Date
		bucket string
	}{
		{today.AddDays(-1), content.BucketExpired},
		{today, content.BucketSoon},
		{today.AddDays(soon), content.BucketSoon},
		{today.AddDays(soon + 1), content.BucketLater},
	}
	for _, tt := range tests {
		cl := evaluate(t, c, strings.Replace(base, "expiry=", "expiry="+tt.expiry.String(), 1))
		if cl.Expiry == nil || cl.Expiry.Bucket != tt.bucket {
			t.Errorf("%s: expiry = %+v, want bucket %s", tt.expiry, cl.Expiry, tt.bucket)
		}
		if expired := tt.bucket == content.BucketExpired; cl.Expired != expired {
			t.Errorf("%s: expired = %v", tt.expiry, cl.Expired)
		}
	}
	// The request date comes from the data: the earliest rule before the
	// expiry date among the checklist's facts.
	cl := evaluate(t, c, strings.Replace(studentExtend, "2027-06-01", "2027-09-01", 1))
	var want content.Date
	for _, it := range cl.Facts() {
		if r := it.Calendar; r != nil && r.Anchor == content.AnchorExpiry {
			if d := r.Apply(cl.Expiry.Date); want.IsZero() || d.Before(want) {
				want = d
			}
		}
	}
	if want.IsZero() || cl.Expiry.ApplyBy != want {
		t.Errorf("apply by %s, want %s (the earliest rule)", cl.Expiry.ApplyBy, want)
	}
}

// A rule past its end date is never shown as current: it becomes an
// outdated warning; the content still loads (no date stops the service).
func TestOutdatedFact(t *testing.T) {
	c := mustLoad(t)
	f := c.Fact("ukraine_continuation_2027")
	later := f.Until.AddDays(1)
	cl, _ := c.Evaluate(parse(t, c, "city=dortmund&need=ukraine"), later)
	found := false
	for _, w := range cl.Warnings {
		if w.Kind == content.FactOutdated && w.ID == f.ID {
			found = true
		}
	}
	if !found {
		t.Errorf("after %s the rule must be flagged outdated; warnings %+v", f.Until, cl.Warnings)
	}
	var ended, near bool
	for _, e := range c.Expiring(later, c.Settings.WarnDays) {
		ended = ended || (e.Fact.ID == f.ID && e.Days < 0)
	}
	for _, e := range c.Expiring(f.Until.AddDays(-c.Settings.WarnDays), c.Settings.WarnDays) {
		near = near || (e.Fact.ID == f.ID && e.Days == c.Settings.WarnDays)
	}
	if !ended || !near {
		t.Errorf("Expiring: ended after the date %v, warned %d days before %v", ended, c.Settings.WarnDays, near)
	}
	for _, e := range c.Expiring(f.Until.AddDays(-c.Settings.WarnDays-1), c.Settings.WarnDays) {
		if e.Fact.ID == f.ID {
			t.Errorf("warned too early: %s", e)
		}
	}
}

func FuzzEvaluate(f *testing.F) {
	c := mustLoad(f)
	f.Add(studentExtend)
	f.Add("city=hagen&need=settlement&citizenship=other&people=adult,child_under_6&benefits=yes")
	f.Add("city=dortmund&need=naturalisation&people=adult,adult&&&=&%zz")
	f.Add(strings.Repeat("city=dortmund&", 300))
	f.Fuzz(func(t *testing.T, q string) {
		a, _ := c.ParseQuery(q)
		cl, next := c.Evaluate(a, today)
		if (cl == nil) == (next == nil) {
			t.Fatalf("exactly one of checklist and next question expected for %q", q)
		}
		if cl != nil && cl.Outcome == "" {
			t.Fatalf("checklist without outcome for %q", q)
		}
		// The encoding round-trips what the parser accepted.
		b, rej := c.ParseQuery(c.Encode(a))
		if c.Encode(b) != c.Encode(a) || len(rej) > 0 {
			t.Fatalf("encoding does not round-trip: %q vs %q (%v)", c.Encode(a), c.Encode(b), rej)
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
