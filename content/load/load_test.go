package load_test

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"lotse/content/data"
	"lotse/content/load"
	"lotse/internal/testfs"
)

func fixture(t *testing.T) fstest.MapFS {
	t.Helper()
	return testfs.Copy(t, os.DirFS("testdata/minimal"))
}

func TestLoad_Minimal(t *testing.T) {
	c, err := load.Load(fixture(t))
	if err != nil {
		t.Fatalf("the fixture must load: %v", err)
	}
	if c.Settings.SoonDays != 30 || len(c.Questions) != 4 {
		t.Errorf("fixture read wrongly: %+v", c.Settings)
	}
}

func TestLoad_Shipped(t *testing.T) {
	if _, err := load.Load(data.FS); err != nil {
		t.Fatalf("shipped content must load: %v", err)
	}
}

var fileLine = regexp.MustCompile(`^[0-9a-z-]+\.yaml:[0-9]+: `)

// Every rule of the loader and the validator, broken once in the small
// fixture: each is an error naming the file and line.
func TestLoad_Rules(t *testing.T) {
	tests := []struct {
		name, file, old, new, want string
	}{
		{"unknown key", "01-flow.yaml", "{id: extension, cents: 9300,", "{id: extension, cent: 9300,", "field cent not found"},
		{"malformed date", "01-flow.yaml", "{id: extension, cents: 9300, source: [src], checked: 2026-01-01}", "{id: extension, cents: 9300, source: [src], checked: 1.1.2026}", "YYYY-MM-DD"},
		{"duplicate id", "01-flow.yaml", "{id: old_rule, kind: history", "{id: rule, kind: history", "duplicate fact id \"rule\""},
		{"dangling team", "01-flow.yaml", "  - id: ask\n    team: team", "  - id: ask\n    team: nobody", "unknown team \"nobody\""},
		{"unknown question in a condition", "01-flow.yaml", "{when: {need: [other]}", "{when: {nee: [other]}", "unknown question \"nee\""},
		{"unknown answer in a condition", "01-flow.yaml", "{when: {need: [other]}", "{when: {need: [others]}", "unknown answer \"others\""},
		{"fact without source", "01-flow.yaml", "{id: elsewhere, kind: warning, source: [src],", "{id: elsewhere, kind: warning,", "fact elsewhere has no source"},
		{"fact without check date", "01-flow.yaml", "{id: elsewhere, kind: warning, source: [src], checked: 2026-01-01}", "{id: elsewhere, kind: warning, source: [src]}", "no check date"},
		{"unknown source", "01-flow.yaml", "{id: elsewhere, kind: warning, source: [src]", "{id: elsewhere, kind: warning, source: [nowhere]", "unknown source \"nowhere\""},
		{"supersedes unknown fact", "01-flow.yaml", "supersedes: old_rule", "supersedes: older_rule", "supersedes unknown fact"},
		{"question never asked", "01-flow.yaml", "    ask_if:\n      - {city: [town]}", "    ask_if:\n      - {city: [away], need: [extend]}", "never asked"},
		{"answer never chosen", "01-flow.yaml", "      - {id: extend}\n      - {id: other}", "      - {id: extend}\n      - {id: other, if: [{city: [away]}]}", "can never be chosen"},
		{"route never taken", "01-flow.yaml", "  - {when: {need: [other]}, outcome: not_covered, procedure: ask}", "  - {when: {need: [other]}, outcome: not_covered, procedure: ask}\n  - {when: {city: [town], need: [other]}, outcome: not_covered, procedure: ask}", "never taken"},
		{"path without route", "01-flow.yaml", "  - {when: {need: [other]}, outcome: not_covered, procedure: ask}\n", "", "no route for answers"},
		{"history presented as current", "01-flow.yaml", "      - id: rule\n  - id: ask", "      - id: old_rule\n  - id: ask", "is history"},
		{"fact kind", "01-flow.yaml", "{id: elsewhere, kind: warning,", "{id: elsewhere, kind: warnign,", "unknown kind \"warnign\""},
		{"hours kind", "00-base.yaml", "{kind: open, days: [mon, tue]", "{kind: walkin, days: [mon, tue]", "unknown hours kind \"walkin\""},
		{"day", "00-base.yaml", "days: [mon, tue]", "days: [mon, tues]", "unknown day \"tues\""},
		{"clock", "00-base.yaml", `from: "08:00", to: "12:00"`, `from: "8 Uhr", to: "12:00"`, "must be HH:MM"},
		{"channel kind", "00-base.yaml", "{id: form, kind: form,", "{id: form, kind: pigeon,", "unknown kind \"pigeon\""},
		{"question kind", "01-flow.yaml", "  - id: expiry\n    kind: date", "  - id: expiry\n    kind: calendar", "unknown kind \"calendar\""},
		{"outcome", "01-flow.yaml", "outcome: other_city", "outcome: elsewhere", "unknown outcome \"elsewhere\""},
		{"people max", "01-flow.yaml", "    max: 3", "    max: 100000", "needs max between 1 and"},
		{"people without kinds", "01-flow.yaml", "      - {id: adult}\n      - {id: child, minor: true}", "", "no kinds of person"},
		{"role on the wrong kind", "01-flow.yaml", "    kind: choice\n    ask_if:\n      - {city: [town]}", "    kind: choice\n    role: expiry\n    ask_if:\n      - {city: [town]}", "role expiry"},
		{"unknown role", "01-flow.yaml", "    role: expiry", "    role: deadline", "unknown role \"deadline\""},
		{"url", "00-base.yaml", `page: "https://town.example.org/team"`, `page: "javascript:alert(1)"`, "not a plain http(s) address"},
		{"url with a quote", "00-base.yaml", `url: "https://example.org/quelle"`, `url: "https://example.org/q\"x"`, "not a plain http(s) address"},
		{"e-mail", "00-base.yaml", "email: office@example.org", "email: \"office@example.org?cc=x\"", "not a plain e-mail address"},
		{"phone", "00-base.yaml", `phone: "0123 45-67"`, `phone: "call us"`, "not a phone number"},
		{"channel without its page", "00-base.yaml", `, page: "https://town.example.org/team"`, "", "channel \"form\" sends people to a page"},
		{"download without link", "01-flow.yaml", "{id: form_doc, download: true, team_page: true}", "{id: form_doc, download: true}", "can be downloaded"},
		{"unknown kind of person", "01-flow.yaml", "{doc: passport, per_person: true}", "{doc: passport, per_person: true, people: [elder]}", "unknown kind of person \"elder\""},
		{"minors rate", "01-flow.yaml", "minors: half", "minors: quarter", "unknown minors rate"},
		{"child rate without per_person", "01-flow.yaml", "{fee: extension, per_person: true, minors: half}", "{fee: extension, minors: half}", "needs per_person"},
		{"fee and any_of", "01-flow.yaml", "{fee: extension, per_person: true,", "{fee: extension, any_of: [extension], per_person: true,", "fee or any_of"},
		{"unknown fee", "01-flow.yaml", "{fee: extension, per_person", "{fee: extensions, per_person", "unknown fee \"extensions\""},
		{"unknown procedure in a route", "01-flow.yaml", "outcome: checklist, procedure: extend}", "outcome: checklist, procedure: extent}", "unknown procedure \"extent\""},
		{"minors and minor_fee", "01-flow.yaml", "{fee: extension, per_person: true, minors: half}", "{fee: extension, per_person: true, minors: half, minor_fee: extension}", "both minors and minor_fee"},
		{"negative fee", "01-flow.yaml", "cents: 9300", "cents: -1", "negative amount"},
		{"calendar anchor", "01-flow.yaml", "anchor: expiry", "anchor: birthday", "unknown calendar anchor"},
		{"calendar offset", "01-flow.yaml", "days: -14", "days: -1400", "calendar offset out of range"},
		{"another authority's fact", "01-flow.yaml", "      - id: deadline\n      - id: rule", "      - id: deadline\n      - id: rule\n      - id: far", "only sources of another authority"},
		{"source without address", "00-base.yaml", `{id: src, title: "Eine Quelle", url: "https://example.org/quelle", read: 2026-01-01}`, `{id: src, title: "Eine Quelle", read: 2026-01-01}`, "needs a url"},
		{"file cut short", "01-flow.yaml", "\n...\n", "\n", "does not end with the line ..."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fixture(t)
			if tt.name == "another authority's fact" {
				src := string(m["01-flow.yaml"].Data)
				m["01-flow.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(src, "facts:\n", "facts:\n  - {id: far, kind: notice, source: [other], checked: 2026-01-01}\n", 1))}
			}
			src := string(m[tt.file].Data)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("fixture text not found in %s: %q", tt.file, tt.old)
			}
			m[tt.file] = &fstest.MapFile{Data: []byte(strings.Replace(src, tt.old, tt.new, 1))}
			_, err := load.Load(m)
			if err == nil {
				t.Fatal("broken content loaded without error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error does not mention %q:\n%v", tt.want, err)
			}
			var le *load.Error
			if errors.As(err, &le) {
				for _, p := range le.Problems {
					if !fileLine.MatchString(p.Error()) && !strings.HasPrefix(p.Msg, "no route") {
						t.Errorf("problem without file:line: %v", p)
					}
				}
			}
		})
	}
}

