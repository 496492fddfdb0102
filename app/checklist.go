package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// checklistPage shows the result for complete answers: where to go,
// documents to tick, photo, fees, dates, a contact request and sources.
type checklistPage struct {
	app.Compo
	page
	cl *content.Checklist
}

// checklistBody renders a checklist's sections; the applicant's page and
// the advisor's desk share it.
type checklistBody struct {
	v  *view
	cl *content.Checklist
	// links to change an answer go to this page ("q" or "advisor")
	changePage string
}

func (p *checklistPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	raw := content.ParseAnswers(p.u.RawQuery)
	cl, next := p.v.c.Evaluate(raw, p.v.today)
	if next != nil {
		// Unknown, contradictory or outdated answers: ask again from the
		// first question that is not validly answered.
		p.cl = nil
		setPage(ctx, p.v, p.v.T("app.name"))
		if app.IsClient {
			ctx.Navigate(p.v.link("q", raw))
		}
		return
	}
	p.cl = cl
	title := p.v.T("checklist.title")
	if cl.Procedure != "" {
		title = p.v.T("procedure."+cl.Procedure+".name") + " – " + p.v.T("app.name")
	}
	setPage(ctx, p.v, title)
	if app.IsClient {
		ctx.Defer(func(ctx app.Context) { focusByID("checklist-title") })
	}
}

func (p *checklistPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	if p.cl == nil {
		return v.layout(p.u, app.P().Body(app.A().Href(v.link("q", content.ParseAnswers(p.u.RawQuery))).Text(v.T("app.start"))))
	}
	body := &checklistBody{v: v, cl: p.cl, changePage: "q"}
	return v.layout(p.u, body.render(true),
		app.P().Class("advisor-link").Body(app.A().ID("to-advisor").Href(v.link("advisor", p.cl.Answers)).Text(v.T("advisor.link"))))
}

// render lays out the sections; headings start at h1 on the applicant's
// page and the contact request is included there.
func (p *checklistBody) render(contact bool) app.UI {
	v, cl := p.v, p.cl
	heading := v.T("checklist.title")
	switch {
	case cl.Outcome == content.OutcomeOtherCity:
		heading = v.T("outcome.other_city")
	case cl.Outcome == content.OutcomeNotCovered:
		heading = v.T("outcome.not_covered")
	case cl.Procedure != "":
		heading = v.T("procedure." + cl.Procedure + ".name")
	}
	key := storageTicks + v.c.Encode(cl.Answers)
	return app.Article().Class("checklist").Body(
		app.H1().ID("checklist-title").TabIndex(-1).Body(p.headingTerm(heading)),
		p.warnings(),
		p.where(),
		app.If(len(cl.Documents) > 0, func() app.UI {
			return &documentList{Lang: v.lang, Key: key, Items: cl.Documents, Answers: v.c.Encode(cl.Answers)}
		}),
		p.photo(),
		p.fees(),
		p.dates(),
		p.notices(),
		app.If(contact && cl.Team != "", func() app.UI {
			return &contactRequest{Lang: v.lang, Answers: v.c.Encode(cl.Answers)}
		}),
		p.answers(),
		p.sources(),
	)
}

func (p *checklistBody) headingTerm(text string) app.UI {
	if p.cl.Procedure == "" || p.v.lang == catalog.Source {
		return app.Text(text)
	}
	return p.v.term("procedure." + p.cl.Procedure + ".name")
}

// why shows the answers that put an item on the list and its source.
func (v *view) why(a content.Answers, it content.Item) app.UI {
	var because []app.UI
	for _, qid := range it.Because {
		q := v.c.Question(qid)
		if q == nil {
			continue
		}
		because = append(because, app.Li().Text(v.T("question."+qid+".title")+" → "+v.answerLabel(q, a[qid])))
	}
	var sources []app.UI
	for _, sid := range it.Source {
		if s := v.c.Source(sid); s != nil {
			sources = append(sources, app.Li().Body(
				app.Bdi().Lang("de").Text(s.Title),
				app.Text(" · "+v.T("sources.checked", catalog.Args{"Date": v.date(it.Checked)})),
			))
		}
	}
	return app.Details().Class("why").Body(
		app.Summary().Text(v.T("why.show")),
		app.If(len(because) > 0, func() app.UI {
			return app.Div().Body(app.P().Text(v.T("why.because")), app.Ul().Body(because...))
		}),
		app.P().Text(v.T("why.source")+":"),
		app.Ul().Body(sources...),
	)
}

func (p *checklistBody) warnings() app.UI {
	v, cl := p.v, p.cl
	var items []app.UI
	for _, w := range cl.Warnings {
		text := v.T("fact." + w.ID)
		if w.Kind == "outdated" {
			text = v.T("warning.outdated", catalog.Args{"Date": v.date(w.Until)}) + " " + text
		}
		items = append(items, app.Div().Class("warning").Attr("role", "alert").Body(app.P().Text(text), v.why(cl.Answers, w)))
	}
	if len(items) == 0 {
		return app.Text("")
	}
	return app.Div().Class("warnings").Body(items...)
}

