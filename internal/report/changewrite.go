package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"lotse/i18n/catalog"
	"lotse/present"
)

// changeDoc is the change report with its words resolved: German, the
// office's language.
type changeDoc struct {
	Title, Intro, None string
	States             []string // the two compared states
	Summary            string
	Routes             []changeRoute
	Wording            changeSection
	Sign               struct{ Title, Text, Name, Date, Signature string }
}

type changeRoute struct {
	Title, Summary string
	Notes          []string // paths that came or went
	Sections       []changeSection
}

type changeSection struct {
	Title string
	Lines []changeLine
}

// changeLine is one change as it is read: "Subject: old → new (3 paths)",
// or, for long texts, the old and the new text on lines of their own.
type changeLine struct {
	Mark, Subject, Old, New, Paths string
	Long                           bool
	OldLabel, NewLabel             string // "bisher", "jetzt" (long changes)
}

// longText is where a change stops fitting on one line.
const longText = 90

func (r *ChangeReport) doc() changeDoc {
	w := words{r.Words, r.To.German}
	num := func(n int) string { return catalog.Number(catalog.Source, n) }
	d := changeDoc{
		Title: w.t(present.KeyChangeTitle),
		Intro: w.t(present.KeyChangeIntro, catalog.Args{"Today": catalog.Date(catalog.Source, r.Today.Time()), "Paths": num(r.Paths)}),
		Summary: w.n(present.KeyChangeSummary, len(r.Routes),
			catalog.Args{"Changed": num(r.Changed), "Paths": num(r.Paths)}),
		None: w.t(present.KeyChangeNone),
	}
	for _, s := range []struct {
		label present.Key
		snap  Snapshot
	}{{present.KeyChangeOld, r.From}, {present.KeyChangeNow, r.To}} {
		d.States = append(d.States, w.t(present.KeyChangeState, catalog.Args{"Label": w.t(s.label), "Name": s.snap.Name,
			"Checked": catalog.Date(catalog.Source, s.snap.Content.Checked.Time())}))
	}
	d.Sign.Title, d.Sign.Text = w.t(present.KeyChangeSignTitle), w.t(present.KeyChangeSignText)
	d.Sign.Name, d.Sign.Date, d.Sign.Signature = w.t(present.KeyChangeSignName), w.t(present.KeyChangeSignDate), w.t(present.KeyChangeSignSignature)
	line := func(ch FacetChange) changeLine {
		l := changeLine{Subject: ch.Subject, Old: ch.Old, New: ch.New,
			OldLabel: w.t(present.KeyChangeOld), NewLabel: w.t(present.KeyChangeNow)}
		if l.Subject == ch.Category {
			l.Subject = ""
		}
		switch {
		case ch.Old == "":
			l.Mark = w.t(present.KeyChangeAdded)
		case ch.New == "":
			l.Mark = w.t(present.KeyChangeRemoved)
		default:
			l.Long = len(ch.Old)+len(ch.New) > longText
			if l.Subject == "" {
				l.Mark = w.t(present.KeyChangeChanged)
			}
		}
		if ch.Paths > 0 {
			l.Paths = w.n(present.KeyChangePaths, ch.Paths)
		}
		return l
	}
	sections := func(cs []FacetChange) []changeSection {
		var out []changeSection
		for _, ch := range cs {
			if len(out) == 0 || out[len(out)-1].Title != ch.Category {
				out = append(out, changeSection{Title: ch.Category})
			}
			s := &out[len(out)-1]
			s.Lines = append(s.Lines, line(ch))
		}
		return out
	}
	for _, rc := range r.Routes {
		cr := changeRoute{Title: rc.Title, Sections: sections(rc.Changes),
			Summary: w.n(present.KeyChangeRoutePaths, rc.Changed, catalog.Args{"Paths": num(rc.Paths)})}
		if rc.Added > 0 {
			cr.Notes = append(cr.Notes, w.n(present.KeyChangePathsAdded, rc.Added))
		}
		if rc.Removed > 0 {
			cr.Notes = append(cr.Notes, w.n(present.KeyChangePathsRemoved, rc.Removed))
		}
		d.Routes = append(d.Routes, cr)
	}
	if len(r.Wording) > 0 {
		d.Wording = sections(r.Wording)[0]
	}
	return d
}

