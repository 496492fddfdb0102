package app

import (
	"fmt"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
)

// ChecklistText renders a checklist as plain text in a language, with the
// German terms beside translated names: the output of `lotse checklist`.
func ChecklistText(d *Data, lang string, cl *content.Checklist) string {
	v := &view{lang: lang, c: d.Content, cat: d.Catalogs[lang], de: d.Catalogs[catalog.Source], today: cl.Today}
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	term := func(id string) string {
		if lang == catalog.Source {
			return v.T(id)
		}
		return v.T(id) + " [" + v.DE(id) + "]"
	}
	switch {
	case cl.Outcome == content.OutcomeOtherCity:
		line("# %s", v.T("outcome.other_city"))
	case cl.Outcome == content.OutcomeNotCovered:
		line("# %s", v.T("outcome.not_covered"))
	default:
		line("# %s", term("procedure."+cl.Procedure+".name"))
	}
	for _, w := range cl.Warnings {
		if w.Kind == "outdated" {
			line("! %s", v.T("warning.outdated", catalog.Args{"Date": v.date(w.Until)}))
		}
		line("! %s", v.T("fact."+w.ID))
	}
	if cl.Team != "" {
		team, office := v.c.Team(cl.Team), v.c.Office(cl.Office)
		line("\n## %s", v.T("section.where"))
		line("%s: %s", v.T("where.team"), term("team."+team.ID+".name"))
		addr := term("office." + office.ID + ".name")
		if office.Street != "" {
			addr += ", " + joinNonEmpty(" ", office.Street+",", office.Postcode, office.City)
		} else {
			addr += " – " + v.T("where.address.unknown")
		}
		line("%s: %s", v.T("where.address"), addr)
		if office.Entrance {
			line("%s: %s", v.T("where.entrance"), v.T("office."+office.ID+".entrance"))
		}
		if len(office.Transit) > 0 {
			line("%s: %s", v.T("where.transit"), strings.Join(office.Transit, ", "))
		}
		for _, h := range office.Hours {
			line("%s: %s", v.T("where.hours"), v.hoursText(h))
		}
		if office.Phone != "" {
			line("%s: %s", v.T("where.phone"), office.Phone)
		}
		if e := teamEmail(team, office); e != "" {
			line("%s: %s", v.T("where.email"), e)
		}
		line("%s:", v.T("where.how"))
		for _, ch := range cl.Channels {
			if c := v.c.Channel(ch.ID); c != nil {
				text := v.T("channel."+ch.ID+".title") + ": " + v.T("channel."+ch.ID+".text")
				if c.Email != "" {
					text += " " + c.Email
				}
				for _, h := range c.Hours {
					text += " " + v.hoursText(h)
				}
				line("- %s", text)
			} else {
				line("- %s", v.T("fact."+ch.ID))
			}
		}
	}
	if len(cl.Documents) > 0 {
		line("\n## %s", v.T("section.documents"))
		for _, doc := range cl.Documents {
			tags := []string{}
			switch {
			case doc.Original && doc.Copy:
				tags = append(tags, v.T("docs.original_copy"))
			case doc.Original:
				tags = append(tags, v.T("docs.original"))
			case doc.Copy:
				tags = append(tags, v.T("docs.copy"))
			}
			if doc.Optional {
				tags = append(tags, v.T("docs.optional"))
			}
			s := "[ ] " + term("doc."+doc.ID+".name")
			if len(tags) > 0 {
				s += " (" + strings.Join(tags, ", ") + ")"
			}
			line("%s", s)
			for _, alt := range doc.Or {
				line("    %s: %s", v.T("docs.or"), term("doc."+alt+".name"))
			}
			if doc.From {
				line("    %s: %s", v.T("docs.from"), v.T("doc."+doc.ID+".from"))
			}
		}
	}
	if len(cl.Photo) > 0 {
		line("\n## %s", v.T("section.photo"))
		for _, p := range cl.Photo {
			line("- %s", v.T("fact."+p.ID))
		}
	}
	if len(cl.Fees) > 0 || len(cl.FeeNotes) > 0 {
		line("\n## %s", v.T("section.fees"))
		for _, f := range cl.Fees {
			amount := feeAmount(v, f)
			s := "- " + term("fee."+f.ID+".name")
			if f.PerCount != "" {
				s += " (" + v.N("fees.children", f.Count) + ")"
			}
			s += ": " + amount
			if f.Optional {
				s += " – " + v.T("fees.optional")
			}
			line("%s", s)
		}
		if len(cl.Fees) > 0 {
			total := totalAmount(v, cl)
			line("%s: %s", v.T("fees.total"), total)
		}
		for _, n := range cl.FeeNotes {
			line("- %s", v.T("fact."+n.ID))
		}
	}
	if len(cl.Deadlines) > 0 || cl.Expiry != nil {
		line("\n## %s", v.T("section.dates"))
		if e := cl.Expiry; e != nil {
			line("%s", v.expiryText(e))
		}
		for _, dl := range cl.Deadlines {
			line("- %s", v.T("fact."+dl.ID))
		}
	}
	if len(cl.Notices) > 0 {
		line("\n## %s", v.T("section.notices"))
		for _, n := range cl.Notices {
			line("- %s", v.T("fact."+n.ID))
		}
	}
	line("\n## %s", v.T("section.sources"))
	for _, id := range cl.Sources {
		s := v.c.Source(id)
		ref := s.File
		if s.Site != "" {
			ref = "https://" + s.Site + "/"
		}
		line("- %s (%s)", s.Title, ref)
	}
	line("%s", v.T("app.footer.checked", catalog.Args{"Date": v.date(v.c.Checked)}))
	return b.String()
}

func (v *view) hoursText(h content.Hours) string {
	var days []string
	for _, d := range h.Days {
		days = append(days, v.T("day."+d))
	}
	return strings.Join(days, ", ") + " " + v.T("hours.range", catalog.Args{"From": h.From, "To": h.To}) + " (" + v.T("hours."+h.Kind) + ")"
}

// expiryText is the plain statement about an entered expiry date.
func (v *view) expiryText(e *content.Expiry) string {
	switch {
	case e.Bucket == content.BucketExpired:
		return v.T("dates.expired", catalog.Args{"Date": v.date(e.Date)})
	case e.Bucket == content.BucketSoon:
		return v.N("dates.soon", e.Days, catalog.Args{"Date": v.date(e.Date)})
	case !v.today.Before(e.ApplyBy):
		return v.T("dates.request_now", catalog.Args{"Date": v.date(e.Date)})
	}
	return v.T("dates.time", catalog.Args{"Date": v.date(e.Date), "ApplyBy": v.date(e.ApplyBy)})
}
