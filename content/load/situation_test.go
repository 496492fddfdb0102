package load_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"lotse/content/load"
)

// The rules of situation keys, state keys, claims, continuations and
// amounts, each broken once in the small fixture (with a situation and a
// rate added): each is an error naming the file and line.
func TestLoad_SituationRules(t *testing.T) {
	const extra = "situation:\n  - key: paper\n    values:\n      - id: title\n        when: [{need: [extend]}]\n" +
		"rates:\n  - {id: old_rate, cents: 2500, source: [src], checked: 2026-01-01, until: 2025-01-01}\n" +
		"continuations:\n  - {id: later_one, when: [{paper: [title]}], valid_on: 2026-02-01, until: 2027-03-04, source: [src], checked: 2026-01-01}\n"
	tests := []struct {
		name, old, new, want string
	}{
		{"the fixture with a situation loads", "", "", ""},
		{"unknown claim", "{id: elsewhere, kind: warning,", "{id: elsewhere, kind: warning, claims: [titel],", "unknown claim \"titel\""},
		{"a state key in a route", "{when: {need: [extend]}, outcome: checklist", "{when: {need: [extend], to_pay: [\"yes\"]}, outcome: checklist", "state key \"to_pay\""},
		{"an unknown state value", "      - id: deadline\n      - id: rule", "      - id: deadline\n        when: {charged: [no_such_fee]}\n      - id: rule", "unknown value \"no_such_fee\" of state key"},
		{"a situation value outside the fixed set", "      - id: title\n        when: [{need: [extend]}]", "      - id: passport\n        when: [{need: [extend]}]", "unknown value \"passport\""},
		{"a situation key named like a question", "  - key: paper", "  - key: need", "name of a question"},
		{"an unknown situation value in a condition", "{when: {need: [extend]}, outcome: checklist", "{when: {paper: [visa]}, outcome: checklist", "unknown value \"visa\" of situation key"},
		{"a fact about an unknown fee", "{id: elsewhere, kind: warning,", "{id: elsewhere, kind: warning, fees: [no_such_fee],", "unknown fee \"no_such_fee\""},
		{"an amount that is not in the data", "{id: elsewhere, kind: warning,", "{id: elsewhere, kind: warning, amounts: {Fee: nothing},", "unknown amount \"nothing\""},
		{"a current fact quoting a historical amount", "{id: elsewhere, kind: warning,", "{id: elsewhere, kind: warning, amounts: {Fee: old_rate},", "historical amount"},
		{"a placeholder that is not a name", "{id: elsewhere, kind: warning,", "{id: elsewhere, kind: warning, amounts: {fee: extension},", "placeholder \"fee\""},
		{"a rate without an amount", "{id: old_rate, cents: 2500,", "{id: old_rate,", "give cents or a percent"},
		{"a continuation that ends before it starts", "valid_on: 2026-02-01, until: 2027-03-04", "valid_on: 2028-02-01, until: 2027-03-04", "valid_on before until"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fixture(t)
			flow := strings.Replace(string(m["01-flow.yaml"].Data), "\n...\n", "\n"+extra+"...\n", 1)
			if tt.old != "" {
				if !strings.Contains(flow, tt.old) {
					t.Fatalf("fixture text not found: %q", tt.old)
				}
				flow = strings.Replace(flow, tt.old, tt.new, 1)
			}
			m["01-flow.yaml"] = &fstest.MapFile{Data: []byte(flow)}
			_, err := load.Load(m)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("must load: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("broken content loaded without error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error does not mention %q:\n%v", tt.want, err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !fileLine.MatchString(line) {
					t.Errorf("problem without file:line: %s", line)
				}
			}
		})
	}
}
