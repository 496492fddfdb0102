package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	lotse "lotse/app"
	"lotse/content"
	"lotse/internal/report"
	"lotse/present"
)

// TestScreenPrintAndTextAgree: for every path of the shipped content, the
// checklist on screen (as pre-rendered), the bilingual print and the text
// output show the same documents, fee amounts, total and dates: the
// presented checklist's, in German.
func TestScreenPrintAndTextAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every path")
	}
	routesOnce.Do(lotse.Routes)
	web := t.TempDir()
	must(t, os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm"), 0o644))
	today := content.MustDate("2026-12-01")
	s := newServer(t, Config{WebDir: web, Today: func() content.Date { return today }})
	d := s.Site().Data
	de := d.Catalogs["de"]
	c := d.Content
	labels := present.NewLabels(de, de)
	n := 0
	c.Paths(today, func(a content.Answers) {
		n++
		q := c.Encode(a)
		cl, _ := c.Evaluate(a, today)
		p := present.Build(c, cl, de, de)
		r := get(t, s, "/de/checklist/?"+q)
		if r.status != 200 {
			t.Fatalf("%s: status %d", q, r.status)
		}
		screen, print := sections(t, r.body)
		var text bytes.Buffer
		if err := report.WriteText(&text, p, labels); err != nil {
			t.Fatal(err)
		}
		outputs := map[string]string{"screen": screen, "print": print, "text": flat(text.String())}
		var want []string
		for _, g := range p.Documents {
			for _, doc := range g.Docs {
				want = append(want, doc.Name.German)
			}
		}
		if f := p.Fees; f != nil {
			for _, row := range f.Rows {
				want = append(want, row.Amount.German)
			}
			if f.Total != nil {
				want = append(want, f.Total.German)
			}
		}
		for _, l := range p.Dates {
			want = append(want, l.Text.German)
		}
		for name, out := range outputs {
			for _, w := range want {
				if !strings.Contains(out, flat(w)) {
					t.Errorf("%s: the %s lacks %q", q, name, w)
				}
			}
		}
	})
	t.Logf("%d paths compared", n)
}

// sections are the page's screen checklist and its print sheet, as text.
func sections(t *testing.T, doc string) (screen, print string) {
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
	return flat(textOf(find(root, "checklist"))), flat(textOf(find(root, "printout")))
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
