package app

import (
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
)

// Component tests: pages and components mounted in go-app's test engine
// (app.NewTestEngine), from the shipped content and catalogs, rendered to
// HTML and read back. They pin behaviour (which controls, which links,
// which boxes), not wording.

var (
	dataOnce sync.Once
	testData *Data
	dataErr  error
)

func shippedData(t *testing.T) *Data {
	t.Helper()
	dataOnce.Do(func() {
		c, err := load.Load(data.FS)
		if err != nil {
			dataErr = err
			return
		}
		set, err := i18n.Load(i18n.Files)
		if err != nil {
			dataErr = err
			return
		}
		testData = &Data{Content: c, Catalogs: map[string]*catalog.Catalog{}, Names: set.Names()}
		for _, l := range catalog.Languages {
			if testData.Catalogs[l.Code], dataErr = set.Compile(l.Code); dataErr != nil {
				return
			}
		}
	})
	if dataErr != nil {
		t.Fatal(dataErr)
	}
	return testData
}

var testToday = content.MustDate("2026-12-01")

// viewOf parses a page URL as a navigation does.
func viewOf(t *testing.T, rawURL string) *view {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	v := newView(shippedData(t), testToday, u)
	if !v.ready() {
		t.Fatalf("%s: no catalogs", rawURL)
	}
	return v
}

// mount loads a component into a test engine and returns its HTML, parsed.
func mount(t *testing.T, c app.Composer) *html.Node {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	doc, err := html.Parse(strings.NewReader(app.HTMLString(c)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// all returns the elements of a tag whose class list has class ("" for
// any), in document order.
func all(n *html.Node, tag, class string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (tag == "" || n.Data == tag) && (class == "" || hasClass(n, class)) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func hasClass(n *html.Node, class string) bool {
	return strings.Contains(" "+attrOf(n, "class")+" ", " "+class+" ")
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textIn(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(catalog.Plain(b.String())), " ")
}

// checklistOf mounts the checklist page of a URL.
func checklistOf(t *testing.T, rawURL string) (*checklistPage, *html.Node) {
	t.Helper()
	p := &checklistPage{page: page{v: viewOf(t, rawURL)}}
	if !p.load() {
		t.Fatalf("%s: the answers are not complete", rawURL)
	}
	return p, mount(t, p)
}
