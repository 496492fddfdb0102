package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// wizardPage asks one question per screen. The answers so far live in the
// URL; every answer is a plain link, so the page works before the wasm has
// loaded. ?at=<question> shows an earlier question again (back, change)
// while keeping the later answers.
type wizardPage struct {
	app.Compo
	page
	raw content.Answers

	q         *content.Question
	prev      string
	step      int
	total     int
	dateErr   bool
	dateValue string
}

func (p *wizardPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	p.dateErr = false
	c, today := p.v.c, p.v.today
	p.raw = content.ParseAnswers(p.u.RawQuery)
	steps, next := c.Walk(p.raw, today)
	p.q, p.prev = next, ""
	if at := c.Question(p.u.Query().Get("at")); at != nil {
		for _, s := range steps {
			if s.Question.ID == at.ID {
				p.q = at
			}
		}
	}
	if p.q == nil {
		setPage(ctx, p.v, p.v.T("checklist.title"))
		if app.IsClient {
			ctx.Navigate(p.v.link("checklist", p.raw))
		}
		return
	}
	p.step = 1
	for _, s := range steps {
		if s.Question.ID == p.q.ID {
			break
		}
		p.prev = s.Question.ID
		p.step++
	}
	p.total = max(pathLength(c, p.raw, today), p.step)
	// A value the question does not accept (a malformed date) is shown
	// again with an error.
	v, given := p.raw[p.q.ID]
	invalid := given && next != nil && p.q.ID == next.ID
	p.dateValue = ""
	if p.q.Kind == "date" && v != content.BucketUnknown {
		p.dateValue = v
	}
	p.dateErr = p.q.Kind == "date" && invalid
	setPage(ctx, p.v, p.v.T("question."+p.q.ID+".title")+" – "+p.v.T("app.name"))
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) { focusByID("question") })
	}
}

// pathLength estimates how many questions this person will answer: the
// path through the given answers, with the first open answer assumed
// wherever none is given yet.
func pathLength(c *content.Content, raw content.Answers, today content.Date) int {
	a := raw
	for range c.Questions {
		_, next := c.Walk(a, today)
		if next == nil {
			break
		}
		a = a.With(next.ID, sampleAnswer(c, next, a, today))
	}
	steps, _ := c.Walk(a, today)
	return len(steps)
}

func sampleAnswer(c *content.Content, q *content.Question, a content.Answers, today content.Date) string {
	switch q.Kind {
	case "choice":
		if opts := c.Options(q, a, today); len(opts) > 0 {
			return opts[0].ID
		}
	case "date":
		return content.BucketUnknown
	case "count":
		return "0"
	}
	return ""
}

func focusByID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

func (p *wizardPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	if p.q == nil {
		return v.layout(p.u, app.P().Body(app.A().Href(v.link("checklist", p.raw)).Text(v.T("checklist.title"))))
	}
	q := p.q
	return v.layout(p.u,
		app.Div().Class("wizard").Body(
			app.P().Class("progress-label").ID("progress-label").Text(v.T("wizard.progress", catalog.Args{"Step": strconv.Itoa(p.step)})),
			app.Progress().Class("progress").Max(p.total).Value(p.step).Aria("labelledby", "progress-label"),
			app.H1().ID("question").TabIndex(-1).Text(v.T("question."+q.ID+".title")),
			app.If(q.Help, func() app.UI {
				return app.P().Class("help").Text(v.T("question." + q.ID + ".help"))
			}),
			p.answers(),
			app.Nav().Class("wizard-nav").Body(
				app.If(p.prev != "", func() app.UI {
					return app.A().Class("back").ID("back").Href(v.link("q", p.raw, "at", p.prev)).Text(v.T("wizard.back"))
				}),
				app.A().Class("restart").Href(v.link("q", nil)).Text(v.T("wizard.restart")),
			),
		),
	)
}

