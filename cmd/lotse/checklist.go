package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"lotse/internal/report"
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
	wr, err := loadWritten(cfg, *todayFlag, *lang)
	if err != nil {
		return err
	}
	c := wr.content
	a, rejected := c.ParseQuery(*answers)
	if len(rejected) > 0 {
		return fmt.Errorf("answers not understood for %v (see `lotse questions`)", rejected)
	}
	cl, next := c.Evaluate(a, wr.today)
	if next != nil {
		return fmt.Errorf("answers incomplete: next question is %q (see `lotse questions`)", next.ID)
	}
	p := present.Build(c, cl, wr.local, wr.de)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	switch *format {
	case "json":
		return enc.Encode(p)
	case "engine":
		return enc.Encode(cl)
	case "text":
		return report.WriteText(os.Stdout, p)
	}
	return fmt.Errorf("unknown format %q (text, json, engine)", *format)
}
