package main

import (
	"fmt"

	"lotse/content"
)

// maxListed bounds how many contradictions `lotse check` lists one by one.
const maxListed = 20

// checkContradictions prints "contradictions: N" for every path as of
// today, then the first ones and the count per rule; it tells whether
// any was found (the check fails then).
func checkContradictions(c *content.Content, today content.Date) bool {
	r := c.CheckContradictions(today)
	fmt.Printf("contradictions: %d (%d paths)\n", len(r.Found), r.Paths)
	for i, x := range r.Found {
		if i == maxListed {
			fmt.Printf("  … %d more\n", len(r.Found)-maxListed)
			break
		}
		fmt.Println("  " + c.Describe(x))
	}
	by := r.ByRule()
	for _, rule := range content.Rules {
		if n := by[rule]; n > 0 {
			fmt.Printf("  %s: %d\n", rule, n)
		}
	}
	return len(r.Found) > 0
}
