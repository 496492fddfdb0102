package present

import (
	"net/url"
	"strings"
	"unicode"

	"lotse/content"
	"lotse/i18n/catalog"
)

// Contact is the appointment request and how it gets sent: by e-mail (one
// mailto: with subject and body), through the team's contact form (copy
// the text, open the form, paste and send), or, where a team books
// online (Hagen), the booking itself. The letter is German whatever the
// reader's language, written from the German-only letter.* messages; the
// reader is told what it says in their own language (Says).
type Contact struct {
	Team     Text   `json:"team"`
	TeamCode string `json:"team_code,omitempty"`
	Email    string `json:"email,omitempty"`
	FormURL  string `json:"form_url,omitempty"`
	// BookingURL: the team books appointments online and takes no
	// written request; the request is the booking.
	BookingURL string `json:"booking_url,omitempty"`
	People     int    `json:"people"`

	concern Text         // the matter: German in the office's words, the reader's answer
	expiry  content.Date // the title's end (zero without one)
	expired bool         // the title has expired
	reasons []Text       // urgent reasons: the letter's German sentence, the reader's answer
	de, cat *catalog.Catalog
	lang    string
}

// ByMail, ByForm and ByBooking say which ways the request goes; a team
// may take e-mail and its contact form, and booking is the way only when
// neither takes a letter.
func (c *Contact) ByMail() bool    { return c.Email != "" }
func (c *Contact) ByForm() bool    { return c.FormURL != "" }
func (c *Contact) ByBooking() bool { return c.BookingURL != "" && !c.ByMail() && !c.ByForm() }

// Details are what the person types; they stay on the device.
type Details struct {
	People      []PersonDetails
	File        string
	Nationality string
}

// PersonDetails are one person's name and date of birth.
type PersonDetails struct{ Name, Birth string }

// Message is a ready letter: the German subject and body, and what it
// says in the reader's language, line by line.
type Message struct {
	Subject, Body string
	Says          []string
}

func (v *view) contact(cl *content.Checklist, p *Checklist) *Contact {
	if p.Where == nil {
		return nil
	}
	c := &Contact{Team: p.Where.Team, TeamCode: p.Where.TeamCode, People: len(cl.People), de: v.de, cat: v.local, lang: v.lang}
	takes := false
	for _, ch := range p.Channels {
		if ch.Kind == content.ChannelBooking && c.BookingURL == "" {
			c.BookingURL = ch.URL
		}
		if !ch.Kind.TakesMessage() {
			continue
		}
		takes = true
		if ch.Kind == content.ChannelForm && c.FormURL == "" {
			c.FormURL = ch.URL
		}
		if ch.Email != "" && c.Email == "" {
			c.Email = ch.Email
		}
	}
	if !takes && c.BookingURL == "" {
		return nil
	}
	if takes && c.Email == "" && !c.ByForm() {
		c.Email = p.Where.Email
	}
	c.concern = v.concern(cl, p)
	if cl.Expiry != nil {
		c.expiry, c.expired = cl.Expiry.Date, cl.Expiry.Bucket == content.BucketExpired
	}
	for _, q := range v.c.Questions {
		val, ok := cl.Answers[q.ID]
		if !ok {
			continue
		}
		for _, a := range q.Answers {
			if a.ID == val && a.Letter {
				c.reasons = append(c.reasons, Text{German: v.de.T(content.LetterAnswer(q.ID, a.ID)), Local: v.local.T(content.AnswerLabel(q.ID, a.ID))})
			}
		}
	}
	return c
}

// concern is what the person comes for: in German the office's words for
// the answer to the concern question, in the reader's language that
// answer as they chose it; the checklist's title when no question says.
func (v *view) concern(cl *content.Checklist, p *Checklist) Text {
	if q := v.c.RoleQuestion(content.RoleConcern); q != nil {
		if val, ok := cl.Answers[q.ID]; ok {
			return Text{German: v.de.T(content.LetterConcern(q.ID, val)), Local: v.local.T(content.AnswerLabel(q.ID, val))}
		}
	}
	return p.Title
}

