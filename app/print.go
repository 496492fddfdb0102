package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// printWriter writes the A4 sheet: German beside a second language (the
// client's, chosen independently of the interface), boxes to tick by
// hand, a place for the client's name and the date, where to go and how
// to get the appointment with its link, the photo rules, fees, dates, the
// check date and the QR code of the checklist's link. Screens never show
// it; the applicant prints or saves it from the checklist.
type printWriter struct {
	v    *view
	p    *present.Checklist // built in the second language
	link string             // the checklist's public link
}

func (w *printWriter) render() app.UI {
	p := w.p
	if p == nil || p.Outcome != "checklist" {
		return app.Text("")
	}
	de := w.v.d.catalogFor(catalog.Source)
	local := w.v.d.catalogFor(p.Lang)
	if de == nil || local == nil {
		return app.Text("")
	}
	bi := p.Lang != catalog.Source
	dir := "ltr"
	if p.RTL {
		dir = "rtl"
	}
	row := func(class string, t present.Text) app.UI {
		cells := []app.UI{app.Td().Lang("de").Dir("ltr").Text(t.German)}
		if bi {
			cells = append(cells, app.Td().Lang(p.Lang).Dir(dir).Text(t.Local))
		}
		return app.Tr().Class(class).Body(cells...)
	}
	both := func(k present.Key) present.Text {
		return present.Text{Local: local.T(string(k)), German: de.T(string(k))}
	}
	head := func(t present.Text) app.UI {
		cells := []app.UI{app.Th().Lang("de").Dir("ltr").Text(t.German)}
		if bi {
			cells = append(cells, app.Th().Lang(p.Lang).Dir(dir).Text(t.Local))
		}
		return app.Tr().Class("print-head").Body(cells...)
	}
	plain := func(class, s string) app.UI {
		cells := []app.UI{app.Td().Lang("de").Dir("ltr").Text(s)}
		if bi {
			cells = append(cells, app.Td().Dir("ltr").Text(s))
		}
		return app.Tr().Class(class).Body(cells...)
	}
	cat := func(a, b present.Text, sep string) present.Text {
		return present.Text{Local: a.Local + sep + b.Local, German: a.German + sep + b.German}
	}
	var rows []app.UI
	rows = append(rows, head(p.Title))
	rows = append(rows, row("print-fill", cat(both(present.KeyPrintClient), present.Text{Local: " ____________________", German: " ____________________"}, ":")),
		row("print-fill", cat(both(present.KeyPrintDate), present.Text{Local: " ____________", German: " ____________"}, ":")))
	for _, wn := range p.Warnings {
		rows = append(rows, row("print-warning", wn.Text))
	}
	if wh := p.Where; wh != nil {
		rows = append(rows, head(both(present.KeySectionWhere)), row("", wh.Team))
		if wh.TeamCode != "" {
			rows = append(rows, plain("", wh.TeamCode))
		}
		if wh.Office.German != wh.Team.German { // Hagen: the team is the office
			rows = append(rows, row("", wh.Office))
		}
		if wh.Address != "" {
			rows = append(rows, plain("", wh.Address))
		} else if wh.AskFor != nil {
			rows = append(rows, row("", *wh.AskFor))
		}
		if wh.Entrance != nil {
			rows = append(rows, row("", *wh.Entrance))
		}
		if c := joinNonEmpty(" · ", wh.Phone, wh.Email); c != "" {
			rows = append(rows, plain("", c))
		}
		for _, h := range wh.Hours {
			rows = append(rows, row("", h.Text))
		}
		if wh.TeamPage != "" {
			rows = append(rows, plain("print-url", wh.TeamPage))
		}
	}
	if len(p.Channels) > 0 {
		rows = append(rows, head(both(present.KeySectionHow)))
		for _, ch := range p.Channels {
			t := ch.Text
			if ch.Kind != "" {
				t = cat(ch.Title, ch.Text, ": ")
			}
			rows = append(rows, row("", t))
			for _, h := range ch.Hours {
				rows = append(rows, row("", h.Text))
			}
			if link := joinNonEmpty(" · ", ch.Email, ch.URL); link != "" {
				rows = append(rows, plain("print-url", link))
			}
		}
	}
	if len(p.Documents) > 0 {
		rows = append(rows, head(both(present.KeySectionDocuments)))
		for _, g := range p.Documents {
			if g.Label.German != "" {
				rows = append(rows, row("print-person", g.Label))
			}
			for _, d := range g.Docs {
				t := cat(present.Text{Local: "☐ ", German: "☐ "}, d.Name, "")
				for _, tag := range d.Tags {
					t = cat(t, tag, " · ")
				}
				rows = append(rows, row("print-doc", t))
				for _, alt := range d.Alternatives {
					rows = append(rows, row("print-alt", cat(both(present.KeyDocsOr), alt, ": ")))
				}
			}
			for _, n := range g.Notes {
				rows = append(rows, row("print-note", n.Text))
			}
		}
	}
	if len(p.Photo) > 0 {
		rows = append(rows, head(both(present.KeySectionPhoto)))
		for _, l := range p.Photo {
			rows = append(rows, row("", l.Text))
		}
	}
	if f := p.Fees; f != nil {
		rows = append(rows, head(both(present.KeySectionFees)))
		for _, r := range f.Rows {
			rows = append(rows, row("", cat(r.Name, r.Amount, ": ")))
			for _, c := range r.Choices {
				rows = append(rows, row("print-alt", cat(c.Name, c.Amount, ": ")))
			}
			for _, s := range r.Shares {
				rows = append(rows, row("print-alt", s))
			}
			if r.Note != nil { // optional, exempt, reducible, child rate
				rows = append(rows, row("print-alt", *r.Note))
			}
		}
		if f.Total != nil {
			rows = append(rows, row("print-total", cat(both(present.KeyFeesTotal), *f.Total, ": ")))
		}
		for _, n := range f.Notes {
			rows = append(rows, row("", n.Text))
		}
	}
	if len(p.Dates) > 0 {
		rows = append(rows, head(both(present.KeySectionDates)))
		for _, l := range p.Dates {
			rows = append(rows, row("", l.Text))
		}
	}
	svg, _ := QRSVG(w.link, attr(local.T(string(present.KeyHandoverQR))))
	return app.Section().Class("printout").ID("printout").Lang("de").Body(
		app.Table().Class("print-table").Body(app.TBody().Body(rows...)),
		app.Div().Class("print-foot").Body(
			app.Raw(`<div class="print-qr">`+svg+`</div>`),
			app.P().Body(app.Text(p.Checked.German), app.Br(), ltr(w.link)),
		),
	)
}
