package content

import (
	"sort"
	"strings"
)

// Expiry buckets, usable as values of a date question in conditions.
const (
	BucketExpired = "expired"
	BucketSoon    = "soon"
	BucketLater   = "later"
	BucketUnknown = "unknown"
)

// Item is one line of a checklist, with the answers that put it there and
// the provenance of the fact behind it.
type Item struct {
	ID       string      `json:"id"`
	Kind     FactKind    `json:"kind,omitempty"`    // facts only
	Channel  ChannelKind `json:"channel,omitempty"` // channels only
	Because  []string    `json:"because,omitempty"` // question IDs
	Source   []string    `json:"source,omitempty"`
	Checked  Date        `json:"checked,omitempty"`
	Until    Date        `json:"until,omitempty"`
	Outdated bool        `json:"outdated,omitempty"`
	// URL is where the item sends the person (its own page or the team's).
	URL string `json:"url,omitempty"`
	// People lists the persons (1-based) the line is for; empty: everyone.
	People   []int         `json:"people,omitempty"`
	Calendar *CalendarRule `json:"calendar,omitempty"`
}

// DocItem is a document to bring.
type DocItem struct {
	Item
	Original bool     `json:"original,omitempty"`
	Copy     bool     `json:"copy,omitempty"`
	Optional bool     `json:"optional,omitempty"`
	Or       []string `json:"or,omitempty"`
	From     bool     `json:"from,omitempty"`
	Download bool     `json:"download,omitempty"`
	Photo    bool     `json:"photo,omitempty"`
}

// FeeAlt is one amount that may apply.
type FeeAlt struct {
	ID      string `json:"id"`
	Cents   int    `json:"cents"`
	Unknown bool   `json:"unknown,omitempty"`
}

// FeeShare is what one group of persons pays for a fee line: Count persons
// at UnitMin … UnitMax each.
type FeeShare struct {
	Minor   bool `json:"minor,omitempty"`
	Count   int  `json:"count"`
	UnitMin int  `json:"unit_min"`
	UnitMax int  `json:"unit_max"`
	Unknown bool `json:"unknown,omitempty"`
	// MinorRate is how the child rate was found (minors only).
	MinorRate MinorRate `json:"minor_rate,omitempty"`
}

// FeeItem is a fee line; Min and Max differ when the amount is a range.
type FeeItem struct {
	Item
	Alternatives []FeeAlt   `json:"alternatives"`
	Shares       []FeeShare `json:"shares"`
	PerPerson    bool       `json:"per_person,omitempty"`
	Min          int        `json:"min"`
	Max          int        `json:"max"`
	Unknown      bool       `json:"unknown,omitempty"`
	Optional     bool       `json:"optional,omitempty"`
	Exempt       bool       `json:"exempt,omitempty"`
	Reducible    bool       `json:"reducible,omitempty"`
}

// Person is one of the people the checklist is for.
type Person struct {
	Index int    `json:"index"` // 1-based
	Kind  string `json:"kind,omitempty"`
	Minor bool   `json:"minor,omitempty"`
}

// Expiry is what the engine makes of an entered expiry date.
type Expiry struct {
	// Date is the day the paper runs out: the date entered, or the end of
	// an automatic continuation that covers it.
	Date Date `json:"date"`
	// Entered is the date printed on the paper when a continuation moved
	// it (Continuation names the rule); zero otherwise.
	Entered      Date   `json:"entered,omitempty"`
	Continuation string `json:"continuation,omitempty"`
	Bucket       string `json:"bucket"`
	// ApplyBy: ask for an appointment by then (zero when no rule says).
	ApplyBy Date `json:"apply_by,omitempty"`
	Days    int  `json:"days"` // from today to the expiry date
	// Late: the date falls inside the lead time the sources give, so no
	// appointment can be expected before it (see StateLate).
	Late bool `json:"late,omitempty"`
}

