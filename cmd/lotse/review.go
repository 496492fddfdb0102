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
)

// runReview writes all of Lotse's advice as one document an office can
// read and sign off: route by route, one checklist in full and what each
// answer changes (Markdown, or HTML when --out ends in .html). Its own
// words are German, the office's language; --lang sets the checklists'.
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
	routes := report.Routes(c, local, de, today)
	r := report.NewReview(c, routes, local, de, today)
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
		return report.WriteReviewHTML(w, routes, r, *lang)
	}
	return report.WriteReviewMarkdown(w, routes, r)
}
