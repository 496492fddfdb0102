package present

import (
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
)

// sections lays the presented checklist out as the document, the most
// important first: the summary (the warnings first, the caveats that
// limit what Lotse knows last), the person's answers with a way to
// change each, then
// where, how, the documents once each with whom they are for, photo,
// fees, dates, good to know, and the sources.
func (v *view) sections(p *Checklist, cl *content.Checklist) []Section {
	notices, caveats := splitCaveats(p.Notices)
	var out []Section
	add := func(id SectionID, title Key, rows []Row) {
		if len(rows) == 0 {
			return
		}
		out = append(out, Section{ID: id, Title: v.t(title), Rows: rows, Fold: v.fold(id, rows)})
	}
	add(SectionSummary, KeySectionSummary, v.summaryRows(p, caveats))
	add(SectionAnswers, KeyChecklistAnswers, answerRows(p.Answers))
	add(SectionWhere, KeySectionWhere, v.whereRows(p.Where))
	add(SectionHow, KeySectionHow, v.channelRows(p.Channels))
	add(SectionDocuments, KeySectionDocuments, v.documentRows(cl, p))
	add(SectionPhoto, KeySectionPhoto, lineRows(p.Photo))
	add(SectionFees, KeySectionFees, v.feeRows(p.Fees))
	add(SectionDates, KeySectionDates, lineRows(laterDates(p.Dates)))
	add(SectionNotices, KeySectionNotices, lineRows(notices))
	add(SectionSources, KeySectionSources, v.sourceRows(p.Sources))
	events, _ := v.events(cl)
	attachEvents(out, events)
	return out
}

// fold folds what most readers need only to check: the answers (shown
// folded as one line of them) and the sources.
func (v *view) fold(id SectionID, rows []Row) *Text {
	switch id {
	case SectionAnswers:
		var parts []Text
		for _, r := range rows {
			parts = append(parts, r.Text)
		}
		t := v.join(parts, " · ")
		return &t
	case SectionSources:
		return v.label(KeySourcesTitle)
	}
	return nil
}

// splitCaveats takes out the statements about the limits of Lotse's
// sources ("no complete list: ask the team"): they belong in the summary.
func splitCaveats(ls []Line) (rest, caveats []Line) {
	for _, l := range ls {
		if l.Kind == content.FactCaveat {
			caveats = append(caveats, l)
		} else {
			rest = append(rest, l)
		}
	}
	return rest, caveats
}

// label is a row's label; the writers put the colon after it.
func (v *view) label(k Key) *Text {
	t := v.t(k)
	t.Local = strings.TrimRight(t.Local, ": ")
	t.German = strings.TrimRight(t.German, ": ")
	return &t
}

// whyOf keeps the reasons of a row that has any.
func whyOf(w Why) *Why {
	if len(w.Because) == 0 && len(w.Sources) == 0 {
		return nil
	}
	return &w
}

func lineRow(kind RowKind, l Line) Row {
	return Row{Kind: kind, ID: l.ID, Text: l.Text, Link: WebLink(l.URL), For: l.For, Urgent: l.Urgent, Why: whyOf(l.Why)}
}

func lineRows(ls []Line) []Row {
	var out []Row
	for _, l := range ls {
		out = append(out, lineRow(RowText, l))
	}
	return out
}

func warningRows(ls []Line) []Row {
	var out []Row
	for _, l := range ls {
		out = append(out, lineRow(RowWarning, l))
	}
	return out
}

// summaryRows: the warnings, where, how to get the appointment, the date
// that matters now (said here only), the cost, the number of documents,
// and the caveats.
func (v *view) summaryRows(p *Checklist, caveats []Line) []Row {
	out := warningRows(p.Warnings)
	if w := p.Where; w != nil {
		out = append(out, Row{Kind: RowField, ID: "where", Label: v.label(KeySummaryWhere), Text: w.Team, Value: w.Address})
	}
	for _, ch := range p.Channels {
		if ch.Kind != "" {
			out = append(out, Row{Kind: RowField, ID: "how", Label: v.label(KeySummaryHow), Text: ch.Title, Link: channelLink(ch)})
			break
		}
	}
	if len(p.Dates) > 0 {
		// The date that matters now moves here from the dates section.
		next := lineRow(RowText, p.Dates[0])
		next.Label = v.label(KeySummaryNext)
		out = append(out, next)
	}
	if f := p.Fees; f != nil && f.Total != nil {
		out = append(out, Row{Kind: RowField, ID: "cost", Label: v.label(KeySummaryCost), Amount: f.Total})
	}
	if n := p.DocumentCount(); n > 0 {
		count := v.n(KeySummaryDocs, n, catalog.Args{"Count": catalog.Number(v.lang, n)}, catalog.Args{"Count": catalog.Number(catalog.Source, n)})
		out = append(out, Row{Kind: RowField, ID: "documents", Label: v.label(KeySectionDocuments), Text: count})
	}
	for _, l := range caveats {
		out = append(out, lineRow(RowText, l))
	}
	return out
}

