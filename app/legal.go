package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// legalWriter draws what the Impressum, the privacy statement and the
// accessibility statement share: legal text in German (binding) with the
// reader's language below it where a translation exists, the operator's
// contacts, and the law texts. What the operator has not filled in is
// said plainly, never guessed.
type legalWriter struct {
	v *view
	// germanOnly: a paragraph had no translation into the reader's
	// language; the page then says so once.
	germanOnly bool
}

// legalArgs gives a paragraph's placeholder values in one language.
type legalArgs func(lang string, cat *catalog.Catalog) catalog.Args

func noArgs(string, *catalog.Catalog) catalog.Args { return nil }

// para writes one paragraph of legal text.
func (w *legalWriter) para(k present.Key, args legalArgs) app.UI {
	return w.pair(k, func(cat *catalog.Catalog) string { return cat.T(string(k), args(cat.Lang, cat)) })
}

// paraN writes a paragraph with a count (plural forms).
func (w *legalWriter) paraN(k present.Key, n int) app.UI {
	return w.pair(k, func(cat *catalog.Catalog) string { return cat.N(string(k), n) })
}

func (w *legalWriter) pair(k present.Key, text func(*catalog.Catalog) string) app.UI {
	v := w.v
	german := app.P().Lang(catalog.Source).Dir("ltr").Text(text(v.de))
	if v.lang == catalog.Source {
		return app.Div().Class("legal-text").Body(german)
	}
	if !v.cat.Has(string(k)) {
		w.germanOnly = true
		return app.Div().Class("legal-text").Body(german)
	}
	return app.Div().Class("legal-text").Body(german, app.P().Class("legal-local").Lang(v.lang).Text(text(v.cat)))
}

func (w *legalWriter) heading(k present.Key) app.UI { return app.H2().Text(w.v.T(k)) }

func (w *legalWriter) missing() app.UI {
	return app.P().Class("note legal-missing").Text(w.v.T(present.KeyLegalMissing))
}

// contact writes a name and postal address with ways to reach it, or
// that the operator has not filled it in.
func (w *legalWriter) contact(c content.Contact) app.UI {
	if c.Empty() {
		return w.missing()
	}
	v := w.v
	var lines []app.UI
	line := func(label present.Key, body app.UI) {
		if label == "" {
			lines = append(lines, app.Div().Body(body))
			return
		}
		lines = append(lines, app.Div().Body(app.Text(v.T(label)+": "), body))
	}
	if c.Name != "" {
		line("", app.Strong().Body(german(c.Name)))
	}
	if c.RepresentedBy != "" {
		line(present.KeyLegalRepresentedBy, german(c.RepresentedBy))
	}
	if c.Street != "" {
		line("", german(c.Street))
	}
	if place := strings.TrimSpace(c.Postcode + " " + c.City); place != "" {
		line("", german(place))
	}
	if c.Email != "" {
		line(present.KeyLegalEmail, app.A().Href("mailto:"+c.Email).Body(ltr(c.Email)))
	}
	if c.Phone != "" {
		line(present.KeyLegalPhone, app.A().Href("tel:"+c.Phone).Body(ltr(c.Phone)))
	}
	if c.Web != "" {
		line(present.KeyLegalWeb, v.extLink(c.Web))
	}
	return app.Address().Class("legal-contact").Body(lines...)
}

// laws lists the law texts a page is written under, with their links.
func (w *legalWriter) laws(ids []string) app.UI {
	var items []app.UI
	for _, id := range ids {
		s := w.v.c.Source(id)
		if s == nil {
			continue
		}
		items = append(items, app.Li().Body(german(s.Title), app.Br(), w.v.extLink(s.URL)))
	}
	if len(items) == 0 {
		return app.Text("")
	}
	return app.Div().Body(w.heading(present.KeyLegalLaws), app.Ul().Class("legal-laws").Body(items...))
}

// page lays out a legal page: its title with the German beside it, a note
// when the operator is not filled in, which text binds, then the body.
func (w *legalWriter) page(title present.Key, body ...app.UI) app.UI {
	v := w.v
	notes := []app.UI{}
	if v.c.Operator.Publisher.Empty() {
		notes = append(notes, app.P().Class("note legal-missing").ID("legal-missing-operator").Text(v.T(present.KeyLegalMissingOperator)))
	}
	if v.lang != catalog.Source {
		notes = append(notes, app.P().Class("small").Text(v.T(present.KeyLegalBinding)))
		if w.germanOnly {
			notes = append(notes, app.P().Class("small").ID("legal-german-only").Text(v.T(present.KeyLegalGermanOnly)))
		}
	}
	local, inGerman := v.T(title), v.de.T(string(title))
	if strings.Contains(local, inGerman) {
		inGerman = local // "Legal notice (Impressum)" names the German already
	}
	heading := v.term(present.Text{Local: local, German: inGerman})
	return v.layout(append(append([]app.UI{app.H1().ID("legal-title").TabIndex(-1).Body(heading)}, notes...), body...)...)
}

// legalNav titles a legal page and, in the browser, moves the focus to
// its heading: a footer link opens the page at its start, and screen
// readers announce it.
func legalNav(ctx app.Context, v *view, title present.Key) {
	setPage(ctx, v, v.T(title)+" – "+v.T(present.KeyAppName))
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) { focusByID("legal-title") })
	}
}

// german is a value as the operator wrote it (German): marked, and
// isolated so that it keeps its order inside right-to-left text.
func german(s string) app.UI { return app.Bdi().Lang(catalog.Source).Dir("ltr").Text(s) }