// Checklist is the language-neutral result for one set of answers.
type Checklist struct {
	Answers Answers `json:"answers"`
	Today   Date    `json:"today"`
	Outcome Outcome `json:"outcome"`
	// Procedures done in this visit, the main one first (Procedure).
	Procedures []string  `json:"procedures,omitempty"`
	Procedure  string    `json:"procedure,omitempty"`
	Authority  string    `json:"authority,omitempty"`
	Team       string    `json:"team,omitempty"`
	Office     string    `json:"office,omitempty"`
	People     []Person  `json:"people"`
	Channels   []Item    `json:"channels,omitempty"`
	Warnings   []Item    `json:"warnings,omitempty"`
	Documents  []DocItem `json:"documents,omitempty"`
	Photo      []Item    `json:"photo,omitempty"`
	Fees       []FeeItem `json:"fees,omitempty"`
	FeeMin     int       `json:"fee_min"`
	FeeMax     int       `json:"fee_max"`
	// FeeOpen: some amount is not in the sources; the office will say.
	FeeOpen   bool    `json:"fee_open,omitempty"`
	FeeNotes  []Item  `json:"fee_notes,omitempty"`
	Deadlines []Item  `json:"deadlines,omitempty"`
	Notices   []Item  `json:"notices,omitempty"`
	Expiry    *Expiry `json:"expiry,omitempty"`
	// Expired: a title that can no longer be extended; the visit is a new
	// application.
	Expired bool     `json:"expired,omitempty"`
	Sources []string `json:"sources,omitempty"`
	// Situation holds the situation keys that have a value (paper,
	// application …), as derived from the answers.
	Situation map[string]string `json:"situation,omitempty"`
}

// Facts returns every fact line of the checklist (warnings, channel notes,
// photo rules, fee notes, deadlines, notices), for lookups and tests.
func (cl *Checklist) Facts() []Item {
	var out []Item
	for _, group := range [][]Item{cl.Warnings, cl.Channels, cl.Photo, cl.FeeNotes, cl.Deadlines, cl.Notices} {
		for _, it := range group {
			if it.Channel == "" {
				out = append(out, it)
			}
		}
	}
	return out
}

// Step is an answered question on the way to a checklist.
type Step struct {
	Question *Question
	Value    string
}

// Walk follows the question flow. It returns the validly answered steps in
// order and the first question that still needs an answer (nil when the
// answers are complete). Answers after the first gap are ignored, not lost:
// they stay in the caller's Answers.
func (c *Content) Walk(a Answers, today Date) ([]Step, *Question) {
	clean := Answers{}
	var steps []Step
	for i := range c.Questions {
		q := &c.Questions[i]
		if !c.matchAny(q.AskIf, clean, today) {
			continue
		}
		v, ok := a[q.ID]
		if !ok || !c.Valid(q, v, clean, today) {
			return steps, q
		}
		clean[q.ID] = v
		steps = append(steps, Step{q, v})
	}
	return steps, nil
}

// Clean returns only the answers that Walk accepted.
func (c *Content) Clean(a Answers, today Date) Answers {
	steps, _ := c.Walk(a, today)
	out := Answers{}
	for _, s := range steps {
		out[s.Question.ID] = s.Value
	}
	return out
}

// Options lists the answers of a choice or people question open to these
// answers.
func (c *Content) Options(q *Question, a Answers, today Date) []Answer {
	var out []Answer
	for _, ans := range q.Answers {
		if c.matchAny(ans.If, a, today) {
			out = append(out, ans)
		}
	}
	return out
}

// Valid tells whether v answers q given the earlier answers.
func (c *Content) Valid(q *Question, v string, earlier Answers, today Date) bool {
	if !c.wellFormed(q, v) {
		return false
	}
	switch q.Kind {
	case QuestionChoice:
		return answerIn(c.Options(q, earlier, today), v)
	case QuestionPeople:
		open := c.Options(q, earlier, today)
		for _, p := range SplitPeople(v) {
			if !answerIn(open, p) {
				return false
			}
		}
	}
	return true
}

