package report

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"lotse/content"
	"lotse/present"
)

// TestReviewExplainsEveryPath: the review document is complete. Every
// path's checklist is its route's example plus the single-answer changes
// of the answers that differ, plus one of the route's combined changes
// where those do not add up.
func TestReviewExplainsEveryPath(t *testing.T) {
	c, de := shipped(t)
	today := content.MustDate("2026-12-01")
	routes := Routes(c, de, de, today)
	byKey := map[string]Route{}
	total := 0
	for _, r := range routes {
		byKey[r.Key] = r
		total += r.Paths
	}
	itemsOf := func(a content.Answers) []item {
		cl, _ := c.Evaluate(a, today)
		return items(present.Build(c, cl, de, de), cl)
	}
	n, combined := 0, 0
	c.Paths(today, func(a content.Answers) {
		n++
		cl, _ := c.Evaluate(a, today)
		r, ok := byKey[cl.Route()]
		if !ok {
			t.Fatalf("%s: route %s is not in the review", c.Encode(a), cl.Route())
		}
		example := itemsOf(r.base)
		got := keys(itemsOf(a))
		var sum diff
		for _, qid := range differing(r.base, a) {
			for _, ch := range r.Changes {
				if ch.id == qid+"="+a[qid] {
					sum = sum.plus(ch.d)
				}
			}
		}
		if sameKeys(apply(example, sum), got) {
			return
		}
		for _, ch := range r.Combined {
			if sameKeys(apply(example, sum, ch.d), got) {
				combined++
				return
			}
		}
		t.Errorf("%s: the review does not explain its checklist", c.Encode(a))
	})
	if n != total {
		t.Errorf("the review counts %d paths, the flow has %d", total, n)
	}
	t.Logf("%d routes, %d paths, %d explained with a combined change", len(routes), n, combined)
}

func sameKeys(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// apply is the example with the changes made one after the other.
func apply(example []item, changes ...diff) map[string]bool {
	have := keys(example)
	for _, d := range changes {
		for _, it := range d.removed {
			delete(have, it.key)
		}
		for _, it := range d.added {
			have[it.key] = true
		}
	}
	return have
}

var update = flag.Bool("update", false, "rewrite docs/review-de.md")

// TestReviewDocumentIsCurrent: the committed German review is what the
// content says today (make golden rewrites it with the golden matrix).
func TestReviewDocumentIsCurrent(t *testing.T) {
	c, de := shipped(t)
	today := content.MustDate("2026-12-01")
	routes := Routes(c, de, de, today)
	var b bytes.Buffer
	if err := WriteReviewMarkdown(&b, routes, NewReview(c, routes, de, de, today)); err != nil {
		t.Fatal(err)
	}
	const file = "../../docs/review-de.md"
	if *update {
		if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, b.Bytes()) {
		t.Error("docs/review-de.md is out of date: run `make golden`")
	}
}
