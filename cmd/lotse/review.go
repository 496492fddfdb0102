package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"lotse/i18n/catalog"
	"lotse/internal/report"
	"lotse/internal/server"
	"lotse/present"
)

// runReview writes every outcome (one per distinct advice, with the
// number of answer paths leading to it) as one document an office can
// read and sign off: Markdown, or HTML when --out ends in .html.
func runReview(args []string) error {
	fs := flag.NewFlagSet("review", flag.ExitOnError)
	lang := fs.String("lang", "de", "language")
	out := fs.String("out", "", "file to write (.md or .html; default: Markdown on standard output)")
	cfg, todayFlag := sourceFlags(fs)
	fs.Parse(args)
	_, today, err := parseToday(*todayFlag)
	if err != nil {
		return err
	}
	if _, ok := catalog.Lookup(*lang); !ok {
		return fmt.Errorf("unknown language %q", *lang)
	}
	c, set, err := server.Sources(*cfg)
	if err != nil {
		return err
	}
	local, err := set.Compile(*lang)
	if err != nil {
		return err
	}
	de, err := set.Compile(catalog.Source)
	if err != nil {
		return err
	}
	outcomes := report.Outcomes(c, local, de, today)
	paths := 0
	for _, o := range outcomes {
		paths += len(o.Answers)
	}
	r := report.Review{
		Title: local.T(string(present.KeyReviewTitle)),
		Intro: local.T(string(present.KeyReviewIntro), catalog.Args{
			"Checked": catalog.Date(*lang, c.Checked.Time()), "Today": catalog.Date(*lang, today.Time()),
			"Outcomes": catalog.Number(*lang, len(outcomes)), "Paths": catalog.Number(*lang, paths),
		}),
		Paths:  func(n int) string { return local.N(string(present.KeyReviewPaths), n) },
		Labels: present.NewLabels(local, de),
	}
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("review: %w", err)
		}
		defer f.Close()
		w = f
	}
	if strings.HasSuffix(*out, ".html") {
		return report.WriteReviewHTML(w, outcomes, r, *lang)
	}
	return report.WriteReviewMarkdown(w, outcomes, r)
}