func answerIn(list []Answer, id string) bool {
	for _, a := range list {
		if a.ID == id {
			return true
		}
	}
	return false
}

// Bucket turns a date answer into expired, soon, later or unknown.
func (c *Content) Bucket(v string, today Date) string {
	d, err := ParseDate(v)
	if err != nil {
		return BucketUnknown
	}
	switch {
	case d.Before(today):
		return BucketExpired
	case today.DaysUntil(d) <= c.Settings.SoonDays:
		return BucketSoon
	default:
		return BucketLater
	}
}

func (c *Content) match(cond Cond, a Answers, today Date) bool { return c.matchIn(cond, a, today, nil) }

// matchIn matches a condition against the answers, the situation keys
// derived from them and, for items priced after the fees, the state.
func (c *Content) matchIn(cond Cond, a Answers, today Date, st *state) bool {
	for k, want := range cond {
		if st != nil {
			if have, ok := st.values(k); ok {
				if !anyIn(have, want) {
					return false
				}
				continue
			}
		}
		if f := c.facet(k); f != nil {
			got, ok := c.facetValue(f, a, today)
			if !ok || !contains(want, got) {
				return false
			}
			continue
		}
		got, ok := a[k]
		if !ok {
			return false
		}
		q := c.Question(k)
		switch {
		case q != nil && q.Kind == QuestionDate:
			if !contains(want, c.Bucket(got, today)) {
				return false
			}
		case q != nil && q.Kind == QuestionPeople:
			if !anyIn(SplitPeople(got), want) {
				return false
			}
		default:
			if !contains(want, got) {
				return false
			}
		}
	}
	return true
}

// facetValue is the value of a situation key for the answers: the first
// whose condition holds.
func (c *Content) facetValue(f *Facet, a Answers, today Date) (string, bool) {
	for _, v := range f.Values {
		if c.matchAny(v.When, a, today) {
			return v.ID, true
		}
	}
	return "", false
}

// SituationOf derives every situation key that has a value.
func (c *Content) SituationOf(a Answers, today Date) map[string]string {
	out := map[string]string{}
	for i := range c.Situation {
		if v, ok := c.facetValue(&c.Situation[i], a, today); ok {
			out[c.Situation[i].Key] = v
		}
	}
	return out
}

// Asked tells whether a question with these conditions is asked given the
// answers.
func (c *Content) Asked(conds Conds, a Answers, today Date) bool { return c.matchAny(conds, a, today) }

func (c *Content) matchAny(conds Conds, a Answers, today Date) bool {
	if len(conds) == 0 {
		return true
	}
	for _, cond := range conds {
		if c.match(cond, a, today) {
			return true
		}
	}
	return false
}

// RoleQuestion returns the question with a role, or nil.
func (c *Content) RoleQuestion(r QuestionRole) *Question {
	for i := range c.Questions {
		if c.Questions[i].Role == r {
			return &c.Questions[i]
		}
	}
	return nil
}

// PeopleQuestion returns the question that says who comes, or nil.
func (c *Content) PeopleQuestion() *Question {
	for i := range c.Questions {
		if c.Questions[i].Kind == QuestionPeople {
			return &c.Questions[i]
		}
	}
	return nil
}

// Evaluate is the engine: answers and today's date in, a checklist out. It
// returns the next question instead when the answers are not complete.
func (c *Content) Evaluate(a Answers, today Date) (*Checklist, *Question) {
	steps, next := c.Walk(a, today)
	if next != nil {
		return nil, next
	}
	clean := Answers{}
	for _, s := range steps {
		clean[s.Question.ID] = s.Value
	}
	cl := &Checklist{Answers: clean, Today: today, Outcome: OutcomeNotCovered, Situation: c.SituationOf(clean, today)}
	// The rules see the date that counts: a continued paper's new end.
	rules := clean
	cl.Expiry = c.expiry(clean, today)
	if e := cl.Expiry; e != nil && e.Continuation != "" {
		rules = clean.With(c.RoleQuestion(RoleExpiry).ID, e.Date.String())
	}
	var route *Route
	for i := range c.Routes {
		if c.match(c.Routes[i].When, rules, today) {
			route = &c.Routes[i]
			break
		}
	}
	if route == nil {
		return cl, nil // validation rules this out for shipped content
	}
	b := builder{c: c, cl: cl, a: rules, today: today, route: route, sources: map[string]bool{}}
	b.build()
	return cl, nil
}

