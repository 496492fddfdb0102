package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/present"
)

// shellPage is what the service worker answers every navigation with when
// it has no better copy: header, footer and a calm line while the app
// starts and renders the state the URL describes.
type shellPage struct {
	app.Compo
	page
}

func (p *shellPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	setPage(ctx, p.v, p.v.T(present.KeyAppName))
}

func (p *shellPage) Render() app.UI {
	if p.v == nil || !p.v.ready() {
		return app.Div()
	}
	return p.v.layout(app.P().Class("loading").ID("shell-loading").Text(p.v.T(present.KeyAppLoading)))
}
