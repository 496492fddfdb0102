package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
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
	setPage(ctx, p.v, p.v.T("app.notfound"))
}

func (p *notFoundPage) Render() app.UI {
	if p.v == nil || !p.v.ready() {
		return app.Div()
	}
	return p.v.layout(p.u,
		app.H1().ID("notfound").Text(p.v.T("app.notfound")),
		app.P().Body(app.A().Class("button primary").Href(p.v.page("")).Text(p.v.T("app.home"))),
	)
}
