package present_test

import (
	"strings"
	"testing"

	ical "github.com/emersion/go-ical"

	"lotse/present"
)

// FuzzICSFields: whatever an event's ID and time hold, the calendar file
// parses, has one event with its date, and nothing of them starts a line
// or a property of its own; a time that is not HH:MM makes an all-day
// event.
func FuzzICSFields(f *testing.F) {
	f.Add("appointment", "09:30")
	f.Add("x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil", "10:00")
	f.Add("a;b,c\\d", "10:00\r\nLOCATION:evil")
	f.Add("expiry", "24:00")
	f.Add("expiry", "9:30")
	f.Add("expiry", "0930")
	f.Add("expiry", "１０:３０")
	f.Fuzz(func(t *testing.T, id, clock string) {
		ev := present.CalendarEvent{ID: id, Date: today.AddDays(20), Time: clock, Summary: "Termin"}
		out := present.ICS("city=dortmund", today, []present.CalendarEvent{ev})
		checkLines(t, out)
		for _, l := range strings.Split(out, "\r\n") {
			if strings.HasPrefix(l, "SUMMARY:evil") || strings.HasPrefix(l, "LOCATION:") {
				t.Fatalf("an event field started a property: %q", l)
			}
		}
		cal, err := ical.NewDecoder(strings.NewReader(out)).Decode()
		if err != nil {
			t.Fatalf("does not parse: %v\n%s", err, out)
		}
		events := cal.Events()
		if len(events) != 1 {
			t.Fatalf("%d events in\n%s", len(events), out)
		}
		start := events[0].Props.Get(ical.PropDateTimeStart)
		date := strings.ReplaceAll(ev.Date.String(), "-", "")
		if start == nil || !strings.HasPrefix(start.Value, date) {
			t.Fatalf("DTSTART %v", start)
		}
		valid := len(clock) == 5 && clock[2] == ':' && clock[:2] <= "23" && clock[3:] <= "59" && strings.Trim(clock[:2]+clock[3:], "0123456789") == ""
		if want := date + "T" + strings.ReplaceAll(clock, ":", "") + "00"; valid && start.Value != want {
			t.Errorf("time %q: DTSTART %q, want %q", clock, start.Value, want)
		}
		if !valid && start.Value != date {
			t.Errorf("time %q is no time of day: want an all-day event, got DTSTART %q", clock, start.Value)
		}
		if uid, _ := events[0].Props.Text(ical.PropUID); !strings.Contains(uid, id) && strings.ToValidUTF8(id, "") == id && !strings.ContainsAny(id, "\r") {
			t.Errorf("UID %q lost the ID %q", uid, id)
		}
	})
}
