package present

import (
	"net/url"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
)

// Contact is the appointment request: offered only where a contact form
// or an e-mail address takes it. The letter is German whatever the
// reader's language, written from the German-only letter.* messages.
type Contact struct {
	Team     Text   `json:"team"`
	TeamCode string `json:"team_code,omitempty"`
	Email    string `json:"email,omitempty"`
	FormURL  string `json:"form_url,omitempty"`
	People   int    `json:"people"`

	concern string   // the matter, in German
	expiry  string   // German date, or ""
	expired bool     // the title has expired
	reasons []string // German sentences for urgent reasons
	de      *catalog.Catalog
}

// Details are what the person types; they stay on the device.
type Details struct {
	People      []PersonDetails
	File        string
	Nationality string
}

// PersonDetails are one person's name and date of birth.
type PersonDetails struct{ Name, Birth string }

// Message is a ready e-mail.
type Message struct{ Subject, Body string }

func (v *view) contact(cl *content.Checklist, p *Checklist) *Contact {
	if p.Where == nil {
		return nil
	}
	c := &Contact{Team: p.Where.Team, TeamCode: p.Where.TeamCode, People: len(cl.People), de: v.de}
	takes := false
	for _, ch := range p.Channels {
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
	if !takes {
		return nil
	}
	if c.Email == "" {
		c.Email = p.Where.Email
	}
	c.concern = p.Title.German
	if cl.Expiry != nil {
		c.expiry = catalog.Date(catalog.Source, cl.Expiry.Date.Time())
		c.expired = cl.Expiry.Bucket == content.BucketExpired
	}
	for _, q := range v.c.Questions {
		val, ok := cl.Answers[q.ID]
		if !ok {
			continue
		}
		for _, a := range q.Answers {
			if a.ID == val && a.Letter {
				c.reasons = append(c.reasons, v.de.T(content.LetterAnswer(q.ID, a.ID)))
			}
		}
	}
	return c
}

// Letter writes the German request for an appointment: the matter,
// everyone who needs the appointment, the expiry date and the urgent
// reason when there is one.
func (c *Contact) Letter(d Details) Message {
	de := c.de
	blank := func(s string) string {
		if s = oneLine(s); s == "" {
			return de.T(string(KeyLetterBlank))
		}
		return s
	}
	people := d.People
	if len(people) < c.People {
		people = append(people, make([]PersonDetails, c.People-len(people))...)
	}
	if len(people) == 0 {
		people = []PersonDetails{{}}
	}
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line(de.T(string(KeyLetterSalutation)))
	line("")
	line(de.T(string(KeyLetterRequest), catalog.Args{"Concern": c.concern}))
	line("")
	if len(people) == 1 {
		line(de.T(string(KeyLetterName), catalog.Args{"Value": blank(people[0].Name)}))
		line(de.T(string(KeyLetterBirth), catalog.Args{"Value": blank(people[0].Birth)}))
	} else {
		line(de.N(string(KeyLetterPeople), len(people)))
		for i, p := range people {
			line(de.T(string(KeyLetterPerson), catalog.Args{"N": catalog.Number(catalog.Source, i+1), "Name": blank(p.Name), "Birth": blank(p.Birth)}))
		}
	}
	if f := oneLine(d.File); f != "" {
		line(de.T(string(KeyLetterFile), catalog.Args{"Value": f}))
	}
	line(de.T(string(KeyLetterNationality), catalog.Args{"Value": blank(d.Nationality)}))
	switch {
	case c.expiry != "" && c.expired:
		line(de.T(string(KeyLetterExpired), catalog.Args{"Date": c.expiry}))
	case c.expiry != "":
		line(de.T(string(KeyLetterExpiry), catalog.Args{"Date": c.expiry}))
	}
	for _, r := range c.reasons {
		line("")
		line(r)
	}
	line("")
	line(de.T(string(KeyLetterClosing)))
	line(blank(people[0].Name))
	subject := de.T(string(KeyLetterSubject), catalog.Args{"Concern": c.concern})
	if n := oneLine(people[0].Name); n != "" {
		subject = de.T(string(KeyLetterSubjectName), catalog.Args{"Concern": c.concern, "Name": n})
	}
	return Message{Subject: subject, Body: b.String()}
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
