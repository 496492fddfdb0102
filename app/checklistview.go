package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// checklistWriter writes the presented checklist for the screen; the
// applicant's page and the advisor's desk share it.
type checklistWriter struct {
	v       *view
	p       *present.Checklist
	answers content.Answers
	// changePage is where "change" links go ("q" or "advisor"); store is
	// the localStorage key of the ticks.
	changePage string
	store      string
}

// section is a titled part of the checklist, reachable by a jump link.
type section struct {
	id    string
	title present.Key
}

// render lays out the checklist: the summary first, then the sections;
// the applicant's page adds the contact request and printing.
func (w *checklistWriter) render(applicant bool) app.UI {
	v, p := w.v, w.p
	sections := w.sections(applicant)
	return app.Article().Class("checklist").Body(
		app.H1().ID("checklist-title").TabIndex(-1).Body(v.term(p.Title)),
		w.warnings(),
		w.summary(sections),
		w.where(),
		w.channels(),
		app.If(len(p.Documents) > 0, func() app.UI {
			return &documentList{Lang: v.lang, Store: w.store, Groups: p.Documents}
		}),
		w.lines("photo", present.KeySectionPhoto, p.Photo),
		w.fees(),
		w.lines("dates", present.KeySectionDates, p.Dates),
		w.lines("notices", present.KeySectionNotices, p.Notices),
		app.If(applicant && p.Contact != nil, func() app.UI {
			return &contactRequest{Lang: v.lang, Contact: p.Contact, People: p.People}
		}),
		w.answerList(),
		w.sources(),
		app.If(applicant && p.Outcome == content.OutcomeChecklist, func() app.UI {
			return app.P().Class("print-actions").Body(
				app.Button().Class("button").ID("print-sheet").Text(v.T(present.KeyPrintSave)).
					OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			)
		}),
	)
}

func (w *checklistWriter) sections(applicant bool) []section {
	p := w.p
	var out []section
	add := func(ok bool, id string, k present.Key) {
		if ok {
			out = append(out, section{id, k})
		}
	}
	add(p.Where != nil, "where", present.KeySectionWhere)
	add(len(p.Channels) > 0, "how", present.KeySectionHow)
	add(len(p.Documents) > 0, "documents", present.KeySectionDocuments)
	add(len(p.Photo) > 0, "photo", present.KeySectionPhoto)
	add(p.Fees != nil, "fees", present.KeySectionFees)
	add(len(p.Dates) > 0, "dates", present.KeySectionDates)
	add(len(p.Notices) > 0, "notices", present.KeySectionNotices)
	add(applicant && p.Contact != nil, "contact", present.KeySectionContact)
	return out
}

// why shows the answers that put an item on the list and its sources.
func (w *checklistWriter) why(y present.Why) app.UI {
	v := w.v
	var because []app.UI
	for _, r := range y.Because {
		because = append(because, app.Li().Text(r.Question.Local+" → "+r.Answer.Local))
	}
	var sources []app.UI
	for _, s := range y.Sources {
		sources = append(sources, w.sourceItem(s))
	}
	return app.Details().Class("why").Body(
		app.Summary().Text(v.T(present.KeyWhyShow)),
		app.If(len(because) > 0, func() app.UI {
			return app.Div().Body(app.P().Text(v.T(present.KeyWhyBecause)), app.Ul().Body(because...))
		}),
		app.P().Text(v.T(present.KeyWhySource)+":"),
		app.Ul().Body(sources...),
		app.P().Class("small").Text(y.Checked.Local),
	)
}

func (w *checklistWriter) sourceItem(s present.Source) app.UI {
	return app.Li().Body(
		app.Bdi().Lang("de").Text(s.Title),
		app.If(s.URL != "", func() app.UI { return app.Span().Body(app.Text(" "), w.v.extLink(s.URL)) }).
			Else(func() app.UI { return app.Span().Class("small").Text(" (" + w.v.T(present.KeySourcesNoCopy) + ")") }),
		app.Span().Class("small").Text(" · "+s.Read.Local),
	)
}

