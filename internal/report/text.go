// Package report writes presented checklists for reading outside the
// app: plain text for `lotse checklist`, and the review document of every
// outcome (Markdown and HTML) for `lotse review`. It is server and command
// line code; the client never links it.
package report

import (
	"io"
	"strings"

	"lotse/present"
)

// style is what differs between plain text and Markdown.
type style struct {
	heading func(level int, s string) string
	link    func(l *present.Link) string
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
	link: func(l *present.Link) string {
		if strings.HasPrefix(l.URL, "http") {
			return l.URL
		}
		return l.Name
	},
	box:    "[ ] ",
	bullet: "- ",
}

var markdown = style{
	heading: func(level int, s string) string { return "\n" + strings.Repeat("#", level+1) + " " + s + "\n" },
	link: func(l *present.Link) string {
		if strings.HasPrefix(l.URL, "http") {
			return "<" + l.URL + ">"
		}
		return l.Name
	},
	box:    "- [ ] ",
	bullet: "- ",
}

// term shows a name in the reader's language with German beside where
// the document marks it as an official term.
func term(t present.Text) string {
	if !t.Term || t.Same() {
		return t.Local
	}
	return t.Local + " [" + t.German + "]"
}

// WriteText writes a checklist as plain text: what `lotse checklist`
// prints.
func WriteText(w io.Writer, p *present.Checklist) error {
	return write(w, p, plain, 1)
}

// write is the text writer: a loop over the document's sections and rows.
func write(w io.Writer, p *present.Checklist, s style, level int) error {
	var b strings.Builder
	b.WriteString(s.heading(level, p.Title.Local) + "\n")
	for _, sec := range p.Sections {
		if sec.Title.Local != "" {
			b.WriteString(s.heading(level+1, sec.Title.Local) + "\n")
		}
		for _, r := range sec.Rows {
			writeRow(&b, s, r, "")
		}
	}
	b.WriteString(p.Checked.Local + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeRow(b *strings.Builder, s style, r present.Row, indent string) {
	mark := s.bullet
	switch {
	case r.Kind == present.RowWarning:
		mark = "! "
	case len(r.Ticks) == 1 && r.Ticks[0].Label.Local == "":
		mark = s.box
	}
	b.WriteString(indent + mark + rowText(r, s.link) + "\n")
	for _, d := range r.Details {
		writeRow(b, s, d, indent+"    ")
	}
}

// rowText writes a row on one line, in the document's order: label, text,
// value, amount, tags, link, for whom, a box per person.
func rowText(r present.Row, link func(*present.Link) string) string {
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	add(term(r.Text))
	add(r.Value)
	if r.Amount != nil {
		add(r.Amount.Local)
	}
	for _, t := range r.Tags {
		add(t.Local)
	}
	if r.Link != nil {
		add(link(r.Link))
	}
	if r.For != nil {
		add(r.For.Local)
	}
	for _, t := range r.Ticks {
		if t.Label.Local != "" {
			add("[ ] " + t.Label.Local)
		}
	}
	text := strings.Join(parts, " · ")
	if r.Label != nil {
		text = strings.TrimSpace(r.Label.Local + ": " + text)
	}
	return text
}