// expiry reads the entered expiry date; a continuation that covers the
// person and the date moves it to the continuation's end (in order, so
// that continuations chain).
func (c *Content) expiry(a Answers, today Date) *Expiry {
	q := c.RoleQuestion(RoleExpiry)
	if q == nil {
		return nil
	}
	v, ok := a[q.ID]
	if !ok || v == BucketUnknown {
		return nil
	}
	d, err := ParseDate(v)
	if err != nil {
		return nil
	}
	e := &Expiry{Date: d}
	for i := range c.Continuations {
		k := &c.Continuations[i]
		if !c.matchAny(k.When, a, today) || e.Date.Before(k.ValidOn) || !e.Date.Before(k.Until) {
			continue
		}
		e.Date, e.Entered, e.Continuation = k.Until, d, k.ID
	}
	e.Bucket = c.Bucket(e.Date.String(), today)
	e.Days = today.DaysUntil(e.Date)
	return e
}

type builder struct {
	c       *Content
	cl      *Checklist
	a       Answers
	today   Date
	route   *Route
	team    *Team
	sources map[string]bool
	// st is known once the fees are priced; documents and facts may name it.
	st *state
}

// build fills the checklist in phases: channels, then fees (which fix the
// state), then documents and facts, which may depend on the state.
func (b *builder) build() {
	c, cl := b.c, b.cl
	cl.Outcome = b.route.Outcome
	cl.People = b.people()
	if e := cl.Expiry; e != nil && e.Continuation != "" {
		for i := range c.Continuations {
			if c.Continuations[i].ID == e.Continuation {
				b.use(c.Continuations[i].Provenance)
			}
		}
	}
	var procs []*Procedure
	for i, id := range b.route.ProcedureIDs() {
		p := c.Procedure(id)
		if p == nil {
			continue
		}
		if i == 0 {
			b.main(p)
		}
		procs = append(procs, p)
		cl.Procedures = append(cl.Procedures, p.ID)
		cl.Expired = cl.Expired || (p.Renewal && cl.Expiry != nil && cl.Expiry.Bucket == BucketExpired)
		b.use(p.Provenance)
	}
	for _, p := range procs {
		b.channels(p)
	}
	for _, p := range procs {
		for _, ref := range p.Fees {
			if b.match(ref.When) {
				b.fee(ref)
			}
		}
	}
	b.st = b.state(procs)
	for _, p := range procs {
		b.documents(p)
	}
	for _, p := range procs {
		for _, ref := range p.Facts {
			if b.match(ref.When) {
				b.fact(ref)
			}
		}
	}
	photo := false
	for _, d := range cl.Documents {
		photo = photo || d.Photo
	}
	for _, ref := range c.Common {
		f := c.Fact(ref.ID)
		if f.Kind == FactPhoto && !photo {
			continue
		}
		if b.match(ref.When) {
			b.fact(ref)
		}
	}
	b.applyBy()
	b.flagOutdated()
	for id := range b.sources {
		cl.Sources = append(cl.Sources, id)
	}
	sort.Strings(cl.Sources)
}

// people reads who the checklist is for; without a people question it is
// one person of unknown kind.
func (b *builder) people() []Person {
	q := b.c.PeopleQuestion()
	if q == nil {
		return []Person{{Index: 1}}
	}
	v, ok := b.a[q.ID]
	if !ok {
		return []Person{{Index: 1}}
	}
	var out []Person
	for i, kind := range SplitPeople(v) {
		ans := q.answer(kind)
		out = append(out, Person{Index: i + 1, Kind: kind, Minor: ans != nil && ans.Minor})
	}
	return out
}

