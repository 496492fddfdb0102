package content

import "strings"

// SampleDates returns one date answer per expiry bucket, relative to today,
// for enumerating paths: expired, soon, later.
func (c *Content) SampleDates(today Date) []string {
	return []string{
		today.AddDays(-1).String(),
		today.AddDays(c.Settings.SoonDays / 2).String(),
		today.AddDays(c.Settings.SoonDays + 150).String(),
	}
}

// SamplePeople returns the people answers paths branch on: each kind of
// person alone, then the families the golden matrix covers (two adults;
// one adult with a child of each kind), as far as the answers are open.
func (c *Content) SamplePeople(q *Question, a Answers, today Date) []string {
	var kinds, adults, minors []string
	for _, ans := range c.Options(q, a, today) {
		kinds = append(kinds, ans.ID)
		if ans.Minor {
			minors = append(minors, ans.ID)
		} else {
			adults = append(adults, ans.ID)
		}
	}
	out := append([]string{}, kinds...)
	if len(adults) > 0 && q.Max >= 2 {
		out = append(out, JoinPeople([]string{adults[0], adults[0]}))
	}
	if len(adults) > 0 && len(minors) > 0 && q.Max >= 1+len(minors) {
		out = append(out, JoinPeople(append([]string{adults[0]}, minors...)))
	}
	return out
}

// Paths enumerates every complete set of answers the flow can produce,
// with dates bucketed (one sample date per bucket) and people sampled.
// fn is called once per path, in a stable order.
func (c *Content) Paths(today Date, fn func(Answers)) {
	var walk func(a Answers)
	walk = func(a Answers) {
		_, next := c.Walk(a, today)
		if next == nil {
			fn(a)
			return
		}
		for _, v := range c.values(next, a, today) {
			walk(a.With(next.ID, v))
		}
	}
	walk(Answers{})
}

// values lists the answers to branch on for a question.
func (c *Content) values(q *Question, a Answers, today Date) []string {
	switch q.Kind {
	case QuestionChoice:
		var out []string
		for _, ans := range c.Options(q, a, today) {
			out = append(out, ans.ID)
		}
		return out
	case QuestionDate:
		out := c.SampleDates(today)
		if q.Optional {
			out = append(out, BucketUnknown)
		}
		return out
	case QuestionPeople:
		return c.SamplePeople(q, a, today)
	}
	return nil
}

// Representative is one path that stands for others in a browser sweep:
// Reasons says what it is the first path for (a route, a fee shape, a
// kind of household).
type Representative struct {
	Query   string   `json:"query"`
	Route   string   `json:"route"`
	Reasons []string `json:"reasons"`
}

// Representatives picks, from every path, the first one of each route
// (outcome and procedures), of each fee shape (fixed, range, per person,
// child rate, ask the office, open total, optional, exempt, reducible,
// alternatives) and of each household shape, so that a sweep reaches
// every way a checklist can look without loading thousands of pages.
func (c *Content) Representatives(today Date) []Representative {
	var out []Representative
	seen := map[string]bool{}
	c.Paths(today, func(a Answers) {
		cl, _ := c.Evaluate(a, today)
		var reasons []string
		for _, r := range cl.Features() {
			if !seen[r] {
				seen[r] = true
				reasons = append(reasons, r)
			}
		}
		if len(reasons) > 0 {
			out = append(out, Representative{Query: c.Encode(a), Route: cl.Route(), Reasons: reasons})
		}
	})
	return out
}

// Route names the way a checklist was reached: its outcome and
// procedures, and whether an expired title makes it a new application.
func (cl *Checklist) Route() string {
	r := string(cl.Outcome) + ":" + strings.Join(cl.Procedures, "+")
	if cl.Expired {
		r += ":expired"
	}
	return r
}

// Features are the ways this checklist looks that a sweep must reach: its
// route, the shape of each fee and of the total, the household, expiry.
func (cl *Checklist) Features() []string {
	out := []string{"route " + cl.Route()}
	for _, f := range cl.Fees {
		shape := []string{}
		switch {
		case f.Exempt:
			shape = append(shape, "exempt")
		case f.Unknown && f.Max == 0:
			shape = append(shape, "ask")
		case f.Unknown:
			shape = append(shape, "open")
		case f.Min != f.Max:
			shape = append(shape, "range")
		default:
			shape = append(shape, "fixed")
		}
		if len(f.Alternatives) > 1 {
			shape = append(shape, "alternatives")
		}
		if len(f.Shares) > 1 || (len(f.Shares) == 1 && f.Shares[0].Count > 1) {
			shape = append(shape, "per_person")
		}
		for _, s := range f.Shares {
			if s.Minor {
				shape = append(shape, "child_"+string(s.MinorRate))
			}
		}
		if f.Optional {
			shape = append(shape, "optional")
		}
		if f.Reducible {
			shape = append(shape, "reducible")
		}
		out = append(out, "fee "+strings.Join(shape, ","))
	}
	switch {
	case len(cl.Fees) == 0:
		out = append(out, "total none")
	case cl.FeeOpen && cl.FeeMax == 0:
		out = append(out, "total ask")
	case cl.FeeOpen:
		out = append(out, "total open")
	case cl.FeeMin != cl.FeeMax:
		out = append(out, "total range")
	}
	var kinds []string
	for _, p := range cl.People {
		kinds = append(kinds, p.Kind)
	}
	if len(kinds) > 1 {
		out = append(out, "people "+strings.Join(kinds, ","))
	}
	if cl.Expired {
		out = append(out, "expired")
	}
	return out
}
