// Package report writes presented checklists for reading outside the
// app: plain text for `lotse checklist`, and the review document of every
// outcome (Markdown and HTML) for `lotse review`. It is server and command
// line code; the client never links it.
package report

import (
	"fmt"
	"io"
	"strings"

	"lotse/present"
)

// style is what differs between plain text and Markdown.
type style struct {
	heading func(level int, s string) string
	link    func(url string) string
	box     string // a document to tick
	bullet  string
}

var plain = style{
	heading: func(level int, s string) string {
		if level == 1 {
			return "# " + s
		}
		return "\n## " + s
	},
	link:   func(u string) string { return u },
	box:    "[ ] ",
	bullet: "- ",
}

var markdown = style{
	heading: func(level int, s string) string { return "\n" + strings.Repeat("#", level+1) + " " + s + "\n" },
	link:    func(u string) string { return "<" + u + ">" },
	box:     "- [ ] ",
	bullet:  "- ",
}

// term shows a name in the reader's language with German beside.
func term(t present.Text) string {
	if t.Same() {
		return t.Local
	}
	return t.Local + " [" + t.German + "]"
}

// WriteText writes a checklist as plain text: what `lotse checklist`
// prints.
func WriteText(w io.Writer, p *present.Checklist, labels present.Labels) error {
	return write(w, p, labels, plain, 1)
}

func write(w io.Writer, p *present.Checklist, l present.Labels, s style, level int) error {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("%s", s.heading(level, term(p.Title)))
	for _, wn := range p.Warnings {
		line("! %s", wn.Text.Local)
	}
	if wh := p.Where; wh != nil {
		line("%s", s.heading(level+1, l.Where.Local))
		code := ""
		if wh.TeamCode != "" {
			code = " (" + wh.TeamCode + ")"
		}
		line("%s: %s%s", l.Team.Local, term(wh.Team), code)
		line("    %s", wh.Handles.Local)
		addr := term(wh.Office)
		if wh.Address != "" {
			addr += ", " + wh.Address
		} else if wh.AskFor != nil {
			addr += " – " + wh.AskFor.Local
		}
		line("%s: %s", l.Address.Local, addr)
		if wh.Entrance != nil {
			line("%s: %s", l.Entrance.Local, wh.Entrance.Local)
		}
		if wh.Transit != "" {
			line("%s: %s", l.Transit.Local, wh.Transit)
		}
		for _, h := range wh.Hours {
			line("%s: %s", l.Hours.Local, h.Text.Local)
		}
		if wh.Phone != "" {
			line("%s: %s", l.Phone.Local, wh.Phone)
		}
		if wh.Email != "" {
			line("%s: %s", l.Email.Local, wh.Email)
		}
		if wh.TeamPage != "" {
			line("%s: %s", l.Page.Local, s.link(wh.TeamPage))
		}
	}
	if len(p.Channels) > 0 {
		line("%s", s.heading(level+1, l.How.Local))
		for _, ch := range p.Channels {
			text := ch.Text.Local
			if ch.Kind != "" {
				text = ch.Title.Local + ": " + text
			}
			if ch.Email != "" {
				text += " " + ch.Email
			}
			for _, h := range ch.Hours {
				text += " " + h.Text.Local
			}
			if ch.URL != "" {
				text += " " + s.link(ch.URL)
			}
			line("%s%s", s.bullet, text)
		}
	}
	if len(p.Documents) > 0 {
		line("%s", s.heading(level+1, l.Documents.Local))
		for _, g := range p.Documents {
			if g.Label.Local != "" {
				line("%s:", g.Label.Local)
			}
			for _, d := range g.Docs {
				text := term(d.Name)
				var tags []string
				for _, t := range d.Tags {
					tags = append(tags, t.Local)
				}
				if len(tags) > 0 {
					text += " (" + strings.Join(tags, ", ") + ")"
				}
				line("%s%s", s.box, text)
				for _, alt := range d.Alternatives {
					line("    %s: %s", l.Or.Local, term(alt))
				}
				if d.From != nil {
					line("    %s: %s", l.From.Local, d.From.Local)
				}
				if d.URL != "" {
					line("    %s", s.link(d.URL))
				}
			}
			for _, n := range g.Notes {
				line("    %s", n.Text.Local)
			}
		}
	}
	lines := func(heading present.Text, ls []present.Line) {
		if len(ls) == 0 {
			return
		}
		line("%s", s.heading(level+1, heading.Local))
		for _, x := range ls {
			text := x.Text.Local
			if x.URL != "" {
				text += " " + s.link(x.URL)
			}
			line("%s%s", s.bullet, text)
		}
	}
	lines(l.Photo, p.Photo)
	if f := p.Fees; f != nil {
		line("%s", s.heading(level+1, l.Fees.Local))
		for _, r := range f.Rows {
			text := term(r.Name) + ": " + r.Amount.Local
			if r.Note != nil {
				text += " – " + r.Note.Local
			}
			line("%s%s", s.bullet, text)
			for _, c := range r.Choices {
				line("    %s: %s", term(c.Name), c.Amount.Local)
			}
			for _, sh := range r.Shares {
				line("    %s", sh.Local)
			}
		}
		if f.Total != nil {
			line("%s: %s", l.Total.Local, f.Total.Local)
		}
		for _, n := range f.Notes {
			line("%s%s", s.bullet, n.Text.Local)
		}
	}
	lines(l.Dates, p.Dates)
	lines(l.Notices, p.Notices)
	line("%s", s.heading(level+1, l.Sources.Local))
	for _, src := range p.Sources {
		ref := ""
		if src.URL != "" {
			ref = " " + s.link(src.URL)
		}
		line("%s%s%s (%s)", s.bullet, src.Title, ref, src.Read.Local)
	}
	line("%s", p.Checked.Local)
	_, err := io.WriteString(w, b.String())
	return err
}
