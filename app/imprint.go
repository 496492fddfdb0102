package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/present"
)

// imprintPage is the Impressum (§ 5 DDG): who publishes this copy of
// Lotse, and what its information is worth.
type imprintPage struct {
	app.Compo
	page
}

func (p *imprintPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	legalNav(ctx, p.v, present.KeyLegalImprint)
}

func (p *imprintPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	w := &legalWriter{v: v}
	o := &v.c.Operator
	body := []app.UI{
		w.para(present.KeyLegalTextImprintBasis, noArgs),
		w.heading(present.KeyLegalPublisher),
		w.contact(o.Publisher),
		w.heading(present.KeyLegalContent),
		w.para(present.KeyLegalTextImprintContent, noArgs),
		w.para(present.KeyLegalTextImprintLinks, noArgs),
		w.laws(o.Laws.Imprint),
	}
	return w.page(present.KeyLegalImprint, body...)
}
