package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/present"
)

// checklistPage shows the result for complete answers, the summary first.
type checklistPage struct {
	app.Compo
	page
	cl    *content.Checklist
	model *present.Checklist
}

func (p *checklistPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	v := p.v
	if !p.load() {
		// Unknown, contradictory or outdated answers: ask again from the
		// first question that is not validly answered.
		setPage(ctx, v, v.T(present.KeyAppName))
		if app.IsClient {
			ctx.Navigate(v.link("q", v.loc.answers))
		}
		return
	}
	setPage(ctx, v, p.model.Title.Local+" – "+v.T(present.KeyAppName))
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) { focusByID("checklist-title") })
	}
}

// load evaluates the parsed answers, once, and presents the checklist;
// false when the answers are not complete.
func (p *checklistPage) load() bool {
	v := p.v
	cl, next := v.c.Evaluate(v.loc.answers, v.today)
	p.cl, p.model = cl, nil
	if next != nil {
		return false
	}
	p.model = present.Build(v.c, cl, v.cat, v.de)
	return true
}

func (p *checklistPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	if p.model == nil {
		return v.layout(app.P().Body(app.A().Href(v.link("q", v.loc.answers)).Text(v.T(present.KeyAppStart))))
	}
	w := &checklistWriter{v: v, p: p.model, answers: p.cl.Answers, changePage: "q", store: storageTicks, applicant: true}
	return v.layout(
		w.render(),
		app.P().Class("advisor-link").Body(app.A().ID("to-advisor").Href(v.link("advisor", p.cl.Answers)).Text(v.T(present.KeyAdvisorLink))),
	)
}
