package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// sourcesPage lists every source and every dated fact, grouped by source;
// facts past their end date and superseded ones are marked.
type sourcesPage struct {
	app.Compo
	page
}

func (p *sourcesPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	setPage(ctx, p.v, p.v.T(present.KeySourcesTitle)+" – "+p.v.T(present.KeyAppName))
}

func (p *sourcesPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	// Grouped by authority (Dortmund, Hagen), then general sources.
	var groups []app.UI
	auths := []string{}
	for _, a := range v.c.Authorities {
		auths = append(auths, a.ID)
	}
	for _, auth := range append(auths, "") {
		var sources []app.UI
		for i := range v.c.Sources {
			s := &v.c.Sources[i]
			if s.Authority != auth {
				continue
			}
			var facts []app.UI
			for _, f := range v.c.Facts {
				if contains(f.Source, s.ID) {
					facts = append(facts, v.factLine(f))
				}
			}
			sources = append(sources, app.Section().Class("source").Body(
				app.H3().Body(app.Bdi().Lang("de").Text(s.Title)),
				app.P().Body(
					app.If(s.URL != "", func() app.UI { return v.extLink(s.URL) }).
						Else(func() app.UI { return app.Text(v.T(present.KeySourcesNoCopy)) }),
					app.If(!s.Read.IsZero(), func() app.UI {
						return app.Span().Class("small").Text(" · " + v.T(present.KeySourcesRead, catalog.Args{"Date": catalog.Date(v.lang, s.Read.Time())}))
					}),
				),
				app.If(len(facts) > 0, func() app.UI { return app.Ul().Class("facts").Body(facts...) }),
			))
		}
		var heading app.UI = app.Text(v.T(present.KeySourcesGeneral))
		if auth != "" {
			heading = app.Text(v.text(content.AuthorityName(auth)))
		}
		groups = append(groups, app.Section().Class("authority").Body(app.H2().Body(heading), app.Div().Body(sources...)))
	}
	return v.layout(
		app.H1().Text(v.T(present.KeySourcesTitle)),
		app.P().Text(v.T(present.KeySourcesIntro)),
		app.Div().Body(groups...),
	)
}

func (v *view) factLine(f content.Fact) app.UI {
	date := func(d content.Date) string { return catalog.Date(v.lang, d.Time()) }
	marks := []string{v.T(present.KeySourcesChecked, catalog.Args{"Date": date(f.Checked)})}
	if !f.Since.IsZero() {
		marks = append(marks, v.T(present.KeySourcesSince, catalog.Args{"Date": date(f.Since)}))
	}
	if !f.Until.IsZero() {
		marks = append(marks, v.T(present.KeySourcesUntil, catalog.Args{"Date": date(f.Until)}))
	}
	class := "fact"
	switch {
	case f.Kind == content.FactHistory:
		marks = append(marks, v.T(present.KeySourcesHistory))
		class += " history"
	case !f.Until.IsZero() && f.Until.Before(v.today):
		marks = append(marks, v.T(present.KeySourcesOutdated))
		class += " outdated"
	}
	return app.Li().Class(class).Body(
		app.Text(v.cat.T(content.FactText(f.ID), present.FactArgs(v.c, v.lang, f.ID))),
		app.P().Class("small").Text(catalog.List(v.lang, marks)),
	)
}
