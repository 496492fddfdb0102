package report

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// Route is one way through the questions (outcome and procedures) with
// every answer path that takes it: one example in full, then what each
// single answer changes against the example, then what only a
// combination of answers changes. Every rule of the content shows once,
// and every path's checklist is the example plus its changes.
type Route struct {
	Key      string
	Example  *present.Checklist
	Answers  string   // the example's answers, readable
	Changes  []Change // one answer differs from the example
	Combined []Change // several differ and their changes do not add up: the correction
	Paths    int

	base content.Answers
}

// Change is what differs on the checklist when the answers differ.
type Change struct {
	When           []present.Reason
	Added, Removed []string // items in the reader's language

	id string // question=answer, for a single change
	d  diff
}

// item is one line a person is told, keyed without dates and names.
type item struct{ key, label string }

// items lists what a checklist tells, row by row of its document: the
// summary's fields (which repeat the sections), the answers (which differ
// by definition), the total (which follows from the fees) and the sources
// are left out. A statement is keyed by its fact (its text may hold a
// date), the expiry line by its bucket; other rows by what they say, so a
// changed amount, person or tag is a change.
func items(p *present.Checklist, cl *content.Checklist) []item {
	var out []item
	for _, s := range p.Sections {
		if s.ID == present.SectionAnswers || s.ID == present.SectionSources {
			continue
		}
		for _, r := range s.Rows {
			if r.Kind == present.RowTotal || (s.ID == present.SectionSummary && r.Kind == present.RowField) {
				continue
			}
			label := rowLine(r)
			key := string(s.ID) + ":" + r.ID + ":"
			switch {
			case r.ID == "expiry" && cl.Expiry != nil:
				key += cl.Expiry.Bucket
			case r.Kind == present.RowText || r.Kind == present.RowWarning:
			default:
				key += label
			}
			out = append(out, item{key, label})
		}
	}
	return out
}

// rowLine is a row with its details, on one line.
func rowLine(r present.Row) string {
	line := rowText(r, func(l *present.Link) string { return l.Name })
	var details []string
	for _, d := range r.Details {
		details = append(details, rowLine(d))
	}
	if len(details) > 0 {
		line += " (" + strings.Join(details, "; ") + ")"
	}
	return line
}

type path struct {
	answers content.Answers
	p       *present.Checklist
	items   []item
	unusual int
}

// Routes walks every path (dates sampled relative to today) and reviews
// them route by route.
func Routes(c *content.Content, local, de *catalog.Catalog, today content.Date) []Route {
	var order []string
	byRoute := map[string][]path{}
	c.Paths(today, func(a content.Answers) {
		cl, next := c.Evaluate(a, today)
		if next != nil {
			return
		}
		p := present.Build(c, cl, local, de)
		k := cl.Route()
		if _, ok := byRoute[k]; !ok {
			order = append(order, k)
		}
		byRoute[k] = append(byRoute[k], path{a, p, items(p, cl), unusual(c, cl)})
	})
	var out []Route
	for _, k := range order {
		out = append(out, review(c, k, byRoute[k]))
	}
	return out
}

func review(c *content.Content, key string, paths []path) Route {
	base := paths[0]
	for _, p := range paths[1:] {
		if p.unusual < base.unusual {
			base = p
		}
	}
	r := Route{Key: key, Example: base.p, Answers: readable(base.p), Paths: len(paths), base: base.answers}
	// A single change is what one answer changes between two paths that
	// differ in nothing else, the first from the example's answer.
	byAnswers := map[string]path{}
	for _, p := range paths {
		byAnswers[encode(p.answers)] = p
	}
	single := map[string]diff{}
	for _, p := range paths {
		for _, qid := range differing(base.answers, p.answers) {
			id := qid + "=" + p.answers[qid]
			if _, ok := single[id]; ok {
				continue
			}
			from := p.answers.Without(qid)
			if v, ok := base.answers[qid]; ok {
				from = from.With(qid, v)
			}
			q, ok := byAnswers[encode(from)]
			if !ok {
				continue
			}
			d := diffItems(q.items, p.items)
			single[id] = d
			ch := change(p, []string{qid}, d)
			ch.id = id
			r.Changes = append(r.Changes, ch)
		}
	}
	sort.SliceStable(r.Changes, func(i, j int) bool { return r.Changes[i].id < r.Changes[j].id })
	seen := map[string]bool{}
	for _, p := range paths {
		differ := differing(base.answers, p.answers)
		if len(differ) == 0 {
			continue
		}
		rest := residual(diffItems(base.items, p.items), sumOf(single, p.answers, differ))
		if rest.empty() || seen[rest.key()] {
			continue
		}
		seen[rest.key()] = true
		r.Combined = append(r.Combined, change(p, differ, rest))
	}
	return r
}

// sumOf adds up the single changes of the answers that differ.
func sumOf(single map[string]diff, a content.Answers, differ []string) diff {
	var sum diff
	for _, qid := range differ {
		if d, ok := single[qid+"="+a[qid]]; ok {
			sum = sum.plus(d)
		}
	}
	return sum
}

