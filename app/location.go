package app

import (
	"net/url"
	"strconv"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
)

// location is a page URL parsed into known values. Nothing of the request
// text reaches the page except through it: the language and page come
// from the known tables, answers are typed (known question and answer
// IDs, valid dates, known people), and every link is built again from
// these values.
type location struct {
	lang string // a shipped language
	page string // "", "q", "checklist", "sources", "shell", "advisor", "404"
	// answers are the well-formed answers; rejected names the questions
	// whose given value was not (asked again, with a note).
	answers  content.Answers
	rejected []string
	at       string // a question ID (wizard: show this question again)
	noWasm   bool   // ?wasm=false: the pre-rendered path
	second   string // the print's second language, a shipped language
}

// pages are the app's pages, as path segments after the language.
var pages = []string{"", "q", "checklist", "sources", "shell", "advisor", pageImprint, pagePrivacy, pageAccessibility}

// The legal pages keep their German names in every language: that is
// what people look for on a German site.
const (
	pageImprint       = "impressum"
	pagePrivacy       = "datenschutz"
	pageAccessibility = "barrierefreiheit"
)

// parseLocation reads a URL; unknown parts fall back to defaults.
func parseLocation(u *url.URL, c *content.Content, base string) location {
	path := strings.TrimPrefix(u.Path, base)
	segs := strings.Split(strings.Trim(path, "/"), "/")
	loc := location{lang: catalog.Source, page: "404"}
	if _, ok := catalog.Lookup(segs[0]); ok {
		loc.lang = segs[0]
		rest := strings.Join(segs[1:], "/")
		for _, p := range pages {
			if rest == p {
				loc.page = p
			}
		}
	} else if path == "" || path == "/" {
		loc.page = ""
	}
	q := content.Query(u.RawQuery)
	loc.noWasm = q["wasm"] == "false"
	if _, ok := catalog.Lookup(q["print"]); ok {
		loc.second = q["print"]
	}
	if c != nil {
		loc.answers, loc.rejected = c.ParseQuery(u.RawQuery)
		if c.Question(q["at"]) != nil {
			loc.at = q["at"]
		}
		peopleCounts(c, q, loc.answers)
	}
	return loc
}

// peopleCounts reads the advisor's GET form before the wasm runs: one
// count per kind of person (people_adult=2), each 0 … max.
func peopleCounts(c *content.Content, q map[string]string, a content.Answers) {
	pq := c.PeopleQuestion()
	if pq == nil {
		return
	}
	if _, ok := a[pq.ID]; ok {
		return
	}
	var list []string
	for _, ans := range pq.Answers {
		n, err := strconv.Atoi(q[pq.ID+"_"+ans.ID])
		if err != nil || n < 0 || n > pq.Max {
			continue
		}
		for i := 0; i < n && len(list) < pq.Max; i++ {
			list = append(list, ans.ID)
		}
	}
	if len(list) > 0 {
		a[pq.ID] = content.JoinPeople(list)
	}
}

// langOf reads the language from a path like /ar/q (after the base path).
// Unknown or missing languages give German and ok=false.
func langOf(path string) (lang string, ok bool) {
	if d := loaded(); d != nil && d.BasePath != "" {
		path = strings.TrimPrefix(path, d.BasePath)
	}
	seg := strings.SplitN(strings.TrimPrefix(path, "/"), "/", 2)[0]
	if _, known := catalog.Lookup(seg); known {
		return seg, true
	}
	return catalog.Source, false
}
