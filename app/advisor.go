package app

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// advisorPage is the desk view: every relevant question as a form control
// on one screen, the checklist beside it, and the hand-over (link, QR
// code, bilingual print in the client's language, calendar). The answers
// use the same URL encoding as the applicant's pages, so switching views
// keeps them.
type advisorPage struct {
	app.Compo
	page
	cl    *content.Checklist
	model *present.Checklist
	print *present.Checklist
	link  string

	appointment, appointmentTime, movedIn string

	caseFor string // the URL whose case was decided (desk.go)
	cleared bool   // "Neue Beratung" has just cleared the desk
}

func (p *advisorPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	v := p.v
	if app.IsClient {
		p.openCase(ctx)
	}
	second := p.second()
	if second != "" && v.d.catalogFor(second) == nil {
		requestCatalog(ctx, p.src, second, p.OnNav)
		return
	}
	p.cl, _ = v.c.Evaluate(v.loc.answers, v.today)
	p.model, p.print = nil, nil
	if p.cl != nil {
		p.model = present.Build(v.c, p.cl, v.cat, v.de)
		p.print = p.model
		if second != "" && second != v.lang {
			p.print = present.Build(v.c, p.cl, v.d.catalogFor(second), v.de)
		}
		p.link = v.publicLink("checklist", p.cl.Answers)
	}
	setPage(ctx, v, v.T(present.KeyAdvisorTitle)+" – "+v.T(present.KeyAppName))
}

// openCase starts a new case when the desk is opened from outside or
// with "Neue Beratung" (desk.go), and forgets what was typed for the last
// one; the desk's own controls, a reload and back and forth go on.
func (p *advisorPage) openCase(ctx app.Context) {
	u := ctx.Page().URL().String()
	if u == p.caseFor && !deskRequested {
		return // the same navigation again, once a catalog has loaded
	}
	p.caseFor = u
	n := deskNav{answers: p.v.c.Encode(p.v.loc.answers), firstLoad: navsSinceLoad == 1, loadType: pageLoadType(), requested: deskRequested}
	deskRequested = false
	p.cleared = n.requested
	if openDesk(ctx.LocalStorage(), n) {
		p.appointment, p.appointmentTime, p.movedIn = "", "", ""
	}
}

// second is the print's second language: chosen on the desk, else the
// interface's (none for German).
func (p *advisorPage) second() string {
	if p.v.loc.second != "" {
		return p.v.loc.second
	}
	return p.v.lang
}

// relevant lists the questions to show: those whose condition holds for
// the valid answers of the questions before them.
func (p *advisorPage) relevant() []*content.Question {
	c, today := p.v.c, p.v.today
	known := content.Answers{}
	var out []*content.Question
	for i := range c.Questions {
		q := &c.Questions[i]
		if !c.Asked(q.AskIf, known, today) {
			continue
		}
		out = append(out, q)
		if val, ok := p.v.loc.answers[q.ID]; ok && c.Valid(q, val, known, today) {
			known[q.ID] = val
		}
	}
	return out
}

func (p *advisorPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	var right app.UI = app.P().Class("note").ID("advisor-incomplete").Text(v.T(present.KeyAdvisorIncomplete))
	if p.model != nil {
		right = app.Div().Body(
			p.handover(),
			(&checklistWriter{v: v, p: p.model, answers: p.cl.Answers, changePage: "advisor", store: storageTicksAdvisor}).render(),
		)
	}
	applicant := "q"
	if p.cl != nil {
		applicant = "checklist"
	}
	return app.Div().Class("advisor").Body(
		v.layout(
			app.Div().Class("advisor-grid").Body(
				app.Section().Class("advisor-form").Aria("labelledby", "advisor-h").Body(
					app.H1().ID("advisor-h").Text(v.T(present.KeyAdvisorTitle)),
					app.P().Class("advisor-new").Body(
						app.A().Class("button").ID("advisor-new").Href(v.path(v.lang, "advisor")).OnClick(requestNewCase).Text(v.T(present.KeyAdvisorNew)),
					),
					app.If(p.cleared, func() app.UI {
						return app.P().Class("note").ID("advisor-cleared").Attr("role", "status").Text(v.T(present.KeyAdvisorNewDone))
					}),
					p.form(),
					app.P().Body(app.A().ID("to-applicant").Href(v.link(applicant, v.loc.answers)).Text(v.T(present.KeyAdvisorApplicantView))),
				),
				app.Div().Class("advisor-result").Body(right),
			),
		),
	)
}

