// Package present turns the engine's language-neutral checklist into the
// presented checklist: every word resolved in the reader's language with
// the official German beside it, every link, fee row, date row, warning
// and reason in place. The screen, the bilingual print, the text output,
// the review document, the calendar and the appointment request are thin
// writers over this one model, so they cannot drift apart.
package present

import (
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
)

// Text is one message in the reader's language and in German, the
// language of the counter and the forms.
type Text struct {
	Local  string `json:"local"`
	German string `json:"german"`
}

// Same tells whether the two are one text (a German reader, or a code).
func (t Text) Same() bool { return t.Local == t.German }

// Checklist is one checklist as a person reads it.
type Checklist struct {
	Lang    string          `json:"lang"`
	RTL     bool            `json:"rtl"`
	Outcome content.Outcome `json:"outcome"`
	Title   Text            `json:"title"`
	// Expired: the title can no longer be extended (a new application).
	Expired   bool       `json:"expired,omitempty"`
	People    []Person   `json:"people"`
	Summary   Summary    `json:"summary"`
	Warnings  []Line     `json:"warnings,omitempty"`
	Where     *Where     `json:"where,omitempty"`
	Channels  []Channel  `json:"channels,omitempty"`
	Documents []DocGroup `json:"documents,omitempty"`
	Photo     []Line     `json:"photo,omitempty"`
	Fees      *Fees      `json:"fees,omitempty"`
	Dates     []Line     `json:"dates,omitempty"`
	Notices   []Line     `json:"notices,omitempty"`
	Answers   []Answer   `json:"answers"`
	Sources   []Source   `json:"sources"`
	Checked   Text       `json:"checked"`
	Contact   *Contact   `json:"contact,omitempty"`
	Events    []Event    `json:"events,omitempty"`
	// MoveIn: an event counts from the day the person moved in.
	MoveIn bool `json:"move_in,omitempty"`
	// AppointmentLabel names the appointment in the calendar.
	AppointmentLabel Text `json:"-"`
}

// Family tells whether the checklist is for more than one person.
func (cl *Checklist) Family() bool { return len(cl.People) > 1 }

// Documents counts the documents to bring.
func (cl *Checklist) DocumentCount() int {
	n := 0
	for _, g := range cl.Documents {
		n += len(g.Docs)
	}
	return n
}

// Person is one of the people the checklist is for.
type Person struct {
	Index int    `json:"index"`
	Kind  string `json:"kind"`
	Minor bool   `json:"minor"`
	Label Text   `json:"label"` // "Person 2: child under 6"
}

// Summary is what a person acts on first: where, how to get the
// appointment, the date that matters now, the cost and the count.
type Summary struct {
	Where     Text     `json:"where"`
	Address   string   `json:"address,omitempty"`
	How       *Channel `json:"how,omitempty"`
	Next      *Line    `json:"next,omitempty"`
	Cost      *Text    `json:"cost,omitempty"`
	Documents int      `json:"documents"`
}

// Line is a statement with its reasons.
type Line struct {
	ID       string           `json:"id"`
	Kind     content.FactKind `json:"kind,omitempty"`
	Text     Text             `json:"text"`
	URL      string           `json:"url,omitempty"`
	People   []int            `json:"people,omitempty"`
	Outdated bool             `json:"outdated,omitempty"`
	Urgent   bool             `json:"urgent,omitempty"` // expiry soon or past
	Why      Why              `json:"why"`
}

// Why says which answers put an item on the list and where it comes from.
type Why struct {
	Because []Reason `json:"because,omitempty"`
	Sources []Source `json:"sources,omitempty"`
	Checked Text     `json:"checked"`
}

// Reason is one answer: the question and what the person said.
type Reason struct {
	Question Text `json:"question"`
	Answer   Text `json:"answer"`
}

// Source is a document a fact comes from.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"` // German, as the document calls itself
	URL   string `json:"url,omitempty"`
	Read  Text   `json:"read"`
}

// Where is the responsible team and its office.
type Where struct {
	Team      Text    `json:"team"`
	TeamCode  string  `json:"team_code,omitempty"`
	Handles   Text    `json:"handles"`
	TeamPage  string  `json:"team_page,omitempty"`
	Office    Text    `json:"office"`
	Street    string  `json:"street,omitempty"`
	Postcode  string  `json:"postcode,omitempty"`
	City      string  `json:"city,omitempty"`
	Address   string  `json:"address,omitempty"` // street, postcode city
	AskFor    *Text   `json:"ask_for,omitempty"` // no address in the sources
	Entrance  *Text   `json:"entrance,omitempty"`
	Transit   string  `json:"transit,omitempty"`
	Hours     []Hours `json:"hours,omitempty"`
	Phone     string  `json:"phone,omitempty"`
	Email     string  `json:"email,omitempty"`
	Authority string  `json:"authority"`
}

