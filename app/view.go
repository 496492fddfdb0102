package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// view carries what a page needs to turn IDs into words: the parsed
// location, the reader's catalog, the German one, the content and today.
type view struct {
	loc     location
	lang    string
	rtl     bool
	cat, de *catalog.Catalog
	c       *content.Content
	d       *Data
	today   content.Date
	base    string // the site's base path, "" at the root
}

// page is what every page is given (its Source) and keeps between
// navigations (its view).
type page struct {
	src Source
	v   *view
}

// begin reads the URL, once per navigation, and prepares the view. It
// returns false while the language's catalog is still being fetched; the
// navigation then runs again once it is there.
func (p *page) begin(ctx app.Context, again func(app.Context)) bool {
	countNav(ctx.Page().URL().String())
	p.v = newView(p.src.Data(), p.src.Today(), ctx.Page().URL())
	if !p.v.ready() {
		requestCatalog(ctx, p.src, p.v.lang, again)
		return false
	}
	return true
}

func newView(d *Data, today content.Date, u *url.URL) *view {
	v := &view{today: today, d: d}
	if d == nil {
		v.loc = parseLocation(u, nil, "")
		v.lang = v.loc.lang
		return v
	}
	v.c, v.base = d.Content, d.BasePath
	v.loc = parseLocation(u, d.Content, d.BasePath)
	v.lang = v.loc.lang
	l, _ := catalog.Lookup(v.lang)
	v.rtl = l.RTL
	// No silent fallback: a page whose catalog is not loaded yet waits for
	// it (see requestCatalog).
	v.cat, v.de = d.Catalogs[v.lang], d.Catalogs[catalog.Source]
	return v
}

// ready tells whether content and catalogs are there to render.
func (v *view) ready() bool { return v.c != nil && v.cat != nil && v.de != nil }

func (v *view) T(k present.Key, args ...catalog.Args) string { return v.cat.T(string(k), args...) }
func (v *view) N(k present.Key, n int, args ...catalog.Args) string {
	return v.cat.N(string(k), n, args...)
}

// text shows a content text (a question, an answer) in the reader's language.
func (v *view) text(id string) string { return v.cat.T(id) }

// words shows a presented text in the reader's language; an official
// term (Text.Term) has the German beside it, marked lang="de" and
// isolated so that it cannot scramble right-to-left text.
func words(t present.Text) app.UI {
	if !t.Term || t.Same() {
		return app.Text(t.Local)
	}
	return app.Span().Class("term").Body(
		app.Text(t.Local+" "),
		app.Bdi().Class("de").Lang("de").Dir("ltr").Text(t.German),
	)
}

// path is an app page in the reader's language: /<lang>/<page>/ under
// the base path ("" is the start page).
func (v *view) path(lang, page string) string {
	if page == "" {
		return v.base + "/" + lang + "/"
	}
	return v.base + "/" + lang + "/" + page + "/"
}

// web is the URL of a static resource under web/; go-app adds the base
// path to these itself, on the server and in the browser.
func (v *view) web(name string) string { return "/web/" + name }

// link builds an app URL in the reader's language from typed values only:
// /<lang>/<page>/?answers&extra.
func (v *view) link(page string, a content.Answers, extra ...string) string {
	return v.linkIn(v.lang, page, a, extra...)
}

func (v *view) linkIn(lang, page string, a content.Answers, extra ...string) string {
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
	if v.loc.noWasm {
		if q != "" {
			q += "&"
		}
		q += "wasm=false"
	}
	p := v.path(lang, page)
	if q != "" {
		p += "?" + q
	}
	return p
}

// attr prepares text for an HTML attribute: bidi isolation marks and
// word joiners are for running text (see catalog.Plain).
func attr(s string) string { return catalog.Plain(s) }

// ltr isolates text that is always left to right (phone numbers, e-mail
// addresses, codes, links) inside right-to-left pages.
func ltr(s string) app.UI { return app.Bdi().Dir("ltr").Text(s) }

// extLink is a link to an official page by its short name; the page
// opens in a new tab.
func extLink(l *present.Link) app.UI {
	a := app.A().Class("ext").Href(l.URL).Body(ltr(l.Name))
	if strings.HasPrefix(l.URL, "http") {
		a = a.Rel("noopener noreferrer").Target("_blank")
	}
	return a
}