func (b *builder) main(p *Procedure) {
	c, cl := b.c, b.cl
	cl.Procedure = p.ID
	cl.Team = p.Team
	b.team = c.Team(p.Team)
	cl.Office = b.team.Office
	if p.Office != "" {
		cl.Office = p.Office
	}
	cl.Authority = b.team.Authority
	b.use(b.team.Provenance)
	b.use(c.Office(cl.Office).Provenance)
}

// channels adds a procedure's ways of contact; a channel list may name a
// channel or a channel_note fact.
func (b *builder) channels(p *Procedure) {
	c, cl := b.c, b.cl
	for _, ref := range p.Channels {
		if !b.match(ref.When) || b.has(cl.Channels, ref.ID) {
			continue
		}
		if ch := c.Channel(ref.ID); ch != nil {
			it := b.item(ref.ID, ref.When, nil, ch.Provenance, ch.Link)
			it.Channel = ch.Kind
			cl.Channels = append(cl.Channels, it)
		} else {
			b.fact(ref)
		}
	}
}

func (b *builder) documents(p *Procedure) {
	c, cl := b.c, b.cl
	for _, ref := range p.Documents {
		if !b.match(ref.When) {
			continue
		}
		people, ok := b.persons(ref.PerPerson, ref.People)
		if !ok {
			continue
		}
		prov := p.Provenance
		if len(ref.Source) > 0 {
			prov.Source = ref.Source
		}
		d := c.Document(ref.Doc)
		if i := b.docIndex(ref.Doc); i >= 0 {
			// A second procedure of the same visit asks for it too.
			have := &cl.Documents[i]
			have.Original = have.Original || ref.Original
			have.Copy = have.Copy || ref.Copy
			have.Optional = have.Optional && ref.Optional
			continue
		}
		it := b.item(ref.Doc, ref.When, people, prov, d.Link)
		if len(people) > 0 {
			it.Because = b.withPeople(it.Because)
		}
		cl.Documents = append(cl.Documents, DocItem{
			Item:     it,
			Original: ref.Original, Copy: ref.Copy, Optional: ref.Optional,
			Or: ref.Or, From: d.From, Download: d.Download, Photo: d.Photo,
		})
	}
}

func (b *builder) docIndex(id string) int {
	for i, d := range b.cl.Documents {
		if d.ID == id {
			return i
		}
	}
	return -1
}

func (b *builder) has(items []Item, id string) bool {
	for _, it := range items {
		if it.ID == id {
			return true
		}
	}
	return false
}

// persons returns the persons an item is for: nil for a shared item; ok is
// false when no person matches the item's kinds.
func (b *builder) persons(perPerson bool, kinds []string) ([]int, bool) {
	if !perPerson && len(kinds) == 0 {
		return nil, true
	}
	var out []int
	for _, p := range b.cl.People {
		if len(kinds) == 0 || contains(kinds, p.Kind) {
			out = append(out, p.Index)
		}
	}
	return out, len(out) > 0
}

func (b *builder) withPeople(because []string) []string {
	q := b.c.PeopleQuestion()
	if q == nil || contains(because, q.ID) {
		return because
	}
	return b.inQuestionOrder(append(because, q.ID))
}

func (b *builder) match(cond Cond) bool { return b.c.matchIn(cond, b.a, b.today, b.st) }

func (b *builder) use(p Provenance) {
	for _, s := range p.Source {
		b.sources[s] = true
	}
}

