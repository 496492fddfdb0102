package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// view carries what a page needs to turn IDs into words: the reader's
// catalog, the German one, the content and today's date.
type view struct {
	lang    string
	rtl     bool
	cat, de *catalog.Catalog
	c       *content.Content
	today   content.Date
	noWasm  bool // keep ?wasm=false on links, for the no-wasm path
	names   map[string]string
	base    string // the site's base path, "" at the root
}

// page is what every page keeps between navigations: its URL and view.
type page struct {
	u *url.URL
	v *view
}

// begin reads the URL and prepares the view. It returns false while the
// language's catalog is still being fetched; the navigation then runs
// again once it is there.
func (p *page) begin(ctx app.Context, again func(app.Context)) bool {
	p.u = ctx.Page().URL()
	p.v = newView(p.u)
	if !p.v.ready() {
		requestCatalog(ctx, p.v, again)
		return false
	}
	return true
}

func newView(u *url.URL) *view {
	lang, _ := langOf(u.Path)
	d := loaded()
	l, _ := catalog.Lookup(lang)
	v := &view{lang: lang, rtl: l.RTL, today: Today(), noWasm: u.Query().Get("wasm") == "false"}
	if d == nil {
		return v
	}
	v.c, v.names, v.base = d.Content, d.Names, d.BasePath
	// No silent fallback: a page whose catalog is not loaded yet waits for
	// it (see requestCatalog).
	v.cat, v.de = d.Catalogs[lang], d.Catalogs[catalog.Source]
	return v
}

// ready tells whether content and catalogs are there to render.
func (v *view) ready() bool { return v.c != nil && v.cat != nil && v.de != nil }

func (v *view) T(id string, args ...catalog.Args) string { return v.cat.T(id, args...) }
func (v *view) N(id string, n int, args ...catalog.Args) string {
	return v.cat.N(id, n, args...)
}

// DE renders a message in German.
func (v *view) DE(id string, args ...catalog.Args) string { return v.de.T(id, args...) }

// term shows a name in the reader's language with the official German term
// beside it, marked lang="de" and isolated so it cannot scramble
// right-to-left text. Codes like "38/2-2" inside the name are isolated too.
func (v *view) term(id string, codes ...string) app.UI {
	if v.lang == catalog.Source {
		return app.Span().Class("term").Body(isolate(v.T(id), codes)...)
	}
	return app.Span().Class("term").Body(
		app.Span().Body(isolate(v.T(id), codes)...),
		app.Text(" "),
		app.Bdi().Class("de").Lang("de").Dir("ltr").Text(v.DE(id)),
	)
}

// isolate splits text around left-to-right tokens and wraps each token in
// <bdi dir="ltr">, so "(38/2-2)" stays readable inside Arabic.
func isolate(text string, tokens []string) []app.UI {
	for _, tok := range tokens {
		if tok == "" {
			continue
		}
		if i := strings.Index(text, tok); i >= 0 {
			out := []app.UI{}
			if i > 0 {
				out = append(out, app.Text(text[:i]))
			}
			out = append(out, ltr(tok))
			return append(out, isolate(text[i+len(tok):], tokens)...)
		}
	}
	if text == "" {
		return nil
	}
	return []app.UI{app.Text(text)}
}

func (v *view) euro(cents int) string { return catalog.Euro(v.lang, cents) }

func (v *view) date(d content.Date) string {
	if d.IsZero() {
		return ""
	}
	return catalog.Date(v.lang, d.Time())
}

// page is the path of an app page in the reader's language: /<lang>/<page>/
// under the base path ("" is the start page).
func (v *view) page(page string) string {
	if page == "" {
		return v.base + "/" + v.lang + "/"
	}
	return v.base + "/" + v.lang + "/" + page + "/"
}

// web is the URL of a static resource under web/; go-app adds the base
// path to these itself, on the server and in the browser.
func (v *view) web(name string) string { return "/web/" + name }

// link builds an app URL in the reader's language: /<lang>/<page>/?answers.
func (v *view) link(page string, a content.Answers, extra ...string) string {
	q := ""
	if v.c != nil && a != nil {
		q = v.c.Encode(a)
	}
	for i := 0; i+1 < len(extra); i += 2 {
		if q != "" {
			q += "&"
		}
		q += url.QueryEscape(extra[i]) + "=" + url.QueryEscape(extra[i+1])
	}
	if v.noWasm {
		if q != "" {
			q += "&"
		}
		q += "wasm=false"
	}
	p := v.page(page)
	if q != "" {
		p += "?" + q
	}
	return p
}

// ltr isolates text that is always left to right (phone numbers, e-mail
// addresses, codes) inside right-to-left pages.
func ltr(s string) app.UI { return app.Bdi().Dir("ltr").Text(s) }

// answerLabel gives the words for a stored answer value.
func (v *view) answerLabel(q *content.Question, val string) string {
	switch q.Kind {
	case "choice":
		return v.T("answer." + q.ID + "." + val)
	case "date":
		if val == content.BucketUnknown {
			return v.T("checklist.unknown")
		}
		d, err := content.ParseDate(val)
		if err != nil {
			return val
		}
		return v.date(d)
	}
	return val
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
