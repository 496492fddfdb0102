package app

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// advisorPage is the desk view: every relevant question as a form control
// on one screen, the checklist beside it, and the hand-over (link, QR
// code, bilingual print, calendar). The answers use the same URL encoding
// as the applicant's pages, so switching views keeps them.
type advisorPage struct {
	app.Compo
	page
	raw content.Answers
	cl  *content.Checklist

	appointment, appointmentTime, movedIn string
	origin                                string
}

func (p *advisorPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	p.raw = content.ParseAnswers(p.u.RawQuery)
	p.cl, _ = p.v.c.Evaluate(p.raw, p.v.today)
	if app.IsClient {
		p.origin = app.Window().Get("location").Get("origin").String()
	}
	setPage(ctx, p.v, p.v.T("advisor.title")+" – "+p.v.T("app.name"))
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
		if v, ok := p.raw[q.ID]; ok && c.Valid(q, v, known, today) {
			known[q.ID] = v
		}
	}
	return out
}

func (p *advisorPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	var right app.UI = app.P().Class("note").ID("advisor-incomplete").Text(v.T("advisor.incomplete"))
	if p.cl != nil {
		right = app.Div().Body(
			p.handover(),
			(&checklistBody{v: v, cl: p.cl, changePage: "advisor"}).render(false),
		)
	}
	return app.Div().Class("advisor").Body(
		v.layout(p.u,
			app.Div().Class("advisor-grid").Body(
				app.Section().Class("advisor-form").Aria("labelledby", "advisor-h").Body(
					app.H1().ID("advisor-h").Text(v.T("advisor.title")),
					p.form(),
					app.P().Body(app.A().ID("to-applicant").Href(v.link(p.applicantPage(), p.raw)).Text(v.T("advisor.applicant_view"))),
				),
				app.Div().Class("advisor-result").Body(right),
			),
		),
		app.If(p.cl != nil && p.cl.Procedure != "", func() app.UI { return p.printout() }),
	)
}

func (p *advisorPage) applicantPage() string {
	if p.cl != nil {
		return "checklist"
	}
	return "q"
}

// form works as a plain GET form before the wasm runs; with the app, each
// change updates the URL and the checklist at once.
func (p *advisorPage) form() app.UI {
	v := p.v
	var fields []app.UI
	for _, q := range p.relevant() {
		fields = append(fields, p.control(q))
	}
	if v.noWasm {
		fields = append(fields, app.Input().Type("hidden").Name("wasm").Value("false"))
	}
	return app.Form().Class("advisor-fields").Method("get").Action(v.page("advisor")).Body(
		app.Div().Body(fields...),
		app.Button().Type("submit").Class("button").ID("advisor-submit").Text(v.T("advisor.update")),
	)
}