func (p *wizardPage) answers() app.UI {
	v, q := p.v, p.q
	current := p.raw[q.ID]
	switch q.Kind {
	case "date":
		return p.dateForm()
	case "count":
		var items []app.UI
		for n := 0; n <= q.Max; n++ {
			val := strconv.Itoa(n)
			items = append(items, p.answerItem(val, val, "", val == current))
		}
		return app.Ul().Class("answers count").Body(items...)
	}
	opts := v.c.Options(q, v.c.Clean(p.raw, v.today), v.today)
	var items []app.UI
	for _, a := range opts {
		help := ""
		if a.Help {
			help = v.T("answer." + q.ID + "." + a.ID + ".help")
		}
		items = append(items, p.answerItem(a.ID, v.T("answer."+q.ID+"."+a.ID), help, a.ID == current))
	}
	return app.Ul().Class("answers").Body(items...)
}

// answerItem is one answer as a real link to the next step.
func (p *wizardPage) answerItem(val, label, help string, selected bool) app.UI {
	v := p.v
	next := p.raw.With(p.q.ID, val)
	href := v.link("q", next)
	if _, gap := v.c.Walk(next, v.today); gap == nil {
		href = v.link("checklist", next)
	}
	a := app.A().Class("answer").Href(href).Body(
		app.Span().Class("answer-label").Text(label),
		app.If(help != "", func() app.UI { return app.Span().Class("answer-help").Text(help) }),
		app.If(selected, func() app.UI { return app.Span().Class("answer-selected").Text(v.T("wizard.selected")) }),
	)
	if selected {
		a = a.Class("selected")
	}
	return app.Li().Body(a)
}

// dateForm asks for a date with a plain GET form (works without wasm) that
// the app handles in place when it runs.
func (p *wizardPage) dateForm() app.UI {
	v, q := p.v, p.q
	var hidden []app.UI
	for _, other := range v.c.Questions {
		if val, ok := p.raw[other.ID]; ok && other.ID != q.ID {
			hidden = append(hidden, app.Input().Type("hidden").Name(other.ID).Value(val))
		}
	}
	if v.noWasm {
		hidden = append(hidden, app.Input().Type("hidden").Name("wasm").Value("false"))
	}
	input := app.Input().Type("date").ID("date-input").Name(q.ID).Value(p.dateValue).Required(true).
		Attr("min", "1950-01-01").Attr("max", "2150-12-31")
	if p.dateErr {
		input = input.Aria("invalid", "true").Aria("describedby", "date-error")
	}
	return app.Form().Class("date-form").Method("get").Action(v.page("q")).OnSubmit(p.submitDate).Body(
		app.Div().Body(hidden...),
		app.Label().For("date-input").Text(v.T("wizard.date.label")),
		input,
		app.If(p.dateErr, func() app.UI {
			return app.P().Class("error").ID("date-error").Text(v.T("wizard.date.invalid"))
		}),
		app.Div().Class("date-actions").Body(
			app.Button().Type("submit").Class("button primary").ID("date-submit").Text(v.T("wizard.next")),
			app.If(q.Optional, func() app.UI {
				return app.A().Class("button").ID("date-unknown").Href(p.nextHref(content.BucketUnknown)).Text(v.T("wizard.date.unknown"))
			}),
		),
	)
}

func (p *wizardPage) nextHref(val string) string {
	next := p.raw.With(p.q.ID, val)
	if _, gap := p.v.c.Walk(next, p.v.today); gap == nil {
		return p.v.link("checklist", next)
	}
	return p.v.link("q", next)
}

func (p *wizardPage) submitDate(ctx app.Context, e app.Event) {
	e.PreventDefault()
	val := app.Window().GetElementByID("date-input").Get("value").String()
	if !p.v.c.Valid(p.q, val, nil, p.v.today) || val == content.BucketUnknown {
		p.dateErr = true
		return
	}
	ctx.Navigate(p.nextHref(val))
}
