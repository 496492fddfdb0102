package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// contactRequest prepares a German message to the responsible team that
// names everyone who needs the appointment. What the person types stays
// in this component: it is not stored and not sent by Lotse; "open in
// mail app" hands it to the device's mail program.
type contactRequest struct {
	app.Compo
	Cat     *catalog.Catalog
	Contact *present.Contact
	People  []present.Person

	people            []present.PersonDetails
	file, nationality string
	copied            bool
}

func (c *contactRequest) Render() app.UI {
	cat, ct := c.Cat, c.Contact
	if cat == nil || ct == nil {
		return app.Div()
	}
	t := func(k present.Key) string { return cat.T(string(k)) }
	// Folded: most people read the checklist first.
	return app.Section().Class("contact").Aria("labelledby", "contact-h").Body(
		app.H2().ID("contact-h").Text(t(present.KeySectionContact)),
		app.Details().Class("contact-form").Body(
			app.Summary().ID("contact-open").Text(t(present.KeyContactOpen)),
			c.form(t),
		),
	)
}

// form names the team, asks for everyone's name and date of birth, the
// file number and the nationality, and shows the letter as it will be
// sent.
func (c *contactRequest) form(t func(present.Key) string) app.UI {
	ct := c.Contact
	return app.Div().Body(
		app.P().Text(t(present.KeyContactIntro)),
		app.P().Body(app.Strong().Text(t(present.KeyContactTo)+": "), words(ct.Team),
			app.If(ct.TeamCode != "", func() app.UI { return app.Span().Body(app.Text(" ("), ltr(ct.TeamCode), app.Text(")")) }),
			app.If(ct.Email != "", func() app.UI { return app.Span().Body(app.Text(" "), ltr("<"+ct.Email+">")) })),
		app.If(ct.FormURL != "", func() app.UI {
			return app.P().Class("small").Body(app.Text(t(present.KeyContactFormHint)+" "),
				app.A().Class("ext").ID("contact-form-link").Href(ct.FormURL).Rel("noopener noreferrer").Target("_blank").Text(t(present.KeyContactFormOpen)))
		}),
		c.fields(t),
	)
}

// fields ask for what the letter needs and show the letter.
func (c *contactRequest) fields(t func(present.Key) string) app.UI {
	for len(c.People) > len(c.people) {
		c.people = append(c.people, present.PersonDetails{})
	}
	msg := c.Contact.Letter(present.Details{People: c.people, File: c.file, Nationality: c.nationality})
	var persons []app.UI
	for i := range c.People {
		i := i
		persons = append(persons, app.Div().Class("contact-person").Body(
			app.If(len(c.People) > 1, func() app.UI { return app.H3().Text(c.People[i].Label.Local) }),
			c.field("contact-name-"+itoa(i+1), t(present.KeyContactName), c.people[i].Name, func(s string) { c.people[i].Name = s }),
			c.field("contact-birth-"+itoa(i+1), t(present.KeyContactBirth), c.people[i].Birth, func(s string) { c.people[i].Birth = s }),
		))
	}
	return app.Div().Body(
		app.Div().Body(persons...),
		c.field("contact-file", t(present.KeyContactFile), c.file, func(s string) { c.file = s }),
		c.field("contact-nationality", t(present.KeyContactNationality), c.nationality, func(s string) { c.nationality = s }),
		app.P().Body(app.Strong().Text(t(present.KeyContactSubject)+": "), app.Bdi().Lang("de").ID("contact-subject").Text(msg.Subject)),
		app.Label().For("contact-body").Text(t(present.KeyContactBody)),
		app.Textarea().ID("contact-body").Lang("de").Dir("ltr").ReadOnly(true).Rows(12).Text(msg.Body),
		app.Div().Class("contact-actions").Body(
			app.Button().Class("button").ID("contact-copy").Text(t(present.KeyContactCopy)).OnClick(c.copy),
			app.If(c.Contact.Email != "", func() app.UI {
				return app.A().Class("button").ID("contact-mail").Href(c.Contact.Mailto(msg)).Text(t(present.KeyContactMail))
			}),
			app.If(c.copied, func() app.UI { return app.Span().Aria("live", "polite").Text(t(present.KeyContactCopied)) }),
		),
		app.P().Class("small").Text(t(present.KeyContactPrivate)),
	)
}

func (c *contactRequest) field(id, label, val string, set func(string)) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Input().ID(id).Type("text").Value(val).AutoComplete(false).
			OnInput(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()); c.copied = false }),
	)
}

// copy puts the message as shown into the clipboard (read from the page,
// so it is always the current text).
func (c *contactRequest) copy(ctx app.Context, e app.Event) {
	doc := app.Window().Get("document")
	subject := doc.Call("getElementById", "contact-subject").Get("textContent").String()
	body := doc.Call("getElementById", "contact-body").Get("value").String()
	if clip := app.Window().Get("navigator").Get("clipboard"); clip.Truthy() {
		clip.Call("writeText", subject+"\n\n"+body)
		c.copied = true
	}
}