func (p *advisorPage) control(q *content.Question) app.UI {
	v := p.v
	id := "f-" + q.ID
	current := p.raw[q.ID]
	label := app.Label().For(id).Text(v.T("question." + q.ID + ".title"))
	switch q.Kind {
	case "date":
		val := ""
		if current != content.BucketUnknown {
			val = current
		}
		opts := []app.UI{}
		if q.Optional {
			opts = append(opts, app.Label().Class("inline").Body(
				app.Input().Type("checkbox").ID(id+"-unknown").Name(q.ID).Value(content.BucketUnknown).
					Checked(current == content.BucketUnknown).OnChange(p.set),
				app.Text(" "+v.T("wizard.date.unknown")),
			))
		}
		return app.Div().Class("field").Body(label,
			app.Input().Type("date").ID(id).Name(q.ID).Value(val).OnChange(p.set),
			app.Div().Body(opts...))
	}
	var options []app.UI
	options = append(options, app.Option().Value(unset).Text(v.T("advisor.choose")))
	if q.Kind == "count" {
		for n := 0; n <= q.Max; n++ {
			s := strconv.Itoa(n)
			options = append(options, app.Option().Value(s).Selected(current == s).Text(s))
		}
	} else {
		for _, a := range q.Answers {
			options = append(options, app.Option().Value(a.ID).Selected(current == a.ID).Text(v.T("answer."+q.ID+"."+a.ID)))
		}
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
	next := p.raw.Without(qid)
	if val != "" && val != unset {
		next = p.raw.With(qid, val)
	}
	ctx.Navigate(p.v.link("advisor", next))
}

// handover gives the checklist's link as text and QR code, one-click
// bilingual printing and a calendar file.
func (p *advisorPage) handover() app.UI {
	v, cl := p.v, p.cl
	link := p.origin + v.link("checklist", cl.Answers)
	svg, err := QRSVG(link, v.T("handover.qr"))
	var qrUI app.UI = app.Text("")
	if err == nil {
		qrUI = app.Raw(svg)
	}
	return app.Section().Class("handover").Aria("labelledby", "handover-h").Body(
		app.H2().ID("handover-h").Text(v.T("handover.title")),
		app.Div().Class("handover-grid").Body(
			app.Div().ID("handover-qr").Class("qr-box").Body(qrUI),
			app.Div().Body(
				app.P().Text(v.T("handover.qr")),
				app.P().Body(app.A().ID("handover-link").Href(link).Body(ltr(link))),
				app.Button().Class("button primary").ID("print").Text(v.T("print.button")).
					OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			),
		),
		p.calendar(),
	)
}

func (p *advisorPage) calendar() app.UI {
	v, cl := p.v, p.cl
	in := CalendarInput{AppointmentTime: p.appointmentTime}
	in.Appointment, _ = content.ParseDate(p.appointment)
	in.MovedIn, _ = content.ParseDate(p.movedIn)
	events := Events(loaded(), v.lang, cl, in)
	ics := ICS(v.c.Encode(cl.Answers), v.today, events)
	field := func(id, label, typ, val string, set func(string)) app.UI {
		return app.Div().Class("field").Body(
			app.Label().For(id).Text(label),
			app.Input().ID(id).Type(typ).Value(val).OnChange(func(ctx app.Context, e app.Event) {
				set(ctx.JSSrc().Get("value").String())
			}),
		)
	}
	return app.Div().Class("calendar").Body(
		app.H3().Text(v.T("calendar.title")),
		field("cal-appointment", v.T("calendar.appointment"), "date", p.appointment, func(s string) { p.appointment = s }),
		field("cal-time", v.T("calendar.time"), "time", p.appointmentTime, func(s string) { p.appointmentTime = s }),
		app.If(hasDeadline(cl, "register_2_weeks"), func() app.UI {
			return field("cal-movein", v.T("calendar.movein"), "date", p.movedIn, func(s string) { p.movedIn = s })
		}),
		app.If(len(events) > 0, func() app.UI {
			return app.A().Class("button").ID("calendar-download").Attr("download", "lotse.ics").
				Href("data:text/calendar;charset=utf-8," + url.PathEscape(ics)).
				Text(v.T("calendar.download") + " (" + strconv.Itoa(len(events)) + ")")
		}).Else(func() app.UI {
			return app.P().Class("small").Text(v.T("calendar.none"))
		}),
	)
}

func hasDeadline(cl *content.Checklist, id string) bool {
	for _, d := range cl.Deadlines {
		if d.ID == id {
			return true
		}
	}
	return false
}

// printout is the A4 sheet: German beside the applicant's language, boxes
// to tick by hand, the team's address and contact, fees, dates, the check
// date and the QR code of the checklist's link. Screens never show it.
func (p *advisorPage) printout() app.UI {
	v, cl := p.v, p.cl
	bi := v.lang != catalog.Source
	l, _ := catalog.Lookup(v.lang)
	dir := "ltr"
	if l.RTL {
		dir = "rtl"
	}
	// row puts German beside the translation; codes, phone numbers and
	// addresses inside right-to-left text are isolated left to right.
	var tokens []string
	if cl.Team != "" {
		team, office := v.c.Team(cl.Team), v.c.Office(cl.Office)
		tokens = append(tokens, team.Code, office.Phone, teamEmail(team, office))
	}
	row := func(class, de, tr string) app.UI {
		cells := []app.UI{app.Td().Lang("de").Dir("ltr").Text(de)}
		if bi {
			cells = append(cells, app.Td().Lang(v.lang).Dir(dir).Body(isolate(tr, tokens)...))
		}
		return app.Tr().Class(class).Body(cells...)
	}
	msg := func(class, id string, args ...catalog.Args) app.UI {
		return row(class, v.DE(id, args...), v.T(id, args...))
	}
	head := func(id string) app.UI {
		cells := []app.UI{app.Th().Lang("de").Dir("ltr").Text(v.DE(id))}
		if bi {
			cells = append(cells, app.Th().Lang(v.lang).Dir(dir).Text(v.T(id)))
		}
		return app.Tr().Class("print-head").Body(cells...)
	}
	var rows []app.UI
	rows = append(rows, head("procedure."+cl.Procedure+".name"))
	if cl.Team != "" {
		team, office := v.c.Team(cl.Team), v.c.Office(cl.Office)
		rows = append(rows, head("section.where"), msg("", "team."+team.ID+".name"), msg("", "office."+office.ID+".name"))
		addr := joinNonEmpty(", ", office.Street, joinNonEmpty(" ", office.Postcode, office.City))
		if addr == "" || office.Street == "" {
			rows = append(rows, msg("", "where.address.unknown"))
		} else {
			rows = append(rows, row("", addr, addr))
		}
		if office.Entrance {
			rows = append(rows, msg("", "office."+office.ID+".entrance"))
		}
		contact := joinNonEmpty(" · ", office.Phone, teamEmail(team, office))
		if contact != "" {
			rows = append(rows, row("", contact, contact))
		}
		for _, h := range office.Hours {
			rows = append(rows, row("", (&view{lang: "de", cat: v.de, de: v.de}).hoursText(h), v.hoursText(h)))
		}
	}
	if len(cl.Documents) > 0 {
		rows = append(rows, head("section.documents"))
		for _, d := range cl.Documents {
			tag := ""
			switch {
			case d.Original && d.Copy:
				tag = "docs.original_copy"
			case d.Original:
				tag = "docs.original"
			case d.Copy:
				tag = "docs.copy"
			}
			de, tr := "☐ "+v.DE("doc."+d.ID+".name"), "☐ "+v.T("doc."+d.ID+".name")
			if tag != "" {
				de, tr = de+" ("+v.DE(tag)+")", tr+" ("+v.T(tag)+")"
			}
			if d.Optional {
				de, tr = de+" – "+v.DE("docs.optional"), tr+" – "+v.T("docs.optional")
			}
			rows = append(rows, row("print-doc", de, tr))
			for _, alt := range d.Or {
				rows = append(rows, row("print-alt", "   "+v.DE("docs.or")+": "+v.DE("doc."+alt+".name"), "   "+v.T("docs.or")+": "+v.T("doc."+alt+".name")))
			}
		}
	}
	if len(cl.Fees) > 0 {
		rows = append(rows, head("section.fees"))
		deView := &view{lang: "de", cat: v.de, de: v.de}
		for _, f := range cl.Fees {
			if f.Optional {
				continue
			}
			rows = append(rows, row("", v.DE("fee."+f.ID+".name")+": "+feeAmount(deView, f), v.T("fee."+f.ID+".name")+": "+feeAmount(v, f)))
		}
		rows = append(rows, row("print-total", v.DE("fees.total")+": "+totalAmount(deView, cl), v.T("fees.total")+": "+totalAmount(v, cl)))
		for _, n := range cl.FeeNotes {
			rows = append(rows, msg("", "fact."+n.ID))
		}
	}
	if len(cl.Deadlines) > 0 || cl.Expiry != nil {
		rows = append(rows, head("section.dates"))
		if cl.Expiry != nil {
			deView := &view{lang: "de", cat: v.de, de: v.de, today: v.today}
			rows = append(rows, row("", deView.expiryText(cl.Expiry), v.expiryText(cl.Expiry)))
		}
		for _, d := range cl.Deadlines {
			rows = append(rows, msg("", "fact."+d.ID))
		}
	}
	link := p.origin + v.link("checklist", cl.Answers)
	svg, _ := QRSVG(link, v.T("handover.qr"))
	return app.Section().Class("printout").Lang("de").Body(
		app.Table().Class("print-table").Body(app.TBody().Body(rows...)),
		app.Div().Class("print-foot").Body(
			app.Raw(`<div class="print-qr">`+svg+`</div>`),
			app.P().Body(
				app.Text(v.DE("app.footer.checked", catalog.Args{"Date": catalog.Date("de", v.c.Checked.Time())})),
				app.Br(),
				ltr(link),
			),
		),
	)
}

func feeAmount(v *view, f content.FeeItem) string {
	switch {
	case f.Unknown:
		return v.T("fees.ask")
	case f.Min != f.Max:
		return v.T("fees.range", catalog.Args{"Min": v.euro(f.Min), "Max": v.euro(f.Max)})
	case f.Max == 0:
		return v.T("fees.free")
	}
	return v.euro(f.Min)
}

func totalAmount(v *view, cl *content.Checklist) string {
	total := v.euro(cl.FeeMin)
	if cl.FeeMin != cl.FeeMax {
		total = v.T("fees.range", catalog.Args{"Min": v.euro(cl.FeeMin), "Max": v.euro(cl.FeeMax)})
	}
	if cl.FeeOpen {
		total += " " + v.T("fees.open")
	}
	return total
}
