package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCheckStaleFacts: `lotse check --today 2027-07-01` counts the
// facts and sources unchecked for more than 180 days and lists each with
// file:line and an address; a longer --stale-days makes them current.
// The check still fails there (a fact in use has ended by then), which
// is not what this test is about.
func TestCheckStaleFacts(t *testing.T) {
	count := regexp.MustCompile(`(?m)^stale facts: (\d+) `)
	entry := regexp.MustCompile(`(?m)^  \S+\.yaml:\d+: (fact|fee|team|office|channel|procedure|authority|source|rate|continuation|operator) \S+ (checked|read) .* (https?://|seed )`)
	cases := []struct {
		args []string
		some bool
	}{
		{[]string{"--today", "2027-07-01"}, true},
		{[]string{"--today", "2027-07-01", "--stale-days", "3650"}, false},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out, _ := captureStdout(t, func() error { return runCheck(tc.args) })
			m := count.FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no stale facts line:\n%s", out)
			}
			n, _ := strconv.Atoi(m[1])
			listed := len(entry.FindAllString(out, -1))
			if (n > 0) != tc.some || listed != n {
				t.Errorf("stale facts: %d, %d listed with file:line and address; want some: %v\n%s", n, listed, tc.some, out)
			}
		})
	}
}