// form works as a plain GET form before the wasm runs; with the app, each
// change updates the URL and the checklist at once.
func (p *advisorPage) form() app.UI {
	v := p.v
	var fields []app.UI
	for _, q := range p.relevant() {
		fields = append(fields, p.control(q))
	}
	if v.loc.noWasm {
		fields = append(fields, app.Input().Type("hidden").Name("wasm").Value("false"))
	}
	return app.Form().Class("advisor-fields").Method("get").Action(v.path(v.lang, "advisor")).Body(
		app.Div().Body(fields...),
		app.Button().Type("submit").Class("button").ID("advisor-submit").Text(v.T(present.KeyAdvisorUpdate)),
	)
}

// option is a select option, selected only when it is (go-app writes
// selected="false" into pre-rendered HTML, which means selected).
func option(value, label string, selected bool) app.HTMLOption {
	o := app.Option().Value(value).Text(label)
	if selected || app.IsClient {
		o = o.Selected(selected)
	}
	return o
}

func (p *advisorPage) control(q *content.Question) app.UI {
	v := p.v
	id := "f-" + q.ID
	current := v.loc.answers[q.ID]
	label := app.Label().For(id).Text(v.text(content.QuestionTitle(q.ID)))
	switch q.Kind {
	case content.QuestionDate:
		val := ""
		if current != content.BucketUnknown {
			val = current // a parsed, valid date
		}
		unknown := app.Input().Type("checkbox").ID(id + "-unknown").Name(q.ID).Value(content.BucketUnknown).OnChange(p.set)
		if current == content.BucketUnknown {
			unknown = unknown.Checked(true)
		}
		return app.Div().Class("field").Body(label,
			app.Input().Type("date").ID(id).Name(q.ID).Value(val).OnChange(p.set),
			app.If(q.Optional, func() app.UI {
				return app.Label().Class("inline").Body(unknown, app.Text(" "+v.T(present.KeyWizardDateUnknown)))
			}))
	case content.QuestionPeople:
		counts := map[string]int{}
		for _, k := range content.SplitPeople(current) {
			counts[k]++
		}
		var selects []app.UI
		for _, a := range q.Answers {
			sid := id + "-" + a.ID
			var opts []app.UI
			for n := 0; n <= q.Max; n++ {
				opts = append(opts, option(strconv.Itoa(n), catalog.Number(v.lang, n), counts[a.ID] == n))
			}
			selects = append(selects, app.Div().Class("people-count").Body(
				app.Label().For(sid).Text(v.text(content.AnswerLabel(q.ID, a.ID))),
				app.Select().ID(sid).Name(peopleParam(q.ID, a.ID)).OnChange(p.setPeople).Body(opts...),
			))
		}
		return app.FieldSet().Class("field").Body(app.Legend().Text(v.text(content.QuestionTitle(q.ID))), app.Div().Body(selects...))
	}
	options := []app.UI{option(unset, v.T(present.KeyAdvisorChoose), current == "")}
	for _, a := range q.Answers {
		options = append(options, option(a.ID, v.text(content.AnswerLabel(q.ID, a.ID)), current == a.ID))
	}
	return app.Div().Class("field").Body(label,
		app.Select().ID(id).Name(q.ID).OnChange(p.set).Body(options...))
}

// unset is the value of "no answer yet" in a select (go-app drops empty
// value attributes).
const unset = "-"

// set updates one answer from a control and navigates to the new state.
// It reads the question from the element's name: go-app keeps the first
// handler of an element it reuses when the list of questions changes.
func (p *advisorPage) set(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	qid, val := src.Get("name").String(), src.Get("value").String()
	if src.Get("type").String() == "checkbox" && !src.Get("checked").Bool() {
		val = ""
	}
	next := p.v.loc.answers.Without(qid)
	if val != "" && val != unset {
		next = p.v.loc.answers.With(qid, val)
	}
	deskGoesOn(ctx.LocalStorage(), p.v.c.Encode(next))
	ctx.Navigate(p.deskLink(next))
}

// setPeople reads the counts of every kind of person from the form.
func (p *advisorPage) setPeople(ctx app.Context, e app.Event) {
	q := p.v.c.PeopleQuestion()
	doc := app.Window().Get("document")
	var list []string
	for _, a := range q.Answers {
		el := doc.Call("getElementById", "f-"+q.ID+"-"+a.ID)
		if !el.Truthy() {
			continue
		}
		n, _ := strconv.Atoi(el.Get("value").String())
		for i := 0; i < n && len(list) < q.Max; i++ {
			list = append(list, a.ID)
		}
	}
	next := p.v.loc.answers.Without(q.ID)
	if len(list) > 0 {
		next = next.With(q.ID, content.JoinPeople(list))
	}
	deskGoesOn(ctx.LocalStorage(), p.v.c.Encode(next))
	ctx.Navigate(p.deskLink(next))
}

