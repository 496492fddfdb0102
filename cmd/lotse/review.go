package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"lotse/internal/report"
)

// runReview writes all of Lotse's advice as one document an office can
// read and sign off: route by route, one checklist in full and what each
// answer changes (Markdown, or HTML when --out ends in .html). Its own
// words are German, the office's language; --lang sets the checklists'.
func runReview(args []string) error {
	fs := flag.NewFlagSet("review", flag.ExitOnError)
	lang := fs.String("lang", "de", "language")
	out := fs.String("out", "", "file to write (.md or .html; default: Markdown on standard output)")
	since := fs.String("since", "", "write only what changed since this git revision, or directory with content/data and i18n (see since.go)")
	cfg, todayFlag := sourceFlags(fs)
	fs.Parse(args)
	if *since != "" {
		return runChanges(cfg, *todayFlag, *since, *out)
	}
	wr, err := loadWritten(cfg, *todayFlag, *lang)
	if err != nil {
		return err
	}
	routes := report.Routes(wr.content, wr.local, wr.de, wr.today)
	r := report.NewReview(wr.content, routes, wr.local, wr.de, wr.today)
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