// laterDates are the dates after the one the summary shows.
func laterDates(ds []Line) []Line {
	if len(ds) == 0 {
		return nil
	}
	return ds[1:]
}

func channelLink(ch Channel) *Link {
	if ch.URL != "" {
		return WebLink(ch.URL)
	}
	return mailLink(ch.Email)
}

func answerRows(as []Answer) []Row {
	var out []Row
	for _, a := range as {
		title := a.Title
		out = append(out, Row{Kind: RowAnswer, ID: a.Question, Label: &title, Text: a.Value})
	}
	return out
}

// whereRows: the team, the office and its address (once, when the team
// is the office), how to get there, the hours and how to reach the team.
func (v *view) whereRows(w *Where) []Row {
	if w == nil {
		return nil
	}
	team := Row{Kind: RowField, ID: "team", Label: v.label(KeyWhereTeam), Text: w.Team, Value: w.TeamCode,
		Details: []Row{{Kind: RowText, Text: w.Handles}}}
	office := Row{Kind: RowField, ID: "office", Label: v.label(KeyWhereAddress), Value: w.Address}
	if w.Office.German != w.Team.German {
		office.Text = w.Office
	}
	switch {
	case w.AskFor != nil && office.Text.German == "":
		office.Text = *w.AskFor // Hagen: the team is the office, whose address the sources lack
	case w.AskFor != nil:
		office.Details = append(office.Details, Row{Kind: RowText, Text: *w.AskFor})
	}
	if w.Entrance != nil {
		office.Details = append(office.Details, Row{Kind: RowField, Label: v.label(KeyWhereEntrance), Text: *w.Entrance})
	}
	out := []Row{team, office}
	if w.Transit != "" {
		out = append(out, Row{Kind: RowField, ID: "transit", Label: v.label(KeyWhereTransit), Value: w.Transit})
	}
	if len(w.Hours) > 0 {
		out = append(out, Row{Kind: RowField, ID: "hours", Label: v.label(KeyWhereHours), Details: hourRows(w.Hours)})
	}
	if w.Phone != "" {
		out = append(out, Row{Kind: RowField, ID: "phone", Label: v.label(KeyWherePhone), Link: phoneLink(w.Phone)})
	}
	if w.Email != "" {
		out = append(out, Row{Kind: RowField, ID: "email", Label: v.label(KeyWhereEmail), Link: mailLink(w.Email)})
	}
	if w.TeamPage != "" {
		out = append(out, Row{Kind: RowField, ID: "page", Label: v.label(KeyWherePage), Link: WebLink(w.TeamPage)})
	}
	return out
}

func hourRows(hs []Hours) []Row {
	var out []Row
	for _, h := range hs {
		out = append(out, Row{Kind: RowText, Text: h.Text})
	}
	return out
}

// channelRows: each way to the appointment with its link and hours; a
// note about the appointment as a statement.
func (v *view) channelRows(chs []Channel) []Row {
	var out []Row
	for _, ch := range chs {
		if ch.Kind == "" {
			out = append(out, Row{Kind: RowText, ID: ch.ID, Text: ch.Text, Link: WebLink(ch.URL), Why: whyOf(ch.Why)})
			continue
		}
		title := ch.Title
		r := Row{Kind: RowField, ID: ch.ID, Label: &title, Text: ch.Text, Link: channelLink(ch), Why: whyOf(ch.Why),
			Details: hourRows(ch.Hours)}
		if ch.URL != "" && ch.Email != "" {
			r.Details = append(r.Details, Row{Kind: RowText, Link: mailLink(ch.Email)})
		}
		out = append(out, r)
	}
	return out
}

func (v *view) sourceRows(ss []Source) []Row {
	var out []Row
	for _, s := range ss {
		r := Row{Kind: RowSource, ID: s.ID, Value: s.Title, Link: WebLink(s.URL), Tags: []Text{s.Read}}
		if s.URL == "" {
			r.Tags = append(r.Tags, v.t(KeySourcesNoCopy))
		}
		out = append(out, r)
	}
	return out
}

// attachEvents gives each calendar event to the row it comes from.
func attachEvents(sections []Section, events []Event) {
	byID := map[string]Event{}
	for _, e := range events {
		byID[e.ID] = e
	}
	for i := range sections {
		for j := range sections[i].Rows {
			r := &sections[i].Rows[j]
			if e, ok := byID[r.ID]; ok && (r.Kind == RowText || r.Kind == RowWarning) {
				r.Event = &e
				delete(byID, r.ID)
			}
		}
	}
}
