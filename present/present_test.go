package present_test

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
	"lotse/present"
)

var (
	shippedOnce sync.Once
	shipped     *content.Content
	catalogs    map[string]*catalog.Catalog
	shippedErr  error
)

// fixtures: the shipped content and every compiled catalog, once.
func fixtures(t testing.TB) (*content.Content, map[string]*catalog.Catalog) {
	t.Helper()
	shippedOnce.Do(func() {
		shipped, shippedErr = load.Load(data.FS)
		if shippedErr != nil {
			return
		}
		var set *i18n.Set
		if set, shippedErr = i18n.Load(i18n.Files); shippedErr != nil {
			return
		}
		catalogs = map[string]*catalog.Catalog{}
		for _, l := range catalog.Languages {
			if catalogs[l.Code], shippedErr = set.Compile(l.Code); shippedErr != nil {
				return
			}
		}
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shipped, catalogs
}

var today = content.MustDate("2026-12-01")

// missing matches a message that is not in a catalog ("[fees.total]").
var missing = regexp.MustCompile(`\[[a-z]+(\.[a-z0-9_]+)+\]`)

// TestEveryPath builds the presented checklist of every path of the flow
// in German and, for every seventh path, in each other language, and
// checks what a reader relies on: no missing message, every document of
// the engine on the list (once per person), the summary's counts and
// cost agree with the sections, no "0 € plus" total, a contact letter
// only where the team takes written requests.
func TestEveryPath(t *testing.T) {
	c, cats := fixtures(t)
	de := cats[catalog.Source]
	n := 0
	c.Paths(today, func(a content.Answers) {
		cl, next := c.Evaluate(a, today)
		if next != nil {
			t.Fatalf("%s: a complete path has no next question", c.Encode(a))
		}
		langs := []string{catalog.Source}
		if n%7 == 0 {
			langs = catalog.Codes()
		}
		n++
		for _, lang := range langs {
			p := present.Build(c, cl, cats[lang], de)
			checkPresented(t, c.Encode(a)+" ["+lang+"]", cl, p, de)
		}
	})
	if n < 1000 {
		t.Fatalf("only %d paths", n)
	}
}

func checkPresented(t *testing.T, path string, cl *content.Checklist, p *present.Checklist, de *catalog.Catalog) {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if m := missing.Find(b); m != nil {
		t.Errorf("%s: missing message %s", path, m)
	}
	checkDocuments(t, path, cl, p)
	checkSummary(t, path, cl, p)
	if (cl.Team != "") != (p.Section(present.SectionWhere) != nil) {
		t.Errorf("%s: a team and a where section go together", path)
	}
	if w := p.Where; w != nil && w.TeamCode != "" {
		// Word joiners keep codes together; they do not make a code new.
		plain := strings.NewReplacer("\u2060", "", "\u2068", "", "\u2069", "")
		if strings.Contains(plain.Replace(w.Team.German), w.TeamCode) || strings.Contains(plain.Replace(w.Team.Local), w.TeamCode) {
			t.Errorf("%s: the team's code %s is said twice: %q", path, w.TeamCode, w.Team.Local)
		}
	}
	checkFees(t, path, cl, p, de)
	if p.Contact != nil && !p.Contact.ByMail() && !p.Contact.ByForm() && !p.Contact.ByBooking() {
		t.Errorf("%s: a contact request without a way to send it", path)
	}
	for _, s := range p.Sections {
		if len(s.Rows) == 0 {
			t.Errorf("%s: section %s has no rows", path, s.ID)
		}
	}
}

// checkDocuments: every document of the engine is on the list once, with
// a box for each person who brings it (one for one person or for what a
// family brings once), and no two boxes share a key.
func checkDocuments(t *testing.T, path string, cl *content.Checklist, p *present.Checklist) {
	t.Helper()
	want := 0
	for _, d := range cl.Documents {
		want += max(len(d.People), 1)
	}
	if got := p.TickCount(); got != want || p.DocumentCount() != want {
		t.Errorf("%s: %d boxes and %d documents on the list, the engine has %d", path, got, p.DocumentCount(), want)
	}
	s := p.Section(present.SectionDocuments)
	if s == nil {
		return
	}
	keys, ids := map[string]bool{}, map[string]bool{}
	for _, r := range s.Rows {
		if r.Kind != present.RowDoc {
			continue
		}
		if ids[r.ID] {
			t.Errorf("%s: document %s is listed twice", path, r.ID)
		}
		ids[r.ID] = true
		for _, tick := range r.Ticks {
			if keys[tick.Key] {
				t.Errorf("%s: two boxes tick as %s", path, tick.Key)
			}
			keys[tick.Key] = true
		}
	}
}

// checkSummary: the summary counts the boxes, states the fee total, says
// an expiry soon as its urgent next step, and holds the caveats, which
// are not repeated below.
func checkSummary(t *testing.T, path string, cl *content.Checklist, p *present.Checklist) {
	t.Helper()
	rows := map[string]present.Row{}
	if s := p.Section(present.SectionSummary); s != nil {
		for _, r := range s.Rows {
			rows[r.ID] = r
		}
	}
	if n := p.TickCount(); n > 0 && !strings.Contains(rows["documents"].Text.German, catalog.Number(catalog.Source, n)) {
		t.Errorf("%s: the summary does not count the %d documents: %q", path, n, rows["documents"].Text.German)
	}
	if f := p.Fees; f != nil && f.Total != nil && (rows["cost"].Amount == nil || rows["cost"].Amount.Local != f.Total.Local) {
		t.Errorf("%s: the summary's cost is the fee total", path)
	}
	if e := cl.Expiry; e != nil && e.Bucket == content.BucketSoon && !rows["expiry"].Urgent {
		t.Errorf("%s: an expiry soon is the summary's next step, marked urgent", path)
	}
	for _, it := range cl.Notices {
		_, inSummary := rows[it.ID]
		if (it.Kind == content.FactCaveat) != inSummary {
			t.Errorf("%s: the caveat %s belongs in the summary, other notices below (%s)", path, it.ID, it.Kind)
		}
	}
}

func checkFees(t *testing.T, path string, cl *content.Checklist, p *present.Checklist, de *catalog.Catalog) {
	t.Helper()
	f := p.Fees
	if f == nil {
		return
	}
	if f.Min != cl.FeeMin || f.Max != cl.FeeMax || f.Open != cl.FeeOpen {
		t.Errorf("%s: fee totals differ from the engine's", path)
	}
	exempt := map[string]bool{}
	for _, fi := range cl.Fees {
		exempt[fi.ID] = fi.Exempt
	}
	for _, row := range f.Rows {
		if exempt[row.ID] != row.Exempt || (row.Exempt && row.Amount.German != de.T(string(present.KeyFeesExempt))) {
			t.Errorf("%s: fee %s exempt %v shows %q", path, row.ID, exempt[row.ID], row.Amount.German)
		}
	}
	if f.Total != nil && f.Open && f.Max == 0 && strings.Contains(f.Total.German, "0 €") {
		t.Errorf("%s: the total reads %q", path, f.Total.German)
	}
}

// TestRightToLeftIsolation: in Arabic, Persian and Pashto, codes and law
// references reach the page isolated (FSI … PDI), never bare.
func TestRightToLeftIsolation(t *testing.T) {
	c, cats := fixtures(t)
	a, _ := c.ParseQuery("city=dortmund&need=extend&citizenship=other&status=humanitarian&expiry=2027-06-01&people=adult&benefits=no&urgent=none")
	cl, _ := c.Evaluate(a, today)
	for _, lang := range []string{"ar", "fa", "ps"} {
		p := present.Build(c, cl, cats[lang], cats[catalog.Source])
		seen := 0
		for _, s := range localTexts(t, p) {
			for _, m := range lawRef.FindAllStringIndex(s, -1) {
				seen++
				if m[0] == 0 || !strings.HasSuffix(s[:m[0]], "\u2068") {
					t.Errorf("%s: a law reference is not isolated: %q", lang, s)
				}
			}
		}
		if seen == 0 {
			t.Errorf("%s: no law reference on this checklist; the test checks nothing", lang)
		}
		if !p.RTL {
			t.Errorf("%s is right to left", lang)
		}
	}
}

var lawRef = regexp.MustCompile(`§+ ?\d+`)

// localTexts are the reader's-language texts of a presented checklist
// (the German beside them is shown in its own left-to-right element).
func localTexts(t *testing.T, p *present.Checklist) []string {
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "local" {
					out = append(out, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(tree)
	return out
}

// FuzzICS: whatever the summaries and places contain, the calendar file
// parses, every line ends with CRLF and has at most 75 octets, and the
// texts come back unchanged.
func FuzzICS(f *testing.F) {
	f.Add("Termin: Aufenthaltserlaubnis verlängern / موعد", "Olpe 1, 44135 Dortmund", "09:30")
	f.Add("a;b,c\\d\ne", "", "")
	f.Add(strings.Repeat("ü", 80), strings.Repeat("x", 200), "")
	// The folding loop once stopped on a run of bytes that are not UTF-8.
	f.Add(string(bytes.Repeat([]byte{0x80}, 90)), "\xff\xfe", "")
	f.Fuzz(func(t *testing.T, summary, location, clock string) {
		if !utf8.ValidString(summary) || !utf8.ValidString(location) {
			// Calendar texts come from catalogs and content, which are
			// UTF-8; the folding must still terminate and stay in bounds.
			out := present.ICS("q", today, []present.CalendarEvent{{ID: "x", Date: today, Summary: summary, Location: location}})
			checkLines(t, out)
			return
		}
		if ok, _ := regexp.MatchString(`^([01]\d|2[0-3]):[0-5]\d$`, clock); !ok {
			clock = ""
		}
		ev := present.CalendarEvent{ID: "appointment", Date: today.AddDays(20), Time: clock, Summary: summary, Location: location}
		out := present.ICS("city=dortmund", today, []present.CalendarEvent{ev})
		checkLines(t, out)
		cal, err := ical.NewDecoder(strings.NewReader(out)).Decode()
		if err != nil {
			t.Fatalf("does not parse: %v\n%s", err, out)
		}
		events := cal.Events()
		if len(events) != 1 {
			t.Fatalf("%d events", len(events))
		}
		got, err := events[0].Props.Text(ical.PropSummary)
		if err != nil || got != strings.ReplaceAll(strings.ReplaceAll(summary, "\r\n", "\n"), "\r", "\n") {
			t.Errorf("summary %q came back as %q (%v)", summary, got, err)
		}
		start := events[0].Props.Get(ical.PropDateTimeStart)
		if start == nil || !strings.HasPrefix(start.Value, strings.ReplaceAll(ev.Date.String(), "-", "")) {
			t.Errorf("DTSTART %v", start)
		}
	})
}

func checkLines(t *testing.T, out string) {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatal("the file does not end with CRLF")
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Fatalf("a line of %d octets: %q", len(l), l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("a bare line break in %q", l)
		}
	}
}

// TestCalendarOfAChecklist: the events of a real checklist parse and
// keep their dates.
func TestCalendarOfAChecklist(t *testing.T) {
	c, cats := fixtures(t)
	a, _ := c.ParseQuery("city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-03-01&length=over3m&people=adult&benefits=no&urgent=none")
	cl, _ := c.Evaluate(a, today)
	p := present.Build(c, cl, cats["ar"], cats[catalog.Source])
	events := p.Calendar(present.CalendarInput{Appointment: content.MustDate("2027-02-01"), AppointmentTime: "10:15"})
	if len(events) < 2 {
		t.Fatalf("want the appointment and the expiry events, got %+v", events)
	}
	cal, err := ical.NewDecoder(strings.NewReader(present.ICS(c.Encode(a), today, events))).Decode()
	if err != nil {
		t.Fatal(err)
	}
	if len(cal.Events()) != len(events) {
		t.Errorf("%d events in the file, %d made", len(cal.Events()), len(events))
	}
	for _, e := range cal.Events() {
		if e.Props.Get(ical.PropUID) == nil || e.Props.Get(ical.PropDateTimeStart) == nil {
			t.Errorf("event without UID or start: %v", e.Props)
		}
	}
}

// FuzzContactMessage: whatever a person types, the mailto: link goes to
// the team's address only, carries only a subject and a body, and the
// body says what was typed (trimmed).
func FuzzContactMessage(f *testing.F) {
	f.Add("Amina Example", "01.02.1990", "38/2-1 123", "syrisch")
	f.Add("x@evil.example?cc=y@evil.example", "\r\nBcc: z@evil.example", "&body=", "%0A")
	f.Add("", "", "", "")
	c, cats := fixtures(f)
	a, _ := c.ParseQuery("city=dortmund&need=naturalisation&people=adult,child_6_17")
	cl, _ := c.Evaluate(a, today)
	p := present.Build(c, cl, cats["ar"], cats[catalog.Source])
	if p.Contact == nil || p.Contact.Email == "" {
		f.Fatal("the naturalisation team takes e-mail")
	}
	f.Fuzz(func(t *testing.T, name, birth, file, nationality string) {
		m := p.Contact.Letter(present.Details{People: []present.PersonDetails{{Name: name, Birth: birth}, {Name: "Kind", Birth: "2015"}}, File: file, Nationality: nationality})
		link := p.Contact.Mailto(m)
		u, err := url.Parse(link)
		if err != nil {
			t.Fatalf("%q: %v", link, err)
		}
		if u.Scheme != "mailto" || u.Opaque != p.Contact.Email {
			t.Fatalf("the link goes to %q, not only to %s", u.Opaque, p.Contact.Email)
		}
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			t.Fatal(err)
		}
		for k := range q {
			if k != "subject" && k != "body" {
				t.Fatalf("a header %q reached the link", k)
			}
		}
		if q.Get("body") != m.Body || q.Get("subject") != m.Subject {
			t.Fatal("the link's subject or body differs from the letter")
		}
		if strings.ContainsAny(m.Subject, "\r\n") {
			t.Fatalf("a line break in the subject: %q", m.Subject)
		}
		if n := strings.Join(strings.Fields(name), " "); n != "" && utf8.ValidString(n) && !strings.Contains(m.Body, n) {
			t.Fatalf("the name %q is not in the letter", n)
		}
	})
}
