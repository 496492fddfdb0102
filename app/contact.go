package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// contactRequest prepares a German message to the responsible team that
// names everyone who needs the appointment, says what it says in the
// reader's language, and shows how it gets sent: one e-mail button, the
// contact form's three steps, or the online booking. What the person
// types stays in this component: it is not stored and not sent by Lotse
// (never in a URL); the mail app or the team's form sends it.
type contactRequest struct {
	app.Compo
	Cat     *catalog.Catalog
	Lang    string
	Contact *present.Contact
	People  []present.Person

	people            []present.PersonDetails
	file, nationality string
	copied            bool
}

// OnMount takes over what was typed, or copied, before the app ran
// (early.go).
func (c *contactRequest) OnMount(ctx app.Context) {
	for len(c.People) > len(c.people) {
		c.people = append(c.people, present.PersonDetails{})
	}
	take := func(id string, into *string) {
		if v, ok := earlyInput(id); ok {
			*into = v
		}
	}
	for i := range c.people {
		take("contact-name-"+itoa(i+1), &c.people[i].Name)
		take("contact-birth-"+itoa(i+1), &c.people[i].Birth)
	}
	take("contact-file", &c.file)
	take("contact-nationality", &c.nationality)
	c.copied = c.copied || earlyDone("copied")
}

func (c *contactRequest) Render() app.UI {
	cat, ct := c.Cat, c.Contact
	if cat == nil || ct == nil {
		return app.Div()
	}
	t := func(k present.Key) string { return cat.T(string(k)) }
	if ct.ByBooking() {
		return app.Section().Class("contact").Aria("labelledby", "contact-h").Body(
			app.H2().ID("contact-h").Text(t(present.KeySectionContact)),
			app.P().Text(t(present.KeyContactBooking)),
			app.P().Body(app.A().Class("button primary").ID("contact-booking").Href(ct.BookingURL).
				Rel("noopener noreferrer").Target("_blank").Text(t(present.KeyContactBookingOpen))),
		)
	}
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
// file number and the nationality, shows the letter as it will be sent
// with what it says, and the ways to send it.
func (c *contactRequest) form(t func(present.Key) string) app.UI {
	ct := c.Contact
	for len(c.People) > len(c.people) {
		c.people = append(c.people, present.PersonDetails{})
	}
	msg := ct.Letter(present.Details{People: c.people, File: c.file, Nationality: c.nationality})
	return app.Div().Body(
		app.P().Text(t(present.KeyContactIntro)),
		app.P().Body(app.Strong().Text(t(present.KeyContactTo)+": "), words(ct.Team),
			app.If(ct.TeamCode != "", func() app.UI { return app.Span().Body(app.Text(" ("), ltr(ct.TeamCode), app.Text(")")) }),
			app.If(ct.Email != "", func() app.UI { return app.Span().Body(app.Text(" "), ltr("<"+ct.Email+">")) })),
		c.fields(t),
		c.letter(t, msg),
		c.send(t, msg),
		app.P().Class("small").Text(t(present.KeyContactPrivate)),
	)
}

// fields ask for what the letter needs.
func (c *contactRequest) fields(t func(present.Key) string) app.UI {
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
	)
}

// letter shows the German subject and text, and beside them what they
// say in the reader's language.
func (c *contactRequest) letter(t func(present.Key) string, msg present.Message) app.UI {
	var says []app.UI
	for _, s := range msg.Says {
		says = append(says, app.Li().Text(s))
	}
	return app.Div().Class("contact-letter").Body(
		app.Div().Class("contact-german").Body(
			app.P().Body(app.Strong().Text(t(present.KeyContactSubject)+": "), app.Bdi().Lang("de").Dir("ltr").ID("contact-subject").Text(msg.Subject)),
			app.Label().For("contact-body").Text(t(present.KeyContactBody)),
			app.Textarea().ID("contact-body").Lang("de").Dir("ltr").ReadOnly(true).Rows(12).Text(msg.Body),
		),
		app.If(c.Lang != catalog.Source, func() app.UI {
			return app.Div().Class("contact-says").ID("contact-says").Body(
				app.H3().Text(t(present.KeyContactSays)),
				app.Ul().Body(says...),
			)
		}),
	)
}

// send shows the ways the request goes: one e-mail button that carries
// subject and text, and the contact form's steps (copy, open, paste and
// send), the second step leading once the text is copied.
func (c *contactRequest) send(t func(present.Key) string, msg present.Message) app.UI {
	ct := c.Contact
	formHeading := present.KeyContactByForm
	if ct.ByMail() {
		formHeading = present.KeyContactOrForm
	}
	copied := app.Span().Class("copied").ID("contact-copied").Attr("role", "status").Text(t(present.KeyContactCopied))
	if !c.copied || app.IsClient {
		copied = copied.Hidden(!c.copied) // the loader shows it before the app runs
	}
	copyClass, openClass := "button primary", "button"
	if c.copied {
		copyClass, openClass = "button", "button primary"
	}
	return app.Div().Class("contact-send").Body(
		app.H3().ID("contact-send-h").Text(t(present.KeyContactSend)),
		app.If(ct.ByMail(), func() app.UI {
			return app.Div().Class("contact-way").ID("contact-by-mail").Body(
				app.H3().Text(t(present.KeyContactByMail)),
				app.P().Body(app.A().Class("button primary").ID("contact-mail").Href(ct.Mailto(msg)).Text(t(present.KeyContactMail))),
				app.P().Class("small").Text(t(present.KeyContactMailHint)),
			)
		}),
		app.If(ct.ByForm(), func() app.UI {
			return app.Div().Class("contact-way").ID("contact-by-form").Body(
				app.H3().Text(t(formHeading)),
				app.Ol().Class("steps").Body(
					app.Li().Body(app.Button().Class(copyClass).ID("contact-copy").Text(t(present.KeyContactCopy)).OnClick(c.copy), app.Text(" "), copied),
					app.Li().Body(app.A().Class(openClass).ID("contact-form-link").Href(ct.FormURL).Rel("noopener noreferrer").Target("_blank").Text(t(present.KeyContactStepOpen))),
					app.Li().ID("contact-step-paste").Text(t(present.KeyContactStepPaste)),
				),
			)
		}),
	)
}

// field is a text field whose value goes into the letter; the loader
// keeps what is typed before the app runs (data-carry).
func (c *contactRequest) field(id, label, val string, set func(string)) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Input().ID(id).Type("text").Dir("auto").Value(val).AutoComplete(false).DataSet("carry", "1").
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
		await(clip.Call("writeText", subject+"\n\n"+body), func(_ app.Value, ok bool) {
			ctx.Dispatch(func(app.Context) { c.copied = ok })
		})
	}
}
