package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// wizardPage asks one question per screen. The answers so far live in the
// URL; every answer is a plain link, so the page works before the wasm has
// loaded. ?at=<question> shows an earlier question again (back, change)
// while keeping the later answers.
type wizardPage struct {
	app.Compo
	page

	q       *content.Question
	prev    string
	step    int
	total   int
	invalid bool // the URL gave this question a value it does not take
}

func (p *wizardPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	v := p.v
	if !p.load() {
		setPage(ctx, v, v.T(present.KeyChecklistTitle))
		if app.IsClient {
			ctx.Navigate(v.link("checklist", v.loc.answers))
		}
		return
	}
	setPage(ctx, v, v.text(content.QuestionTitle(p.q.ID))+" – "+v.T(present.KeyAppName))
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) { focusByID("question") })
	}
}

// load finds the question to ask (the first open one, or ?at=), where
// it is on the way and whether the URL gave it a value it does not
// take; false when every question is answered.
func (p *wizardPage) load() bool {
	v := p.v
	c, today, a := v.c, v.today, v.loc.answers
	steps, next := c.Walk(a, today)
	p.q, p.prev = next, ""
	if at := c.Question(v.loc.at); at != nil {
		for _, s := range steps {
			if s.Question.ID == at.ID {
				p.q = at
			}
		}
	}
	if p.q == nil {
		return false
	}
	p.step = 1
	for _, s := range steps {
		if s.Question.ID == p.q.ID {
			break
		}
		p.prev = s.Question.ID
		p.step++
	}
	p.total = max(progressTotal(c, steps, p.q, today), p.step)
	// A value the question does not take (a malformed date, an answer
	// that does not fit) is asked again with a note; it is never shown.
	_, given := a[p.q.ID]
	p.invalid = (given && next != nil && next.ID == p.q.ID) || contains(v.loc.rejected, p.q.ID)
	return true
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
		return v.layout(app.P().Body(app.A().Href(v.link("checklist", v.loc.answers)).Text(v.T(present.KeyChecklistTitle))))
	}
	q := p.q
	var body app.UI
	switch q.Kind {
	case content.QuestionDate:
		body = p.dateForm()
	case content.QuestionPeople:
		body = p.peopleForm()
	default:
		body = p.choices()
	}
	return v.layout(
		app.Div().Class("wizard").Body(
			app.P().Class("progress-label").ID("progress-label").Text(v.T(present.KeyWizardProgress, catalog.Args{"Step": catalog.Number(v.lang, p.step)})),
			app.Progress().Class("progress").Max(p.total).Value(p.step).Aria("labelledby", "progress-label"),
			app.H1().ID("question").TabIndex(-1).Text(v.text(content.QuestionTitle(q.ID))),
			app.If(q.Help, func() app.UI {
				return app.P().Class("help").Text(v.text(content.QuestionHelp(q.ID)))
			}),
			app.If(p.invalid && q.Kind != content.QuestionDate, func() app.UI {
				return app.P().Class("error").ID("answer-error").Text(v.T(present.KeyWizardInvalid))
			}),
			body,
			app.Nav().Class("wizard-nav").Body(
				app.If(p.prev != "", func() app.UI {
					return app.A().Class("back").ID("back").Href(v.link("q", v.loc.answers, "at", p.prev)).Text(v.T(present.KeyWizardBack))
				}),
				app.A().Class("restart").Href(v.link("q", nil)).Text(v.T(present.KeyWizardRestart)),
			),
		),
	)
}

func (p *wizardPage) choices() app.UI {
	v, q := p.v, p.q
	current := v.loc.answers[q.ID]
	opts := v.c.Options(q, v.c.Clean(v.loc.answers, v.today), v.today)
	var items []app.UI
	for _, a := range opts {
		help := ""
		if a.Help {
			help = v.text(content.AnswerHelp(q.ID, a.ID))
		}
		items = append(items, p.answerItem(p.nextHref(a.ID), v.text(content.AnswerLabel(q.ID, a.ID)), help, a.ID == current))
	}
	return app.Ul().Class("answers").Body(items...)
}

// answerItem is one answer as a real link to the next step.
func (p *wizardPage) answerItem(href, label, help string, selected bool) app.UI {
	a := app.A().Class("answer").Href(href).Body(
		app.Span().Class("answer-label").Text(label),
		app.If(help != "", func() app.UI { return app.Span().Class("answer-help").Text(help) }),
		app.If(selected, func() app.UI { return app.Span().Class("answer-selected").Text(p.v.T(present.KeyWizardSelected)) }),
	)
	if selected {
		a = a.Class("selected")
	}
	return app.Li().Body(a)
}

// nextHref is where answering the question with val leads: the next
// question, or the checklist when nothing is open any more.
func (p *wizardPage) nextHref(val string) string {
	next := p.v.loc.answers.With(p.q.ID, val)
	if _, gap := p.v.c.Walk(next, p.v.today); gap == nil {
		return p.v.link("checklist", next)
	}
	return p.v.link("q", next)
}