// Letter writes the German request for an appointment (the matter,
// everyone who comes with name and date of birth, the file number when
// there is one, the nationality, the title's end date, the urgent reason)
// and says the same in the reader's language.
func (c *Contact) Letter(d Details) Message {
	de := c.de
	people := d.People
	if len(people) < c.People {
		people = append(people, make([]PersonDetails, c.People-len(people))...)
	}
	if len(people) == 0 {
		people = []PersonDetails{{}}
	}
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	says := []string{c.say(KeyContactSaysConcern, catalog.Args{"Concern": c.concern.Local})}
	line(de.T(string(KeyLetterSalutation)))
	line("")
	line(de.T(string(KeyLetterRequest), catalog.Args{"Concern": c.concern.German}))
	line("")
	if len(people) == 1 {
		line(de.T(string(KeyLetterName), catalog.Args{"Value": c.blank(people[0].Name)}))
		line(de.T(string(KeyLetterBirth), catalog.Args{"Value": c.blank(people[0].Birth)}))
	} else {
		line(de.N(string(KeyLetterPeople), len(people)))
		says = append(says, c.cat.N(string(KeyContactSaysPeople), len(people), catalog.Args{"Count": catalog.Number(c.lang, len(people))}))
	}
	for i, p := range people {
		if len(people) > 1 {
			line(de.T(string(KeyLetterPerson), catalog.Args{"N": catalog.Number(catalog.Source, i+1), "Name": c.blank(p.Name), "Birth": c.blank(p.Birth)}))
		}
		k := KeyContactSaysYou
		if len(people) > 1 {
			k = KeyContactSaysPerson
		}
		says = append(says, c.say(k, catalog.Args{"N": catalog.Number(c.lang, i+1), "Name": c.typed(p.Name), "Birth": c.typed(p.Birth)}))
	}
	if f := oneLine(d.File); f != "" {
		line(de.T(string(KeyLetterFile), catalog.Args{"Value": f}))
		says = append(says, c.say(KeyContactSaysFile, catalog.Args{"Value": c.typed(f)}))
	}
	line(de.T(string(KeyLetterNationality), catalog.Args{"Value": c.blank(d.Nationality)}))
	says = append(says, c.say(KeyContactSaysNationality, catalog.Args{"Value": c.typed(d.Nationality)}))
	if !c.expiry.IsZero() {
		letter, said := KeyLetterExpiry, KeyContactSaysExpiry
		if c.expired {
			letter, said = KeyLetterExpired, KeyContactSaysExpired
		}
		line(de.T(string(letter), catalog.Args{"Date": catalog.Date(catalog.Source, c.expiry.Time())}))
		says = append(says, c.say(said, catalog.Args{"Date": catalog.Date(c.lang, c.expiry.Time())}))
	}
	for _, r := range c.reasons {
		line("")
		line(r.German)
		says = append(says, c.say(KeyContactSaysReason, catalog.Args{"Reason": r.Local}))
	}
	line("")
	line(de.T(string(KeyLetterClosing)))
	line(c.blank(people[0].Name))
	return Message{Subject: c.subject(people), Body: b.String(), Says: says}
}

// subject names the concern in the office's words, how many people come,
// the date the title ends and who writes: "Verlängerung der
// Aufenthaltserlaubnis – 4 Personen – gültig bis 20.01.2027 – Name".
func (c *Contact) subject(people []PersonDetails) string {
	de := c.de
	parts := []string{c.concern.German}
	if len(people) > 1 {
		parts = append(parts, de.N(string(KeyLetterSubjectPeople), len(people), catalog.Args{"Count": catalog.Number(catalog.Source, len(people))}))
	}
	if !c.expiry.IsZero() {
		k := KeyLetterSubjectValid
		if c.expired {
			k = KeyLetterSubjectExpired
		}
		parts = append(parts, de.T(string(k), catalog.Args{"Date": catalog.Date(catalog.Source, c.expiry.Time())}))
	}
	if n := oneLine(people[0].Name); n != "" {
		parts = append(parts, n)
	}
	return strings.Join(parts, " – ")
}

func (c *Contact) say(k Key, args catalog.Args) string { return c.cat.T(string(k), args) }

// blank is a typed value on one line, or the letter's gap for one not
// typed yet.
func (c *Contact) blank(s string) string {
	if s = oneLine(s); s == "" {
		return c.de.T(string(KeyLetterBlank))
	}
	return s
}

// typed is a typed value for the reader's language: in a right-to-left
// language a value without right-to-left letters (a file number like
// 38/3-1 4711, a Latin name) keeps its left-to-right order.
func (c *Contact) typed(s string) string {
	s = c.blank(s)
	if !c.cat.RTL || strings.IndexFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)
	}) >= 0 {
		return s
	}
	return "\u2066" + s + "\u2069"
}

// oneLine is a typed value on one line: a pasted line break must not
// start a new line of the letter or reach the subject.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Mailto is the letter as a mailto: link.
func (c *Contact) Mailto(m Message) string {
	if c.Email == "" {
		return ""
	}
	q := url.Values{}
	q.Set("subject", m.Subject)
	q.Set("body", m.Body)
	return "mailto:" + c.Email + "?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}
