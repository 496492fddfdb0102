package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/internal/server"
)

// runQuestions lists every question with its answer values and words, in
// the order of the wizard (conditions sorted, so the output is stable).
func runQuestions(args []string) error {
	fs := flag.NewFlagSet("questions", flag.ExitOnError)
	lang := fs.String("lang", "de", "language of the words")
	cfg, _ := sourceFlags(fs)
	fs.Parse(args)
	if _, ok := catalog.Lookup(*lang); !ok {
		return fmt.Errorf("unknown language %q", *lang)
	}
	c, set, err := server.Sources(*cfg)
	if err != nil {
		return err
	}
	cat, err := set.Compile(*lang)
	if err != nil {
		return err
	}
	for _, q := range c.Questions {
		fmt.Printf("%s (%s): %s\n", q.ID, q.Kind, cat.T(content.QuestionTitle(q.ID)))
		switch q.Kind {
		case content.QuestionChoice:
			for _, a := range q.Answers {
				fmt.Printf("  %s=%s  %s\n", q.ID, a.ID, cat.T(content.AnswerLabel(q.ID, a.ID)))
			}
		case content.QuestionDate:
			vals := "YYYY-MM-DD"
			if q.Optional {
				vals += " | unknown"
			}
			fmt.Printf("  %s=%s\n", q.ID, vals)
		case content.QuestionPeople:
			var kinds []string
			for _, a := range q.Answers {
				kinds = append(kinds, a.ID)
			}
			fmt.Printf("  %s=KIND,KIND,… (1 to %d of %s)\n", q.ID, q.Max, strings.Join(kinds, ", "))
		}
		if len(q.AskIf) > 0 {
			var conds []string
			for _, cond := range q.AskIf {
				var parts []string
				for k, v := range cond {
					parts = append(parts, k+"="+strings.Join(v, "|"))
				}
				sort.Strings(parts)
				conds = append(conds, strings.Join(parts, " & "))
			}
			fmt.Printf("  asked if: %s\n", strings.Join(conds, "  or  "))
		}
	}
	return nil
}
