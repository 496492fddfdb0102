package main

import (
	"flag"
	"fmt"
	"strings"

	lotse "lotse/app"
)

// runQuestions lists every question with its answer values and words.
func runQuestions(args []string) error {
	fs := flag.NewFlagSet("questions", flag.ExitOnError)
	lang := fs.String("lang", "de", "language of the words")
	src := sourceFlags(fs)
	fs.Parse(args)
	st, err := loadSite(*src, lotse.Today())
	if err != nil {
		return err
	}
	cat, ok := st.data.Catalogs[*lang]
	if !ok {
		return fmt.Errorf("unknown language %q", *lang)
	}
	for _, q := range st.data.Content.Questions {
		fmt.Printf("%s (%s): %s\n", q.ID, q.Kind, cat.T("question."+q.ID+".title"))
		switch q.Kind {
		case "choice":
			for _, a := range q.Answers {
				fmt.Printf("  %s=%s  %s\n", q.ID, a.ID, cat.T("answer."+q.ID+"."+a.ID))
			}
		case "date":
			vals := "YYYY-MM-DD"
			if q.Optional {
				vals += " | unknown"
			}
			fmt.Printf("  %s=%s\n", q.ID, vals)
		case "count":
			fmt.Printf("  %s=0 … %d\n", q.ID, q.Max)
		}
		if len(q.AskIf) > 0 {
			var conds []string
			for _, c := range q.AskIf {
				var parts []string
				for k, v := range c {
					parts = append(parts, k+"="+strings.Join(v, "|"))
				}
				conds = append(conds, strings.Join(parts, " & "))
			}
			fmt.Printf("  asked if: %s\n", strings.Join(conds, "  or  "))
		}
	}
	return nil
}
