package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"lotse/content"
	"lotse/internal/server"
)

// runPaths prints the representative paths (one per route, fee shape and
// household shape) as JSON, for the browser sweep; --all prints every
// path's answers, one per line.
func runPaths(args []string) error {
	fs := flag.NewFlagSet("paths", flag.ExitOnError)
	all := fs.Bool("all", false, "print every path's answers instead, one per line")
	cfg, todayFlag := sourceFlags(fs)
	fs.Parse(args)
	_, today, err := parseToday(*todayFlag)
	if err != nil {
		return err
	}
	c, _, err := server.Sources(*cfg)
	if err != nil {
		return err
	}
	if *all {
		n := 0
		c.Paths(today, func(a content.Answers) {
			fmt.Println(c.Encode(a))
			n++
		})
		fmt.Fprintf(os.Stderr, "%d paths\n", n)
		return nil
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(c.Representatives(today))
}
