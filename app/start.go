package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
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
	setPage(ctx, p.v, p.v.T("app.name")+" – "+p.v.T("app.tagline"))
	// The bare "/" picks the language: the person's earlier choice, else
	// the browser's preferred languages matched against the shipped ones.
	if app.IsClient && strings.TrimSuffix(strings.TrimPrefix(p.u.Path, p.v.base), "/") == "" {
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
			ctx.Navigate(p.v.base + "/" + lang + "/")
		}
	}
}

func (p *startPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	return v.layout(p.u,
		app.Section().Class("hero").Body(
			app.H1().Text(v.T("app.name")),
			app.P().Class("tagline").Text(v.T("app.tagline")),
			app.P().Text(v.T("app.purpose")),
			app.A().Class("button primary").ID("start").Href(v.link("q", nil)).Text(v.T("app.start")),
		),
		app.Section().Class("gives").Body(
			app.H2().Text(v.T("app.start.gives")),
			app.Ul().Body(
				app.Li().Text(v.T("app.start.give.team")),
				app.Li().Text(v.T("app.start.give.documents")),
				app.Li().Text(v.T("app.start.give.photo")),
				app.Li().Text(v.T("app.start.give.fees")),
				app.Li().Text(v.T("app.start.give.dates")),
			),
			app.P().Class("private").Text(v.T("app.start.private")),
		),
		app.P().Class("advisor-link").Body(app.A().ID("to-advisor").Href(v.link("advisor", nil)).Text(v.T("app.start.advisor"))),
	)
}

// setPage sets the document's title, language and direction.
func setPage(ctx app.Context, v *view, title string) {
	ctx.Page().SetTitle("%s", title)
	ctx.Page().SetLang(v.lang)
	if app.IsClient {
		dir := "ltr"
		if v.rtl {
			dir = "rtl"
		}
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "dir", dir)
	}
}
