package main

import (
	"flag"
	"fmt"
	"strings"

	lotse "lotse/app"
	"lotse/content"
	"lotse/content/load"
	"lotse/i18n"
)

// parseToday reads a --today flag; empty means today.
func parseToday(s string) (content.Date, error) {
	if s == "" {
		return lotse.Today(), nil
	}
	d, err := content.ParseDate(s)
	if err != nil {
		return content.Date{}, fmt.Errorf("--today: %w", err)
	}
	return d, nil
}

// runCheck validates content and translations and reports per language.
func runCheck(args []string) error {
	fs := flag.NewFlagSet("check", flag.ExitOnError)
	src := sourceFlags(fs)
	todayFlag := fs.String("today", "", "check end dates against this day (YYYY-MM-DD; default: today)")
	fs.Parse(args)
	today, err := parseToday(*todayFlag)
	if err != nil {
		return err
	}

	c, err := load.Load(src.contentFS(), today)
	if err != nil {
		return fmt.Errorf("content: FAILED\n%w", err)
	}
	fmt.Printf("content: ok (%d questions, %d procedures, %d documents, %d fees, %d facts; newest check %s)\n",
		len(c.Questions), len(c.Procedures), len(c.Documents), len(c.Fees), len(c.Facts), c.Checked)
	set, err := i18n.Load(src.i18nFS())
	if err != nil {
		return fmt.Errorf("translations: FAILED\n%w", err)
	}
	failed := false
	for _, r := range set.Check(c.TextKeys()) {
		state := "complete"
		if !r.Complete() {
			state, failed = "INCOMPLETE", true
		}
		fmt.Printf("%s: %d/%d messages, %s, review: %s, needs review: %d\n", r.Lang, r.Translated, r.Total, state, r.Review, len(r.NeedsReview))
		list := func(what string, ids []string) {
			if len(ids) > 0 {
				fmt.Printf("  %s (%d): %s\n", what, len(ids), strings.Join(ids, ", "))
			}
		}
		list("missing", r.Missing)
		list("unused", r.Unused)
		list("needs review (German changed)", r.NeedsReview)
		for _, p := range r.Problems {
			fmt.Println("  " + p)
		}
	}
	if failed {
		return fmt.Errorf("translations: FAILED")
	}
	return nil
}
