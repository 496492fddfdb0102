package server

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"lotse/content"
	"lotse/internal/report"
	"lotse/present"
)

// TestScreenPrintAndTextAgree: for every path of the shipped content,
// every row of the presented document (its label, text, value, amount,
// tags, link, whom it is for, its boxes, and the same of its details) is
// on the screen (as pre-rendered), on the print sheet (the print view as
// pre-rendered; the folded sections are behind its QR code) and in the
// text output, in German.
func TestScreenPrintAndTextAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every path")
	}
	s := shippedServer(t)
	today := content.MustDate("2026-12-01") // shippedServer's day
	d := s.Site().Data
	de := d.Catalogs["de"]
	c := d.Content
	n, rows := 0, 0
	c.Paths(today, func(a content.Answers) {
		n++
		q := c.Encode(a)
		cl, _ := c.Evaluate(a, today)
		p := present.Build(c, cl, de, de)
		var text bytes.Buffer
		if err := report.WriteText(&text, p); err != nil {
			t.Fatal(err)
		}
		outputs := map[string]string{
			"screen": pageText(t, s, "/de/checklist/?"+q, "checklist"),
			"text":   flat(text.String()),
		}
		if cl.Outcome == content.OutcomeChecklist {
			outputs["print"] = pageText(t, s, "/de/print/?"+q, "printout")
		}
		for _, sec := range p.Sections {
			for _, r := range sec.Rows {
				rows++
				for name, out := range outputs {
					if name == "print" && sec.Fold != nil {
						continue
					}
					for _, w := range rowWords(r, name) {
						if !strings.Contains(out, flat(w)) {
							t.Errorf("%s: the %s lacks %q (section %s, row %s)", q, name, w, sec.ID, r.ID)
						}
					}
				}
			}
		}
	})
	t.Logf("%d paths, %d rows compared", n, rows)
}

// pageText is the text of a pre-rendered page's element with a class.
func pageText(t *testing.T, s *Server, path, class string) string {
	t.Helper()
	r := get(t, s, path)
	if r.status != 200 {
		t.Fatalf("%s: status %d", path, r.status)
	}
	out := sections(t, r.body, class)
	if out == "" {
		t.Fatalf("%s: no .%s", path, class)
	}
	return out
}

// rowWords are the words a row puts on an output, its details' included.
// The screen names a link by its short name, paper by the full address,
// the text output by the address.
func rowWords(r present.Row, output string) []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	if r.Label != nil {
		add(r.Label.German)
	}
	add(r.Text.German)
	add(r.Value)
	if r.Amount != nil {
		add(r.Amount.German)
	}
	for _, tag := range r.Tags {
		add(tag.German)
	}
	if l := r.Link; l != nil {
		switch {
		case output == "screen":
			add(l.Name)
		case output == "print":
			add(l.Full)
		case strings.HasPrefix(l.URL, "http"):
			add(l.URL)
		default:
			add(l.Name)
		}
	}
	if r.For != nil {
		add(r.For.German)
	}
	for _, tick := range r.Ticks {
		add(tick.Label.German)
	}
	for _, d := range r.Details {
		out = append(out, rowWords(d, output)...)
	}
	return out
}

// sections is the text of the page's element with a class.
func sections(t *testing.T, doc, class string) string {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var find func(n *html.Node, class string) *html.Node
	find = func(n *html.Node, class string) *html.Node {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+class+" ") {
					return n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f := find(c, class); f != nil {
				return f
			}
		}
		return nil
	}
	return flat(textOf(find(root, class)))
}

func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// flat drops isolation marks and collapses white space.
func flat(s string) string {
	s = strings.NewReplacer("\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", "\u00a0", " ", "\u202f", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
