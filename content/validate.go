package content

import (
	"fmt"
	"sort"
	"strconv"
)

// Problem is a content error with the place it was found.
type Problem struct {
	Pos
	Msg string
}

func (p Problem) Error() string {
	if p.File == "" {
		return p.Msg
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// Validate checks every reference, condition, provenance and path of the
// content. today decides which facts are past their end date. It returns
// all problems found, in file order.
func (c *Content) Validate(today Date) []Problem {
	c.Index()
	v := &validator{c: c, today: today}
	v.unique()
	v.provenance()
	v.references()
	v.flow()
	sort.SliceStable(v.problems, func(i, j int) bool {
		a, b := v.problems[i], v.problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return v.problems
}

type validator struct {
	c        *Content
	today    Date
	problems []Problem
}

func (v *validator) errorf(p Pos, format string, args ...any) {
	v.problems = append(v.problems, Problem{p, fmt.Sprintf(format, args...)})
}

func (v *validator) unique() {
	seen := map[string]Pos{}
	check := func(kind, id string, p Pos) {
		if id == "" {
			v.errorf(p, "%s without id", kind)
			return
		}
		key := kind + ":" + id
		if first, ok := seen[key]; ok {
			v.errorf(p, "duplicate %s id %q (first at %s:%d)", kind, id, first.File, first.Line)
			return
		}
		seen[key] = p
	}
	c := v.c
	for _, x := range c.Sources {
		check("source", x.ID, x.Pos)
	}
	for _, x := range c.Authorities {
		check("authority", x.ID, x.Pos)
	}
	for _, x := range c.Sources {
		if x.Authority != "" && c.Authority(x.Authority) == nil {
			v.errorf(x.Pos, "source %q: unknown authority %q", x.ID, x.Authority)
		}
	}
	for _, x := range c.Offices {
		check("office", x.ID, x.Pos)
	}
	for _, x := range c.Teams {
		check("team", x.ID, x.Pos)
	}
	for _, x := range c.Channels {
		check("channel", x.ID, x.Pos)
	}
	for _, x := range c.Questions {
		check("question", x.ID, x.Pos)
		answers := map[string]bool{}
		for _, a := range x.Answers {
			if answers[a.ID] {
				v.errorf(x.Pos, "question %q: duplicate answer %q", x.ID, a.ID)
			}
			answers[a.ID] = true
		}
		switch x.Kind {
		case "choice":
			if len(x.Answers) == 0 {
				v.errorf(x.Pos, "choice question %q has no answers", x.ID)
			}
		case "date":
		case "count":
			if x.Max < 1 {
				v.errorf(x.Pos, "count question %q needs max >= 1", x.ID)
			}
		default:
			v.errorf(x.Pos, "question %q: unknown kind %q (choice, date, count)", x.ID, x.Kind)
		}
	}
	for _, x := range c.Documents {
		check("document", x.ID, x.Pos)
	}
	for _, x := range c.Fees {
		check("fee", x.ID, x.Pos)
	}
	for _, x := range c.Facts {
		check("fact", x.ID, x.Pos)
	}
	for _, x := range c.Procedures {
		check("procedure", x.ID, x.Pos)
	}
}

func (v *validator) prov(p Pos, what string, pr Provenance) {
	if len(pr.Source) == 0 {
		v.errorf(p, "%s has no source", what)
	}
	for _, s := range pr.Source {
		if v.c.Source(s) == nil {
			v.errorf(p, "%s: unknown source %q", what, s)
		}
	}
	if pr.Checked.IsZero() {
		v.errorf(p, "%s has no check date (checked: YYYY-MM-DD)", what)
	}
	if pr.Supersedes != "" && v.c.Fact(pr.Supersedes) == nil {
		v.errorf(p, "%s supersedes unknown fact %q", what, pr.Supersedes)
	}
}

func (v *validator) provenance() {
	c := v.c
	for _, x := range c.Authorities {
		v.prov(x.Pos, "authority "+x.ID, x.Provenance)
	}
	for _, x := range c.Offices {
		v.prov(x.Pos, "office "+x.ID, x.Provenance)
	}
	for _, x := range c.Teams {
		v.prov(x.Pos, "team "+x.ID, x.Provenance)
	}
	for _, x := range c.Channels {
		v.prov(x.Pos, "channel "+x.ID, x.Provenance)
	}
	for _, x := range c.Fees {
		v.prov(x.Pos, "fee "+x.ID, x.Provenance)
		if x.Cents < 0 {
			v.errorf(x.Pos, "fee %q: negative amount", x.ID)
		}
	}
	for _, x := range c.Facts {
		v.prov(x.Pos, "fact "+x.ID, x.Provenance)
	}
	for _, x := range c.Procedures {
		v.prov(x.Pos, "procedure "+x.ID, x.Provenance)
	}
}

func (v *validator) cond(p Pos, what string, cond Cond) {
	for k, vals := range cond {
		q := v.c.Question(k)
		if q == nil {
			v.errorf(p, "%s: condition names unknown question %q", what, k)
			continue
		}
		for _, val := range vals {
			if !v.answerExists(q, val) {
				v.errorf(p, "%s: condition names unknown answer %q of question %q", what, val, k)
			}
		}
	}
}

func (v *validator) answerExists(q *Question, val string) bool {
	switch q.Kind {
	case "choice":
		for _, a := range q.Answers {
			if a.ID == val {
				return true
			}
		}
	case "date":
		switch val {
		case BucketExpired, BucketSoon, BucketLater:
			return true
		case BucketUnknown:
			return q.Optional
		}
	case "count":
		n, err := strconv.Atoi(val)
		return err == nil && n >= 0 && n <= q.Max
	}
	return false
}

func (v *validator) references() {
	c := v.c
	for _, o := range c.Offices {
		if c.Authority(o.Authority) == nil {
			v.errorf(o.Pos, "office %q: unknown authority %q", o.ID, o.Authority)
		}
	}
	for _, t := range c.Teams {
		if c.Authority(t.Authority) == nil {
			v.errorf(t.Pos, "team %q: unknown authority %q", t.ID, t.Authority)
		}
		if c.Office(t.Office) == nil {
			v.errorf(t.Pos, "team %q: unknown office %q", t.ID, t.Office)
		}
	}
	for _, q := range c.Questions {
		for _, cond := range q.AskIf {
			v.cond(q.Pos, "question "+q.ID, cond)
		}
		for _, a := range q.Answers {
			for _, cond := range a.If {
				v.cond(q.Pos, "answer "+q.ID+"="+a.ID, cond)
			}
		}
	}
	for _, r := range c.Routes {
		v.cond(r.Pos, "route", r.When)
		switch r.Outcome {
		case OutcomeChecklist:
			if c.Procedure(r.Procedure) == nil {
				v.errorf(r.Pos, "route: unknown procedure %q", r.Procedure)
			}
		case OutcomeOtherCity, OutcomeNotCovered:
			if r.Procedure != "" && c.Procedure(r.Procedure) == nil {
				v.errorf(r.Pos, "route: unknown procedure %q", r.Procedure)
			}
		default:
			v.errorf(r.Pos, "route: unknown outcome %q (checklist, other_city, not_covered)", r.Outcome)
		}
	}
	for _, ref := range c.Common {
		v.factRef(Pos{File: "common"}, "common", ref)
	}
	for _, p := range c.Procedures {
		what := "procedure " + p.ID
		if t := c.Team(p.Team); t == nil {
			v.errorf(p.Pos, "%s: unknown team %q", what, p.Team)
		}
		if p.Office != "" && c.Office(p.Office) == nil {
			v.errorf(p.Pos, "%s: unknown office %q", what, p.Office)
		}
		for _, ref := range p.Channels {
			if c.Channel(ref.ID) != nil {
				v.cond(p.Pos, what, ref.When)
			} else if f := c.Fact(ref.ID); f != nil && f.Kind == "channel_note" {
				v.factRef(p.Pos, what, ref)
			} else {
				v.errorf(p.Pos, "%s: unknown channel or channel_note %q", what, ref.ID)
			}
		}
		for _, ref := range p.Documents {
			v.cond(p.Pos, what, ref.When)
			if c.Document(ref.Doc) == nil {
				v.errorf(p.Pos, "%s: unknown document %q", what, ref.Doc)
			}
			for _, alt := range ref.Or {
				if c.Document(alt) == nil {
					v.errorf(p.Pos, "%s: unknown alternative document %q", what, alt)
				}
			}
			for _, s := range ref.Source {
				if c.Source(s) == nil {
					v.errorf(p.Pos, "%s: document %q: unknown source %q", what, ref.Doc, s)
				}
			}
		}
		for _, ref := range p.Fees {
			v.cond(p.Pos, what, ref.When)
			ids := ref.AnyOf
			if ref.Fee != "" {
				ids = append([]string{ref.Fee}, ids...)
			}
			if len(ids) == 0 {
				v.errorf(p.Pos, "%s: fee entry names no fee", what)
			}
			for _, id := range ids {
				if c.Fee(id) == nil {
					v.errorf(p.Pos, "%s: unknown fee %q", what, id)
				}
			}
			if ref.PerCount != "" {
				if q := c.Question(ref.PerCount); q == nil || q.Kind != "count" {
					v.errorf(p.Pos, "%s: per_count %q is not a count question", what, ref.PerCount)
				}
			}
		}
		for _, ref := range p.Facts {
			v.factRef(p.Pos, what, ref)
		}
	}
}

func (v *validator) factRef(p Pos, what string, ref ItemRef) {
	v.cond(p, what, ref.When)
	f := v.c.Fact(ref.ID)
	if f == nil {
		v.errorf(p, "%s: unknown fact %q", what, ref.ID)
		return
	}
	if f.Kind == "history" {
		v.errorf(f.Pos, "fact %q is history (superseded) but %s presents it as current", f.ID, what)
	}
	if !v.today.IsZero() && !f.Until.IsZero() && f.Until.Before(v.today) {
		v.errorf(f.Pos, "fact %q ended on %s but %s presents it as current: update it or mark it kind: history", f.ID, f.Until, what)
	}
}

// flow enumerates every path and reports unreachable questions and
// routes, and paths that reach no outcome.
func (v *validator) flow() {
	c := v.c
	if len(v.problems) > 0 {
		return // paths over broken references would only repeat the errors
	}
	asked := map[string]bool{}
	answered := map[string]bool{}
	routed := make([]bool, len(c.Routes))
	var missing []Answers
	today := v.today
	if today.IsZero() {
		today = c.Checked
	}
	c.Paths(today, func(a Answers) {
		steps, _ := c.Walk(a, today)
		for _, s := range steps {
			asked[s.Question.ID] = true
			answered[s.Question.ID+"="+s.Value] = true
		}
		for i := range c.Routes {
			if c.match(c.Routes[i].When, a, today) {
				routed[i] = true
				return
			}
		}
		if len(missing) < 5 {
			missing = append(missing, a)
		}
	})
	for _, q := range c.Questions {
		if !asked[q.ID] {
			v.errorf(q.Pos, "question %q is never asked", q.ID)
			continue
		}
		for _, a := range q.Answers {
			if !answered[q.ID+"="+a.ID] {
				v.errorf(q.Pos, "answer %q of question %q can never be chosen", a.ID, q.ID)
			}
		}
	}
	for i, r := range c.Routes {
		if !routed[i] {
			v.errorf(r.Pos, "route is never taken (an earlier route catches all its paths)")
		}
	}
	for _, a := range missing {
		v.errorf(Pos{File: "routes"}, "no route for answers %s", c.Encode(a))
	}
}
