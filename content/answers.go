package content

import (
	"net/url"
	"strings"
)

// Answers maps question IDs to answer values. Its text form is a URL query
// string in question order (city=dortmund&need=extend…): the same in the
// app's URLs and in `lotse checklist --answers`.
type Answers map[string]string

// MaxQueryBytes bounds what ParseAnswers reads; longer input is cut, never
// trusted.
const MaxQueryBytes = 2048

// ParseAnswers reads a query string. Unknown keys and repeated values are
// kept as given (the first value wins); the engine decides what is valid.
func ParseAnswers(query string) Answers {
	query = strings.TrimPrefix(query, "?")
	if len(query) > MaxQueryBytes {
		query = query[:MaxQueryBytes]
	}
	a := Answers{}
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
		if _, seen := a[k]; !seen {
			a[k] = v
		}
	}
	return a
}

// Encode writes the answers in question order, leaving out keys that are
// not questions.
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
		b.WriteString(url.QueryEscape(v))
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
