package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	lotse "lotse/app"
	"lotse/content"
)

// runChecklist prints the checklist for answers given in the app's URL
// encoding.
func runChecklist(args []string) error {
	fs := flag.NewFlagSet("checklist", flag.ExitOnError)
	answers := fs.String("answers", "", "answers as in the app's URL, e.g. 'city=dortmund&need=register&citizenship=eu'")
	lang := fs.String("lang", "de", "language")
	todayFlag := fs.String("today", "", "the day to compute deadlines for (YYYY-MM-DD; default: today)")
	format := fs.String("format", "text", "text or json")
	src := sourceFlags(fs)
	fs.Parse(args)
	today, err := parseToday(*todayFlag)
	if err != nil {
		return err
	}
	st, err := loadSite(*src, today)
	if err != nil {
		return err
	}
	if _, ok := st.data.Catalogs[*lang]; !ok {
		return fmt.Errorf("unknown language %q", *lang)
	}
	c := st.data.Content
	cl, next := c.Evaluate(content.ParseAnswers(*answers), today)
	if next != nil {
		return fmt.Errorf("answers incomplete: next question is %q (see `lotse questions`)", next.ID)
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(cl)
	case "text":
		fmt.Print(lotse.ChecklistText(st.data, *lang, cl))
		return nil
	}
	return fmt.Errorf("unknown format %q (text, json)", *format)
}
