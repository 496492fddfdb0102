package present

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"lotse/content"
)

// CalendarInput is what the person adds for the calendar: the appointment
// (date, optional time HH:MM) and the day they moved in.
type CalendarInput struct {
	Appointment     content.Date
	AppointmentTime string
	MovedIn         content.Date
}

// CalendarEvent is one dated calendar entry.
type CalendarEvent struct {
	ID       string
	Date     content.Date
	Time     string // HH:MM in Europe/Berlin, or "" for an all-day event
	Summary  string
	Location string
}

// Calendar dates the checklist's events with the person's input: expiry
// dates are known, appointment and moving-in dates come from the input.
// Summaries are in the reader's language with German beside.
func (p *Checklist) Calendar(in CalendarInput) []CalendarEvent {
	both := func(t Text) string {
		if t.Same() {
			return t.German
		}
		return t.Local + " / " + t.German
	}
	location := ""
	if w := p.Where; w != nil && w.Address != "" {
		location = w.Office.German + ", " + w.Address
	}
	var out []CalendarEvent
	if !in.Appointment.IsZero() {
		out = append(out, CalendarEvent{ID: "appointment", Date: in.Appointment, Time: in.AppointmentTime,
			Summary: both(p.appointmentSummary()), Location: location})
	}
	for _, e := range p.events() {
		var d content.Date
		switch e.Anchor {
		case content.AnchorExpiry:
			d = e.Date
		case content.AnchorAppointment:
			if in.Appointment.IsZero() {
				continue
			}
			d = content.CalendarRule{Anchor: e.Anchor, Months: e.Months, Days: e.Days}.Apply(in.Appointment)
		case content.AnchorMoveIn:
			if in.MovedIn.IsZero() {
				continue
			}
			d = content.CalendarRule{Anchor: e.Anchor, Months: e.Months, Days: e.Days}.Apply(in.MovedIn)
		}
		if d.IsZero() {
			continue
		}
		out = append(out, CalendarEvent{ID: e.ID, Date: d, Summary: both(e.Summary)})
	}
	return out
}

// events are the calendar entries of the document's rows, in order.
func (p *Checklist) events() []Event {
	var out []Event
	for _, s := range p.Sections {
		for _, r := range s.Rows {
			if r.Event != nil {
				out = append(out, *r.Event)
			}
		}
	}
	return out
}

func (p *Checklist) appointmentSummary() Text {
	return Text{Local: p.AppointmentLabel.Local + ": " + p.Title.Local, German: p.AppointmentLabel.German + ": " + p.Title.German}
}

// ICS writes events as an RFC 5545 calendar: CRLF line ends, lines folded
// at 75 octets, text escaped, dates as all-day values, times with
// TZID=Europe/Berlin (and its VTIMEZONE), UIDs stable for the same
// checklist and event.
func ICS(answers string, stamp content.Date, events []CalendarEvent) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(fold(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Lotse//Checkliste//DE")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	timed := false
	for _, e := range events {
		_, ok := clock(e.Time)
		timed = timed || ok
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
		line("UID:" + escapeText(hex.EncodeToString(sum[:10])+"-"+e.ID+"@lotse"))
		line("DTSTAMP:" + compact(stamp) + "T000000Z")
		if hhmm, ok := clock(e.Time); ok {
			line("DTSTART;TZID=Europe/Berlin:" + compact(e.Date) + "T" + hhmm + "00")
			line("DURATION:PT1H")
		} else {
			line("DTSTART;VALUE=DATE:" + compact(e.Date))
			line("DTEND;VALUE=DATE:" + compact(e.Date.AddDays(1)))
		}
		line("SUMMARY:" + escapeText(e.Summary))
		if e.Location != "" {
			line("LOCATION:" + escapeText(e.Location))
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.String()
}

func compact(d content.Date) string { return strings.ReplaceAll(d.String(), "-", "") }

// clock reads a time of day written HH:MM and returns it as HHMM; any
// other text is no time (the event lasts the whole day).
func clock(t string) (string, bool) {
	if len(t) != 5 || t[2] != ':' {
		return "", false
	}
	h, m := t[:2], t[3:]
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	if h > "23" || m > "59" {
		return "", false
	}
	return h + m, true
}

// escapeText escapes a TEXT value (RFC 5545 3.3.11).
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// fold ends a content line with CRLF, folding it into lines of at most 75
// octets without splitting a UTF-8 sequence (RFC 5545 3.1). Bytes that
// are not UTF-8 are cut anywhere: a run of them must not stop the loop.
func fold(s string) string {
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 {
			cut = limit
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
