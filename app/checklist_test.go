package app

import (
	"regexp"
	"strings"
	"testing"

	"lotse/present"
)

const familyAnswers = "city=dortmund&need=extend&citizenship=other&status=protection&expiry=2027-03-15&people=adult,adult,child_6_17,child_under_6&benefits=yes&urgent=none"

// TestChecklist_FamilyDocuments: a family's documents are listed once
// each; a document each person brings has a box per person (keys
// "doc@N", labelled by the document and the person), one the family
// brings once has one box; nothing is ticked before the app runs.
func TestChecklist_FamilyDocuments(t *testing.T) {
	p, doc := checklistOf(t, "/de/checklist/?"+familyAnswers)
	rows := map[string]present.Row{}
	for _, r := range p.model.Section(present.SectionDocuments).Rows {
		if r.Kind == present.RowDoc {
			rows[r.ID] = r
		}
	}
	items := all(doc, "li", "doc")
	if len(items) != len(rows) || len(rows) < 4 {
		t.Fatalf("%d document items for %d documents", len(items), len(rows))
	}
	ids := map[string]bool{}
	for _, n := range all(doc, "", "") {
		if id := attrOf(n, "id"); id != "" {
			ids[id] = true
		}
	}
	boxes, perPerson, once := 0, 0, 0
	for _, li := range items {
		r := rows[strings.TrimPrefix(attrOf(li, "id"), "documents-")]
		inputs := all(li, "input", "")
		if len(inputs) != len(r.Ticks) {
			t.Fatalf("%s: %d boxes, %d ticks", r.ID, len(inputs), len(r.Ticks))
		}
		for i, in := range inputs {
			boxes++
			if attrOf(in, "value") != r.Ticks[i].Key || hasAttr(in, "checked") {
				t.Errorf("%s: box %d is %q (checked %v), want %q unticked", r.ID, i, attrOf(in, "value"), hasAttr(in, "checked"), r.Ticks[i].Key)
			}
			for _, ref := range strings.Fields(attrOf(in, "aria-labelledby")) {
				if !ids[ref] {
					t.Errorf("%s: box %d is labelled by a missing element %q", r.ID, i, ref)
				}
			}
		}
		switch {
		case len(r.Ticks) == 4 && r.Ticks[3].Key == r.ID+"@4":
			perPerson++
		case len(r.Ticks) == 1 && r.Ticks[0].Key == r.ID:
			once++
		}
	}
	if boxes != p.model.TickCount() || perPerson == 0 || once == 0 {
		t.Errorf("%d boxes (the list has %d), %d documents for each of four, %d for the family once", boxes, p.model.TickCount(), perPerson, once)
	}
}

// TestChecklist_FeeExemption: on benefits, the residence fee shows the
// exemption where its amount was, the total follows, and the benefits
// notice joins the documents; without benefits the fee has an amount.
func TestChecklist_FeeExemption(t *testing.T) {
	const student = "city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-03-15&length=over3m&people=adult&urgent=none&benefits="
	exempt := shippedData(t).Catalogs["de"].T(string(present.KeyFeesExempt))
	docs := map[string]map[string]bool{}
	for _, benefits := range []string{"yes", "no"} {
		_, doc := checklistOf(t, "/de/checklist/?"+student+benefits)
		docs[benefits] = map[string]bool{}
		for _, li := range all(doc, "li", "doc") {
			docs[benefits][attrOf(li, "id")] = true
		}
		fees := all(doc, "li", "row-fee")
		if len(fees) == 0 {
			t.Fatalf("benefits=%s: no fee rows", benefits)
		}
		first := textIn(all(fees[0], "span", "amount")[0])
		if (first == exempt) != (benefits == "yes") {
			t.Errorf("benefits=%s: the residence fee reads %q", benefits, first)
		}
		if benefits == "no" && !regexp.MustCompile(`\d+ €`).MatchString(first) {
			t.Errorf("without benefits the fee has an amount, not %q", first)
		}
		total := all(doc, "li", "row-total")
		summary := all(doc, "section", "summary")
		if len(total) != 1 || len(summary) != 1 || !strings.Contains(textIn(summary[0]), textIn(all(total[0], "span", "amount")[0])) {
			t.Errorf("benefits=%s: the summary's cost is not the total", benefits)
		}
	}
	joined := 0
	for id := range docs["yes"] {
		if !docs["no"][id] {
			joined++
		}
	}
	if joined == 0 {
		t.Errorf("on benefits no document (the benefits notice) joins the list")
	}
}

// TestChecklist_RightToLeft: an Arabic family's page is in Arabic, with
// the German beside the official names only (documents, team, office,
// fees), each German term isolated left to right; headings, person
// labels and running text carry no German.
func TestChecklist_RightToLeft(t *testing.T) {
	p, doc := checklistOf(t, "/ar/checklist/?"+familyAnswers)
	if !p.v.rtl || !regexp.MustCompile(`\p{Arabic}`).MatchString(textIn(all(doc, "h1", "")[0])) {
		t.Fatalf("the heading is not Arabic: %q", textIn(all(doc, "h1", "")[0]))
	}
	terms := all(doc, "bdi", "de")
	if len(terms) < 6 {
		t.Fatalf("%d German terms on the page", len(terms))
	}
	for _, b := range terms {
		if attrOf(b, "lang") != "de" || attrOf(b, "dir") != "ltr" {
			t.Errorf("a German term without lang=de dir=ltr: %q", textIn(b))
		}
	}
	for _, li := range all(doc, "li", "doc") {
		if len(all(li, "bdi", "de")) != 1 {
			t.Errorf("document %s: want its German name beside it once", attrOf(li, "id"))
		}
	}
	for _, class := range []string{"row-people", "row-answer", "row-text", "row-warning"} {
		for _, n := range all(doc, "li", class) {
			if len(all(n, "bdi", "de")) > 0 {
				t.Errorf("%s has German beside: %q", class, textIn(n))
			}
		}
	}
	for _, h := range append(all(doc, "h1", ""), all(doc, "h2", "")...) {
		if len(all(h, "bdi", "")) > 0 || regexp.MustCompile(`[A-Za-zÄÖÜäöüß]{4}`).MatchString(textIn(h)) {
			t.Errorf("a heading with German in it: %q", textIn(h))
		}
	}
}