// Hours is one opening window, as words.
type Hours struct {
	Kind content.HoursKind `json:"kind"`
	Text Text              `json:"text"` // "Mo, Di, Do 07:30–09:00 Uhr (ohne Termin)"
}

// Channel is a way to get the appointment, or a note about it.
type Channel struct {
	ID    string              `json:"id"`
	Kind  content.ChannelKind `json:"kind,omitempty"` // empty for a note
	Title Text                `json:"title"`
	Text  Text                `json:"text"`
	URL   string              `json:"url,omitempty"`
	Email string              `json:"email,omitempty"`
	Phone string              `json:"phone,omitempty"`
	Hours []Hours             `json:"hours,omitempty"`
	Why   Why                 `json:"why"`
}

// DocGroup is the documents of one person (Person > 0) or those everyone
// shares (Person 0). A checklist for one person has one group.
type DocGroup struct {
	Person int    `json:"person"`
	Label  Text   `json:"label"`
	Docs   []Doc  `json:"docs"`
	Notes  []Line `json:"notes,omitempty"` // fingerprints, photographer …
}

// Doc is one document to bring.
type Doc struct {
	// Key identifies the tick: the document and, for family checklists,
	// the person ("passport@2"), never the whole set of answers.
	Key          string `json:"key"`
	ID           string `json:"id"`
	Name         Text   `json:"name"`
	Tags         []Text `json:"tags,omitempty"`
	Alternatives []Text `json:"alternatives,omitempty"`
	Help         *Text  `json:"help,omitempty"`
	From         *Text  `json:"from,omitempty"`
	URL          string `json:"url,omitempty"`
	Optional     bool   `json:"optional,omitempty"`
	Why          Why    `json:"why"`
}

// Answer is one of the person's answers.
type Answer struct {
	Question string `json:"question"`
	Title    Text   `json:"title"`
	Value    Text   `json:"value"`
}

// view resolves messages in the reader's language and German.
type view struct {
	c     *content.Content
	local *catalog.Catalog
	de    *catalog.Catalog
	lang  string
	today content.Date
}

func (v *view) t(k Key) Text {
	return Text{Local: v.local.T(string(k)), German: v.de.T(string(k))}
}

// tt renders a message whose arguments differ per language (dates,
// amounts): each side gets its own.
func (v *view) tt(k Key, local, german catalog.Args) Text {
	return Text{Local: v.local.T(string(k), local), German: v.de.T(string(k), german)}
}

func (v *view) n(k Key, count int, local, german catalog.Args) Text {
	return Text{Local: v.local.N(string(k), count, local), German: v.de.N(string(k), count, german)}
}

func (v *view) date(d content.Date) Text {
	if d.IsZero() {
		return Text{}
	}
	return Text{Local: catalog.Date(v.lang, d.Time()), German: catalog.Date(catalog.Source, d.Time())}
}

func (v *view) euro(cents int) Text {
	return Text{Local: catalog.Euro(v.lang, cents), German: catalog.Euro(catalog.Source, cents)}
}

// Build presents a checklist in a language. local and de are the reader's
// and the German catalogs (the same for a German reader).
func Build(c *content.Content, cl *content.Checklist, local, de *catalog.Catalog) *Checklist {
	v := &view{c: c, local: local, de: de, lang: local.Lang, today: cl.Today}
	l, _ := catalog.Lookup(local.Lang)
	p := &Checklist{Lang: local.Lang, RTL: l.RTL, Outcome: cl.Outcome, Expired: cl.Expired,
		Checked: v.tt(KeyAppFooterChecked, catalog.Args{"Date": v.date(c.Checked).Local}, catalog.Args{"Date": v.date(c.Checked).German})}
	p.Title = v.title(cl)
	p.People = v.people(cl)
	for _, w := range cl.Warnings {
		p.Warnings = append(p.Warnings, v.warning(cl, w))
	}
	p.Where = v.where(cl)
	for _, it := range cl.Channels {
		p.Channels = append(p.Channels, v.channel(cl, it))
	}
	p.Documents = v.documents(cl, p.People)
	for _, it := range cl.Photo {
		if len(it.People) == 0 || !p.Family() {
			p.Photo = append(p.Photo, v.line(cl, it))
		}
	}
	p.Fees = v.fees(cl)
	p.Dates = v.dates(cl)
	for _, it := range cl.Notices {
		p.Notices = append(p.Notices, v.line(cl, it))
	}
	p.Answers = v.answers(cl)
	for _, id := range cl.Sources {
		p.Sources = append(p.Sources, v.source(id))
	}
	p.Contact = v.contact(cl, p)
	p.Events, p.MoveIn = v.events(cl)
	p.AppointmentLabel = v.t(KeyEventAppointment)
	p.Summary = v.summary(p)
	return p
}

