package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// printPage is the print view: the A4 sheet of a checklist, German beside
// a second language (?print=, else the page's), rendered only when the
// person opens it, never hidden in every checklist page. On screen it
// shows the sheet with a button to print and a way back; printing shows
// the sheet alone.
type printPage struct {
	app.Compo
	page
	sheet *present.Checklist
}

func (p *printPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	v := p.v
	second := v.loc.second
	if second == "" {
		second = v.lang
	}
	if v.d.catalogFor(second) == nil {
		requestCatalog(ctx, p.src, second, p.OnNav)
		return
	}
	p.sheet = nil
	if cl, next := v.c.Evaluate(v.loc.answers, v.today); next == nil && cl.Outcome == content.OutcomeChecklist {
		p.sheet = present.Build(v.c, cl, v.d.catalogFor(second), v.de)
	}
	title := v.T(present.KeyPrintButton)
	if p.sheet != nil {
		title = p.sheet.Title.Local + " – " + title
	}
	setPage(ctx, v, title+" – "+v.T(present.KeyAppName))
}

func (p *printPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	back := app.A().ID("print-back").Href(v.link("checklist", v.loc.answers)).Text(v.T(present.KeyPrintBack))
	if p.sheet == nil {
		return v.layout(app.P().Body(back))
	}
	return v.layout(
		app.Div().Class("print-bar").Body(
			app.Button().Class("button primary").ID("print-now").Text(v.T(present.KeyPrintButton)).
				OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			back,
		),
		(&printWriter{p: p.sheet, link: v.publicLinkIn(p.sheet.Lang, "checklist", v.loc.answers),
			words: v.both(v.d.catalogFor(p.sheet.Lang))}).render(),
	)
}

// printWriter draws the sheet: a loop over the document's sections, each
// row in German and (for a second language) beside it in that language,
// boxes to tick by hand, a place for the client's name and the date, the
// check date and the QR code of the checklist's link. Every section the
// screen shows unfolded is on it; the folded ones (the answers, the
// sources) are behind the QR code.
type printWriter struct {
	p     *present.Checklist // built in the second language
	link  string             // the checklist's public link
	words func(present.Key) present.Text
}

// both resolves the sheet's own words (its blanks, the QR code's label)
// in the second language and German.
func (v *view) both(local *catalog.Catalog) func(present.Key) present.Text {
	return func(k present.Key) present.Text {
		return present.Text{Local: local.T(string(k)), German: v.de.T(string(k))}
	}
}

func (w *printWriter) render() app.UI {
	p := w.p
	fill := present.Text{Local: " ____________________", German: " ____________________"}
	body := []app.UI{
		w.head(p.Title, "h1"),
		w.line("print-fill", []present.Text{w.words(present.KeyPrintClient), {Local: ":", German: ":"}, fill}),
		w.line("print-fill", []present.Text{w.words(present.KeyPrintDate), {Local: ":", German: ":"}, fill}),
	}
	for _, s := range p.Sections {
		if s.Fold == nil {
			body = append(body, w.section(s))
		}
	}
	svg, _ := QRSVG(w.link, attr(w.words(present.KeyHandoverQR).Local))
	class := "printout"
	if w.bilingual() {
		class += " bilingual"
	}
	return app.Section().Class(class).ID("printout").Lang("de").Body(append(body,
		app.Div().Class("print-foot").Body(
			app.Raw(`<div class="print-qr">`+svg+`</div>`),
			app.P().Body(app.Text(p.Checked.German), app.Br(), ltr(w.link)),
		))...)
}

// bilingual: a second language beside German.
func (w *printWriter) bilingual() bool { return w.p.Lang != catalog.Source }

// section keeps its heading with its first row: both in one block that
// does not break across pages.
func (w *printWriter) section(s present.Section) app.UI {
	var first, rest []app.UI
	for i, r := range s.Rows {
		lines := w.row(r, "")
		if i == 0 {
			first = lines
		} else {
			rest = append(rest, lines...)
		}
	}
	if s.Title.German != "" {
		first = append([]app.UI{w.head(s.Title, "h2")}, first...)
	}
	return app.Div().Class("print-section print-" + string(s.ID)).Body(
		append([]app.UI{app.Div().Class("print-keep").Body(first...)}, rest...)...)
}

// row is one line of the sheet and its details below it.
func (w *printWriter) row(r present.Row, class string) []app.UI {
	out := []app.UI{w.line("print-"+string(r.Kind)+" "+class, printCells(r))}
	for _, d := range r.Details {
		out = append(out, w.row(d, "print-detail")...)
	}
	return out
}

// line is one row of the sheet: German, then the second language.
func (w *printWriter) line(class string, parts []present.Text) app.UI {
	var de, local string
	for _, t := range parts {
		de += t.German
		local += t.Local
	}
	cells := []app.UI{app.Div().Lang("de").Dir("ltr").Text(de)}
	if w.bilingual() {
		dir := "ltr"
		if w.p.RTL {
			dir = "rtl"
		}
		cells = append(cells, app.Div().Lang(w.p.Lang).Dir(dir).Text(local))
	}
	return app.Div().Class("print-row " + class).Body(cells...)
}

func (w *printWriter) head(t present.Text, class string) app.UI {
	return w.line("print-head "+class, []present.Text{t})
}

// printCells writes a row as text in both languages, in the document's
// order: a box for a single tick, label, text, value, amount, tags, the
// full link (paper cannot follow a name), for whom, a box per person.
func printCells(r present.Row) []present.Text {
	var parts []present.Text
	add := func(sep string, t present.Text) {
		if t.Local == "" && t.German == "" {
			return
		}
		if len(parts) > 0 {
			parts = append(parts, present.Text{Local: sep, German: sep})
		}
		parts = append(parts, t)
	}
	add("", r.Text)
	add(" · ", verbatim(r.Value))
	if r.Amount != nil {
		add(": ", *r.Amount)
	}
	for _, t := range r.Tags {
		add(" · ", t)
	}
	if r.Link != nil {
		add(" · ", verbatim(r.Link.Full))
	}
	if r.For != nil {
		add(" · ", *r.For)
	}
	for _, tick := range r.Ticks {
		if tick.Label.German != "" {
			add("   ", present.Text{Local: "☐ " + tick.Label.Local, German: "☐ " + tick.Label.German})
		}
	}
	var head []present.Text
	if len(r.Ticks) == 1 && r.Ticks[0].Label.German == "" {
		head = append(head, present.Text{Local: "☐ ", German: "☐ "})
	}
	if r.Label != nil {
		head = append(head, *r.Label, present.Text{Local: ": ", German: ": "})
	}
	return append(head, parts...)
}

// verbatim is an address, a code or a link as the office writes it; in
// the second language's cell it is isolated, so that a right-to-left
// line keeps it whole and in place.
func verbatim(s string) present.Text {
	if s == "" {
		return present.Text{}
	}
	return present.Text{Local: "\u2068" + s + "\u2069", German: s}
}
