package report

import (
	"sort"
	"strings"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// A change report tells the office what a change of the sources does to
// the advice, so that it can sign the change instead of rereading every
// outcome (GOV.UK's Smart Answers keeps rendered outcomes under version
// control for the same reason). It compares language-neutral checklists
// (content.Evaluate over every path) and the German texts they name; it
// does not read the presented checklist, so a change of layout is never
// a change of advice.

// Snapshot is one state of the sources: content and the German catalog.
type Snapshot struct {
	Name    string // how the report names it: a revision, a directory
	Content *content.Content
	German  *catalog.Catalog
}

// ChangeReport is what changed between two snapshots, route by route.
type ChangeReport struct {
	From, To Snapshot
	// Words is the German catalog of the report's own words: the running
	// program's, since a compared state may be older than the report.
	Words   *catalog.Catalog
	Today   content.Date
	Paths   int // answer paths compared (of both snapshots)
	Changed int // paths whose advice changed
	Routes  []RouteChange
	// Wording lists changed questions and answers of the wizard: they
	// change no advice, but what people are asked.
	Wording []FacetChange
}

// RouteChange is one way through the questions with what changed on it.
type RouteChange struct {
	Key, Title     string
	Paths, Changed int
	Added, Removed int // paths that only the new or only the old snapshot has
	Changes        []FacetChange
}

// FacetChange is one thing a person is told that changed: old → new
// ("" when it is new or gone), on how many answer paths of the route.
type FacetChange struct {
	Category string
	Subject  string
	Old, New string
	Paths    int

	cat int
}

// Categories, in the order of a checklist.
const (
	catRoute = iota
	catTeam
	catChannels
	catWarnings
	catDocuments
	catPhoto
	catFees
	catDates
	catNotices
	catQuestions
)

var categoryKeys = []present.Key{
	present.KeyChangeCatRoute, present.KeyChangeCatTeam, present.KeyChangeCatChannels, present.KeyChangeCatWarnings,
	present.KeyChangeCatDocuments, present.KeyChangeCatPhoto, present.KeyChangeCatFees, present.KeyChangeCatDates,
	present.KeyChangeCatNotices, present.KeyChangeCatQuestions,
}

// Changes compares every answer path of both snapshots. Paths are matched
// by their answers with dates as buckets (expired, soon, later), so that
// a change of the settings' day counts shows as a change of advice, not
// as paths that come and go.
func Changes(from, to Snapshot, today content.Date, own *catalog.Catalog) *ChangeReport {
	r := &ChangeReport{From: from, To: to, Today: today, Words: own}
	olds, news := map[string]*content.Checklist{}, map[string]*content.Checklist{}
	var order []string
	collect := func(c *content.Content, into map[string]*content.Checklist, other map[string]*content.Checklist) {
		c.Paths(today, func(a content.Answers) {
			cl, next := c.Evaluate(a, today)
			if next != nil {
				return
			}
			k := pathKey(c, a, today)
			into[k] = cl
			if _, seen := other[k]; !seen {
				order = append(order, k)
			}
		})
	}
	collect(to.Content, news, nil)
	collect(from.Content, olds, news)
	r.Paths = len(order)

	ow, nw := words{own, from.German}, words{own, to.German}
	routes := map[string]*RouteChange{}
	index := map[string]map[string]*FacetChange{}
	var routeOrder []string
	for _, k := range order {
		oldCL, newCL := olds[k], news[k]
		var rk, title string
		if newCL != nil {
			rk, title = newCL.Route(), nw.routeTitle(to.Content, newCL)
		} else {
			rk, title = oldCL.Route(), ow.routeTitle(from.Content, oldCL)
		}
		rc := routes[rk]
		if rc == nil {
			rc = &RouteChange{Key: rk, Title: title}
			routes[rk], index[rk] = rc, map[string]*FacetChange{}
			routeOrder = append(routeOrder, rk)
		}
		rc.Paths++
		var changes []FacetChange
		switch {
		case oldCL == nil:
			rc.Added++
		case newCL == nil:
			rc.Removed++
		default:
			if oldCL.Route() != newCL.Route() {
				changes = append(changes, FacetChange{cat: catRoute, Subject: nw.t(present.KeyChangeRoute),
					Old: ow.routeTitle(from.Content, oldCL), New: title})
			}
			changes = append(changes, diffFacets(facetsOf(from.Content, ow, oldCL), facetsOf(to.Content, nw, newCL))...)
		}
		if oldCL == nil || newCL == nil || len(changes) > 0 {
			rc.Changed++
			r.Changed++
		}
		for _, ch := range changes {
			id := string(rune('0'+ch.cat)) + "\x00" + ch.Subject + "\x00" + ch.Old + "\x00" + ch.New
			if have := index[rk][id]; have != nil {
				have.Paths++
				continue
			}
			ch.Paths = 1
			ch.Category = nw.t(categoryKeys[ch.cat])
			c := ch
			index[rk][id] = &c
		}
	}
	for _, rk := range routeOrder {
		rc := routes[rk]
		if rc.Changed == 0 {
			continue
		}
		for _, ch := range index[rk] {
			rc.Changes = append(rc.Changes, *ch)
		}
		sortChanges(rc.Changes)
		r.Routes = append(r.Routes, *rc)
	}
	r.Wording = wording(from, to, own)
	return r
}

func sortChanges(cs []FacetChange) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		switch {
		case a.cat != b.cat:
			return a.cat < b.cat
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		case a.Old != b.Old:
			return a.Old < b.Old
		}
		return a.New < b.New
	})
}