func (p *checklistBody) where() app.UI {
	v, cl := p.v, p.cl
	if cl.Team == "" {
		return app.Text("")
	}
	team := v.c.Team(cl.Team)
	office := v.c.Office(cl.Office)
	return app.Section().Class("where").Aria("labelledby", "where-h").Body(
		app.H2().ID("where-h").Text(v.T("section.where")),
		app.Dl().Body(
			app.Dt().Text(v.T("where.team")),
			app.Dd().Body(v.term("team."+team.ID+".name", team.Code), app.P().Class("small").Text(v.T("team."+team.ID+".handles"))),
			app.Dt().Text(v.T("where.address")),
			app.Dd().Body(p.address(office)),
			app.If(len(office.Transit) > 0, func() app.UI {
				return app.Div().Body(app.Dt().Text(v.T("where.transit")), app.Dd().Body(ltr(joinNonEmpty(", ", office.Transit...))))
			}),
			app.If(len(office.Hours) > 0, func() app.UI {
				return app.Div().Body(app.Dt().Text(v.T("where.hours")), app.Dd().Body(v.hours(office.Hours)))
			}),
			app.If(office.Phone != "", func() app.UI {
				return app.Div().Body(app.Dt().Text(v.T("where.phone")), app.Dd().Body(app.A().Href("tel:"+office.Phone).Body(ltr(office.Phone))))
			}),
			app.If(teamEmail(team, office) != "", func() app.UI {
				e := teamEmail(team, office)
				return app.Div().Body(app.Dt().Text(v.T("where.email")), app.Dd().Body(app.A().Href("mailto:"+e).Body(ltr(e))))
			}),
		),
		app.H3().Text(v.T("where.how")),
		app.Ul().Class("channels").Body(app.Range(cl.Channels).Slice(func(i int) app.UI {
			it := cl.Channels[i]
			if ch := v.c.Channel(it.ID); ch != nil {
				return app.Li().Body(
					app.Strong().Text(v.T("channel."+it.ID+".title")),
					app.If(ch.Email != "", func() app.UI { return app.Text(" ") }),
					app.If(ch.Email != "", func() app.UI { return app.A().Href("mailto:" + ch.Email).Body(ltr(ch.Email)) }),
					app.P().Text(v.T("channel."+it.ID+".text")),
					app.If(len(ch.Hours) > 0, func() app.UI { return v.hours(ch.Hours) }),
				)
			}
			return app.Li().Body(app.P().Text(v.T("fact."+it.ID)), v.why(cl.Answers, it))
		})),
	)
}

func teamEmail(t *content.Team, o *content.Office) string {
	if t.Email != "" {
		return t.Email
	}
	return o.Email
}

func (p *checklistBody) address(o *content.Office) app.UI {
	v := p.v
	if o.Street == "" {
		return app.Div().Body(v.term("office."+o.ID+".name"), app.P().Class("small").Text(v.T("where.address.unknown")))
	}
	return app.Div().Body(
		v.term("office."+o.ID+".name"),
		app.Address().Lang("de").Body(
			app.Bdi().Text(o.Street), app.Br(), app.Bdi().Text(joinNonEmpty(" ", o.Postcode, o.City)),
		),
		app.If(o.Entrance, func() app.UI {
			return app.P().Class("small").Body(app.Strong().Text(v.T("where.entrance")+": "), app.Text(v.T("office."+o.ID+".entrance")))
		}),
	)
}

func (v *view) hours(hs []content.Hours) app.UI {
	var items []app.UI
	for _, h := range hs {
		days := ""
		for i, d := range h.Days {
			if i > 0 {
				days += ", "
			}
			days += v.T("day." + d)
		}
		items = append(items, app.Li().Body(
			app.Text(days+" "),
			ltr(v.T("hours.range", catalog.Args{"From": h.From, "To": h.To})),
			app.Text(" ("+v.T("hours."+h.Kind)+")"),
		))
	}
	return app.Ul().Class("hours").Body(items...)
}

// facts lists statements, each with its "why?".
func (p *checklistBody) facts(items []content.Item) app.UI {
	return app.Ul().Body(app.Range(items).Slice(func(i int) app.UI {
		return app.Li().Body(app.Text(p.v.T("fact."+items[i].ID)), p.v.why(p.cl.Answers, items[i]))
	}))
}

func (p *checklistBody) photo() app.UI {
	v, cl := p.v, p.cl
	if len(cl.Photo) == 0 {
		return app.Text("")
	}
	return app.Section().Class("photo").Aria("labelledby", "photo-h").Body(
		app.H2().ID("photo-h").Text(v.T("section.photo")),
		p.facts(cl.Photo),
	)
}