func (w *checklistWriter) warnings() app.UI {
	if len(w.p.Warnings) == 0 {
		return app.Text("")
	}
	var items []app.UI
	for _, l := range w.p.Warnings {
		items = append(items, app.Div().Class("warning").Attr("role", "alert").Body(
			app.P().Text(l.Text.Local),
			app.If(l.URL != "", func() app.UI { return app.P().Body(w.v.extLink(l.URL)) }),
			w.why(l.Why)))
	}
	return app.Div().Class("warnings").Body(items...)
}

// summary is the next step first: where, how, the date that matters,
// the cost, the number of documents, and links to every section.
func (w *checklistWriter) summary(sections []section) app.UI {
	v, s := w.v, w.p.Summary
	if w.p.Where == nil {
		return app.Text("")
	}
	var rows []app.UI
	row := func(label present.Key, body ...app.UI) {
		rows = append(rows, app.Div().Class("summary-row").Body(app.Dt().Text(v.T(label)), app.Dd().Body(body...)))
	}
	where := []app.UI{v.term(s.Where)}
	if s.Address != "" {
		where = append(where, app.Br(), app.Bdi().Lang("de").Text(s.Address))
	}
	row(present.KeySummaryWhere, where...)
	if h := s.How; h != nil {
		how := []app.UI{app.Text(h.Title.Local)}
		if h.URL != "" {
			how = append(how, app.Br(), v.extLink(h.URL))
		} else if h.Email != "" {
			how = append(how, app.Br(), app.A().Href("mailto:"+h.Email).Body(ltr(h.Email)))
		}
		row(present.KeySummaryHow, how...)
	}
	if n := s.Next; n != nil {
		class := "next"
		if n.Urgent {
			class += " urgent"
		}
		rows = append(rows, app.Div().Class("summary-row "+class).ID("summary-next").Body(
			app.Dt().Text(v.T(present.KeySummaryNext)), app.Dd().Text(n.Text.Local)))
	}
	if s.Cost != nil {
		row(present.KeySummaryCost, app.Span().ID("summary-cost").Text(s.Cost.Local))
	}
	if s.Documents > 0 {
		row(present.KeySectionDocuments, app.A().Href("#documents-h").Text(v.N(present.KeySummaryDocs, s.Documents, catalog.Args{"Count": v.number(s.Documents)})))
	}
	var jumps []app.UI
	for _, sec := range sections {
		jumps = append(jumps, app.Li().Body(app.A().Href("#"+sec.id+"-h").Text(v.T(sec.title))))
	}
	return app.Section().Class("summary").Aria("labelledby", "summary-h").Body(
		app.H2().ID("summary-h").Text(v.T(present.KeySectionSummary)),
		app.Dl().Body(rows...),
		app.Nav().Class("jump").Aria("label", attr(v.T(present.KeySummaryJump))).Body(app.Ul().Body(jumps...)),
	)
}

