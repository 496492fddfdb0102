package load_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/internal/testfs"
)

var today = content.MustDate("2026-11-21")

func TestLoad_Shipped(t *testing.T) {
	c, err := load.Load(data.FS, today)
	if err != nil {
		t.Fatalf("shipped content must load: %v", err)
	}
	if len(c.Teams) < 13 {
		t.Errorf("%d teams, want the 13 of seed 000 and more", len(c.Teams))
	}
}

// Every kind of broken content is an error naming the file and line.
func TestLoad_Errors(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		want                 string
	}{
		{"unknown key", "05-fees.yaml", "{id: do_issue_permit, cents: 10000,", "{id: do_issue_permit, cent: 10000,", "05-fees.yaml"},
		{"duplicate id", "05-fees.yaml", "{id: do_extend_over_3m,", "{id: do_extend_upto_3m,", "05-fees.yaml:"},
		{"dangling reference", "07-procedures.yaml", "team: d38_2_2\n", "team: d38_9_9\n", `07-procedures.yaml:`},
		{"unknown question in a condition", "07-procedures.yaml", ", fh: [\"yes\"]}}", ", fhx: [\"yes\"]}}", "unknown question \"fhx\""},
		{"unknown answer in a condition", "07-procedures.yaml", ", fh: [\"yes\"]}}", ", fh: [\"maybe\"]}}", "unknown answer \"maybe\""},
		{"fact without source", "06-facts.yaml", "{id: rundfunk, kind: notice, source: [seed-001], checked: 2026-11-21}", "{id: rundfunk, kind: notice, checked: 2026-11-21}", "fact rundfunk has no source"},
		{"fact without check date", "06-facts.yaml", "{id: rundfunk, kind: notice, source: [seed-001], checked: 2026-11-21}", "{id: rundfunk, kind: notice, source: [seed-001]}", "no check date"},
		{"question never asked", "03-questions.yaml", "  - id: benefits\n    kind: choice\n    help: true\n    ask_if:\n      - {city: [hagen], need:", "  - id: benefits\n    kind: choice\n    help: true\n    ask_if:\n      - {city: [other], need:", "never asked"},
		{"path without outcome", "08-routes.yaml", "  - {when: {need: [renunciation]}, outcome: checklist, procedure: do_renunciation}\n", "", "no route for answers"},
		{"past-end fact presented as current", "06-facts.yaml", "until: 2027-03-04", "until: 2026-01-01", "ended on 2026-01-01"},
		{"history fact presented as current", "07-procedures.yaml", "- id: ukraine_continuation_2027\n\n  # ----", "- id: ukraine_continuation_2026\n\n  # ----", "is history"},
		{"malformed date", "05-fees.yaml", "checked: 2026-11-21}\n  - {id: do_extend_upto_3m", "checked: 21.11.2026}\n  - {id: do_extend_upto_3m", "05-fees.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testfs.Copy(t, data.FS)
			src := string(m[tt.file].Data)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("fixture text not found in %s: %q", tt.file, tt.old)
			}
			m[tt.file] = &fstest.MapFile{Data: []byte(strings.Replace(src, tt.old, tt.new, 1))}
			_, err := load.Load(m, today)
			if err == nil {
				t.Fatal("broken content loaded without error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error does not mention %q:\n%v", tt.want, err)
			}
			var le *load.Error
			if errors.As(err, &le) {
				for _, p := range le.Problems {
					if p.File == "" || (p.Line == 0 && !strings.HasPrefix(p.Msg, "no route") && !strings.Contains(p.Msg, "yaml:")) {
						t.Errorf("problem without file:line: %v", p)
					}
				}
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte("settings: {soon_days: 56, appointment_lead_months: 3}\nquestions:\n  - {id: city, kind: choice, answers: [{id: a}]}\nroutes:\n  - {when: {}, outcome: other_city}\n"))
	f.Add([]byte("questions: [{id: x, kind: count, max: 2}]"))
	f.Add([]byte(":\n- - {"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = load.Load(fstest.MapFS{"a.yaml": {Data: b}}, today) // must not panic
	})
}
