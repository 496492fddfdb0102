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

// Outcome is one distinct piece of advice: every path through the
// questions that leads to the same team, channels, documents, fees,
// dates, warnings and notices is one outcome.
type Outcome struct {
	Checklist *present.Checklist
	Example   string   // the first path's answers, readable
	Answers   []string // every path (encoded answers), sorted
}

// Outcomes walks every path of the golden matrix (dates sampled relative
// to today) and groups the paths by what the person is told.
func Outcomes(c *content.Content, local, de *catalog.Catalog, today content.Date) []Outcome {
	var order []string
	groups := map[string]*Outcome{}
	c.Paths(today, func(a content.Answers) {
		cl, next := c.Evaluate(a, today)
		if next != nil {
			return
		}
		p := present.Build(c, cl, local, de)
		key := signature(p, cl)
		o, ok := groups[key]
		if !ok {
			o = &Outcome{Checklist: p, Example: readable(p)}
			groups[key] = o
			order = append(order, key)
		}
		o.Answers = append(o.Answers, c.Encode(a))
	})
	var out []Outcome
	for _, k := range order {
		sort.Strings(groups[k].Answers)
		out = append(out, *groups[k])
	}
	return out
}

// signature is what the person is told, without the dates of the sample
// path (the expiry line keeps only its bucket).
func signature(p *present.Checklist, cl *content.Checklist) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s|", p.Title.German, cl.Team)
	for _, ch := range p.Channels {
		b.WriteString(ch.ID + ",")
	}
	b.WriteString("|")
	for _, g := range p.Documents {
		fmt.Fprintf(&b, "%d:", g.Person)
		for _, d := range g.Docs {
			b.WriteString(d.Key)
			for _, t := range d.Tags {
				b.WriteString("+" + t.German)
			}
			b.WriteString(",")
		}
		for _, n := range g.Notes {
			b.WriteString("n:" + n.ID + ",")
		}
	}
	b.WriteString("|")
	if p.Fees != nil {
		for _, r := range p.Fees.Rows {
			b.WriteString(r.ID + "=" + r.Amount.German + ";")
			for _, s := range r.Shares {
				b.WriteString(s.German + ";")
			}
		}
		for _, n := range p.Fees.Notes {
			b.WriteString(n.ID + ",")
		}
	}
	b.WriteString("|")
	for _, ls := range [][]present.Line{p.Warnings, p.Photo, p.Notices} {
		for _, l := range ls {
			b.WriteString(l.ID + ",")
		}
	}
	for _, l := range p.Dates {
		if l.ID != "expiry" {
			b.WriteString(l.ID + ",")
		}
	}
	if cl.Expiry != nil {
		b.WriteString("expiry:" + cl.Expiry.Bucket)
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
	Title, Intro string
	Paths        func(n int) string // "12 answer paths lead here"
	Labels       present.Labels
}

// WriteReviewMarkdown writes the review document as Markdown.
func WriteReviewMarkdown(w io.Writer, outcomes []Outcome, r Review) error {
	if _, err := fmt.Fprintf(w, "# %s\n\n%s\n\n", r.Title, r.Intro); err != nil {
		return err
	}
	for i, o := range outcomes {
		fmt.Fprintf(w, "\n---\n\n<a id=\"outcome-%d\"></a>\n", i+1)
		if err := write(w, o.Checklist, r.Labels, markdown, 1); err != nil {
			return err
		}
		fmt.Fprintf(w, "\n*%s* %s\n", r.Paths(len(o.Answers)), o.Example)
	}
	return nil
}