func (p *advisorPage) deskLink(a content.Answers) string {
	if p.v.loc.second != "" {
		return p.v.link("advisor", a, "print", p.v.loc.second)
	}
	return p.v.link("advisor", a)
}

// handover gives the checklist's link as text and QR code, bilingual
// printing in a chosen second language, and a calendar file.
func (p *advisorPage) handover() app.UI {
	v := p.v
	svg, err := QRSVG(p.link, attr(v.T(present.KeyHandoverQR)))
	var qrUI app.UI = app.Text("")
	if err == nil {
		qrUI = app.Raw(svg)
	}
	second := p.second()
	var langs []app.UI
	for _, l := range catalog.Languages {
		langs = append(langs, option(l.Code, v.d.Names[l.Code], l.Code == second))
	}
	return app.Section().Class("handover").Aria("labelledby", "handover-h").Body(
		app.H2().ID("handover-h").Text(v.T(present.KeyHandoverTitle)),
		app.Div().Class("handover-grid").Body(
			app.Div().ID("handover-qr").Class("qr-box").Body(qrUI),
			app.Div().Body(
				app.P().Text(v.T(present.KeyHandoverQR)),
				app.P().Body(app.A().ID("handover-link").Href(p.link).Body(ltr(p.link))),
				app.Div().Class("field").Body(
					app.Label().For("print-lang").Text(v.T(present.KeyAdvisorSecond)),
					app.Select().ID("print-lang").OnChange(p.setSecond).Body(langs...),
				),
				app.A().Class("button primary").ID("print").Href(v.link("print", p.cl.Answers, "print", second)).Text(v.T(present.KeyPrintButton)),
			),
		),
		p.calendar(),
	)
}

func (p *advisorPage) setSecond(ctx app.Context, e app.Event) {
	lang := ctx.JSSrc().Get("value").String()
	if _, ok := catalog.Lookup(lang); ok {
		ctx.Navigate(p.v.link("advisor", p.v.loc.answers, "print", lang))
	}
}

func (p *advisorPage) calendar() app.UI {
	v, m := p.v, p.model
	in := present.CalendarInput{AppointmentTime: p.appointmentTime}
	in.Appointment, _ = content.ParseDate(p.appointment)
	in.MovedIn, _ = content.ParseDate(p.movedIn)
	if !clockOK(in.AppointmentTime) {
		in.AppointmentTime = ""
	}
	events := p.print.Calendar(in)
	ics := present.ICS(v.c.Encode(p.cl.Answers), v.today, events)
	field := func(id, label, typ, val string, set func(string)) app.UI {
		return app.Div().Class("field").Body(
			app.Label().For(id).Text(label),
			app.Input().ID(id).Type(typ).Value(val).OnChange(func(ctx app.Context, e app.Event) {
				set(ctx.JSSrc().Get("value").String())
			}),
		)
	}
	return app.Div().Class("calendar").Body(
		app.H3().Text(v.T(present.KeyCalendarTitle)),
		field("cal-appointment", v.T(present.KeyCalendarAppoint), "date", p.appointment, func(s string) { p.appointment = s }),
		field("cal-time", v.T(present.KeyCalendarTime), "time", p.appointmentTime, func(s string) { p.appointmentTime = s }),
		app.If(m.MoveIn, func() app.UI {
			return field("cal-movein", v.T(present.KeyCalendarMoveIn), "date", p.movedIn, func(s string) { p.movedIn = s })
		}),
		app.If(len(events) > 0, func() app.UI {
			return app.A().Class("button").ID("calendar-download").Attr("download", "lotse.ics").
				Href("data:text/calendar;charset=utf-8," + url.PathEscape(ics)).
				Text(v.T(present.KeyCalendarDownload) + " (" + catalog.Number(v.lang, len(events)) + ")")
		}).Else(func() app.UI {
			return app.P().Class("small").Text(v.T(present.KeyCalendarNone))
		}),
	)
}

// clockOK accepts HH:MM.
func clockOK(s string) bool {
	if len(s) != 5 || s[2] != ':' {
		return false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	return err1 == nil && err2 == nil && h >= 0 && h < 24 && m >= 0 && m < 60
}

// peopleParam is the form field of one kind of person's count; the GET
// form before the wasm runs sends these (parsed in parseLocation).
func peopleParam(question, kind string) string { return question + "_" + kind }
