package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// startPage says what Lotse does and starts the wizard.
type startPage struct {
	app.Compo
	page
}

func (p *startPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	v := p.v
	setPage(ctx, v, v.T(present.KeyAppName)+" – "+v.T(present.KeyAppTagline))
	// The bare "/" picks the language: the person's earlier choice, else
	// the browser's preferred languages matched against the shipped ones.
	if app.IsClient && strings.Trim(strings.TrimPrefix(ctx.Page().URL().Path, v.base), "/") == "" {
		var lang string
		if err := ctx.LocalStorage().Get(storageLang, &lang); err != nil || lang == "" {
			var prefs []string
			langs := app.Window().Get("navigator").Get("languages")
			for i := 0; langs.Truthy() && i < langs.Length(); i++ {
				prefs = append(prefs, langs.Index(i).String())
			}
			lang = catalog.Match(prefs...)
		}
		if _, ok := catalog.Lookup(lang); ok {
			ctx.Navigate(v.path(lang, ""))
		}
	}
}

func (p *startPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	return v.layout(
		app.Section().Class("hero").Body(
			app.H1().Text(v.T(present.KeyAppName)),
			app.P().Class("tagline").Text(v.T(present.KeyAppTagline)),
			app.P().Text(v.T(present.KeyAppPurpose)),
			app.A().Class("button primary").ID("start").Href(v.link("q", nil)).Text(v.T(present.KeyAppStart)),
		),
		app.Section().Class("gives").Body(
			app.H2().Text(v.T(present.KeyAppStartGives)),
			app.Ul().Body(
				app.Li().Text(v.T(present.KeyAppStartGiveTeam)),
				app.Li().Text(v.T(present.KeyAppStartGiveDocs)),
				app.Li().Text(v.T(present.KeyAppStartGivePhoto)),
				app.Li().Text(v.T(present.KeyAppStartGiveFees)),
				app.Li().Text(v.T(present.KeyAppStartGiveDates)),
			),
			app.P().Class("private").Text(v.T(present.KeyAppStartPrivate)),
		),
		app.P().Class("advisor-link").Body(app.A().ID("to-advisor").Href(v.link("advisor", nil)).Text(v.T(present.KeyAppStartAdvisor))),
	)
}

// setPage sets the document's title, language and direction.
func setPage(ctx app.Context, v *view, title string) {
	ctx.Page().SetTitle("%s", attr(title))
	ctx.Page().SetLang(v.lang)
	if app.IsClient {
		dir := "ltr"
		if v.rtl {
			dir = "rtl"
		}
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "dir", dir)
	}
}

// publicLink is a page's absolute address for handing over (QR code):
// the configured public origin, or in the browser the page's own origin;
// never the request's Host.
func (v *view) publicLink(page string, a content.Answers) string {
	return v.publicLinkIn(v.lang, page, a)
}

// publicLinkIn is publicLink in another language (the print sheet's
// second language).
func (v *view) publicLinkIn(lang, page string, a content.Answers) string {
	rel := v.linkIn(lang, page, a)
	if v.d != nil && v.d.PublicURL != "" {
		return strings.TrimSuffix(v.d.PublicURL, "/") + strings.TrimPrefix(rel, v.base)
	}
	if app.IsClient {
		return app.Window().Get("location").Get("origin").String() + rel
	}
	return rel
}