// pathKey names a path by its answers, dates replaced by their bucket.
func pathKey(c *content.Content, a content.Answers, today content.Date) string {
	var ks []string
	for k := range a {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		v := a[k]
		if q := c.Question(k); q != nil && q.Kind == content.QuestionDate {
			v = "@" + c.Bucket(v, today)
		}
		b.WriteString(k + "=" + v + "&")
	}
	return b.String()
}

// facet is one thing a checklist tells, with the value a reader sees in
// German. A child facet (a channel's link) is reported only while its
// parent is in both checklists: a new channel is one line, not five.
type facet struct {
	key, parent string
	cat         int
	subject     string
	value       string
}

type facets map[string]facet

// add keeps every distinct value of an item listed more than once (a
// document for the adults and another line for the children).
func (fs facets) add(f facet) {
	if f.value == "" {
		return
	}
	if prev, ok := fs[f.key]; ok && prev.value != f.value {
		vals := append(strings.Split(prev.value, " | "), f.value)
		sort.Strings(vals)
		f.value = strings.Join(uniq(vals), " | ")
	}
	fs[f.key] = f
}

func uniq(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func diffFacets(old, new facets) []FacetChange {
	var out []FacetChange
	for k, n := range new {
		o, ok := old[k]
		switch {
		case !ok && (n.parent == "" || hasKey(old, n.parent)):
			out = append(out, FacetChange{cat: n.cat, Subject: n.subject, New: n.value})
		case ok && o.value != n.value:
			out = append(out, FacetChange{cat: n.cat, Subject: n.subject, Old: o.value, New: n.value})
		}
	}
	for k, o := range old {
		if _, ok := new[k]; !ok && (o.parent == "" || hasKey(new, o.parent)) {
			out = append(out, FacetChange{cat: o.cat, Subject: o.subject, Old: o.value})
		}
	}
	return out
}

func hasKey(fs facets, k string) bool { _, ok := fs[k]; return ok }

// facetsOf lists what a checklist tells: team and place, channels,
// warnings, documents, photo rules, fees, dates and notices.
func facetsOf(c *content.Content, w words, cl *content.Checklist) facets {
	fs := facets{}
	if t := c.Team(cl.Team); t != nil {
		name := w.text(content.TeamName(t.ID))
		if t.Code != "" {
			name += " (" + t.Code + ")"
		}
		fs.add(facet{key: "team", cat: catTeam, subject: w.t(present.KeyChangeTeam), value: name})
		fs.add(facet{key: "team:page", cat: catTeam, subject: w.t(present.KeyChangePage), value: t.Page})
		email := t.Email
		if o := c.Office(cl.Office); o != nil {
			addr := w.text(content.OfficeName(o.ID)) + ", " + o.Street + ", " + o.Postcode + " " + o.City
			if o.Entrance {
				addr += " – " + w.text(content.OfficeEntrance(o.ID))
			}
			fs.add(facet{key: "team:address", cat: catTeam, subject: w.t(present.KeyChangeAddress), value: addr})
			fs.add(facet{key: "team:phone", cat: catTeam, subject: w.t(present.KeyChangePhone), value: o.Phone})
			fs.add(facet{key: "team:hours", cat: catTeam, subject: w.t(present.KeyChangeHours), value: w.hours(o.Hours)})
			if email == "" {
				email = o.Email
			}
		}
		fs.add(facet{key: "team:email", cat: catTeam, subject: w.t(present.KeyChangeEmail), value: email})
	}
	for _, it := range cl.Channels {
		ch := c.Channel(it.ID)
		if it.Channel == "" || ch == nil {
			w.fact(fs, c, cl, it, catChannels)
			continue
		}
		key, title := "channel:"+it.ID, w.text(content.ChannelTitle(it.ID))
		fs.add(facet{key: key, cat: catChannels, subject: title, value: w.text(content.ChannelText(it.ID))})
		child := func(attr string, label present.Key, value string) {
			fs.add(facet{key: key + ":" + attr, parent: key, cat: catChannels, subject: title + " – " + w.t(label), value: value})
		}
		child("link", present.KeyChangeLink, it.URL)
		child("email", present.KeyChangeEmail, ch.Email)
		child("phone", present.KeyChangePhone, ch.Phone)
		child("hours", present.KeyChangeHours, w.hours(ch.Hours))
	}
	for _, it := range cl.Warnings {
		w.fact(fs, c, cl, it, catWarnings)
	}
	for _, d := range cl.Documents {
		key, name := "doc:"+d.ID, w.text(content.DocName(d.ID))
		var tags []string
		for _, on := range []struct {
			set bool
			key present.Key
		}{{d.Original, present.KeyChangeTagOriginal}, {d.Copy, present.KeyChangeTagCopy}, {d.Optional, present.KeyChangeTagOptional}} {
			if on.set {
				tags = append(tags, w.t(on.key))
			}
		}
		for _, or := range d.Or {
			tags = append(tags, w.t(present.KeyChangeTagOr)+" "+w.text(content.DocName(or)))
		}
		if len(d.People) > 0 {
			tags = append(tags, w.t(present.KeyChangeFor)+" "+w.kinds(c, cl, d.People))
		}
		value := name
		if len(tags) > 0 {
			value += " (" + strings.Join(tags, ", ") + ")"
		}
		fs.add(facet{key: key, cat: catDocuments, subject: name, value: value})
		if doc := c.Document(d.ID); doc != nil {
			child := func(attr string, label present.Key, value string) {
				fs.add(facet{key: key + ":" + attr, parent: key, cat: catDocuments, subject: name + " – " + w.t(label), value: value})
			}
			if doc.From {
				child("from", present.KeyChangeFrom, w.text(content.DocFrom(d.ID)))
			}
			if doc.Help {
				child("help", present.KeyChangeHelp, w.text(content.DocHelp(d.ID)))
			}
			child("link", present.KeyChangeLink, d.URL)
		}
	}
	for _, it := range cl.Photo {
		w.fact(fs, c, cl, it, catPhoto)
	}
	for _, f := range cl.Fees {
		w.fee(fs, f)
	}
	for _, it := range cl.FeeNotes {
		w.fact(fs, c, cl, it, catFees)
	}
	if e := cl.Expiry; e != nil {
		// A continuation moves the date on the paper to a date in the
		// data; the day to apply by counts back from the expiry date.
		if e.Continuation != "" {
			fs.add(facet{key: "expiry:continued", cat: catDates, subject: w.t(present.KeyChangeContinued),
				value: catalog.Date(catalog.Source, e.Date.Time())})
		}
		if !e.ApplyBy.IsZero() {
			fs.add(facet{key: "expiry:apply_by", cat: catDates, subject: w.t(present.KeyChangeApplyBy),
				value: w.rule(content.CalendarRule{Anchor: content.AnchorExpiry, Days: -e.ApplyBy.DaysUntil(e.Date)})})
		}
	}
	for _, it := range cl.Deadlines {
		w.fact(fs, c, cl, it, catDates)
	}
	for _, it := range cl.Notices {
		w.fact(fs, c, cl, it, catNotices)
	}
	return fs
}

// words turns IDs into the German a person reads: the report's own words
// from the running program, content texts from the snapshot.
type words struct{ own, de *catalog.Catalog }

func (w words) t(k present.Key, args ...catalog.Args) string {
	return catalog.Plain(w.own.T(string(k), args...))
}

func (w words) n(k present.Key, count int, args ...catalog.Args) string {
	return catalog.Plain(w.own.N(string(k), count, args...))
}

// text is a content text as written in German (names, titles).
func (w words) text(id string) string {
	if !w.de.Has(id) {
		return ""
	}
	return catalog.Plain(w.de.T(id))
}

func (w words) fact(fs facets, c *content.Content, cl *content.Checklist, it content.Item, cat int) {
	key := "fact:" + it.ID
	label := w.t(categoryKeys[cat])
	fs.add(facet{key: key, cat: cat, subject: label, value: w.factText(c, it.ID)})
	child := func(attr string, k present.Key, value string) {
		fs.add(facet{key: key + ":" + attr, parent: key, cat: cat, subject: label + " – " + w.t(k), value: value})
	}
	child("link", present.KeyChangeLink, it.URL)
	if !it.Until.IsZero() {
		child("until", present.KeyChangeUntil, catalog.Date(catalog.Source, it.Until.Time()))
	}
	if f := c.Fact(it.ID); f != nil && f.Calendar != nil {
		child("rule", present.KeyChangeRule, w.rule(*f.Calendar))
	}
	if len(it.People) > 0 {
		child("for", present.KeyChangeFor, w.kinds(c, cl, it.People))
	}
}

// factText is a fact's German text with its amounts from the data (fees
// and rates): a changed rate shows in every statement that names it.
func (w words) factText(c *content.Content, id string) string {
	key, f := content.FactText(id), c.Fact(id)
	if !w.de.Has(key) {
		return ""
	}
	args := catalog.Args{}
	if f != nil {
		for name, ref := range f.Amounts {
			a, ok := c.AmountOf(ref)
			switch {
			case !ok:
			case a.Percent > 0:
				args[name] = catalog.Percent(catalog.Source, a.Percent)
			default:
				args[name] = catalog.Euro(catalog.Source, a.Cents)
			}
		}
	}
	return catalog.Plain(w.de.T(key, args))
}

// kinds names the kinds of person (1-based indexes) an item is for.
func (w words) kinds(c *content.Content, cl *content.Checklist, people []int) string {
	q := c.PeopleQuestion()
	seen := map[string]bool{}
	var out []string
	for _, i := range people {
		if i < 1 || i > len(cl.People) || q == nil {
			continue
		}
		k := cl.People[i-1].Kind
		if !seen[k] {
			seen[k] = true
			out = append(out, w.text(content.AnswerLabel(q.ID, k)))
		}
	}
	return strings.Join(out, ", ")
}

// fee adds a fee line's amounts, its child rate and its rules, apart,
// and without the household's counts: a changed amount reads the same
// for one adult and for a family.
func (w words) fee(fs facets, f content.FeeItem) {
	key, name := "fee:"+f.ID, w.text(content.FeeName(f.ID))
	var amounts []string
	for _, a := range f.Alternatives {
		if a.Unknown {
			amounts = append(amounts, w.t(present.KeyChangeFeeAsk))
		} else {
			amounts = append(amounts, catalog.Euro(catalog.Source, a.Cents))
		}
	}
	fs.add(facet{key: key, cat: catFees, subject: name, value: strings.Join(amounts, " / ")})
	child := func(attr string, label present.Key, value string) {
		fs.add(facet{key: key + ":" + attr, parent: key, cat: catFees, subject: name + " – " + w.t(label), value: value})
	}
	child("name", present.KeyChangeText, name)
	for _, s := range f.Shares {
		if !s.Minor {
			continue
		}
		amount := w.t(present.KeyChangeFeeAsk)
		if !s.Unknown {
			amount = catalog.Euro(catalog.Source, s.UnitMin)
			if s.UnitMax != s.UnitMin {
				amount += " – " + catalog.Euro(catalog.Source, s.UnitMax)
			}
		}
		child("minors", present.KeyChangeFeeMinors, amount)
	}
	var rules []string
	for _, on := range []struct {
		set bool
		key present.Key
	}{{f.Optional, present.KeyChangeFeeOptional}, {f.Exempt, present.KeyChangeFeeExempt}, {f.Reducible, present.KeyChangeFeeReducible}} {
		if on.set {
			rules = append(rules, w.t(on.key))
		}
	}
	child("rules", present.KeyChangeFeeRules, strings.Join(rules, ", "))
}

var dayKeys = map[string]present.Key{
	"mon": present.KeyChangeDayMon, "tue": present.KeyChangeDayTue, "wed": present.KeyChangeDayWed, "thu": present.KeyChangeDayThu,
	"fri": present.KeyChangeDayFri, "sat": present.KeyChangeDaySat, "sun": present.KeyChangeDaySun,
}

var hoursKeys = map[content.HoursKind]present.Key{
	content.HoursWalkIn: present.KeyChangeHoursWalkIn, content.HoursAppointment: present.KeyChangeHoursAppointment,
	content.HoursOpen: present.KeyChangeHoursOpen, content.HoursPhone: present.KeyChangeHoursPhone,
}

func (w words) hours(hs []content.Hours) string {
	var out []string
	for _, h := range hs {
		var days []string
		for _, d := range h.Days {
			days = append(days, w.t(dayKeys[d]))
		}
		out = append(out, strings.Join(days, ", ")+" "+h.From+"–"+h.To+" ("+w.t(hoursKeys[h.Kind])+")")
	}
	return strings.Join(out, "; ")
}

var anchorKeys = map[content.Anchor]present.Key{
	content.AnchorExpiry: present.KeyChangeAnchorExpiry, content.AnchorAppointment: present.KeyChangeAnchorAppointment,
	content.AnchorMoveIn: present.KeyChangeAnchorMoveIn,
}

// rule writes a calendar rule: "2 Wochen vor dem Ablaufdatum".
func (w words) rule(r content.CalendarRule) string {
	anchor := w.t(anchorKeys[r.Anchor])
	if r.Months == 0 && r.Days == 0 {
		return w.t(present.KeyChangeOn, catalog.Args{"Anchor": anchor})
	}
	var span []string
	if r.Months != 0 {
		span = append(span, w.n(present.KeyChangeMonths, abs(r.Months)))
	}
	if r.Days != 0 {
		span = append(span, w.n(present.KeyChangeDays, abs(r.Days)))
	}
	k := present.KeyChangeAfter
	if r.Months < 0 || (r.Months == 0 && r.Days < 0) {
		k = present.KeyChangeBefore
	}
	return w.t(k, catalog.Args{"Span": strings.Join(span, " "), "Anchor": anchor})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// routeTitle names a route as the office knows it: the procedures of the
// visit, or the outcome when there is no checklist.
func (w words) routeTitle(c *content.Content, cl *content.Checklist) string {
	switch cl.Outcome {
	case content.OutcomeOtherCity:
		return w.t(present.KeyOutcomeOtherCity)
	case content.OutcomeNotCovered:
		return w.t(present.KeyOutcomeNotCovered)
	}
	var names []string
	for _, id := range cl.Procedures {
		names = append(names, w.text(content.ProcedureName(id)))
	}
	title := strings.Join(names, " + ")
	if cl.Expired {
		title += " – " + w.t(present.KeyChangeExpired)
	}
	return title
}

// wording compares the wizard's questions and answers in German.
func wording(from, to Snapshot, own *catalog.Catalog) []FacetChange {
	ow, nw := words{own, from.German}, words{own, to.German}
	ids := func(c *content.Content) []string {
		var out []string
		for _, q := range c.Questions {
			out = append(out, content.QuestionTitle(q.ID))
			if q.Help {
				out = append(out, content.QuestionHelp(q.ID))
			}
			for _, a := range q.Answers {
				out = append(out, content.AnswerLabel(q.ID, a.ID))
				if a.Help {
					out = append(out, content.AnswerHelp(q.ID, a.ID))
				}
			}
		}
		return out
	}
	label := nw.t(categoryKeys[catQuestions])
	var out []FacetChange
	seen := map[string]bool{}
	for _, id := range append(ids(to.Content), ids(from.Content)...) {
		if seen[id] {
			continue
		}
		seen[id] = true
		if o, n := ow.text(id), nw.text(id); o != n {
			out = append(out, FacetChange{cat: catQuestions, Category: label, Old: o, New: n})
		}
	}
	return out
}
