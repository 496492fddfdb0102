package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
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
	setPage(ctx, p.v, p.v.T("sources.title")+" – "+p.v.T("app.name"))
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
				app.Ul().Body(v.sourceItem(s)),
				app.If(len(facts) > 0, func() app.UI { return app.Ul().Class("facts").Body(facts...) }),
			))
		}
		var heading app.UI = app.Text(v.T("sources.general"))
		if auth != "" {
			heading = v.term("authority." + auth + ".name")
		}
		groups = append(groups, app.Section().Class("authority").Body(app.H2().Body(heading), app.Div().Body(sources...)))
	}
	return v.layout(p.u,
		app.H1().Text(v.T("sources.title")),
		app.P().Text(v.T("sources.intro")),
		app.Div().Body(groups...),
	)
}

func (v *view) factLine(f content.Fact) app.UI {
	var marks []string
	marks = append(marks, v.T("sources.checked", catalog.Args{"Date": v.date(f.Checked)}))
	if !f.Since.IsZero() {
		marks = append(marks, v.T("sources.since", catalog.Args{"Date": v.date(f.Since)}))
	}
	if !f.Until.IsZero() {
		marks = append(marks, v.T("sources.until", catalog.Args{"Date": v.date(f.Until)}))
	}
	class := "fact"
	switch {
	case f.Kind == "history":
		marks = append(marks, v.T("sources.history"))
		class += " history"
	case !f.Until.IsZero() && f.Until.Before(v.today):
		marks = append(marks, v.T("sources.outdated"))
		class += " outdated"
	}
	return app.Li().Class(class).Body(
		app.Text(v.T("fact."+f.ID)),
		app.P().Class("small").Text(joinNonEmpty(" · ", marks...)),
	)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
