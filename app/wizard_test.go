package app

import (
	"strings"
	"testing"

	"lotse/content"
)

// TestWizard_Question: a question is one page: its title, one link per
// open answer leading to the next step with that answer added (the
// checklist when nothing is open), the progress, and a way back.
func TestWizard_Question(t *testing.T) {
	for _, tc := range []struct{ url, question string }{
		{"/de/q/", "city"},
		{"/ar/q/?city=dortmund", "need"},
		{"/ar/q/?city=dortmund&need=naturalisation", "people"},
	} {
		p := &wizardPage{page: page{v: viewOf(t, tc.url)}}
		if !p.load() || p.q.ID != tc.question {
			t.Fatalf("%s: asks %v, want %s", tc.url, p.q, tc.question)
		}
		doc := mount(t, p)
		lang := p.v.lang
		if h := all(doc, "h1", ""); len(h) != 1 || attrOf(h[0], "id") != "question" || textIn(h[0]) != catalogText(p.v, content.QuestionTitle(tc.question)) {
			t.Errorf("%s: the heading is not the question", tc.url)
		}
		links := all(doc, "a", "answer")
		if len(links) == 0 {
			t.Fatalf("%s: no answer links", tc.url)
		}
		for _, a := range links {
			href := attrOf(a, "href")
			if !strings.HasPrefix(href, "/"+lang+"/q/?") && !strings.HasPrefix(href, "/"+lang+"/checklist/?") || !strings.Contains(href, tc.question+"=") {
				t.Errorf("%s: answer link %q does not answer %s", tc.url, href, tc.question)
			}
		}
		if len(all(doc, "progress", "")) != 1 {
			t.Errorf("%s: no progress bar", tc.url)
		}
		if back := all(doc, "a", "back"); (len(back) == 1) != (tc.question != "city") {
			t.Errorf("%s: %d back links", tc.url, len(back))
		}
	}
}

// TestWizard_InvalidDate: a date the question does not take is asked
// again, marked invalid, and never shown back.
func TestWizard_InvalidDate(t *testing.T) {
	const bad = "2027-02-30"
	p := &wizardPage{page: page{v: viewOf(t, "/de/q/?city=dortmund&need=extend&citizenship=other&status=study&expiry="+bad)}}
	if !p.load() || p.q.ID != "expiry" || !p.invalid {
		t.Fatalf("asks %v (invalid %v), want the expiry question again", p.q, p.invalid)
	}
	doc := mount(t, p)
	// go-app writes the value "true" as a bare attribute.
	inputs := 0
	for _, n := range all(doc, "input", "") {
		if attrOf(n, "type") == "date" {
			inputs++
			if !hasAttr(n, "aria-invalid") || attrOf(n, "value") == bad {
				t.Errorf("date input: aria-invalid %v, value %q", hasAttr(n, "aria-invalid"), attrOf(n, "value"))
			}
		}
	}
	if inputs != 1 {
		t.Errorf("%d date inputs", inputs)
	}
	if errs := all(doc, "p", "error"); len(errs) != 1 || attrOf(errs[0], "id") != "date-error" {
		t.Errorf("no error message for the date")
	}
	if strings.Contains(textIn(doc), bad) {
		t.Errorf("the rejected value is shown")
	}
}

func catalogText(v *view, id string) string { return strings.Join(strings.Fields(v.text(id)), " ") }
