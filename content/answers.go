package content

import (
	"net/url"
	"strings"
)

// Answers maps question IDs to answer values. Its text form is a URL query
// string in question order (city=dortmund&need=extend…): the same in the
// app's URLs and in `lotse checklist --answers`.
type Answers map[string]string

// MaxQueryBytes bounds what ParseQuery reads; longer input is cut, never
// trusted.
const MaxQueryBytes = 2048

// Query splits a query string into its first value per key, unescaped.
// Pages use it for their own parameters; answers go through ParseQuery.
func Query(query string) map[string]string {
	query = strings.TrimPrefix(query, "?")
	if len(query) > MaxQueryBytes {
		query = query[:MaxQueryBytes]
	}
	out := map[string]string{}
	for _, part := range strings.Split(query, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		k, err1 := url.QueryUnescape(k)
		v, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil || k == "" {
			continue
		}
		if _, seen := out[k]; !seen {
			out[k] = v
		}
	}
	return out
}

// ParseQuery reads the answers of a query string into typed values: a key
// that names no question is dropped, and so is a value that is not one of
// the question's answers, a valid date or a list of known people. Dropped
// answers are listed in rejected (question IDs, in question order) so that
// the wizard can ask again. Whether an answer fits the earlier ones is the
// flow's business (Walk), not the parser's: later answers survive a change
// of an earlier one.
func (c *Content) ParseQuery(query string) (a Answers, rejected []string) {
	raw := Query(query)
	a = Answers{}
	for i := range c.Questions {
		q := &c.Questions[i]
		v, ok := raw[q.ID]
		if !ok {
			continue
		}
		if c.wellFormed(q, v) {
			a[q.ID] = v
		} else {
			rejected = append(rejected, q.ID)
		}
	}
	return a, rejected
}

// wellFormed tells whether v can answer q at all.
func (c *Content) wellFormed(q *Question, v string) bool {
	switch q.Kind {
	case QuestionChoice:
		return q.answer(v) != nil
	case QuestionDate:
		if v == BucketUnknown {
			return q.Optional
		}
		d, err := ParseDate(v)
		if err != nil || d.String() != v {
			return false
		}
		y, _, _ := d.YMD()
		return y >= 1950 && y <= 2150
	case QuestionPeople:
		people := SplitPeople(v)
		if len(people) == 0 || len(people) > q.Max {
			return false
		}
		for _, p := range people {
			if q.answer(p) == nil {
				return false
			}
		}
		return JoinPeople(people) == v
	}
	return false
}

func (q *Question) answer(id string) *Answer {
	for i := range q.Answers {
		if q.Answers[i].ID == id {
			return &q.Answers[i]
		}
	}
	return nil
}

// SplitPeople reads a people answer ("adult,child_6_17").
func SplitPeople(v string) []string {
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
}

// JoinPeople writes a people answer.
func JoinPeople(kinds []string) string { return strings.Join(kinds, ",") }

// Encode writes the answers in question order, leaving out keys that are
// not questions. Commas of people lists stay readable.
func (c *Content) Encode(a Answers) string {
	var b strings.Builder
	for _, q := range c.Questions {
		v, ok := a[q.ID]
		if !ok {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(q.ID))
		b.WriteByte('=')
		b.WriteString(strings.ReplaceAll(url.QueryEscape(v), "%2C", ","))
	}
	return b.String()
}

// With returns a copy of a with q set to v.
func (a Answers) With(q, v string) Answers {
	out := make(Answers, len(a)+1)
	for k, x := range a {
		out[k] = x
	}
	out[q] = v
	return out
}

// Without returns a copy of a without q.
func (a Answers) Without(q string) Answers {
	out := make(Answers, len(a))
	for k, x := range a {
		if k != q {
			out[k] = x
		}
	}
	return out
}
