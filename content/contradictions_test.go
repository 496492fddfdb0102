package content_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"lotse/content"
	"lotse/content/load"
)

// consistent loads testdata/consistent with edits applied (old -> new).
func consistent(t *testing.T, edits ...[3]string) *content.Content {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, name := range []string{"00-base.yaml", "01-flow.yaml"} {
		data, err := os.ReadFile("testdata/consistent/" + name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, e := range edits {
			if e[0] != name {
				continue
			}
			if !strings.Contains(text, e[1]) {
				t.Fatalf("%s: %q not found", name, e[1])
			}
			text = strings.Replace(text, e[1], e[2], 1)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := load.Load(fsys)
	if err != nil {
		t.Fatalf("fixture must load: %v", err)
	}
	return c
}

func rulesFound(r content.ContradictionReport) map[string]int { return r.ByRule() }

// The fixture agrees with itself on every path; the shipped content too.
func TestContradictions_None(t *testing.T) {
	c := consistent(t)
	r := c.CheckContradictions(today)
	if r.Paths < 20 {
		t.Fatalf("the fixture has only %d paths", r.Paths)
	}
	for _, x := range r.Found {
		t.Errorf("fixture: %s", c.Describe(x))
	}
	shipped := mustLoad(t)
	s := shipped.CheckContradictions(today)
	for i, x := range s.Found {
		if i == 10 {
			break
		}
		t.Errorf("shipped content: %s", shipped.Describe(x))
	}
	if len(s.Found) > 0 {
		t.Errorf("shipped content: %d contradictions on %d paths", len(s.Found), s.Paths)
	}
}

// Each rule, broken once by one change to the fixture.
func TestContradictions_Rules(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		edits [][3]string
		// on: a path (encoded answers) where the rule must fire
		on string
	}{
		{"a note about a fee that is waived", content.RuleExempt,
			[][3]string{{"01-flow.yaml", "      - id: fee_note\n        when: {charged: [title_fee]}", "      - id: fee_note"}},
			"city=town&need=extend&expiry=unknown&people=adult&benefits=yes"},
		{"a child rate beside a waived fee", content.RuleExempt,
			[][3]string{{"01-flow.yaml", "  - id: child_half\n    when: {child_rate: [half]}", "  - id: child_half\n    when: {people: [child]}"}},
			"city=town&need=extend&expiry=unknown&people=adult,child&benefits=yes"},
		{"an EC card when nothing is left to pay", content.RulePayment,
			[][3]string{{"01-flow.yaml", "      - {doc: ec_card, when: {to_pay: [\"yes\"]}}\n    fees:\n      - {fee: title_fee, per_person: true, minors: half, exempt_if: {benefits: [\"yes\"]}}\n    facts:", "      - {doc: ec_card}\n    fees:\n      - {fee: title_fee, per_person: true, minors: half, exempt_if: {benefits: [\"yes\"]}}\n    facts:"}},
			"city=town&need=extend&expiry=unknown&people=adult&benefits=yes"},
		{"an expiry warning against an automatic continuation", content.RuleContinuation,
			[][3]string{{"00-base.yaml", "    valid_on: 2026-02-01", "    valid_on: 2026-12-01"}},
			"city=town&need=ukraine&expiry=2026-11-30"},
		{"the office writes, and apply now, with no order", content.RuleOfficeWrites,
			[][3]string{{"01-flow.yaml", "{id: letter, kind: channel_note, claims: [office_writes, order]", "{id: letter, kind: channel_note, claims: [office_writes]"}},
			"city=town&need=extend&expiry=2026-12-29&people=adult&benefits=no"},
		{"extension wording on a first application", content.RuleFirstApplication,
			[][3]string{{"01-flow.yaml", "    when: {paper: [title], need: [extend]}", "    when: {need: [extend, first]}"}},
			"city=town&need=first&expiry=unknown&people=adult&benefits=no"},
		{"a title document on a Gestattung path", content.RuleAsylumPaper,
			[][3]string{{"01-flow.yaml", "      - {doc: asylum_paper, per_person: true}", "      - {doc: asylum_paper, per_person: true}\n      - {doc: card}"}},
			"city=town&need=asylum&expiry=unknown&people=adult&benefits=no"},
		{"a contact-form text on an e-mail channel", content.RuleChannel,
			[][3]string{{"00-base.yaml", "  - {id: mail, kind: email,", "  - {id: mail, kind: email, claims: [contact_form],"}},
			"city=town&need=extend&expiry=unknown&people=adult&benefits=no"},
		{"only the contact form, beside the e-mail channel", content.RuleChannel,
			[][3]string{
				{"01-flow.yaml", "{id: form_only_note, kind: channel_note,", "{id: form_only_note, kind: channel_note, claims: [only_contact_form],"},
				{"01-flow.yaml", "      - id: mail\n", "      - id: mail\n      - id: form_only_note\n"},
			},
			"city=town&need=extend&expiry=unknown&people=adult&benefits=no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := consistent(t, tt.edits...)
			r := c.CheckContradictions(today)
			by := rulesFound(r)
			if by[tt.rule] == 0 {
				t.Fatalf("rule %s not found; found %v", tt.rule, by)
			}
			for rule, n := range by {
				if rule != tt.rule {
					t.Errorf("the edit also broke %s (%d times)", rule, n)
				}
			}
			hit := false
			for _, x := range r.Found {
				hit = hit || c.Encode(x.Answers) == tt.on
			}
			if !hit {
				t.Errorf("no contradiction on %s; first: %s", tt.on, c.Describe(r.Found[0]))
			}
		})
	}
}

// The engine clears what a waived fee would still show; the check finds it
// on a checklist that keeps it (a writer must never draw shares of it).
func TestContradictions_ExemptItem(t *testing.T) {
	c := consistent(t)
	cl := &content.Checklist{Fees: []content.FeeItem{{
		Item:         content.Item{ID: "title_fee"},
		Exempt:       true,
		Shares:       []content.FeeShare{{Count: 2, Unknown: true}, {Minor: true, Count: 1, MinorRate: content.MinorHalf}},
		Alternatives: []content.FeeAlt{{ID: "title_fee", Cents: 9300}},
	}}}
	found := c.Contradictions(cl)
	if len(found) != 1 || found[0].Rule != content.RuleExempt {
		t.Errorf("an exempt fee with shares: want one %s, got %+v", content.RuleExempt, found)
	}
	cl.Fees[0].Shares = nil
	if found := c.Contradictions(cl); len(found) != 0 {
		t.Errorf("an exempt fee without shares: want none, got %+v", found)
	}
	// And the engine never leaves shares on a waived fee.
	ev, _ := c.Evaluate(parse(t, c, "city=town&need=extend&expiry=unknown&people=adult,child&benefits=yes"), today)
	for _, f := range ev.Fees {
		if f.Exempt && (len(f.Shares) > 0 || f.Max != 0 || f.Unknown) {
			t.Errorf("waived fee still priced: %+v", f)
		}
	}
}