var reviewHTML = template.Must(template.New("review").Funcs(template.FuncMap{
	"term": func(t present.Text) string {
		if t.Same() {
			return t.Local
		}
		return t.Local + " [" + t.German + "]"
	},
}).Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
section{border-top:2px solid #999;margin-top:2rem}h2{margin-bottom:.25rem}h3{margin:.75rem 0 .25rem;font-size:1rem}
.ex{color:#555;font-size:.9rem}.warn{color:#8a3b00;font-weight:600}</style></head><body>
<h1>{{.Title}}</h1><p>{{.Intro}}</p>
{{range $i, $o := .Outcomes}}{{with $o.Checklist}}
<section id="outcome-{{$i}}"><h2>{{term .Title}}</h2>
<p class="ex">{{call $.Paths (len $o.Answers)}} · {{$o.Example}}</p>
{{range .Warnings}}<p class="warn">{{.Text.Local}}{{if .URL}} <a href="{{.URL}}">{{.URL}}</a>{{end}}</p>{{end}}
{{with .Where}}<h3>{{$.L.Where.Local}}</h3><p>{{term .Team}}{{if .TeamCode}} ({{.TeamCode}}){{end}} – {{.Handles.Local}}<br>
{{term .Office}}{{if .Address}}, {{.Address}}{{else if .AskFor}} – {{.AskFor.Local}}{{end}}
{{if .Phone}}<br>{{$.L.Phone.Local}}: {{.Phone}}{{end}}{{if .Email}}<br>{{$.L.Email.Local}}: {{.Email}}{{end}}
{{range .Hours}}<br>{{.Text.Local}}{{end}}{{if .TeamPage}}<br><a href="{{.TeamPage}}">{{.TeamPage}}</a>{{end}}</p>{{end}}
{{if .Channels}}<h3>{{$.L.How.Local}}</h3><ul>{{range .Channels}}<li>{{if .Kind}}<b>{{.Title.Local}}:</b> {{end}}{{.Text.Local}}{{if .Email}} {{.Email}}{{end}}{{range .Hours}} {{.Text.Local}}{{end}}{{if .URL}} <a href="{{.URL}}">{{.URL}}</a>{{end}}</li>{{end}}</ul>{{end}}
{{if .Documents}}<h3>{{$.L.Documents.Local}}</h3>{{range .Documents}}{{if .Label.Local}}<p><b>{{.Label.Local}}</b></p>{{end}}<ul>{{range .Docs}}<li>☐ {{term .Name}}{{range .Tags}} · {{.Local}}{{end}}{{range .Alternatives}}<br>{{$.L.Or.Local}}: {{term .}}{{end}}{{if .URL}}<br><a href="{{.URL}}">{{.URL}}</a>{{end}}</li>{{end}}{{range .Notes}}<li>{{.Text.Local}}</li>{{end}}</ul>{{end}}{{end}}
{{if .Photo}}<h3>{{$.L.Photo.Local}}</h3><ul>{{range .Photo}}<li>{{.Text.Local}}</li>{{end}}</ul>{{end}}
{{with .Fees}}<h3>{{$.L.Fees.Local}}</h3><ul>{{range .Rows}}<li>{{term .Name}}: {{.Amount.Local}}{{if .Note}} – {{.Note.Local}}{{end}}{{range .Choices}}<br>{{term .Name}}: {{.Amount.Local}}{{end}}{{range .Shares}}<br>{{.Local}}{{end}}</li>{{end}}</ul>
{{with .Total}}<p><b>{{$.L.Total.Local}}: {{.Local}}</b></p>{{end}}{{if .Notes}}<ul>{{range .Notes}}<li>{{.Text.Local}}</li>{{end}}</ul>{{end}}{{end}}
{{if .Dates}}<h3>{{$.L.Dates.Local}}</h3><ul>{{range .Dates}}<li>{{.Text.Local}}</li>{{end}}</ul>{{end}}
{{if .Notices}}<h3>{{$.L.Notices.Local}}</h3><ul>{{range .Notices}}<li>{{.Text.Local}}{{if .URL}} <a href="{{.URL}}">{{.URL}}</a>{{end}}</li>{{end}}</ul>{{end}}
<h3>{{$.L.Sources.Local}}</h3><ul>{{range .Sources}}<li>{{.Title}}{{if .URL}} <a href="{{.URL}}">{{.URL}}</a>{{end}} ({{.Read.Local}})</li>{{end}}</ul>
</section>{{end}}{{end}}
</body></html>
`))

// WriteReviewHTML writes the review document as one HTML page.
func WriteReviewHTML(w io.Writer, outcomes []Outcome, r Review, lang string) error {
	return reviewHTML.Execute(w, struct {
		Lang, Title, Intro string
		Paths              func(int) string
		Outcomes           []Outcome
		L                  present.Labels
	}{lang, r.Title, r.Intro, r.Paths, outcomes, r.Labels})
}