// Dates never stop loading: a fact past its end loads (and is shown as
// outdated); `lotse check` is where editors are told.
func TestLoad_PastEndLoads(t *testing.T) {
	m := fixture(t)
	c, err := load.Load(m)
	if err != nil {
		t.Fatal(err)
	}
	if f := c.Fact("rule"); f == nil || f.Until.String() != "2026-06-30" {
		t.Fatal("fixture changed")
	}
}

// A file cut anywhere (as during a half-finished save) never loads: every
// shipped data file, truncated at every line boundary and in the middle
// of its last line.
func TestLoad_TruncatedShippedFiles(t *testing.T) {
	base := testfs.Copy(t, data.FS)
	for name, f := range base {
		lines := strings.SplitAfter(string(f.Data), "\n")
		for cut := 0; cut < len(lines); cut++ {
			m := testfs.Copy(t, data.FS)
			truncated := strings.Join(lines[:cut], "")
			if strings.TrimSpace(truncated) == strings.TrimSpace(string(f.Data)) {
				continue
			}
			m[name] = &fstest.MapFile{Data: []byte(truncated)}
			if _, err := load.Load(m); err == nil {
				t.Fatalf("%s cut after %d lines loads", name, cut)
			}
		}
		m := testfs.Copy(t, data.FS)
		m[name] = &fstest.MapFile{Data: f.Data[:len(f.Data)-3]}
		if _, err := load.Load(m); err == nil {
			t.Fatalf("%s cut inside its last line loads", name)
		}
	}
}

// The people question's max bounds path enumeration: the largest allowed
// still loads fast.
func TestLoad_MaxPeopleIsFast(t *testing.T) {
	m := fixture(t)
	src := string(m["01-flow.yaml"].Data)
	m["01-flow.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(src, "    max: 3", "    max: 8", 1))}
	start := time.Now()
	if _, err := load.Load(m); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("loading with max 8 took %s", d)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte("settings: {soon_days: 56}\nquestions:\n  - {id: city, kind: choice, answers: [{id: a}]}\nroutes:\n  - {when: {}, outcome: other_city}\n...\n"))
	f.Add([]byte("questions: [{id: x, kind: people, max: 2, answers: [{id: a}]}]\n...\n"))
	f.Add([]byte(":\n- - {"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = load.Load(fstest.MapFS{"a.yaml": {Data: b}}) // must not panic
	})
}
