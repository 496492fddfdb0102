package main

import (
	"flag"
	"fmt"

	"lotse/content"
)

// staleFlag adds --stale-days to `lotse check`.
func staleFlag(fs *flag.FlagSet) *int {
	return fs.Int("stale-days", content.DefaultStaleDays, "list facts checked, and sources read, more than this many days ago as stale")
}

// printStale reports the facts and sources nobody has checked for too
// long, each with file:line and the address to check it against. Stale
// facts are a warning, not a failure: they may well still be right.
func printStale(c *content.Content, today content.Date, maxDays int) {
	stale := c.Stale(today, maxDays)
	fmt.Printf("stale facts: %d (not checked for more than %d days on %s)\n", len(stale), maxDays, today)
	for _, s := range stale {
		fmt.Println("  " + s.String())
	}
}