// item makes a checklist line; Because lists the questions of the route and
// of the item's own condition, in question order.
func (b *builder) item(id string, when Cond, people []int, p Provenance, link Link) Item {
	b.use(p)
	var keys []string
	for k := range b.route.When {
		keys = append(keys, k)
	}
	for k := range when {
		keys = append(keys, k)
	}
	return Item{ID: id, Because: b.inQuestionOrder(keys), Source: p.Source, Checked: p.Checked, Until: p.Until,
		Outdated: !p.Until.IsZero() && p.Until.Before(b.today), URL: b.url(link), People: people}
}

func (b *builder) inQuestionOrder(ids []string) []string {
	var out []string
	for _, q := range b.c.Questions {
		if contains(ids, q.ID) {
			out = append(out, q.ID)
		}
	}
	return out
}

func (b *builder) url(l Link) string {
	if l.URL != "" {
		return l.URL
	}
	if l.TeamPage && b.team != nil {
		return b.team.Page
	}
	return ""
}

func (b *builder) fee(ref FeeRef) {
	cl := b.cl
	ids := ref.IDs()
	first := b.c.Fee(ids[0])
	people, ok := b.persons(ref.PerPerson, ref.People)
	if !ok {
		return
	}
	it := b.item(ids[0], ref.When, people, first.Provenance, Link{})
	if ref.PerPerson {
		it.Because = b.withPeople(it.Because)
	}
	fi := FeeItem{Item: it, Optional: ref.Optional, PerPerson: ref.PerPerson}
	for _, id := range ids {
		f := b.c.Fee(id)
		b.use(f.Provenance)
		fi.Alternatives = append(fi.Alternatives, FeeAlt{ID: id, Cents: f.Cents, Unknown: f.Unknown})
	}
	adults, minors := 1, 0
	if ref.PerPerson {
		adults = 0
		for _, i := range people {
			if cl.People[i-1].Minor {
				minors++
			} else {
				adults++
			}
		}
	}
	if adults > 0 {
		fi.Shares = append(fi.Shares, b.share(fi.Alternatives, adults, false, "", ""))
	}
	if minors > 0 {
		// A child fee of its own (minor_fee) is a known rate; without
		// one and without a rule, the office says.
		rate := ref.Minors
		switch {
		case ref.MinorFee != "":
			rate = MinorOwn
		case rate == "":
			rate = MinorAsk
		}
		fi.Shares = append(fi.Shares, b.share(fi.Alternatives, minors, true, rate, ref.MinorFee))
	}
	for _, s := range fi.Shares {
		fi.Min += s.Count * s.UnitMin
		fi.Max += s.Count * s.UnitMax
		fi.Unknown = fi.Unknown || s.Unknown
	}
	switch {
	case len(ref.ExemptIf) > 0 && b.match(ref.ExemptIf):
		// Waived for everyone: no shares, child rates or "ask" remain.
		fi.Exempt, fi.Min, fi.Max, fi.Unknown, fi.Shares = true, 0, 0, false, nil
		fi.Because = b.inQuestionOrder(append(fi.Because, keysOf(ref.ExemptIf)...))
	case len(ref.ReducibleIf) > 0 && b.match(ref.ReducibleIf):
		fi.Reducible = true
		fi.Because = b.inQuestionOrder(append(fi.Because, keysOf(ref.ReducibleIf)...))
	}
	if !fi.Optional {
		cl.FeeOpen = cl.FeeOpen || fi.Unknown
		cl.FeeMin += fi.Min
		cl.FeeMax += fi.Max
	}
	cl.Fees = append(cl.Fees, fi)
}

// share prices one group of persons: the lowest and highest of the
// alternatives, at the child rate for minors.
func (b *builder) share(alts []FeeAlt, count int, minor bool, rate MinorRate, minorFee string) FeeShare {
	s := FeeShare{Minor: minor, Count: count}
	if minor {
		s.MinorRate = rate
	}
	first := true
	for _, alt := range alts {
		cents, unknown := alt.Cents, alt.Unknown
		if minor {
			switch {
			case minorFee != "":
				f := b.c.Fee(minorFee)
				b.use(f.Provenance)
				cents, unknown = f.Cents, f.Unknown
			case rate == MinorHalf:
				cents /= 2
			case rate == MinorAsk:
				unknown = true
			}
		}
		if unknown {
			s.Unknown = true
			continue
		}
		if first || cents < s.UnitMin {
			s.UnitMin = cents
		}
		if cents > s.UnitMax {
			s.UnitMax = cents
		}
		first = false
	}
	return s
}

