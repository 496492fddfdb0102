package content

import "strconv"

// SampleDates returns one date answer per expiry bucket, relative to today,
// for enumerating paths: expired, soon, later.
func (c *Content) SampleDates(today Date) []string {
	return []string{
		today.AddDays(-1).String(),
		today.AddDays(c.Settings.SoonDays / 2).String(),
		today.AddDays(c.Settings.SoonDays + 150).String(),
	}
}

// Paths enumerates every complete set of answers the flow can produce,
// with dates bucketed (one sample date per bucket) and counts in full.
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
	case "choice":
		var out []string
		for _, ans := range c.Options(q, a, today) {
			out = append(out, ans.ID)
		}
		return out
	case "date":
		out := c.SampleDates(today)
		if q.Optional {
			out = append(out, BucketUnknown)
		}
		return out
	case "count":
		var out []string
		for n := 0; n <= q.Max; n++ {
			out = append(out, strconv.Itoa(n))
		}
		return out
	}
	return nil
}
