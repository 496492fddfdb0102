package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// checklistWriter draws the presented checklist on the screen: a loop
// over its sections and rows. The applicant's page and the advisor's desk
// share it.
type checklistWriter struct {
	v       *view
	p       *present.Checklist
	answers content.Answers
	// changePage is where "change" links go ("q" or "advisor"); store is
	// the localStorage key of the ticks.
	changePage string
	store      string
	// applicant: the applicant's page adds the contact request and the
	// way to the print view.
	applicant bool
}

func (w *checklistWriter) render() app.UI {
	v, p := w.v, w.p
	body := []app.UI{app.H1().ID("checklist-title").TabIndex(-1).Text(p.Title.Local)}
	for _, s := range p.Sections {
		body = append(body, w.section(s))
	}
	if w.applicant && p.Contact != nil {
		body = append(body, &contactRequest{Cat: v.cat, Lang: v.lang, Contact: p.Contact, People: p.People})
	}
	if w.applicant && p.Outcome == content.OutcomeChecklist {
		body = append(body, app.P().Class("print-actions").Body(
			app.A().Class("button").ID("print-sheet").Href(v.link("print", w.answers)).Text(v.T(present.KeyPrintSave))))
	}
	return app.Article().Class("checklist").Body(body...)
}

// section draws a section: its heading and rows. The documents are a
// component of their own (the ticks), the summary carries the links to
// the sections, a folded section opens on demand.
func (w *checklistWriter) section(s present.Section) app.UI {
	id := string(s.ID)
	if s.ID == present.SectionDocuments {
		return &documentList{Cat: w.v.cat, Lang: w.v.lang, Store: w.store, Rows: s.Rows, Title: s.Title.Local, Kinds: w.v.peopleKinds(w.answers), NoWasm: w.v.loc.noWasm}
	}
	var rows []app.UI
	for _, r := range s.Rows {
		rows = append(rows, w.row(id, r))
	}
	var list app.UI = app.Ul().Class("rows").Body(rows...)
	if s.Fold != nil {
		list = app.Details().Class("fold").Body(app.Summary().Text(s.Fold.Local), list,
			app.If(s.ID == present.SectionSources, func() app.UI {
				return app.P().Body(app.A().Href(w.v.link("sources", nil)).Text(w.v.T(present.KeySectionSources)))
			}))
	}
	return app.Section().Class(id).Aria("labelledby", id+"-h").Body(
		app.H2().ID(id+"-h").Text(s.Title.Local),
		list,
		app.If(s.ID == present.SectionSummary, w.jumps),
	)
}

// row draws one row; an answer gets its link to change it.
func (w *checklistWriter) row(section string, r present.Row) app.UI {
	li := app.Li().Class(rowClass(r))
	if r.ID != "" {
		li = li.ID(section + "-" + r.ID)
	}
	body := w.v.rowBody(section, r)
	if r.Kind == present.RowAnswer {
		body = append(body, app.A().Class("change").Href(w.v.link(w.changePage, w.answers, "at", r.ID)).
			Aria("label", attr(w.v.T(present.KeyChecklistChange)+": "+r.Label.Local)).
			Text(w.v.T(present.KeyChecklistChange)))
	}
	return li.Body(body...)
}

func rowClass(r present.Row) string {
	class := "row row-" + string(r.Kind)
	if r.Urgent {
		class += " urgent"
	}
	return class
}

// jumps link every section after the summary.
func (w *checklistWriter) jumps() app.UI {
	var items []app.UI
	for _, s := range w.p.Sections {
		if s.ID != present.SectionSummary {
			items = append(items, app.Li().Body(app.A().Href("#"+string(s.ID)+"-h").Text(s.Title.Local)))
		}
	}
	if w.applicant && w.p.Contact != nil {
		items = append(items, app.Li().Body(app.A().Href("#contact-h").Text(w.v.T(present.KeySectionContact))))
	}
	return app.Nav().Class("jump").Aria("label", attr(w.v.T(present.KeySummaryJump))).Body(
		app.Details().Body(app.Summary().Text(w.v.T(present.KeySummaryJump)), app.Ul().Body(items...)))
}

// rowBody is what every row shows, in the document's order: label,
// text, value, amount, tags, link, for whom, then the light "why?" (it
// ends the row's last line) and the details below.
func (v *view) rowBody(section string, r present.Row) []app.UI {
	var out []app.UI
	if r.Label != nil {
		out = append(out, app.Span().Class("label").Text(r.Label.Local))
	}
	if r.Text.Local != "" {
		out = append(out, app.Span().Class("text").Body(words(r.Text)))
	}
	if r.Value != "" {
		out = append(out, app.Bdi().Class("value").Lang("de").Dir("ltr").Text(r.Value))
	}
	if r.Amount != nil {
		out = append(out, app.Span().Class("amount").Text(r.Amount.Local))
	}
	for _, t := range r.Tags {
		out = append(out, app.Span().Class("tag").Text(t.Local))
	}
	if r.Link != nil {
		out = append(out, extLink(r.Link))
	}
	if r.For != nil {
		out = append(out, app.Span().Class("for").Text(r.For.Local))
	}
	if r.Why != nil {
		out = append(out, v.why(r.Why))
	}
	if len(r.Details) > 0 {
		out = append(out, v.details(r.Details))
	}
	return out
}

func (v *view) details(rows []present.Row) app.UI {
	var items []app.UI
	for _, d := range rows {
		items = append(items, app.Li().Class("detail-"+string(d.Kind)).Body(v.rowBody("", d)...))
	}
	return app.Ul().Class("details").Body(items...)
}

// why says which answers put a row on the list and where it comes from:
// folded, one short paragraph each, sources by their titles (the list of
// sources below has their links and dates).
func (v *view) why(y *present.Why) app.UI {
	var because []string
	for _, r := range y.Because {
		because = append(because, r.Question.Local+" → "+r.Answer.Local)
	}
	var titles []string
	for _, s := range y.Sources {
		titles = append(titles, s.Title)
	}
	return app.Details().Class("why").Body(
		app.Summary().Text(v.T(present.KeyWhyShow)),
		app.If(len(because) > 0, func() app.UI {
			return app.P().Text(v.T(present.KeyWhyBecause) + " " + catalog.List(v.lang, because))
		}),
		app.If(len(titles) > 0, func() app.UI {
			return app.P().Body(app.Text(v.T(present.KeyWhySource)+": "), app.Bdi().Lang("de").Text(strings.Join(titles, "; ")))
		}),
		app.P().Text(y.Checked.Local),
	)
}

// number writes a count in the reader's digits.
func (v *view) number(n int) string { return catalog.Number(v.lang, n) }