func (w *checklistWriter) where() app.UI {
	v, wh := w.v, w.p.Where
	if wh == nil {
		return app.Text("")
	}
	team := []app.UI{v.term(wh.Team)}
	if wh.TeamCode != "" {
		team = append(team, app.Text(" ("), ltr(wh.TeamCode), app.Text(")"))
	}
	team = append(team, app.P().Class("small").Text(wh.Handles.Local))
	address := []app.UI{v.term(wh.Office)}
	if wh.Address != "" {
		address = append(address, app.Address().Lang("de").Body(
			app.Bdi().Text(wh.Street), app.Br(), app.Bdi().Text(joinNonEmpty(" ", wh.Postcode, wh.City))))
	} else if wh.AskFor != nil {
		address = append(address, app.P().Class("small").Text(wh.AskFor.Local))
	}
	if wh.Entrance != nil {
		address = append(address, app.P().Class("small").Body(app.Strong().Text(v.T(present.KeyWhereEntrance)+": "), app.Text(wh.Entrance.Local)))
	}
	var hours []app.UI
	for _, h := range wh.Hours {
		hours = append(hours, app.Li().Text(h.Text.Local))
	}
	item := func(label present.Key, body ...app.UI) app.UI {
		return app.Div().Body(app.Dt().Text(v.T(label)), app.Dd().Body(body...))
	}
	return app.Section().Class("where").Aria("labelledby", "where-h").Body(
		app.H2().ID("where-h").Text(v.T(present.KeySectionWhere)),
		app.Dl().Body(
			item(present.KeyWhereTeam, team...),
			item(present.KeyWhereAddress, address...),
			app.If(wh.Transit != "", func() app.UI { return item(present.KeyWhereTransit, ltr(wh.Transit)) }),
			app.If(len(hours) > 0, func() app.UI { return item(present.KeyWhereHours, app.Ul().Class("hours").Body(hours...)) }),
			app.If(wh.Phone != "", func() app.UI {
				return item(present.KeyWherePhone, app.A().Href("tel:"+wh.Phone).Body(ltr(wh.Phone)))
			}),
			app.If(wh.Email != "", func() app.UI {
				return item(present.KeyWhereEmail, app.A().Href("mailto:"+wh.Email).Body(ltr(wh.Email)))
			}),
			app.If(wh.TeamPage != "", func() app.UI { return item(present.KeyWherePage, v.extLink(wh.TeamPage)) }),
		),
	)
}

func (w *checklistWriter) channels() app.UI {
	v, p := w.v, w.p
	if len(p.Channels) == 0 {
		return app.Text("")
	}
	var items []app.UI
	for _, ch := range p.Channels {
		ch := ch
		if ch.Kind == "" {
			items = append(items, app.Li().Class("channel-note").Body(app.P().Text(ch.Text.Local),
				app.If(ch.URL != "", func() app.UI { return app.P().Body(v.extLink(ch.URL)) }), w.why(ch.Why)))
			continue
		}
		var hours []app.UI
		for _, h := range ch.Hours {
			hours = append(hours, app.Li().Text(h.Text.Local))
		}
		items = append(items, app.Li().Class("channel").Body(
			app.Strong().Text(ch.Title.Local),
			app.If(ch.Email != "", func() app.UI {
				return app.Span().Body(app.Text(" "), app.A().Href("mailto:"+ch.Email).Body(ltr(ch.Email)))
			}),
			app.P().Text(ch.Text.Local),
			app.If(len(hours) > 0, func() app.UI { return app.Ul().Class("hours").Body(hours...) }),
			app.If(ch.URL != "", func() app.UI { return app.P().Class("link").Body(v.extLink(ch.URL)) }),
		))
	}
	return app.Section().Class("how").Aria("labelledby", "how-h").Body(
		app.H2().ID("how-h").Text(v.T(present.KeySectionHow)),
		app.Ul().Class("channels").Body(items...),
	)
}

// lines is a section of statements, each with its "why?".
func (w *checklistWriter) lines(id string, title present.Key, ls []present.Line) app.UI {
	if len(ls) == 0 {
		return app.Text("")
	}
	var items []app.UI
	for _, l := range ls {
		l := l
		class := "line"
		if l.Urgent {
			class += " urgent"
		}
		items = append(items, app.Li().Class(class).ID(id+"-"+l.ID).Body(
			app.Text(l.Text.Local),
			app.If(l.URL != "", func() app.UI { return app.P().Body(w.v.extLink(l.URL)) }),
			app.If(len(l.Why.Sources) > 0, func() app.UI { return w.why(l.Why) }),
		))
	}
	return app.Section().Class(id).Aria("labelledby", id+"-h").Body(
		app.H2().ID(id+"-h").Text(w.v.T(title)),
		app.Ul().Class("lines").Body(items...),
	)
}

