package content

import (
	"fmt"
	"sort"
	"strings"
)

// DefaultStaleDays is how long a fact may go unchecked, and a source
// unread, before `lotse check` lists it as stale.
const DefaultStaleDays = 180

// StaleItem is a fact or source whose last check is older than allowed:
// it may still be right, but nobody has compared it with its source for
// too long.
type StaleItem struct {
	Pos
	What    string // "fee naturalisation_adult", "source do-38-4-2"
	Checked Date   // the check or read date; zero: never read
	Days    int    // from that date to today
	URLs    []string
}

func (s StaleItem) String() string {
	verb := "checked"
	if strings.HasPrefix(s.What, "source ") {
		verb = "read"
	}
	when := "never " + verb
	if !s.Checked.IsZero() {
		when = fmt.Sprintf("%s %s, %d days ago", verb, s.Checked, s.Days)
	}
	return fmt.Sprintf("%s:%d: %s %s: %s", s.File, s.Line, s.What, when, strings.Join(s.URLs, " "))
}

// Stale lists every dated fact (authorities, offices, teams, channels,
// fees, facts, procedures, rates, continuations, the operator's
// enforcement body) checked more than maxDays before today, and
// every source read more than maxDays before today, each with the
// addresses to check it against, in file and line order. History facts
// are left out: they record what an old source said and need no check.
func (c *Content) Stale(today Date, maxDays int) []StaleItem {
	var out []StaleItem
	old := func(d Date) (int, bool) {
		if d.IsZero() {
			return 0, true
		}
		days := d.DaysUntil(today)
		return days, days > maxDays
	}
	urls := func(sources []string) []string {
		var u []string
		for _, id := range sources {
			if s := c.Source(id); s != nil {
				u = append(u, s.address())
			}
		}
		return u
	}
	see := func(pos Pos, what string, p Provenance) {
		if days, stale := old(p.Checked); stale {
			out = append(out, StaleItem{Pos: pos, What: what, Checked: p.Checked, Days: days, URLs: urls(p.Source)})
		}
	}
	for _, s := range c.Sources {
		if days, stale := old(s.Read); stale {
			out = append(out, StaleItem{Pos: s.Pos, What: "source " + s.ID, Checked: s.Read, Days: days, URLs: []string{s.address()}})
		}
	}
	for _, x := range c.Authorities {
		see(x.Pos, "authority "+x.ID, x.Provenance)
	}
	for _, x := range c.Offices {
		see(x.Pos, "office "+x.ID, x.Provenance)
	}
	for _, x := range c.Teams {
		see(x.Pos, "team "+x.ID, x.Provenance)
	}
	for _, x := range c.Channels {
		see(x.Pos, "channel "+x.ID, x.Provenance)
	}
	for _, x := range c.Fees {
		see(x.Pos, "fee "+x.ID, x.Provenance)
	}
	for _, x := range c.Facts {
		if x.Kind != FactHistory {
			see(x.Pos, "fact "+x.ID, x.Provenance)
		}
	}
	for _, x := range c.Procedures {
		see(x.Pos, "procedure "+x.ID, x.Provenance)
	}
	for _, x := range c.Rates {
		see(x.Pos, "rate "+x.ID, x.Provenance)
	}
	for _, x := range c.Continuations {
		see(x.Pos, "continuation "+x.ID, x.Provenance)
	}
	if e := c.Operator.Enforcement; !e.Empty() {
		see(e.Pos, "operator enforcement", e.Provenance)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// address is where a source can be read again: its page, or for a seed
// without a public copy its file.
func (s *Source) address() string {
	if s.URL != "" {
		return s.URL
	}
	return "seed " + s.File
}
