package app

import (
	"image"
	"image/color"
	"strings"
	"testing"

	ical "github.com/emersion/go-ical"
	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"

	"lotse/content"
)

// The QR code of the hand-over decodes back to the checklist's URL.
func TestQRDecodes(t *testing.T) {
	link := "http://127.0.0.1:8000/ar/checklist?city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-01-10&length=unknown&age=six_or_older&urgent=none"
	m, err := QRMatrix(link)
	if err != nil {
		t.Fatal(err)
	}
	const scale, quiet = 4, 4
	n := (len(m) + 2*quiet) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			mx, my := x/scale-quiet, y/scale-quiet
			c := color.Gray{255}
			if mx >= 0 && my >= 0 && my < len(m) && mx < len(m) && m[my][mx] {
				c = color.Gray{0}
			}
			img.SetGray(x, y, c)
		}
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gozxingqr.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("decoding the QR code: %v", err)
	}
	if res.GetText() != link {
		t.Errorf("QR decodes to %q, want %q", res.GetText(), link)
	}
	svg, err := QRSVG(link, `label "quoted" <x>`)
	if err != nil || !strings.HasPrefix(svg, "<svg") || strings.Contains(svg, `"quoted"`) {
		t.Errorf("svg not well formed: %v %.80s", err, svg)
	}
}

// The .ics output parses with an independent parser and has the events.
func TestICS(t *testing.T) {
	d := testData(t)
	today := content.MustDate("2026-11-21")
	answers := "city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-06-01&length=over3m&age=six_or_older&urgent=none"
	cl, _ := d.Content.Evaluate(content.ParseAnswers(answers), today)
	in := CalendarInput{Appointment: content.MustDate("2027-02-15"), AppointmentTime: "08:30"}
	events := Events(d, "ar", cl, in)
	out := ICS(answers, today, events)
	for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line %d longer than 75 octets: %d", i+1, len(line))
		}
	}
	if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Error("bare LF in output")
	}
	cal, err := ical.NewDecoder(strings.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("independent parser rejects the calendar: %v\n%s", err, out)
	}
	got := map[string]*ical.Event{}
	for _, ev := range cal.Events() {
		ev := ev
		uid, _ := ev.Props.Text(ical.PropUID)
		got[uid[strings.Index(uid, "-")+1:strings.Index(uid, "@")]] = &ev
	}
	for id, want := range map[string]string{"appointment": "20270215T083000", "pruef": "20270201", "apply_by": "20270301", "expiry": "20270601"} {
		ev, ok := got[id]
		if !ok {
			t.Errorf("event %s missing; have %v", id, got)
			continue
		}
		start := ev.Props.Get(ical.PropDateTimeStart)
		if start.Value != want {
			t.Errorf("%s starts %s, want %s", id, start.Value, want)
		}
		if id == "appointment" {
			if tz := start.Params.Get(ical.ParamTimezoneID); tz != "Europe/Berlin" {
				t.Errorf("appointment TZID = %q", tz)
			}
			if tm, err := ev.DateTimeStart(nil); err != nil || tm.UTC().Hour() != 7 {
				t.Errorf("08:30 Berlin in February is 07:30 UTC: %v %v", tm, err)
			}
			loc, _ := ev.Props.Text(ical.PropLocation)
			if !strings.Contains(loc, "Olpe 1") {
				t.Errorf("location = %q", loc)
			}
		}
		summary, _ := ev.Props.Text(ical.PropSummary)
		if !strings.Contains(summary, " / ") {
			t.Errorf("summary not bilingual: %q", summary)
		}
	}
	// Same checklist, same UIDs: re-importing updates instead of duplicating.
	if again := ICS(answers, today, events); again != out {
		t.Error("output is not stable")
	}
	if got := escapeText("a,b;c\\d\ne"); got != `a\,b\;c\\d\ne` {
		t.Errorf("escapeText = %q", got)
	}
}

func FuzzICS(f *testing.F) {
	f.Add("Termin; mit, Sonderzeichen\\ und\nZeilen", "Olpe 1, 44135 Dortmund", "08:30")
	f.Add(strings.Repeat("تمديد تصريح الإقامة ", 20), "", "")
	f.Fuzz(func(t *testing.T, summary, location, tm string) {
		if len(tm) != 5 || tm[2] != ':' {
			tm = ""
		}
		ev := []Event{{ID: "x", Date: content.MustDate("2027-01-01"), Time: tm, Summary: summary, Location: location}}
		out := ICS("a=b", content.MustDate("2026-11-21"), ev)
		for _, line := range strings.Split(out, "\r\n") {
			if len(line) > 75 {
				t.Fatalf("line too long: %d", len(line))
			}
		}
	})
}
