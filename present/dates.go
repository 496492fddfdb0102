package present

import (
	"lotse/content"
	"lotse/i18n/catalog"
)

// Event is one date for the calendar: a rule from the content (a fact's
// calendar) or the title's expiry, applied once the person gives the
// anchor date (appointment, moving in).
type Event struct {
	ID      string         `json:"id"`
	Summary Text           `json:"summary"`
	Anchor  content.Anchor `json:"anchor"`
	Months  int            `json:"months,omitempty"`
	Days    int            `json:"days,omitempty"`
	Date    content.Date   `json:"date,omitempty"` // when the anchor is the expiry (known)
}

// dates lists the expiry status first, then the deadlines.
func (v *view) dates(cl *content.Checklist) []Line {
	var out []Line
	if e := cl.Expiry; e != nil {
		out = append(out, Line{ID: "expiry", Text: v.expiryText(e), Urgent: e.Bucket == content.BucketExpired || e.Bucket == content.BucketSoon})
	}
	for _, it := range cl.Deadlines {
		out = append(out, v.line(cl, it))
	}
	return out
}

// expiryText is the plain statement about an entered expiry date.
func (v *view) expiryText(e *content.Expiry) Text {
	date := v.date(e.Date)
	d := func(k Key) Text {
		return v.tt(k, catalog.Args{"Date": date.Local}, catalog.Args{"Date": date.German})
	}
	switch {
	case e.Bucket == content.BucketExpired:
		return d(KeyDatesExpired)
	case e.Days == 0:
		return d(KeyDatesToday)
	case e.Bucket == content.BucketSoon:
		return v.n(KeyDatesSoon, e.Days, catalog.Args{"Date": date.Local}, catalog.Args{"Date": date.German})
	case e.ApplyBy.IsZero():
		return d(KeyDatesLater)
	case !v.today.Before(e.ApplyBy):
		return d(KeyDatesRequestNow)
	}
	by := v.date(e.ApplyBy)
	return v.tt(KeyDatesTime, catalog.Args{"Date": date.Local, "ApplyBy": by.Local}, catalog.Args{"Date": date.German, "ApplyBy": by.German})
}

// events collects the calendar rules of the checklist's facts and the
// expiry date.
func (v *view) events(cl *content.Checklist) ([]Event, bool) {
	var out []Event
	moveIn := false
	if e := cl.Expiry; e != nil && !cl.Expired {
		out = append(out, Event{ID: "expiry", Summary: v.t(KeyEventExpiry), Anchor: content.AnchorExpiry, Date: e.Date})
	}
	for _, it := range cl.Facts() {
		r := it.Calendar
		if r == nil || (r.Anchor == content.AnchorExpiry && (cl.Expiry == nil || cl.Expired)) {
			continue
		}
		ev := Event{ID: it.ID, Summary: v.content(content.EventName(it.ID)), Anchor: r.Anchor, Months: r.Months, Days: r.Days}
		if r.Anchor == content.AnchorExpiry {
			ev.Date = r.Apply(cl.Expiry.Date)
			if ev.Date.Before(cl.Today) {
				continue // already past: the dates section says so
			}
		}
		moveIn = moveIn || r.Anchor == content.AnchorMoveIn
		out = append(out, ev)
	}
	return out, moveIn
}
