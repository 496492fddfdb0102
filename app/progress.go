package app

import "lotse/content"

// The wizard's progress is its step of a total that never grows: the
// total is the longest path the questions can still take from here, so
// every answer removes its own question and at most rules later ones out.
// The bar therefore only moves forward while the person answers (an
// estimate from the first open answers jumped back, 75 % → 44 %, when a
// later answer opened more questions).

// progressTotal is the number of questions on the longest path through
// the answers given so far: the steps already answered before the
// current question (its 1-based step) plus the longest way on from it.
func progressTotal(c *content.Content, steps []content.Step, current *content.Question, today content.Date) int {
	known := content.Answers{}
	done := 0
	for _, s := range steps {
		if s.Question.ID == current.ID {
			break
		}
		known[s.Question.ID] = s.Value
		done++
	}
	return done + longestFrom(c, indexOf(c, current.ID), known, today)
}

// longestFrom counts the questions on the longest path from question i
// on, given the valid answers before it.
func longestFrom(c *content.Content, i int, known content.Answers, today content.Date) int {
	for ; i < len(c.Questions); i++ {
		q := &c.Questions[i]
		if !c.Asked(q.AskIf, known, today) {
			continue
		}
		best := 0
		for _, v := range branches(c, q, known, today) {
			best = max(best, longestFrom(c, i+1, known.With(q.ID, v), today))
		}
		return 1 + best
	}
	return 0
}

// branches are the answers of a question that can lead different ways:
// every open choice, one date per expiry bucket, each kind of person
// (conditions on people ask whether any person is of a kind).
func branches(c *content.Content, q *content.Question, known content.Answers, today content.Date) []string {
	var out []string
	switch q.Kind {
	case content.QuestionDate:
		out = append(c.SampleDates(today), content.BucketUnknown)
	default:
		for _, a := range c.Options(q, known, today) {
			out = append(out, a.ID)
		}
	}
	if len(out) == 0 {
		out = []string{""} // no answer fits: the path ends after it
	}
	return out
}

func indexOf(c *content.Content, id string) int {
	for i := range c.Questions {
		if c.Questions[i].ID == id {
			return i
		}
	}
	return len(c.Questions)
}
