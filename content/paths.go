package content

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
