package main

import (
	"flag"
	"fmt"

	"lotse/i18n"
)

// runStamp records German's current hash in translation files, after a
// translator has brought them in line with German. `lotse check` then lists
// every message whose German text changed later as needing review.
func runStamp(args []string) error {
	fs := flag.NewFlagSet("stamp", flag.ExitOnError)
	dir := fs.String("i18n", "i18n", "translations directory")
	fs.Parse(args)
	if fs.NArg() == 0 {
		return fmt.Errorf("usage: lotse stamp [--i18n DIR] LANG...")
	}
	for _, lang := range fs.Args() {
		if err := i18n.Stamp(*dir, lang); err != nil {
			return err
		}
		fmt.Printf("%s: stamped\n", lang)
	}
	return nil
}
