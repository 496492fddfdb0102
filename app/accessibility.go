package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// accessibilityPage is the accessibility statement (§ 10b BGG NRW,
// BITV NRW): how far Lotse meets the requirements by the measured checks,
// what is not accessible and why, where to report barriers and where to
// turn when that does not help.
type accessibilityPage struct {
	app.Compo
	page
}

func (p *accessibilityPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	legalNav(ctx, p.v, present.KeyLegalAccessibility)
}

func (p *accessibilityPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	w := &legalWriter{v: v}
	o := &v.c.Operator
	limits := func(_ string, cat *catalog.Catalog) catalog.Args {
		return catalog.Args{"Limits": cat.T(string(present.KeyLegalLimits))}
	}
	languages := func(lang string, _ *catalog.Catalog) catalog.Args {
		return catalog.Args{"Languages": catalog.Number(lang, len(catalog.Languages))}
	}
	var made app.UI = w.missing()
	if !o.StatementDate.IsZero() {
		made = w.para(present.KeyLegalTextA11yDate, func(lang string, _ *catalog.Catalog) catalog.Args {
			return catalog.Args{"Date": catalog.Date(lang, o.StatementDate.Time())}
		})
	}
	body := []app.UI{
		w.para(present.KeyLegalTextA11yScope, noArgs),
		w.heading(present.KeyLegalStatus),
		w.para(present.KeyLegalTextA11yStatus, limits),
		w.para(present.KeyLegalTextA11yMethod, languages),
		w.heading(present.KeyLegalLimits),
		w.para(present.KeyLegalTextA11yLimitSign, noArgs),
		w.para(present.KeyLegalTextA11yLimitLinks, noArgs),
		w.para(present.KeyLegalTextA11yLimitTransl, noArgs),
		w.para(present.KeyLegalTextA11yLimitAudit, noArgs),
		w.heading(present.KeyLegalMade),
		made,
		app.Section().ID("feedback").Body(
			w.heading(present.KeyLegalFeedback),
			w.para(present.KeyLegalTextA11yFeedback, noArgs),
			w.contact(o.AccessibilityContact),
		),
		app.Section().ID("enforcement").Body(
			w.heading(present.KeyLegalEnforcement),
			w.para(present.KeyLegalTextA11yEnforcement, noArgs),
			w.contact(o.Enforcement.Contact),
		),
		w.laws(o.Laws.Accessibility),
	}
	return w.page(present.KeyLegalAccessibility, body...)
}