func (p *checklistBody) fees() app.UI {
	v, cl := p.v, p.cl
	if len(cl.Fees) == 0 && len(cl.FeeNotes) == 0 {
		return app.Text("")
	}
	var rows []app.UI
	for _, f := range cl.Fees {
		amount := feeAmount(v, f)
		label := app.Div().Body(v.term("fee." + f.ID + ".name"))
		if f.PerCount != "" {
			label = app.Div().Body(v.term("fee."+f.ID+".name"), app.Text(" – "+v.N("fees.children", f.Count)))
		}
		var note app.UI = app.Text("")
		if f.Optional {
			note = app.P().Class("small").Text(v.T("fees.optional"))
		}
		rows = append(rows, app.Tr().Body(
			app.Td().Body(label, note, v.why(cl.Answers, f.Item)),
			app.Td().Class("amount").Body(ltr(amount)),
		))
	}
	return app.Section().Class("fees").Aria("labelledby", "fees-h").Body(
		app.H2().ID("fees-h").Text(v.T("section.fees")),
		app.If(len(rows) > 0, func() app.UI {
			return app.Table().Body(
				app.TBody().Body(rows...),
				app.TFoot().Body(app.Tr().Body(
					app.Th().Scope("row").Text(v.T("fees.total")),
					app.Td().Class("amount").ID("fee-total").Body(ltr(totalAmount(v, cl))),
				)),
			)
		}),
		app.Ul().Body(app.Range(cl.FeeNotes).Slice(func(i int) app.UI {
			return app.Li().Text(v.T("fact." + cl.FeeNotes[i].ID))
		})),
	)
}

func (p *checklistBody) dates() app.UI {
	v, cl := p.v, p.cl
	if len(cl.Deadlines) == 0 && cl.Expiry == nil {
		return app.Text("")
	}
	var status app.UI = app.Text("")
	if e := cl.Expiry; e != nil {
		status = app.P().Class("expiry expiry-" + e.Bucket).ID("expiry-status").Text(v.expiryText(e))
	}
	return app.Section().Class("dates").Aria("labelledby", "dates-h").Body(
		app.H2().ID("dates-h").Text(v.T("section.dates")),
		status,
		p.facts(cl.Deadlines),
	)
}

func (p *checklistBody) notices() app.UI {
	v, cl := p.v, p.cl
	if len(cl.Notices) == 0 {
		return app.Text("")
	}
	return app.Section().Class("notices").Aria("labelledby", "notices-h").Body(
		app.H2().ID("notices-h").Text(v.T("section.notices")),
		p.facts(cl.Notices),
	)
}

// answers lists the person's answers, each with a link to change it.
func (p *checklistBody) answers() app.UI {
	v, cl := p.v, p.cl
	steps, _ := v.c.Walk(cl.Answers, v.today)
	return app.Section().Class("your-answers").Aria("labelledby", "answers-h").Body(
		app.H2().ID("answers-h").Text(v.T("checklist.answers")),
		app.Dl().Body(app.Range(steps).Slice(func(i int) app.UI {
			s := steps[i]
			return app.Div().Class("answer-row").Body(
				app.Dt().Text(v.T("question."+s.Question.ID+".title")),
				app.Dd().Body(
					app.Text(v.answerLabel(s.Question, s.Value)+" "),
					app.A().Href(v.link(p.changePage, cl.Answers, "at", s.Question.ID)).
						Aria("label", v.T("checklist.change")+": "+v.T("question."+s.Question.ID+".title")).
						Text(v.T("checklist.change")),
				),
			)
		})),
	)
}

func (p *checklistBody) sources() app.UI {
	v, cl := p.v, p.cl
	return app.Section().Class("sources").Aria("labelledby", "sources-h").Body(
		app.H2().ID("sources-h").Text(v.T("section.sources")),
		app.Ul().Body(app.Range(cl.Sources).Slice(func(i int) app.UI {
			return v.sourceItem(v.c.Source(cl.Sources[i]))
		})),
		app.P().Body(app.A().Href(v.link("sources", nil)).Text(v.T("sources.title"))),
	)
}

func (v *view) sourceItem(s *content.Source) app.UI {
	if s == nil {
		return app.Li()
	}
	var link app.UI = app.Text("")
	if s.Site != "" {
		link = app.A().Href("https://" + s.Site + "/").Rel("noopener noreferrer").Body(ltr(s.Site))
	}
	return app.Li().Body(
		app.Bdi().Lang("de").Text(s.Title),
		app.Text(" "),
		link,
		app.If(s.File != "", func() app.UI {
			return app.Span().Class("small").Body(app.Text(" ("+v.T("sources.file")+": "), ltr(s.File), app.Text(")"))
		}),
	)
}
