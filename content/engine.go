package content

import (
	"sort"
	"strconv"
)

// Outcomes of a complete set of answers.
const (
	OutcomeChecklist  = "checklist"
	OutcomeOtherCity  = "other_city"
	OutcomeNotCovered = "not_covered"
)

// Expiry buckets, usable as values of the date question in conditions.
const (
	BucketExpired = "expired"
	BucketSoon    = "soon"
	BucketLater   = "later"
	BucketUnknown = "unknown"
)

// Item is one line of a checklist, with the answers that put it there and
// the provenance of the fact behind it.
type Item struct {
	ID       string   `json:"id"`
	Because  []string `json:"because,omitempty"` // question IDs
	Source   []string `json:"source,omitempty"`
	Checked  Date     `json:"checked,omitempty"`
	Until    Date     `json:"until,omitempty"`
	Outdated bool     `json:"outdated,omitempty"`
	Kind     string   `json:"kind,omitempty"`
}

// DocItem is a document to bring.
type DocItem struct {
	Item
	Original bool     `json:"original,omitempty"`
	Copy     bool     `json:"copy,omitempty"`
	Optional bool     `json:"optional,omitempty"`
	Or       []string `json:"or,omitempty"`
	From     bool     `json:"from,omitempty"`
}

// FeeItem is a fee line; Min and Max differ when the amount is a range.
type FeeItem struct {
	Item
	Count    int      `json:"count"`
	Min      int      `json:"min"`
	Max      int      `json:"max"`
	AnyOf    []string `json:"any_of,omitempty"`
	Unknown  bool     `json:"unknown,omitempty"`
	Optional bool     `json:"optional,omitempty"`
	// PerCount names the count question the fee is multiplied by.
	PerCount string `json:"per_count,omitempty"`
}

// Expiry is what the engine makes of an entered expiry date.
type Expiry struct {
	Date    Date   `json:"date"`
	Bucket  string `json:"bucket"`
	ApplyBy Date   `json:"apply_by"` // ask for an appointment by then
	Days    int    `json:"days"`     // from today to the expiry date
}