// residual is what must be done to example + sum to reach want: items
// to add (missing, or wrongly removed) and to remove (wrongly added, or
// still there).
func residual(want, sum diff) diff {
	wa, wr, sa, sr := keys(want.added), keys(want.removed), keys(sum.added), keys(sum.removed)
	var out diff
	for _, it := range want.added {
		if !sa[it.key] {
			out.added = append(out.added, it)
		}
	}
	for _, it := range sum.removed {
		if !wr[it.key] {
			out.added = append(out.added, it)
		}
	}
	for _, it := range want.removed {
		if !sr[it.key] {
			out.removed = append(out.removed, it)
		}
	}
	for _, it := range sum.added {
		if !wa[it.key] {
			out.removed = append(out.removed, it)
		}
	}
	return out
}

func encode(a content.Answers) string {
	var ks []string
	for k := range a {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		b.WriteString(k + "=" + a[k] + "&")
	}
	return b.String()
}

// unusual scores how far a path is from the common case the example
// should show: a title valid for a while, one person of the first kind,
// the first answer on benefits and urgency (none), nothing unknown. The
// questions are found by their kind and role, never by their IDs.
func unusual(c *content.Content, cl *content.Checklist) int {
	n := 0
	if e := cl.Expiry; e != nil && e.Bucket != content.BucketLater {
		n++
	}
	for qid, v := range cl.Answers {
		q := c.Question(qid)
		if q == nil {
			continue
		}
		first := len(q.Answers) > 0 && v == q.Answers[0].ID
		switch {
		case v == content.BucketUnknown,
			q.Kind == content.QuestionPeople && !first,
			(q.Role == content.RoleBenefits || q.Role == content.RoleUrgent) && !first:
			n++
		}
	}
	return n
}