func (v *view) title(cl *content.Checklist) Text {
	switch {
	case cl.Outcome == content.OutcomeOtherCity:
		return v.t(KeyOutcomeOtherCity)
	case cl.Outcome == content.OutcomeNotCovered:
		return v.t(KeyOutcomeNotCovered)
	case cl.Expired:
		return v.t(KeyChecklistExpired)
	case len(cl.Procedures) == 0:
		return v.t(KeyChecklistTitle)
	}
	var names []Text
	for _, id := range cl.Procedures {
		names = append(names, v.content(content.ProcedureName(id)))
	}
	return v.join(names, " · ")
}

func (v *view) join(parts []Text, sep string) Text {
	var out Text
	for i, p := range parts {
		if i > 0 {
			out.Local += sep
			out.German += sep
		}
		out.Local += p.Local
		out.German += p.German
	}
	return out
}

// content resolves a content text ID.
func (v *view) content(id string) Text { return v.t(ContentKey(id)) }

func (v *view) people(cl *content.Checklist) []Person {
	q := v.c.PeopleQuestion()
	var out []Person
	for _, p := range cl.People {
		pp := Person{Index: p.Index, Kind: p.Kind, Minor: p.Minor}
		if q != nil && p.Kind != "" {
			kind := v.content(content.AnswerLabel(q.ID, p.Kind))
			pp.Label = v.tt(KeyPeoplePerson,
				catalog.Args{"N": catalog.Number(v.lang, p.Index), "Kind": kind.Local},
				catalog.Args{"N": catalog.Number(catalog.Source, p.Index), "Kind": kind.German})
		}
		out = append(out, pp)
	}
	return out
}

func (v *view) why(cl *content.Checklist, it content.Item) Why {
	w := Why{Checked: v.tt(KeySourcesChecked, catalog.Args{"Date": v.date(it.Checked).Local}, catalog.Args{"Date": v.date(it.Checked).German})}
	for _, qid := range it.Because {
		q := v.c.Question(qid)
		if q == nil {
			continue
		}
		w.Because = append(w.Because, Reason{Question: v.content(content.QuestionTitle(qid)), Answer: v.answerLabel(q, cl.Answers[qid])})
	}
	for _, sid := range it.Source {
		w.Sources = append(w.Sources, v.source(sid))
	}
	return w
}

func (v *view) source(id string) Source {
	s := v.c.Source(id)
	if s == nil {
		return Source{ID: id, Title: id}
	}
	read := s.Read
	if read.IsZero() {
		read = v.c.Checked
	}
	return Source{ID: s.ID, Title: s.Title, URL: s.URL,
		Read: v.tt(KeySourcesRead, catalog.Args{"Date": v.date(read).Local}, catalog.Args{"Date": v.date(read).German})}
}

// line presents a fact.
func (v *view) line(cl *content.Checklist, it content.Item) Line {
	return Line{ID: it.ID, Kind: it.Kind, Text: v.factText(it.ID), URL: it.URL,
		People: it.People, Outdated: it.Outdated, Why: v.why(cl, it)}
}

// warning presents a warning; a fact past its end date says so first.
func (v *view) warning(cl *content.Checklist, it content.Item) Line {
	l := v.line(cl, it)
	if it.Kind == content.FactOutdated {
		pre := v.tt(KeyWarningOutdated, catalog.Args{"Date": v.date(it.Until).Local}, catalog.Args{"Date": v.date(it.Until).German})
		l.Text = v.join([]Text{pre, l.Text}, " ")
	}
	return l
}