func (b *builder) fact(ref ItemRef) {
	f := b.c.Fact(ref.ID)
	for _, id := range f.Amounts {
		b.use(b.c.amountProvenance(id))
	}
	for _, group := range [][]Item{b.cl.Warnings, b.cl.Channels, b.cl.Photo, b.cl.FeeNotes, b.cl.Deadlines, b.cl.Notices} {
		if b.has(group, ref.ID) {
			return // two procedures of one visit share it
		}
	}
	people, ok := b.persons(false, ref.People)
	if !ok {
		return
	}
	it := b.item(ref.ID, ref.When, people, f.Provenance, f.Link)
	if len(people) > 0 {
		it.Because = b.withPeople(it.Because)
	}
	it.Kind = f.Kind
	it.Calendar = f.Calendar
	switch f.Kind {
	case FactWarning:
		b.cl.Warnings = append(b.cl.Warnings, it)
	case FactPhoto:
		b.cl.Photo = append(b.cl.Photo, it)
	case FactDeadline:
		b.cl.Deadlines = append(b.cl.Deadlines, it)
	case FactFeeNote:
		b.cl.FeeNotes = append(b.cl.FeeNotes, it)
	case FactChannelNote:
		b.cl.Channels = append(b.cl.Channels, it)
	default:
		b.cl.Notices = append(b.cl.Notices, it)
	}
}

// applyBy dates the request for an appointment: the earliest date a fact
// of the checklist sets before the expiry date.
func (b *builder) applyBy() {
	e := b.cl.Expiry
	if e == nil || b.cl.Expired {
		return
	}
	for _, it := range b.cl.Facts() {
		r := it.Calendar
		if r == nil || r.Anchor != AnchorExpiry {
			continue
		}
		d := r.Apply(e.Date)
		if !d.Before(e.Date) {
			continue
		}
		if e.ApplyBy.IsZero() || d.Before(e.ApplyBy) {
			e.ApplyBy = d
		}
	}
}

// flagOutdated puts a warning on top for every fact past its end date, so
// that no rule past its end is shown as current.
func (b *builder) flagOutdated() {
	cl := b.cl
	for i := range cl.Warnings {
		if cl.Warnings[i].Outdated {
			cl.Warnings[i].Kind = FactOutdated
		}
	}
	var outdated []Item
	for _, it := range cl.Facts() {
		if it.Outdated && it.Kind != FactWarning && it.Kind != FactOutdated {
			outdated = append(outdated, it)
		}
	}
	for _, it := range cl.Channels {
		if it.Outdated && it.Channel != "" {
			outdated = append(outdated, it)
		}
	}
	for _, d := range cl.Documents {
		if d.Outdated {
			outdated = append(outdated, d.Item)
		}
	}
	for _, f := range cl.Fees {
		if f.Outdated {
			outdated = append(outdated, f.Item)
		}
	}
	var top []Item
	for _, it := range outdated {
		it.Kind = FactOutdated
		top = append(top, it)
	}
	cl.Warnings = append(top, cl.Warnings...)
}

func keysOf(c Cond) []string {
	var out []string
	for k := range c {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func anyIn(have, want []string) bool {
	for _, h := range have {
		if contains(want, h) {
			return true
		}
	}
	return false
}

// FeeIDs lists the IDs a fee line can be named by (tests and writers).
func (f FeeItem) FeeIDs() string {
	var ids []string
	for _, a := range f.Alternatives {
		ids = append(ids, a.ID)
	}
	return strings.Join(ids, "|")
}
