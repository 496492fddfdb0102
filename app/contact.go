package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// contactRequest prepares a German message to the responsible team. What
// the person types stays in this component: it is not stored and not sent
// by Lotse; "open in mail app" hands it to the device's mail program.
type contactRequest struct {
	app.Compo
	Lang    string
	Answers string

	name, birth, file, nationality string
	copied                         bool
}

func (c *contactRequest) Render() app.UI {
	d := loaded()
	if d == nil {
		return app.Div()
	}
	v := &view{lang: c.Lang, c: d.Content, cat: catalogFor(d, c.Lang), de: d.Catalogs[catalog.Source], today: Today()}
	cl, _ := v.c.Evaluate(content.ParseAnswers(c.Answers), v.today)
	if cl == nil || cl.Team == "" {
		return app.Div()
	}
	msg := ContactMessage(v.c, v.de, cl, ContactDetails{Name: c.name, Birth: c.birth, File: c.file, Nationality: c.nationality})
	team := v.c.Team(cl.Team)
	email := teamEmail(team, v.c.Office(cl.Office))
	field := func(id, label, val string, set func(string)) app.UI {
		return app.Div().Class("field").Body(
			app.Label().For(id).Text(label),
			app.Input().ID(id).Type("text").Value(val).AutoComplete(false).
				OnInput(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()); c.copied = false }),
		)
	}
	return app.Section().Class("contact").Aria("labelledby", "contact-h").Body(
		app.H2().ID("contact-h").Text(v.T("section.contact")),
		app.P().Text(v.T("contact.intro")),
		app.P().Body(app.Strong().Text(v.T("contact.to")+": "), v.term("team."+team.ID+".name", team.Code),
			app.If(email != "", func() app.UI { return app.Span().Body(app.Text(" "), ltr("<"+email+">")) })),
		app.If(team.Form, func() app.UI { return app.P().Class("small").Text(v.T("contact.form_hint")) }),
		field("contact-name", v.T("contact.name"), c.name, func(s string) { c.name = s }),
		field("contact-birth", v.T("contact.birth"), c.birth, func(s string) { c.birth = s }),
		field("contact-file", v.T("contact.file"), c.file, func(s string) { c.file = s }),
		field("contact-nationality", v.T("contact.nationality"), c.nationality, func(s string) { c.nationality = s }),
		app.P().Body(app.Strong().Text(v.T("contact.subject")+": "), app.Bdi().Lang("de").ID("contact-subject").Text(msg.Subject)),
		app.Label().For("contact-body").Text(v.T("contact.body")),
		app.Textarea().ID("contact-body").Lang("de").Dir("ltr").ReadOnly(true).Rows(10).Text(msg.Body),
		app.Div().Class("contact-actions").Body(
			app.Button().Class("button").ID("contact-copy").Text(v.T("contact.copy")).OnClick(c.copy),
			app.If(email != "", func() app.UI {
				return app.A().Class("button").ID("contact-mail").Href(mailto(email, msg)).Text(v.T("contact.mail"))
			}),
			app.If(c.copied, func() app.UI { return app.Span().Aria("live", "polite").Text(v.T("contact.copied")) }),
		),
		app.P().Class("small").Text(v.T("contact.private")),
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

// ContactDetails are what the person types; they never leave the device
// through Lotse.
type ContactDetails struct{ Name, Birth, File, Nationality string }

// Message is a ready e-mail.
type Message struct{ Subject, Body string }

// ContactMessage writes the German request for an appointment: the
// concern, the person's details, and the title's expiry when known.
func ContactMessage(c *content.Content, de *catalog.Catalog, cl *content.Checklist, p ContactDetails) Message {
	concern := de.T("procedure." + cl.Procedure + ".name")
	blank := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return "…"
		}
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.WriteString("Sehr geehrte Damen und Herren,\n\n")
	b.WriteString("ich bitte um einen Termin für folgendes Anliegen: " + concern + ".\n\n")
	b.WriteString("Name: " + blank(p.Name) + "\n")
	b.WriteString("Geburtsdatum: " + blank(p.Birth) + "\n")
	if strings.TrimSpace(p.File) != "" {
		b.WriteString("Aktenzeichen: " + strings.TrimSpace(p.File) + "\n")
	}
	b.WriteString("Staatsangehörigkeit: " + blank(p.Nationality) + "\n")
	if cl.Expiry != nil {
		b.WriteString("Mein Aufenthaltstitel/Visum gilt bis: " + catalog.Date("de", cl.Expiry.Date.Time()) + "\n")
	}
	b.WriteString("\nMit freundlichen Grüßen\n" + blank(p.Name) + "\n")
	subject := "Terminanfrage: " + concern
	if p.Name != "" {
		subject += " – " + strings.TrimSpace(p.Name)
	}
	return Message{Subject: subject, Body: b.String()}
}

func mailto(addr string, m Message) string {
	q := url.Values{}
	q.Set("subject", m.Subject)
	q.Set("body", m.Body)
	return "mailto:" + addr + "?" + strings.ReplaceAll(q.Encode(), "+", "%20")
}