// WriteChangeMarkdown writes the change report as Markdown, with a place
// to sign at the end.
func WriteChangeMarkdown(w io.Writer, r *ChangeReport) error {
	d := r.doc()
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s\n\n", d.Title, d.Intro)
	for _, s := range d.States {
		fmt.Fprintf(&b, "- %s\n", s)
	}
	if len(d.Routes) == 0 && len(d.Wording.Lines) == 0 {
		fmt.Fprintf(&b, "\n%s\n", d.None)
	} else {
		fmt.Fprintf(&b, "\n%s\n", d.Summary)
	}
	section := func(s changeSection, level string) {
		fmt.Fprintf(&b, "\n%s %s\n\n", level, s.Title)
		for _, l := range s.Lines {
			b.WriteString("- " + l.markdown() + "\n")
		}
	}
	for _, rt := range d.Routes {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n", rt.Title, rt.Summary)
		for _, n := range rt.Notes {
			fmt.Fprintf(&b, "\n%s\n", n)
		}
		for _, s := range rt.Sections {
			section(s, "###")
		}
	}
	if len(d.Wording.Lines) > 0 {
		section(d.Wording, "##")
	}
	blank := strings.Repeat("\\_", 30)
	fmt.Fprintf(&b, "\n---\n\n## %s\n\n%s\n\n%s: %s\n\n%s: %s\n\n%s: %s\n", d.Sign.Title, d.Sign.Text,
		d.Sign.Name, blank, d.Sign.Date, blank, d.Sign.Signature, blank)
	_, err := io.WriteString(w, b.String())
	return err
}

func (l changeLine) markdown() string {
	head := l.Subject
	if l.Mark != "" {
		head = "**" + l.Mark + "**"
		if l.Subject != "" {
			head += " – " + l.Subject
		}
	}
	var b strings.Builder
	b.WriteString(head)
	switch {
	case l.Old == "" || l.New == "":
		b.WriteString(": " + l.Old + l.New)
	case !l.Long && head != "":
		b.WriteString(": " + l.Old + " → " + l.New)
	case !l.Long:
		b.WriteString(l.Old + " → " + l.New)
	}
	if l.Paths != "" {
		b.WriteString(" (" + l.Paths + ")")
	}
	if l.Long {
		b.WriteString("\n    - " + l.OldLabel + ": " + l.Old + "\n    - " + l.NewLabel + ": " + l.New)
	}
	return b.String()
}

var changeHTML = template.Must(template.New("change").Parse(`<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
section{border-top:2px solid #999;margin-top:2rem}h3{margin:.75rem 0 .25rem;font-size:1rem}.n{color:#555}
del{color:#8a1c1c}ins{color:#0b5d1e;text-decoration:none}.mark{font-weight:600}
.sign .line{margin:2.2rem 0 0;border-bottom:1px solid #000;max-width:30rem}</style></head><body>
<h1>{{.Title}}</h1><p>{{.Intro}}</p><ul>{{range .States}}<li>{{.}}</li>{{end}}</ul>
{{if not (or .Routes .Wording.Lines)}}<p>{{.None}}</p>{{else}}<p>{{.Summary}}</p>{{end}}
{{range .Routes}}<section><h2>{{.Title}}</h2><p class="n">{{.Summary}}</p>{{range .Notes}}<p>{{.}}</p>{{end}}
{{range .Sections}}{{template "section" .}}{{end}}</section>
{{end}}{{with .Wording}}{{if .Lines}}<section>{{template "section" .}}</section>{{end}}{{end}}
<section class="sign"><h2>{{.Sign.Title}}</h2><p>{{.Sign.Text}}</p>
<p class="line">{{.Sign.Name}}:</p><p class="line">{{.Sign.Date}}:</p><p class="line">{{.Sign.Signature}}:</p></section>
{{define "section"}}<h3>{{.Title}}</h3><ul>{{range .Lines}}<li>{{if .Mark}}<span class="mark">{{.Mark}}</span>{{if .Subject}} – {{end}}{{end}}{{.Subject}}{{if and .Old .New (not .Long)}}{{if or .Mark .Subject}}: {{end}}<del>{{.Old}}</del> → <ins>{{.New}}</ins>{{else if not .Long}}: {{if .New}}<ins>{{.New}}</ins>{{else}}<del>{{.Old}}</del>{{end}}{{end}}{{if .Paths}} <span class="n">({{.Paths}})</span>{{end}}{{if .Long}}<br>{{.OldLabel}}: <del>{{.Old}}</del><br>{{.NewLabel}}: <ins>{{.New}}</ins>{{end}}</li>{{end}}</ul>{{end}}
</body></html>
`))

// WriteChangeHTML writes the change report as one HTML page to print and
// sign.
func WriteChangeHTML(w io.Writer, r *ChangeReport) error { return changeHTML.Execute(w, r.doc()) }