// differing lists the questions whose answers differ, in question order.
func differing(a, b content.Answers) []string {
	var out []string
	for k, v := range b {
		if a[k] != v {
			out = append(out, k)
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func change(q path, differ []string, d diff) Change {
	ch := Change{d: d}
	for _, qid := range differ {
		for _, a := range q.p.Answers {
			if a.Question == qid {
				ch.When = append(ch.When, present.Reason{Question: a.Title, Answer: a.Value})
			}
		}
	}
	for _, it := range d.added {
		ch.Added = append(ch.Added, it.label)
	}
	for _, it := range d.removed {
		ch.Removed = append(ch.Removed, it.label)
	}
	return ch
}

// diff is what a checklist adds and removes against another.
type diff struct{ added, removed []item }

func diffItems(from, to []item) diff {
	var d diff
	have := map[string]bool{}
	for _, it := range from {
		have[it.key] = true
	}
	next := map[string]bool{}
	for _, it := range to {
		next[it.key] = true
		if !have[it.key] {
			d.added = append(d.added, it)
		}
	}
	for _, it := range from {
		if !next[it.key] {
			d.removed = append(d.removed, it)
		}
	}
	return d
}

func (d diff) plus(e diff) diff {
	return diff{added: append(append([]item{}, d.added...), e.added...), removed: append(append([]item{}, d.removed...), e.removed...)}
}

func keys(items []item) map[string]bool {
	m := map[string]bool{}
	for _, it := range items {
		m[it.key] = true
	}
	return m
}

func (d diff) empty() bool { return len(d.added) == 0 && len(d.removed) == 0 }

func (d diff) key() string {
	var b strings.Builder
	for _, it := range d.added {
		b.WriteString("+" + it.key)
	}
	for _, it := range d.removed {
		b.WriteString("-" + it.key)
	}
	return b.String()
}

// readable writes the answers as "question: answer" pairs.
func readable(p *present.Checklist) string {
	var parts []string
	for _, a := range p.Answers {
		parts = append(parts, a.Title.Local+" "+a.Value.Local)
	}
	return strings.Join(parts, " · ")
}

// Review is the document's own words, resolved by the caller.
type Review struct {
	Title, Intro                           string
	Paths                                  func(n int) string // "12 answer paths take this way"
	Example, Changes, Combined, When, None string
}

// NewReview resolves the document's words: German, the office's language.
func NewReview(c *content.Content, routes []Route, local, de *catalog.Catalog, today content.Date) Review {
	paths := 0
	for _, r := range routes {
		paths += r.Paths
	}
	t := func(k present.Key) string { return de.T(string(k)) }
	return Review{
		Title: t(present.KeyReviewTitle),
		Intro: de.T(string(present.KeyReviewIntro), catalog.Args{
			"Checked": catalog.Date(catalog.Source, c.Checked.Time()), "Today": catalog.Date(catalog.Source, today.Time()),
			"Routes": catalog.Number(catalog.Source, len(routes)), "Paths": catalog.Number(catalog.Source, paths),
		}),
		Paths:   func(n int) string { return de.N(string(present.KeyReviewPaths), n) },
		Example: t(present.KeyReviewExample), Changes: t(present.KeyReviewChanges), Combined: t(present.KeyReviewCombined),
		When: t(present.KeyReviewWhen), None: t(present.KeyReviewNone),
	}
}

// WriteReviewMarkdown writes the review document as Markdown.
func WriteReviewMarkdown(w io.Writer, routes []Route, r Review) error {
	if _, err := fmt.Fprintf(w, "# %s\n\n%s\n\n", r.Title, r.Intro); err != nil {
		return err
	}
	for i, rt := range routes {
		fmt.Fprintf(w, "\n---\n\n<a id=\"route-%d\"></a>\n", i+1)
		if err := write(w, rt.Example, markdown, 1); err != nil {
			return err
		}
		fmt.Fprintf(w, "\n*%s* %s: %s\n", r.Paths(rt.Paths), r.Example, rt.Answers)
		for _, part := range []struct {
			title   string
			changes []Change
		}{{r.Changes, rt.Changes}, {r.Combined, rt.Combined}} {
			if len(part.changes) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n### %s\n\n", part.title)
			for _, ch := range part.changes {
				fmt.Fprintf(w, "- %s: %s\n", r.When, when(ch))
				for _, a := range ch.Added {
					fmt.Fprintf(w, "    - \\+ %s\n", a)
				}
				for _, a := range ch.Removed {
					fmt.Fprintf(w, "    - − %s\n", a)
				}
				if len(ch.Added)+len(ch.Removed) == 0 {
					fmt.Fprintf(w, "    - %s\n", r.None)
				}
			}
		}
	}
	return nil
}

func when(ch Change) string {
	var parts []string
	for _, r := range ch.When {
		parts = append(parts, r.Question.Local+" → "+r.Answer.Local)
	}
	return strings.Join(parts, "; ")
}

// reviewHTML lays out the routes; each example checklist is the same
// loop over its document as the other writers (htmlRow).
var reviewHTML = template.Must(template.New("review").Funcs(template.FuncMap{
	"pair": func(r Review, c Change) struct {
		R Review
		C Change
	} {
		return struct {
			R Review
			C Change
		}{r, c}
	},
	"row": htmlRow,
}).Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
section{border-top:2px solid #999;margin-top:2rem}h2{margin-bottom:.25rem}h3{margin:.75rem 0 .25rem;font-size:1rem}
.ex{color:#555;font-size:.9rem}.warning{color:#8a3b00;font-weight:600}.add{color:#0b5d1e}.del{color:#8a1c1c}</style></head><body>
<h1>{{.Title}}</h1><p>{{.Intro}}</p>
{{range $i, $r := .Routes}}{{with $r.Example}}
<section id="route-{{$i}}"><h2>{{.Title.Local}}</h2>
<p class="ex">{{call $.R.Paths $r.Paths}} · {{$.R.Example}}: {{$r.Answers}}</p>
{{range .Sections}}{{if .Title.Local}}<h3>{{.Title.Local}}</h3>{{end}}<ul>{{range .Rows}}{{row .}}{{end}}</ul>
{{end}}<p class="ex">{{.Checked.Local}}</p>
{{end}}{{if $r.Changes}}<h3>{{$.R.Changes}}</h3><ul>{{range $r.Changes}}{{template "change" (pair $.R .)}}{{end}}</ul>{{end}}
{{if $r.Combined}}<h3>{{$.R.Combined}}</h3><ul>{{range $r.Combined}}{{template "change" (pair $.R .)}}{{end}}</ul>{{end}}
</section>{{end}}
{{define "change"}}<li>{{.R.When}}: {{range $i, $w := .C.When}}{{if $i}}; {{end}}{{$w.Question.Local}} → {{$w.Answer.Local}}{{end}}<ul>{{range .C.Added}}<li class="add">+ {{.}}</li>{{end}}{{range .C.Removed}}<li class="del">− {{.}}</li>{{end}}{{if not (or .C.Added .C.Removed)}}<li>{{.R.None}}</li>{{end}}</ul></li>{{end}}
</body></html>
`))

// htmlRow writes a row as a list item: its text as the other writers
// write it (escaped), its link as a link, its details as a nested list.
func htmlRow(r present.Row) template.HTML {
	var b strings.Builder
	b.WriteString(`<li class="` + string(r.Kind) + `">`)
	if len(r.Ticks) == 1 && r.Ticks[0].Label.Local == "" {
		b.WriteString("☐ ")
	}
	b.WriteString(template.HTMLEscapeString(rowText(r, func(l *present.Link) string { return l.Name })))
	if r.Link != nil && strings.HasPrefix(r.Link.URL, "http") {
		b.WriteString(` <a href="` + template.HTMLEscapeString(r.Link.URL) + `">` + template.HTMLEscapeString(r.Link.Full) + `</a>`)
	}
	if len(r.Details) > 0 {
		b.WriteString("<ul>")
		for _, d := range r.Details {
			b.WriteString(string(htmlRow(d)))
		}
		b.WriteString("</ul>")
	}
	b.WriteString("</li>")
	return template.HTML(b.String())
}

// WriteReviewHTML writes the review document as one HTML page.
func WriteReviewHTML(w io.Writer, routes []Route, r Review, lang string) error {
	return reviewHTML.Execute(w, struct {
		Lang, Title, Intro string
		R                  Review
		Routes             []Route
	}{lang, r.Title, r.Intro, r, routes})
}