// Checklist is the language-neutral result for one set of answers.
type Checklist struct {
	Answers   Answers   `json:"answers"`
	Today     Date      `json:"today"`
	Outcome   string    `json:"outcome"`
	Procedure string    `json:"procedure,omitempty"`
	Authority string    `json:"authority,omitempty"`
	Team      string    `json:"team,omitempty"`
	Office    string    `json:"office,omitempty"`
	Channels  []Item    `json:"channels,omitempty"`
	Warnings  []Item    `json:"warnings,omitempty"`
	Documents []DocItem `json:"documents,omitempty"`
	Photo     []Item    `json:"photo,omitempty"`
	Fees      []FeeItem `json:"fees,omitempty"`
	FeeMin    int       `json:"fee_min"`
	FeeMax    int       `json:"fee_max"`
	// FeeOpen: some amount is not in the sources; the office will say.
	FeeOpen   bool     `json:"fee_open,omitempty"`
	FeeNotes  []Item   `json:"fee_notes,omitempty"`
	Deadlines []Item   `json:"deadlines,omitempty"`
	Notices   []Item   `json:"notices,omitempty"`
	Expiry    *Expiry  `json:"expiry,omitempty"`
	Sources   []string `json:"sources,omitempty"`
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

// Options lists the answers of a choice question open to these answers.
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
	switch q.Kind {
	case "choice":
		for _, ans := range c.Options(q, earlier, today) {
			if ans.ID == v {
				return true
			}
		}
		return false
	case "date":
		if v == BucketUnknown {
			return q.Optional
		}
		d, err := ParseDate(v)
		if err != nil {
			return false
		}
		y, _, _ := d.YMD()
		return y >= 1950 && y <= 2150
	case "count":
		n, err := strconv.Atoi(v)
		return err == nil && n >= 0 && n <= q.Max && strconv.Itoa(n) == v
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

func (c *Content) match(cond Cond, a Answers, today Date) bool {
	for k, want := range cond {
		got, ok := a[k]
		if !ok {
			return false
		}
		if q := c.Question(k); q != nil && q.Kind == "date" {
			got = c.Bucket(got, today)
		}
		if !contains(want, got) {
			return false
		}
	}
	return true
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
	cl := &Checklist{Answers: clean, Today: today, Outcome: OutcomeNotCovered}
	var route *Route
	for i := range c.Routes {
		if c.match(c.Routes[i].When, clean, today) {
			route = &c.Routes[i]
			break
		}
	}
	if route == nil {
		return cl, nil // validation rules this out for shipped content
	}
	b := builder{c: c, cl: cl, a: clean, today: today, route: route}
	b.build()
	return cl, nil
}

type builder struct {
	c       *Content
	cl      *Checklist
	a       Answers
	today   Date
	route   *Route
	sources map[string]bool
}

func (b *builder) build() {
	c, cl := b.c, b.cl
	b.sources = map[string]bool{}
	cl.Outcome = b.route.Outcome
	if v, ok := b.a["expiry"]; ok && v != BucketUnknown {
		if d, err := ParseDate(v); err == nil {
			cl.Expiry = &Expiry{
				Date:    d,
				Bucket:  c.Bucket(v, b.today),
				ApplyBy: d.AddMonths(-c.Settings.AppointmentLeadMonths),
				Days:    b.today.DaysUntil(d),
			}
		}
	}
	var p *Procedure
	if b.route.Procedure != "" {
		p = c.Procedure(b.route.Procedure)
	}
	if p != nil {
		cl.Procedure = p.ID
		cl.Team = p.Team
		team := c.Team(p.Team)
		cl.Office = team.Office
		if p.Office != "" {
			cl.Office = p.Office
		}
		cl.Authority = team.Authority
		b.use(p.Provenance)
		b.use(team.Provenance)
		b.use(c.Office(cl.Office).Provenance)
		// Channels may name a channel or a channel_note fact.
		for _, ref := range p.Channels {
			if !b.match(ref.When) {
				continue
			}
			if ch := c.Channel(ref.ID); ch != nil {
				cl.Channels = append(cl.Channels, b.item(ref.ID, ref.When, ch.Provenance, ch.Kind))
			} else {
				b.fact(ref)
			}
		}
		for _, ref := range p.Documents {
			if !b.match(ref.When) {
				continue
			}
			prov := p.Provenance
			if len(ref.Source) > 0 {
				prov.Source = ref.Source
			}
			d := c.Document(ref.Doc)
			cl.Documents = append(cl.Documents, DocItem{
				Item:     b.item(ref.Doc, ref.When, prov, ""),
				Original: ref.Original, Copy: ref.Copy, Optional: ref.Optional,
				Or: ref.Or, From: d.From,
			})
		}
		for _, ref := range p.Fees {
			if b.match(ref.When) {
				b.fee(ref)
			}
		}
		for _, ref := range p.Facts {
			if b.match(ref.When) {
				b.fact(ref)
			}
		}
	}
	for _, ref := range c.Common {
		f := c.Fact(ref.ID)
		if f.Kind == "photo" && (p == nil || !p.Photo) {
			continue
		}
		if b.match(ref.When) {
			b.fact(ref)
		}
	}
	b.flagOutdated()
	for id := range b.sources {
		cl.Sources = append(cl.Sources, id)
	}
	sort.Strings(cl.Sources)
}

func (b *builder) match(cond Cond) bool { return b.c.match(cond, b.a, b.today) }

func (b *builder) use(p Provenance) {
	for _, s := range p.Source {
		b.sources[s] = true
	}
}

// item makes a checklist line; Because lists the questions of the route and
// of the item's own condition, in question order.
func (b *builder) item(id string, when Cond, p Provenance, kind string) Item {
	b.use(p)
	seen := map[string]bool{}
	for k := range b.route.When {
		seen[k] = true
	}
	for k := range when {
		seen[k] = true
	}
	var because []string
	for _, q := range b.c.Questions {
		if seen[q.ID] {
			because = append(because, q.ID)
		}
	}
	return Item{ID: id, Because: because, Source: p.Source, Checked: p.Checked, Until: p.Until,
		Outdated: !p.Until.IsZero() && p.Until.Before(b.today), Kind: kind}
}

func (b *builder) fee(ref FeeRef) {
	cl := b.cl
	count := 1
	if ref.PerCount != "" {
		n, _ := strconv.Atoi(b.a[ref.PerCount])
		if n == 0 {
			return
		}
		count = n
	}
	ids := ref.AnyOf
	if ref.Fee != "" {
		ids = []string{ref.Fee}
	}
	first := b.c.Fee(ids[0])
	fi := FeeItem{Item: b.item(ids[0], ref.When, first.Provenance, ""), Count: count, AnyOf: ref.AnyOf, Optional: ref.Optional, PerCount: ref.PerCount}
	for i, id := range ids {
		f := b.c.Fee(id)
		b.use(f.Provenance)
		if f.Unknown {
			fi.Unknown = true
			continue
		}
		amount := f.Cents * count
		if i == 0 || amount < fi.Min {
			fi.Min = amount
		}
		if amount > fi.Max {
			fi.Max = amount
		}
	}
	if !fi.Optional {
		cl.FeeOpen = cl.FeeOpen || fi.Unknown
		cl.FeeMin += fi.Min
		cl.FeeMax += fi.Max
	}
	cl.Fees = append(cl.Fees, fi)
}

func (b *builder) fact(ref ItemRef) {
	f := b.c.Fact(ref.ID)
	it := b.item(ref.ID, ref.When, f.Provenance, f.Kind)
	switch f.Kind {
	case "warning":
		b.cl.Warnings = append(b.cl.Warnings, it)
	case "photo":
		b.cl.Photo = append(b.cl.Photo, it)
	case "deadline":
		b.cl.Deadlines = append(b.cl.Deadlines, it)
	case "fee_note":
		b.cl.FeeNotes = append(b.cl.FeeNotes, it)
	case "channel_note":
		b.cl.Channels = append(b.cl.Channels, it)
	default:
		b.cl.Notices = append(b.cl.Notices, it)
	}
}

// flagOutdated puts a warning on top for every fact past its end date, so
// that no rule past its end is shown as current.
func (b *builder) flagOutdated() {
	cl := b.cl
	var outdated []Item
	collect := func(items []Item) {
		for _, it := range items {
			if it.Outdated {
				outdated = append(outdated, it)
			}
		}
	}
	collect(cl.Channels)
	collect(cl.Photo)
	collect(cl.Deadlines)
	collect(cl.Notices)
	collect(cl.FeeNotes)
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
	for _, it := range outdated {
		w := it
		w.Kind = "outdated"
		cl.Warnings = append([]Item{w}, cl.Warnings...)
	}
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
