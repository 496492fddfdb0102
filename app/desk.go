package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A desk serves one client after another in one browser, so its ticks and
// typed details belong to the case at hand, never to the next. A case
// goes on while the desk is used through its own controls, reloaded, or
// moved back and forth in; it starts anew with "Neue Beratung" and
// whenever the desk is opened from outside (a hand-over link, a QR code,
// a typed address, the applicant's view of other answers). The
// applicant's own pages keep their ticks as they are.

// storageDesk keeps the answer sets the desk's current case has shown.
const storageDesk = "lotse.desk"

type deskCase struct {
	Seen []string `json:"seen"` // encoded answers, the latest last
}

// deskSeenMax bounds the list: a case passes through a few dozen sets.
const deskSeenMax = 64

// deskNav is what the desk knows about a navigation to it.
type deskNav struct {
	answers   string // the encoded answers
	firstLoad bool   // the first navigation since the page loaded
	loadType  string // the page load's type: navigate, reload, back_forward
	requested bool   // "Neue Beratung" was tapped
}

// newCase tells whether a navigation starts a new case.
func (n deskNav) newCase(c deskCase) bool {
	if n.requested {
		return true
	}
	if n.firstLoad && n.loadType != "reload" && n.loadType != "back_forward" {
		return true
	}
	for _, s := range c.Seen {
		if s == n.answers {
			return false
		}
	}
	return true
}

// with adds answers to the case's list.
func (c deskCase) with(answers string) deskCase {
	out := deskCase{}
	for _, s := range c.Seen {
		if s != answers {
			out.Seen = append(out.Seen, s)
		}
	}
	out.Seen = append(out.Seen, answers)
	if len(out.Seen) > deskSeenMax {
		out.Seen = out.Seen[len(out.Seen)-deskSeenMax:]
	}
	return out
}

// openDesk decides whether the navigation continues the case on the
// device or starts a new one; a new one deletes the desk's ticks and who
// is who, and with "Neue Beratung" the applicant's view's too (a shared
// computer shows both). It returns true for a new case.
func openDesk(s app.BrowserStorage, n deskNav) bool {
	var c deskCase
	if err := s.Get(storageDesk, &c); err != nil {
		c = deskCase{}
	}
	fresh := n.newCase(c)
	if fresh {
		c = deskCase{}
		stores := []string{storageTicksAdvisor}
		if n.requested {
			stores = append(stores, storageTicks)
		}
		for _, store := range stores {
			s.Del(store)
			s.Del(peopleKey(store))
		}
	}
	_ = s.Set(storageDesk, c.with(n.answers)) // a failed write: the next visit is a new case
	return fresh
}

// deskGoesOn records answers the desk's own controls lead to, before it
// navigates: the case goes on.
func deskGoesOn(s app.BrowserStorage, answers string) {
	var c deskCase
	if err := s.Get(storageDesk, &c); err != nil {
		c = deskCase{}
	}
	_ = s.Set(storageDesk, c.with(answers))
}

// The page load's facts, read once: whether the desk's navigation is the
// first since the page loaded, and how the page was loaded.
var (
	navsSinceLoad  int
	lastNavURL     string
	deskRequested  bool // set by "Neue Beratung", read by the next desk navigation
	pageLoadTypeJS string
)

// pageLoadType is how the browser loaded this page: navigate (a link, a
// typed address, a QR code), reload or back_forward.
func pageLoadType() string {
	if pageLoadTypeJS != "" {
		return pageLoadTypeJS
	}
	pageLoadTypeJS = "navigate"
	if perf := app.Window().Get("performance"); perf.Truthy() && perf.Get("getEntriesByType").Truthy() {
		if entries := perf.Call("getEntriesByType", "navigation"); entries.Length() > 0 {
			pageLoadTypeJS = entries.Index(0).Get("type").String()
		}
	}
	return pageLoadTypeJS
}

// countNav counts the app's navigations since the page loaded (a
// navigation that runs again while a catalog loads counts once).
func countNav(url string) {
	if app.IsClient && url != lastNavURL {
		navsSinceLoad++
		lastNavURL = url
	}
}

// requestNewCase is "Neue Beratung"'s handler; the link itself leads to
// the empty desk (and works before the app runs: a page load is a new
// case).
func requestNewCase(ctx app.Context, e app.Event) { deskRequested = true }
