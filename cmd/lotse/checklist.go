package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"lotse/i18n/catalog"
	"lotse/internal/report"
	"lotse/internal/server"
	"lotse/present"
)

// runChecklist prints the checklist for answers given in the app's URL
// encoding: the presented checklist as text or JSON.
func runChecklist(args []string) error {
	fs := flag.NewFlagSet("checklist", flag.ExitOnError)
	answers := fs.String("answers", "", "answers as in the app's URL, e.g. 'city=dortmund&need=register&citizenship=eu'")
	lang := fs.String("lang", "de", "language")
	format := fs.String("format", "text", "text, json (the presented checklist) or engine (the language-neutral result)")
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
	a, rejected := c.ParseQuery(*answers)
	if len(rejected) > 0 {
		return fmt.Errorf("answers not understood for %v (see `lotse questions`)", rejected)
	}
	cl, next := c.Evaluate(a, today)
	if next != nil {
		return fmt.Errorf("answers incomplete: next question is %q (see `lotse questions`)", next.ID)
	}
	local, err := set.Compile(*lang)
	if err != nil {
		return err
	}
	de, err := set.Compile(catalog.Source)
	if err != nil {
		return err
	}
	p := present.Build(c, cl, local, de)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	switch *format {
	case "json":
		return enc.Encode(p)
	case "engine":
		return enc.Encode(cl)
	case "text":
		return report.WriteText(os.Stdout, p, present.NewLabels(local, de))
	}
	return fmt.Errorf("unknown format %q (text, json, engine)", *format)
}
