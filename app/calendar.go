package app

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"lotse/content"
	"lotse/i18n/catalog"
)

// CalendarInput is what the person adds for the calendar: the appointment
// (date, optional time HH:MM) and the day they moved in.
type CalendarInput struct {
	Appointment     content.Date
	AppointmentTime string
	MovedIn         content.Date
}

// Event is one calendar entry, language already applied.
type Event struct {
	ID       string // stable part of the UID
	Date     content.Date
	Time     string // HH:MM in Europe/Berlin, or "" for an all-day event
	Summary  string
	Details  string
	Location string
}

// Events lists the dates of a checklist for the calendar.
func Events(d *Data, lang string, cl *content.Checklist, in CalendarInput) []Event {
	v := &view{lang: lang, c: d.Content, cat: d.Catalogs[lang], de: d.Catalogs[catalog.Source], today: cl.Today}
	both := func(id string, args ...catalog.Args) string {
		if lang == catalog.Source {
			return v.DE(id, args...)
		}
		return v.T(id, args...) + " / " + v.DE(id, args...)
	}
	procedure := ""
	if cl.Procedure != "" {
		procedure = v.T("procedure." + cl.Procedure + ".name")
	}
	location := ""
	if o := d.Content.Office(cl.Office); o != nil && cl.Office != "" {
		location = joinNonEmpty(", ", v.DE("office."+o.ID+".name"), o.Street, joinNonEmpty(" ", o.Postcode, o.City))
	}
	var out []Event
	if !in.Appointment.IsZero() {
		out = append(out, Event{ID: "appointment", Date: in.Appointment, Time: in.AppointmentTime,
			Summary: both("event.appointment") + ": " + procedure, Location: location})
		for _, doc := range cl.Documents {
			if doc.ID == "pruefbescheinigung" {
				out = append(out, Event{ID: "pruef", Date: in.Appointment.AddDays(-14), Summary: both("event.pruef")})
			}
		}
	}
	if e := cl.Expiry; e != nil {
		if e.ApplyBy.After(cl.Today) {
			out = append(out, Event{ID: "apply_by", Date: e.ApplyBy, Summary: both("event.apply_by")})
		}
		out = append(out, Event{ID: "expiry", Date: e.Date, Summary: both("event.expiry")})
	}
	if !in.MovedIn.IsZero() {
		for _, dl := range cl.Deadlines {
			if dl.ID == "register_2_weeks" {
				days := d.Content.Fact(dl.ID).Days
				out = append(out, Event{ID: "register", Date: in.MovedIn.AddDays(days), Summary: both("event.register"), Location: location})
			}
		}
	}
	return out
}

// ICS writes events as an RFC 5545 calendar: CRLF line ends, lines folded
// at 75 octets, text escaped, dates as all-day values, times with
// TZID=Europe/Berlin (and its VTIMEZONE), UIDs stable for the same
// checklist and event.
func ICS(answers string, stamp content.Date, events []Event) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(fold(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Lotse//Checkliste//DE")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	timed := false
	for _, e := range events {
		timed = timed || e.Time != ""
	}
	if timed {
		for _, l := range strings.Split(berlinTZ, "\n") {
			if l != "" {
				line(l)
			}
		}
	}
	for _, e := range events {
		sum := sha1.Sum([]byte(answers + "|" + e.ID))
		line("BEGIN:VEVENT")
		line("UID:" + hex.EncodeToString(sum[:10]) + "-" + e.ID + "@lotse")
		line("DTSTAMP:" + compact(stamp) + "T000000Z")
		if e.Time != "" {
			start := compact(e.Date) + "T" + strings.ReplaceAll(e.Time, ":", "") + "00"
			line("DTSTART;TZID=Europe/Berlin:" + start)
			line("DURATION:PT1H")
		} else {
			line("DTSTART;VALUE=DATE:" + compact(e.Date))
			line("DTEND;VALUE=DATE:" + compact(e.Date.AddDays(1)))
		}
		line("SUMMARY:" + escapeText(e.Summary))
		if e.Details != "" {
			line("DESCRIPTION:" + escapeText(e.Details))
		}
		if e.Location != "" {
			line("LOCATION:" + escapeText(e.Location))
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.String()
}

func compact(d content.Date) string { return strings.ReplaceAll(d.String(), "-", "") }

// escapeText escapes a TEXT value (RFC 5545 3.3.11).
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// fold ends a content line with CRLF, folding it into lines of at most 75
// octets without splitting a UTF-8 sequence (RFC 5545 3.1).
func fold(s string) string {
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	return b.String()
}

const berlinTZ = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
`
