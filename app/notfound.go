package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/present"
)

// notFoundPage answers unknown paths (an unknown language, a mistyped
// page) with a clear message and a way back, in German or the language
// the path starts with.
type notFoundPage struct {
	app.Compo
	page
}

func (p *notFoundPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	setPage(ctx, p.v, p.v.T(present.KeyAppNotFound))
}

func (p *notFoundPage) Render() app.UI {
	if p.v == nil || !p.v.ready() {
		return app.Div()
	}
	return p.v.layout(
		app.H1().ID("notfound").Text(p.v.T(present.KeyAppNotFound)),
		app.P().Body(app.A().Class("button primary").Href(p.v.path(p.v.lang, "")).Text(p.v.T(present.KeyAppHome))),
	)
}
