package present

import (
	"net/url"
	"strings"
)

// The checklist as one ordered document: sections of rows. Every writer
// (screen, print sheet, text, review, calendar) is a loop over it and
// draws each kind of row one way; what a person is told, in which order
// and with which words, is decided here.

// SectionID names a section; the screen uses it for its anchors.
type SectionID string

const (
	SectionSummary   SectionID = "summary"
	SectionAnswers   SectionID = "answers"
	SectionWhere     SectionID = "where"
	SectionHow       SectionID = "how"
	SectionDocuments SectionID = "documents"
	SectionPhoto     SectionID = "photo"
	SectionFees      SectionID = "fees"
	SectionDates     SectionID = "dates"
	SectionNotices   SectionID = "notices"
	SectionSources   SectionID = "sources"
)

// Section is a titled part of the checklist.
type Section struct {
	ID    SectionID `json:"id"`
	Title Text      `json:"title"`
	// Fold, when set, is what the section shows folded on a screen (the
	// answers as one line, "sources and check dates"); the print sheet
	// leaves a folded section out (its QR code leads to the checklist).
	Fold *Text `json:"fold,omitempty"`
	Rows []Row `json:"rows"`
}

// RowKind says what a row is; writers draw each kind one way.
type RowKind string

const (
	RowText    RowKind = "text"    // a statement
	RowWarning RowKind = "warning" // read first
	RowField   RowKind = "field"   // a label and its value (team, address, phone …)
	RowAnswer  RowKind = "answer"  // one of the person's answers (ID: the question)
	RowDoc     RowKind = "doc"     // a document to bring, with its ticks
	RowFee     RowKind = "fee"     // a fee and its amount
	RowTotal   RowKind = "total"   // the fees' total
	RowPeople  RowKind = "people"  // who comes (a family's legend)
	RowSource  RowKind = "source"  // a source and when it was read
)

// Row is one line of the checklist. Writers draw, in this order, the
// label, the text (with the German beside it where Text.Term), the
// verbatim value, the amount, the tags, the link, whom it is for, the
// ticks, the details and the reasons; any of them may be empty.
type Row struct {
	Kind  RowKind `json:"kind"`
	ID    string  `json:"id,omitempty"` // the document, fee, fact, question or source
	Label *Text   `json:"label,omitempty"`
	Text  Text    `json:"text"`
	// Value is verbatim and left to right, as the office writes it: an
	// address, a team code, a phone number, a source's German title.
	Value  string `json:"value,omitempty"`
	Amount *Text  `json:"amount,omitempty"`
	Tags   []Text `json:"tags,omitempty"`
	Link   *Link  `json:"link,omitempty"`
	// For says whom of a family the row concerns ("for person 1 and 2").
	For *Text `json:"for,omitempty"`
	// Ticks are a document's boxes: one per person who brings it, or one.
	Ticks   []Tick `json:"ticks,omitempty"`
	Urgent  bool   `json:"urgent,omitempty"`
	Details []Row  `json:"details,omitempty"` // alternatives, hours, shares, notes
	Why     *Why   `json:"why,omitempty"`
	// Event is the calendar entry the row gives, if any.
	Event *Event `json:"-"`
}

// Tick is one box to tick: a document for one person, or for all.
type Tick struct {
	// Key is what the box is stored under: the document and, in a family,
	// the person ("passport@2"); see TickKey.
	Key    string `json:"key"`
	Person int    `json:"person,omitempty"`
	Label  Text   `json:"label"` // "Person 2"; empty when the document is the label
}

// Link is an address with the short name the screen shows; the print and
// the text show Full, for reading on paper.
type Link struct {
	URL  string `json:"url"`
	Name string `json:"name"` // "dortmund.de", an e-mail address, a phone number
	Full string `json:"full"` // "dortmund.de/auslaenderbehoerde/…"
}

// WebLink names a web page by its host: short, and it says whose page
// it is.
func WebLink(u string) *Link {
	if u == "" {
		return nil
	}
	full := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "www."), "/")
	name := full
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		name = strings.TrimPrefix(p.Host, "www.")
	}
	return &Link{URL: u, Name: name, Full: full}
}

func mailLink(email string) *Link {
	if email == "" {
		return nil
	}
	return &Link{URL: "mailto:" + email, Name: email, Full: email}
}

func phoneLink(phone string) *Link {
	if phone == "" {
		return nil
	}
	return &Link{URL: "tel:" + strings.ReplaceAll(phone, " ", ""), Name: phone, Full: phone}
}

// Section returns the section with an ID, or nil.
func (p *Checklist) Section(id SectionID) *Section {
	for i := range p.Sections {
		if p.Sections[i].ID == id {
			return &p.Sections[i]
		}
	}
	return nil
}

// TickCount counts the boxes of the documents section.
func (p *Checklist) TickCount() int {
	n := 0
	if s := p.Section(SectionDocuments); s != nil {
		for _, r := range s.Rows {
			n += len(r.Ticks)
		}
	}
	return n
}