// peopleForm builds the list of people who come, with plain links: add a
// person of a kind, remove one, continue. One tap answers "only me".
func (p *wizardPage) peopleForm() app.UI {
	v, q := p.v, p.q
	list := content.SplitPeople(v.loc.answers[q.ID])
	if !v.c.Valid(q, v.loc.answers[q.ID], v.c.Clean(v.loc.answers, v.today), v.today) {
		list = nil
	}
	opts := v.c.Options(q, v.c.Clean(v.loc.answers, v.today), v.today)
	here := func(l []string) string {
		a := v.loc.answers.Without(q.ID)
		if len(l) > 0 {
			a = a.With(q.ID, content.JoinPeople(l))
		}
		return v.link("q", a, "at", q.ID)
	}
	var people []app.UI
	for i, kind := range list {
		rest := append(append([]string{}, list[:i]...), list[i+1:]...)
		label := v.T(present.KeyPeoplePerson, catalog.Args{"N": catalog.Number(v.lang, i+1), "Kind": v.text(content.AnswerLabel(q.ID, kind))})
		people = append(people, app.Li().Class("person").Body(
			app.Span().Text(label),
			app.A().Class("remove").Href(here(rest)).DataSet("person", i).OnClick(p.removed).Aria("label", attr(v.T(present.KeyPeopleRemove)+": "+label)).Text(v.T(present.KeyPeopleRemove)),
		))
	}
	var add []app.UI
	if len(list) < q.Max {
		for _, o := range opts {
			add = append(add, p.answerItem(here(append(append([]string{}, list...), o.ID)),
				v.T(present.KeyPeopleAdd, catalog.Args{"Kind": v.text(content.AnswerLabel(q.ID, o.ID))}), "", false))
		}
	}
	return app.Div().Class("people").Body(
		app.If(len(list) == 0 && len(opts) > 0, func() app.UI {
			return app.Ul().Class("answers").Body(p.answerItem(p.nextHref(opts[0].ID), v.T(present.KeyPeopleOnlyMe), "", false))
		}),
		app.If(len(people) > 0, func() app.UI {
			return app.Div().Body(
				app.H2().Class("people-h").Text(v.T(present.KeyPeopleList)),
				app.Ul().Class("people-list").ID("people-list").Body(people...),
				app.P().Body(app.A().Class("button primary").ID("people-continue").Href(p.nextHref(content.JoinPeople(list))).Text(v.T(present.KeyPeopleContinue))),
			)
		}),
		app.Ul().Class("answers add-people").Body(add...),
	)
}

// removed tells the device which person was removed, so that the others
// keep their ticks even when two are of the same kind (people.go). Before
// the app runs, the link alone removes the person and the device aligns
// the persons by kind instead.
// It reads the position from the link: go-app keeps the first handler of
// an element it reuses when the list changes.
func (p *wizardPage) removed(ctx app.Context, e app.Event) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("person").String())
	q := p.v.c.PeopleQuestion()
	if err != nil || q == nil {
		return
	}
	removePerson(ctx.LocalStorage(), storageTicks, content.SplitPeople(p.v.loc.answers[q.ID]), i)
}

// dateForm asks for a date with a plain GET form (works without wasm) that
// the app handles in place when it runs. Hidden fields carry the other
// answers in their typed, re-encoded form.
func (p *wizardPage) dateForm() app.UI {
	v, q := p.v, p.q
	var hidden []app.UI
	for _, other := range v.c.Questions {
		if val, ok := v.loc.answers[other.ID]; ok && other.ID != q.ID {
			hidden = append(hidden, app.Input().Type("hidden").Name(other.ID).Value(val))
		}
	}
	if v.loc.noWasm {
		hidden = append(hidden, app.Input().Type("hidden").Name("wasm").Value("false"))
	}
	value := ""
	if d := v.loc.answers[q.ID]; d != content.BucketUnknown && !p.invalid {
		value = d
	}
	input := app.Input().Type("date").ID("date-input").Name(q.ID).Value(value).Required(true).
		Attr("min", "1950-01-01").Attr("max", "2150-12-31")
	if p.invalid {
		input = input.Aria("invalid", "true").Aria("describedby", "date-error")
	}
	return app.Form().Class("date-form").Method("get").Action(v.path(v.lang, "q")).OnSubmit(p.submitDate).Body(
		app.Div().Body(hidden...),
		app.Label().For("date-input").Text(v.T(present.KeyWizardDateLabel)),
		input,
		app.If(p.invalid, func() app.UI {
			return app.P().Class("error").ID("date-error").Text(v.T(present.KeyWizardDateInvalid))
		}),
		app.Div().Class("date-actions").Body(
			app.Button().Type("submit").Class("button primary").ID("date-submit").Text(v.T(present.KeyWizardNext)),
			app.If(q.Optional, func() app.UI {
				return app.A().Class("button").ID("date-unknown").Href(p.nextHref(content.BucketUnknown)).Text(v.T(present.KeyWizardDateUnknown))
			}),
		),
	)
}

func (p *wizardPage) submitDate(ctx app.Context, e app.Event) {
	e.PreventDefault()
	val := app.Window().GetElementByID("date-input").Get("value").String()
	if !p.v.c.Valid(p.q, val, nil, p.v.today) || val == content.BucketUnknown {
		p.invalid = true
		return
	}
	ctx.Navigate(p.nextHref(val))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// itoa is strconv.Itoa for element IDs.
func itoa(n int) string { return strconv.Itoa(n) }