// fees writes one block per fee that stacks on narrow screens: the name,
// what each person pays, then the amount; never a squeezed table column.
func (w *checklistWriter) fees() app.UI {
	v, f := w.v, w.p.Fees
	if f == nil {
		return app.Text("")
	}
	var rows []app.UI
	for _, r := range f.Rows {
		r := r
		var choices, shares []app.UI
		for _, c := range r.Choices {
			choices = append(choices, app.Li().Body(v.term(c.Name), app.Text(": "), app.Span().Class("amount").Text(c.Amount.Local)))
		}
		for _, s := range r.Shares {
			shares = append(shares, app.Li().Text(s.Local))
		}
		class := "fee"
		if r.Optional {
			class += " optional"
		}
		rows = append(rows, app.Li().Class(class).Body(
			app.Div().Class("fee-name").Body(v.term(r.Name)),
			app.If(len(choices) > 0, func() app.UI { return app.Ul().Class("fee-choices").Body(choices...) }),
			app.If(len(shares) > 0, func() app.UI { return app.Ul().Class("fee-shares").Body(shares...) }),
			app.Div().Class("fee-amount amount").Text(r.Amount.Local),
			app.If(r.Note != nil, func() app.UI { return app.P().Class("small").Text(r.Note.Local) }),
			w.why(r.Why),
		))
	}
	var notes []app.UI
	for _, n := range f.Notes {
		n := n
		notes = append(notes, app.Li().Body(app.Text(n.Text.Local),
			app.If(n.URL != "", func() app.UI { return app.P().Body(v.extLink(n.URL)) })))
	}
	return app.Section().Class("fees").Aria("labelledby", "fees-h").Body(
		app.H2().ID("fees-h").Text(v.T(present.KeySectionFees)),
		app.If(len(rows) > 0, func() app.UI { return app.Ul().Class("fee-list").Body(rows...) }),
		app.If(f.Total != nil, func() app.UI {
			return app.P().Class("fee-total").Body(app.Strong().Text(v.T(present.KeyFeesTotal)+": "), app.Span().ID("fee-total").Text(f.Total.Local))
		}),
		app.If(len(notes) > 0, func() app.UI { return app.Ul().Class("fee-notes").Body(notes...) }),
	)
}

// answerList lists the person's answers, each with a link to change it.
func (w *checklistWriter) answerList() app.UI {
	v := w.v
	var rows []app.UI
	for _, a := range w.p.Answers {
		rows = append(rows, app.Div().Class("answer-row").Body(
			app.Dt().Text(a.Title.Local),
			app.Dd().Body(
				app.Text(a.Value.Local+" "),
				app.A().Class("change").Href(v.link(w.changePage, w.answers, "at", a.Question)).
					Aria("label", attr(v.T(present.KeyChecklistChange)+": "+a.Title.Local)).
					Text(v.T(present.KeyChecklistChange)),
			),
		))
	}
	return app.Section().Class("your-answers").Aria("labelledby", "answers-h").Body(
		app.H2().ID("answers-h").Text(v.T(present.KeyChecklistAnswers)),
		app.Dl().Body(rows...),
	)
}

// sources are folded: the list is long and most people do not need it.
func (w *checklistWriter) sources() app.UI {
	v := w.v
	var items []app.UI
	for _, s := range w.p.Sources {
		items = append(items, w.sourceItem(s))
	}
	return app.Section().Class("sources").Aria("labelledby", "sources-h").Body(
		app.H2().ID("sources-h").Text(v.T(present.KeySectionSources)),
		app.Details().Body(
			app.Summary().Text(v.T(present.KeySourcesTitle)),
			app.Ul().Body(items...),
			// The page lists every source with its dates; the footer
			// already says when the content was last checked.
			app.P().Body(app.A().Href(v.link("sources", nil)).Text(v.T(present.KeySectionSources))),
		),
	)
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}

// numberIn writes a count in the reader's digits.
func (v *view) number(n int) string { return catalog.Number(v.lang, n) }
