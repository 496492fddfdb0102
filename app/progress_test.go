package app

import (
	"testing"
	"time"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
)

func shippedContent(t testing.TB) *content.Content {
	t.Helper()
	c, err := load.Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestProgressNeverGoesBack answers every path through the shipped
// questions one question at a time: the bar's total never grows, its
// share only grows, and the total is never below the questions the path
// really asks.
func TestProgressNeverGoesBack(t *testing.T) {
	c := shippedContent(t)
	today := content.MustDate("2026-12-01")
	memo := map[string]int{}
	total := func(a content.Answers) (int, int) {
		steps, next := c.Walk(a, today)
		key := c.Encode(a)
		if n, ok := memo[key]; ok {
			return len(steps) + 1, n
		}
		n := progressTotal(c, steps, next, today)
		memo[key] = n
		return len(steps) + 1, n
	}
	paths := 0
	c.Paths(today, func(full content.Answers) {
		paths++
		steps, _ := c.Walk(full, today)
		a := content.Answers{}
		prevStep, prevTotal := 0, 0
		for _, s := range steps {
			step, n := total(a)
			if prevTotal > 0 {
				if n > prevTotal {
					t.Fatalf("%s: before %s the total grew from %d to %d", c.Encode(full), s.Question.ID, prevTotal, n)
				}
				if step*prevTotal <= prevStep*n {
					t.Fatalf("%s: before %s the bar went from %d/%d to %d/%d", c.Encode(full), s.Question.ID, prevStep, prevTotal, step, n)
				}
			}
			if n < len(steps) {
				t.Fatalf("%s: total %d below the %d questions asked", c.Encode(full), n, len(steps))
			}
			prevStep, prevTotal = step, n
			a = a.With(s.Question.ID, s.Value)
		}
	})
	if paths < 100 {
		t.Fatalf("only %d paths walked", paths)
	}
}

// TestProgressIsQuick: the first question explores every way on; it
// must stay far below a frame's worth of work natively (the browser's
// wasm is several times slower).
func TestProgressIsQuick(t *testing.T) {
	c := shippedContent(t)
	today := content.MustDate("2026-12-01")
	steps, next := c.Walk(content.Answers{}, today)
	start := time.Now()
	n := progressTotal(c, steps, next, today)
	took := time.Since(start)
	t.Logf("longest path %d questions, computed in %v", n, took)
	if took > 20*time.Millisecond {
		t.Errorf("the first question's total took %v", took)
	}
}