// answerLabel gives the words for an answer value.
func (v *view) answerLabel(q *content.Question, val string) Text {
	switch q.Kind {
	case content.QuestionChoice:
		return v.content(content.AnswerLabel(q.ID, val))
	case content.QuestionDate:
		if val == content.BucketUnknown {
			return v.t(KeyChecklistUnknown)
		}
		d, err := content.ParseDate(val)
		if err != nil {
			return Text{}
		}
		return v.date(d)
	case content.QuestionPeople:
		var local, german []string
		for _, kind := range content.SplitPeople(val) {
			t := v.content(content.AnswerLabel(q.ID, kind))
			local, german = append(local, t.Local), append(german, t.German)
		}
		return Text{Local: catalog.List(v.lang, local), German: catalog.List(catalog.Source, german)}
	}
	return Text{}
}

func (v *view) answers(cl *content.Checklist) []Answer {
	steps, _ := v.c.Walk(cl.Answers, v.today)
	var out []Answer
	for _, s := range steps {
		out = append(out, Answer{Question: s.Question.ID, Title: v.content(content.QuestionTitle(s.Question.ID)), Value: v.answerLabel(s.Question, s.Value)})
	}
	return out
}

var dayKeys = map[string]Key{"mon": KeyDayMon, "tue": KeyDayTue, "wed": KeyDayWed, "thu": KeyDayThu, "fri": KeyDayFri, "sat": KeyDaySat, "sun": KeyDaySun}

var hoursKeys = map[content.HoursKind]Key{content.HoursWalkIn: KeyHoursWalkIn, content.HoursAppointment: KeyHoursAppointment,
	content.HoursOpen: KeyHoursOpen, content.HoursPhone: KeyHoursPhone}

func (v *view) hours(hs []content.Hours) []Hours {
	var out []Hours
	for _, h := range hs {
		var local, german []string
		for _, d := range h.Days {
			t := v.t(dayKeys[d])
			local, german = append(local, t.Local), append(german, t.German)
		}
		rng := v.tt(KeyHoursRange,
			catalog.Args{"From": catalog.Clock(v.lang, h.From), "To": catalog.Clock(v.lang, h.To)},
			catalog.Args{"From": h.From, "To": h.To})
		kind := v.t(hoursKeys[h.Kind])
		out = append(out, Hours{Kind: h.Kind, Text: Text{
			Local:  catalog.List(v.lang, local) + " " + rng.Local + " (" + kind.Local + ")",
			German: catalog.List(catalog.Source, german) + " " + rng.German + " (" + kind.German + ")",
		}})
	}
	return out
}

func (v *view) where(cl *content.Checklist) *Where {
	if cl.Team == "" {
		return nil
	}
	team, office := v.c.Team(cl.Team), v.c.Office(cl.Office)
	w := &Where{Team: v.content(content.TeamName(team.ID)), TeamCode: team.Code, Handles: v.content(content.TeamHandles(team.ID)),
		TeamPage: team.Page, Office: v.content(content.OfficeName(office.ID)),
		Street: office.Street, Postcode: office.Postcode, City: office.City,
		Phone: office.Phone, Email: firstNonEmpty(team.Email, office.Email), Authority: cl.Authority,
		Hours: v.hours(office.Hours)}
	// Most team names carry their code ("Einbürgerung (38/4-2)"): do not
	// say it twice. The catalogs put word joiners and isolates into codes.
	if strings.Contains(catalog.Plain(w.Team.German), team.Code) {
		w.TeamCode = ""
	}
	if office.Street != "" {
		w.Address = joinNonEmpty(", ", office.Street, joinNonEmpty(" ", office.Postcode, office.City))
	} else {
		ask := v.t(KeyWhereAddressAsk)
		w.AskFor = &ask
	}
	if office.Entrance {
		e := v.content(content.OfficeEntrance(office.ID))
		w.Entrance = &e
	}
	if len(office.Transit) > 0 {
		w.Transit = catalog.List(v.lang, office.Transit)
	}
	return w
}

func (v *view) channel(cl *content.Checklist, it content.Item) Channel {
	if it.Channel == "" {
		l := v.line(cl, it)
		return Channel{ID: it.ID, Text: l.Text, URL: it.URL, Why: l.Why}
	}
	ch := v.c.Channel(it.ID)
	return Channel{ID: it.ID, Kind: ch.Kind, Title: v.content(content.ChannelTitle(it.ID)), Text: v.content(content.ChannelText(it.ID)),
		URL: it.URL, Email: ch.Email, Phone: ch.Phone, Hours: v.hours(ch.Hours), Why: v.why(cl, it)}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
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
