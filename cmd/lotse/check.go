package main

import (
	"flag"
	"fmt"
	"strings"

	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
)

// runCheck validates content and translations and reports per language.
// A fact in use past its end date fails (editors must act); one that ends
// within the settings' warn_days is a warning.
func runCheck(args []string) error {
	fs := flag.NewFlagSet("check", flag.ExitOnError)
	cfg, todayFlag := sourceFlags(fs)
	staleDays := staleFlag(fs)
	fs.Parse(args)
	_, today, err := parseToday(*todayFlag)
	if err != nil {
		return err
	}
	// Translations are read first: a typo in one is reported at once, not
	// after the content's checks over every path (seconds).
	set, err := i18n.Load(cfg.I18nFS())
	if err != nil {
		return fmt.Errorf("translations: FAILED\n%w", err)
	}
	c, err := load.Load(cfg.ContentFS())
	if err != nil {
		return fmt.Errorf("content: FAILED\n%w", err)
	}
	fmt.Printf("content: ok (%d questions, %d procedures, %d documents, %d fees, %d facts; newest check %s)\n",
		len(c.Questions), len(c.Procedures), len(c.Documents), len(c.Fees), len(c.Facts), c.Checked)
	failed := false
	for _, e := range c.Expiring(today, c.Settings.WarnDays) {
		if e.Days < 0 {
			failed = true
			fmt.Println("FAILED: " + e.String())
		} else {
			fmt.Println("warning: " + e.String())
		}
	}
	if checkContradictions(c, today) {
		failed = true
	}
	printStale(c, today, *staleDays)
	printOperator(c)
	complete := 0
	for _, r := range set.Check(c.TextKeys()) {
		state := "complete"
		if r.Complete() {
			complete++
		} else {
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
	fmt.Printf("languages: %d of %d complete\n", complete, len(catalog.Languages))
	if failed {
		return fmt.Errorf("check: FAILED")
	}
	return nil
}
