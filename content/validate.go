package content

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Problem is a content error with the place it was found.
type Problem struct {
	Pos
	Msg string
}

func (p Problem) Error() string {
	if p.File == "" {
		return p.Msg
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// Limits the loader enforces so that path enumeration stays small.
const (
	MaxPeople       = 8   // largest max of a people question
	MaxCalendarDays = 366 // |days| of a calendar rule
)

// Validate checks every reference, kind, link, condition, provenance and
// path of the content. It does not look at today's date: a fact past its
// end date is shown as outdated, and Expiring reports it to editors. It
// returns all problems found, in file order.
func (c *Content) Validate() []Problem {
	c.Index()
	v := &validator{c: c}
	v.unique()
	v.kinds()
	v.provenance()
	v.links()
	v.references()
	v.flow()
	v.operator()
	sort.SliceStable(v.problems, func(i, j int) bool {
		a, b := v.problems[i], v.problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return v.problems
}

type validator struct {
	c        *Content
	problems []Problem
}

func (v *validator) errorf(p Pos, format string, args ...any) {
	v.problems = append(v.problems, Problem{p, fmt.Sprintf(format, args...)})
}

func (v *validator) unique() {
	seen := map[string]Pos{}
	check := func(kind, id string, p Pos) {
		if id == "" {
			v.errorf(p, "%s without id", kind)
			return
		}
		key := kind + ":" + id
		if first, ok := seen[key]; ok {
			v.errorf(p, "duplicate %s id %q (first at %s:%d)", kind, id, first.File, first.Line)
			return
		}
		seen[key] = p
	}
	c := v.c
	for _, x := range c.Sources {
		check("source", x.ID, x.Pos)
	}
	for _, x := range c.Authorities {
		check("authority", x.ID, x.Pos)
	}
	for _, x := range c.Offices {
		check("office", x.ID, x.Pos)
	}
	for _, x := range c.Teams {
		check("team", x.ID, x.Pos)
	}
	for _, x := range c.Channels {
		check("channel", x.ID, x.Pos)
	}
	for _, x := range c.Questions {
		check("question", x.ID, x.Pos)
		answers := map[string]bool{}
		for _, a := range x.Answers {
			if answers[a.ID] {
				v.errorf(x.Pos, "question %q: duplicate answer %q", x.ID, a.ID)
			}
			answers[a.ID] = true
		}
	}
	for _, x := range c.Documents {
		check("document", x.ID, x.Pos)
	}
	for _, x := range c.Fees {
		check("fee", x.ID, x.Pos)
	}
	for _, x := range c.Facts {
		check("fact", x.ID, x.Pos)
	}
	for _, x := range c.Procedures {
		check("procedure", x.ID, x.Pos)
	}
	for _, x := range c.Rates {
		check("rate", x.ID, x.Pos)
		if c.Fee(x.ID) != nil {
			v.errorf(x.Pos, "rate %q has the id of a fee", x.ID)
		}
	}
	for _, x := range c.Continuations {
		check("continuation", x.ID, x.Pos)
	}
	for _, f := range c.Situation {
		check("situation key", f.Key, f.Pos)
		if c.Question(f.Key) != nil || oneOf(f.Key, stateKeys) {
			v.errorf(f.Pos, "situation key %q is the name of a question or state key", f.Key)
		}
		values := map[string]bool{}
		for _, val := range f.Values {
			if val.ID == "" || values[val.ID] {
				v.errorf(f.Pos, "situation key %q: empty or duplicate value %q", f.Key, val.ID)
			}
			values[val.ID] = true
			if set, ok := facetValues[f.Key]; ok && !oneOf(val.ID, set) {
				v.errorf(f.Pos, "situation key %q: unknown value %q (%s)", f.Key, val.ID, strings.Join(set, ", "))
			}
		}
	}
}

var placeholderRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)

var clock = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)

func (v *validator) hours(p Pos, what string, hs []Hours) {
	for _, h := range hs {
		if !oneOf(h.Kind, hoursKinds) {
			v.errorf(p, "%s: unknown hours kind %q (%s)", what, h.Kind, join(hoursKinds))
		}
		if len(h.Days) == 0 {
			v.errorf(p, "%s: hours without days", what)
		}
		for _, d := range h.Days {
			if !oneOf(d, weekdays) {
				v.errorf(p, "%s: unknown day %q (%s)", what, d, strings.Join(weekdays, ", "))
			}
		}
		if !clock.MatchString(h.From) || !clock.MatchString(h.To) || h.From >= h.To {
			v.errorf(p, "%s: hours %q–%q must be HH:MM, from before to", what, h.From, h.To)
		}
	}
}

func (v *validator) kinds() {
	c := v.c
	roles := map[QuestionRole]string{}
	people := ""
	for _, q := range c.Questions {
		if !oneOf(q.Kind, questionKinds) {
			v.errorf(q.Pos, "question %q: unknown kind %q (%s)", q.ID, q.Kind, join(questionKinds))
		}
		if !oneOf(q.Role, questionRoles) {
			v.errorf(q.Pos, "question %q: unknown role %q (%s)", q.ID, q.Role, join(questionRoles[1:]))
		} else if q.Role != "" {
			if other, ok := roles[q.Role]; ok {
				v.errorf(q.Pos, "question %q: role %q is taken by question %q", q.ID, q.Role, other)
			}
			roles[q.Role] = q.ID
			if (q.Role == RoleExpiry) != (q.Kind == QuestionDate) {
				v.errorf(q.Pos, "question %q: role expiry goes with kind date, and a date question needs it", q.ID)
			}
			if q.Role == RoleBenefits && q.answer("yes") == nil {
				v.errorf(q.Pos, "question %q: the benefits question needs the answer \"yes\"", q.ID)
			}
		}
		switch q.Kind {
		case QuestionChoice:
			if len(q.Answers) == 0 {
				v.errorf(q.Pos, "choice question %q has no answers", q.ID)
			}
		case QuestionPeople:
			if people != "" {
				v.errorf(q.Pos, "question %q: only one people question (%q is one)", q.ID, people)
			}
			people = q.ID
			if len(q.Answers) == 0 {
				v.errorf(q.Pos, "people question %q has no kinds of person", q.ID)
			}
			if q.Max < 1 || q.Max > MaxPeople {
				v.errorf(q.Pos, "people question %q needs max between 1 and %d, has %d", q.ID, MaxPeople, q.Max)
			}
		case QuestionDate:
			if len(q.Answers) > 0 {
				v.errorf(q.Pos, "date question %q cannot have answers", q.ID)
			}
		}
		if q.Kind != QuestionPeople {
			for _, a := range q.Answers {
				if a.Minor {
					v.errorf(q.Pos, "question %q: minor applies to people questions only", q.ID)
				}
			}
		}
	}
	for _, f := range c.Facts {
		if !oneOf(f.Kind, factKinds) {
			v.errorf(f.Pos, "fact %q: unknown kind %q (%s)", f.ID, f.Kind, join(factKinds))
		}
		if r := f.Calendar; r != nil {
			if !oneOf(r.Anchor, anchors) {
				v.errorf(f.Pos, "fact %q: unknown calendar anchor %q (%s)", f.ID, r.Anchor, join(anchors))
			}
			if r.Days < -MaxCalendarDays || r.Days > MaxCalendarDays || r.Months < -24 || r.Months > 24 || (r.Days == 0 && r.Months == 0) {
				v.errorf(f.Pos, "fact %q: calendar offset out of range (days ±%d, months ±24, not both 0)", f.ID, MaxCalendarDays)
			}
		}
	}
	claimsOf := func(p Pos, what string, list []Claim) {
		for _, cl := range list {
			if !oneOf(cl, claims) {
				v.errorf(p, "%s: unknown claim %q (%s)", what, cl, join(claims))
			}
		}
	}
	for _, f := range c.Facts {
		claimsOf(f.Pos, "fact "+f.ID, f.Claims)
	}
	for _, d := range c.Documents {
		claimsOf(d.Pos, "document "+d.ID, d.Claims)
	}
	for _, f := range c.Fees {
		claimsOf(f.Pos, "fee "+f.ID, f.Claims)
	}
	for _, ch := range c.Channels {
		claimsOf(ch.Pos, "channel "+ch.ID, ch.Claims)
	}
	for _, r := range c.Rates {
		if (r.Cents > 0) == (r.Percent > 0) || r.Cents < 0 || r.Percent < 0 || r.Percent > 100 {
			v.errorf(r.Pos, "rate %q: give cents or a percent (1–100), one of them", r.ID)
		}
	}
	for _, ch := range c.Channels {
		if !oneOf(ch.Kind, channelKinds) {
			v.errorf(ch.Pos, "channel %q: unknown kind %q (%s)", ch.ID, ch.Kind, join(channelKinds))
		}
		v.hours(ch.Pos, "channel "+ch.ID, ch.Hours)
	}
	for _, o := range c.Offices {
		v.hours(o.Pos, "office "+o.ID, o.Hours)
	}
	for _, r := range c.Routes {
		if !oneOf(r.Outcome, outcomes) {
			v.errorf(r.Pos, "route: unknown outcome %q (%s)", r.Outcome, join(outcomes))
		}
	}
	for _, p := range c.Procedures {
		for _, f := range p.Fees {
			if f.Minors != "" && !oneOf(f.Minors, []MinorRate{MinorAsk, MinorHalf, MinorSame}) {
				v.errorf(p.Pos, "procedure %s: unknown minors rate %q (ask, half, same)", p.ID, f.Minors)
			}
			if f.Minors != "" && f.MinorFee != "" {
				v.errorf(p.Pos, "procedure %s: fee %s has both minors and minor_fee; give one", p.ID, f.Fee)
			}
			if (f.Minors != "" || f.MinorFee != "") && !f.PerPerson {
				v.errorf(p.Pos, "procedure %s: a child rate needs per_person: true", p.ID)
			}
		}
	}
}

func join[T ~string](set []T) string {
	var s []string
	for _, x := range set {
		s = append(s, string(x))
	}
	return strings.Join(s, ", ")
}

func (v *validator) prov(p Pos, what string, pr Provenance) {
	if len(pr.Source) == 0 {
		v.errorf(p, "%s has no source", what)
	}
	for _, s := range pr.Source {
		if v.c.Source(s) == nil {
			v.errorf(p, "%s: unknown source %q", what, s)
		}
	}
	if pr.Checked.IsZero() {
		v.errorf(p, "%s has no check date (checked: YYYY-MM-DD)", what)
	}
	if pr.Supersedes != "" && v.c.Fact(pr.Supersedes) == nil {
		v.errorf(p, "%s supersedes unknown fact %q", what, pr.Supersedes)
	}
}

func (v *validator) provenance() {
	c := v.c
	for _, x := range c.Authorities {
		v.prov(x.Pos, "authority "+x.ID, x.Provenance)
	}
	for _, x := range c.Offices {
		v.prov(x.Pos, "office "+x.ID, x.Provenance)
	}
	for _, x := range c.Teams {
		v.prov(x.Pos, "team "+x.ID, x.Provenance)
	}
	for _, x := range c.Channels {
		v.prov(x.Pos, "channel "+x.ID, x.Provenance)
	}
	for _, x := range c.Fees {
		v.prov(x.Pos, "fee "+x.ID, x.Provenance)
		if x.Cents < 0 {
			v.errorf(x.Pos, "fee %q: negative amount", x.ID)
		}
		if x.Unknown && x.Cents != 0 {
			v.errorf(x.Pos, "fee %q: unknown fees have no amount", x.ID)
		}
	}
	for _, x := range c.Facts {
		v.prov(x.Pos, "fact "+x.ID, x.Provenance)
	}
	for _, x := range c.Procedures {
		v.prov(x.Pos, "procedure "+x.ID, x.Provenance)
	}
	for _, x := range c.Rates {
		v.prov(x.Pos, "rate "+x.ID, x.Provenance)
	}
	for _, x := range c.Continuations {
		v.prov(x.Pos, "continuation "+x.ID, x.Provenance)
	}
	for _, s := range c.Sources {
		if s.URL == "" && s.File == "" {
			v.errorf(s.Pos, "source %q needs a url (or, for a seed without a public copy, its file)", s.ID)
		}
		if s.Authority != "" && c.Authority(s.Authority) == nil {
			v.errorf(s.Pos, "source %q: unknown authority %q", s.ID, s.Authority)
		}
	}
}

// Links, e-mail addresses and phone numbers reach HTML attributes (href):
// they must parse as what they claim to be.
var (
	phoneRE = regexp.MustCompile(`^\+?[0-9][0-9 /()-]*[0-9]$`)
	emailRE = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$`)
)

func (v *validator) url(p Pos, what, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		strings.ContainsAny(s, " \"'<>\\`") {
		v.errorf(p, "%s: %q is not a plain http(s) address", what, s)
	}
}

func (v *validator) email(p Pos, what, s string) {
	if s == "" {
		return
	}
	if !emailRE.MatchString(s) {
		v.errorf(p, "%s: %q is not a plain e-mail address", what, s)
	}
}

func (v *validator) phone(p Pos, what, s string) {
	if s != "" && !phoneRE.MatchString(s) {
		v.errorf(p, "%s: %q is not a phone number (digits, spaces, / - ( ) +)", what, s)
	}
}

func (v *validator) links() {
	c := v.c
	for _, s := range c.Sources {
		v.url(s.Pos, "source "+s.ID, s.URL)
	}
	for _, o := range c.Offices {
		v.email(o.Pos, "office "+o.ID, o.Email)
		v.phone(o.Pos, "office "+o.ID, o.Phone)
	}
	for _, t := range c.Teams {
		v.email(t.Pos, "team "+t.ID, t.Email)
		v.url(t.Pos, "team "+t.ID, t.Page)
	}
	for _, ch := range c.Channels {
		v.email(ch.Pos, "channel "+ch.ID, ch.Email)
		v.phone(ch.Pos, "channel "+ch.ID, ch.Phone)
		v.url(ch.Pos, "channel "+ch.ID, ch.URL)
	}
	for _, d := range c.Documents {
		v.url(d.Pos, "document "+d.ID, d.URL)
		if d.Download && d.URL == "" && !d.TeamPage {
			v.errorf(d.Pos, "document %q can be downloaded: give its url (or team_page: true)", d.ID)
		}
	}
	for _, f := range c.Facts {
		v.url(f.Pos, "fact "+f.ID, f.URL)
	}
}

func (v *validator) cond(p Pos, what string, cond Cond) {
	v.condIn(p, what, cond, false, len(v.c.Situation))
}

// itemCond checks the condition of a document or fact, which may name the
// state (priced fees, lateness).
func (v *validator) itemCond(p Pos, what string, cond Cond) {
	v.condIn(p, what, cond, true, len(v.c.Situation))
}

// condIn checks a condition; state tells whether state keys may appear,
// facets how many situation keys (in order) it may name.
func (v *validator) condIn(p Pos, what string, cond Cond, state bool, facets int) {
	for k, vals := range cond {
		if oneOf(k, stateKeys) {
			if !state {
				v.errorf(p, "%s: condition names the state key %q, which only documents and facts may use", what, k)
			}
			for _, val := range vals {
				if !v.stateValue(k, val) {
					v.errorf(p, "%s: condition names unknown value %q of state key %q", what, val, k)
				}
			}
			continue
		}
		if i := v.facetIndex(k); i >= 0 {
			if i >= facets {
				v.errorf(p, "%s: situation key %q may only name keys defined before it", what, k)
			}
			for _, val := range vals {
				if !facetHas(&v.c.Situation[i], val) {
					v.errorf(p, "%s: condition names unknown value %q of situation key %q", what, val, k)
				}
			}
			continue
		}
		q := v.c.Question(k)
		if q == nil {
			v.errorf(p, "%s: condition names unknown question %q", what, k)
			continue
		}
		for _, val := range vals {
			if !v.answerExists(q, val) {
				v.errorf(p, "%s: condition names unknown answer %q of question %q", what, val, k)
			}
		}
	}
}

func (v *validator) facetIndex(k string) int {
	for i := range v.c.Situation {
		if v.c.Situation[i].Key == k {
			return i
		}
	}
	return -1
}

func facetHas(f *Facet, val string) bool {
	for _, x := range f.Values {
		if x.ID == val {
			return true
		}
	}
	return false
}

func (v *validator) stateValue(key, val string) bool {
	switch key {
	case StateToPay, StateLate:
		return val == "yes" || val == "no"
	case StateCharged:
		return v.c.Fee(val) != nil
	case StateChildRate:
		return oneOf(MinorRate(val), []MinorRate{MinorHalf, MinorSame, MinorAsk, MinorOwn})
	}
	return false
}

func (v *validator) answerExists(q *Question, val string) bool {
	switch q.Kind {
	case QuestionChoice, QuestionPeople:
		return q.answer(val) != nil
	case QuestionDate:
		switch val {
		case BucketExpired, BucketSoon, BucketLater:
			return true
		case BucketUnknown:
			return q.Optional
		}
	}
	return false
}

// personKinds checks a people filter against the people question.
func (v *validator) personKinds(p Pos, what string, kinds []string, perPerson bool) {
	if len(kinds) == 0 && !perPerson {
		return
	}
	q := v.c.PeopleQuestion()
	if q == nil {
		v.errorf(p, "%s: per-person entries need a people question", what)
		return
	}
	for _, k := range kinds {
		if q.answer(k) == nil {
			v.errorf(p, "%s: unknown kind of person %q (answers of question %q)", what, k, q.ID)
		}
	}
}

// teamLink tells whether a link resolves for a procedure's team.
func (v *validator) teamLink(l Link, team *Team) bool {
	return l.URL != "" || (l.TeamPage && team != nil && team.Page != "")
}

func (v *validator) references() {
	c := v.c
	for _, o := range c.Offices {
		if c.Authority(o.Authority) == nil {
			v.errorf(o.Pos, "office %q: unknown authority %q", o.ID, o.Authority)
		}
	}
	for _, t := range c.Teams {
		if c.Authority(t.Authority) == nil {
			v.errorf(t.Pos, "team %q: unknown authority %q", t.ID, t.Authority)
		}
		if c.Office(t.Office) == nil {
			v.errorf(t.Pos, "team %q: unknown office %q", t.ID, t.Office)
		}
	}
	for _, q := range c.Questions {
		for _, cond := range q.AskIf {
			v.cond(q.Pos, "question "+q.ID, cond)
		}
		for _, a := range q.Answers {
			for _, cond := range a.If {
				v.cond(q.Pos, "answer "+q.ID+"="+a.ID, cond)
			}
		}
	}
	for _, r := range c.Routes {
		v.cond(r.Pos, "route", r.When)
		ids := r.ProcedureIDs()
		if r.Outcome == OutcomeChecklist && len(ids) == 0 {
			v.errorf(r.Pos, "route: a checklist needs a procedure")
		}
		for _, id := range ids {
			if c.Procedure(id) == nil {
				v.errorf(r.Pos, "route: unknown procedure %q", id)
			}
		}
	}
	for i, f := range c.Situation {
		for _, val := range f.Values {
			for _, cond := range val.When {
				v.condIn(f.Pos, "situation key "+f.Key+"="+val.ID, cond, false, i)
			}
		}
	}
	for i, k := range c.Continuations {
		for _, cond := range k.When {
			v.cond(k.Pos, "continuation "+k.ID, cond)
		}
		if k.ValidOn.IsZero() || k.Until.IsZero() || !k.ValidOn.Before(k.Until) {
			v.errorf(k.Pos, "continuation %q needs valid_on before until", k.ID)
		}
		if i > 0 && k.ValidOn.Before(c.Continuations[i-1].ValidOn) {
			v.errorf(k.Pos, "continuation %q: list continuations by valid_on, oldest first (they chain)", k.ID)
		}
	}
	for _, f := range c.Facts {
		for _, id := range f.Fees {
			if c.Fee(id) == nil {
				v.errorf(f.Pos, "fact %q speaks about unknown fee %q", f.ID, id)
			}
		}
		for name, id := range f.Amounts {
			if !placeholderRE.MatchString(name) {
				v.errorf(f.Pos, "fact %q: placeholder %q must be a word starting with a capital letter", f.ID, name)
			}
			if _, ok := c.AmountOf(id); !ok {
				v.errorf(f.Pos, "fact %q: placeholder %s takes unknown amount %q (a fee with cents, or a rate)", f.ID, name, id)
			}
			if r := c.Rate(id); r != nil && !r.Until.IsZero() && f.Kind != FactHistory {
				v.errorf(f.Pos, "fact %q is current but quotes the historical amount %q (until %s)", f.ID, id, r.Until)
			}
		}
	}
	for _, ref := range c.Common {
		v.factRef(ref.Pos, "common", ref)
	}
	for _, p := range c.Procedures {
		what := "procedure " + p.ID
		team := c.Team(p.Team)
		if team == nil {
			v.errorf(p.Pos, "%s: unknown team %q", what, p.Team)
		}
		if p.Office != "" && c.Office(p.Office) == nil {
			v.errorf(p.Pos, "%s: unknown office %q", what, p.Office)
		}
		for _, ref := range p.Channels {
			if ch := c.Channel(ref.ID); ch != nil {
				v.cond(p.Pos, what, ref.When)
				if ch.Kind.NeedsURL() && !v.teamLink(ch.Link, team) {
					v.errorf(p.Pos, "%s: channel %q sends people to a page: give it a url, or the team a page", what, ref.ID)
				}
			} else if f := c.Fact(ref.ID); f != nil && f.Kind == FactChannelNote {
				// Channels come before the fees: no state in their conditions.
				v.factRefIn(p.Pos, what, ref, false)
			} else {
				v.errorf(p.Pos, "%s: unknown channel or channel_note %q", what, ref.ID)
			}
		}
		for _, ref := range p.Documents {
			v.itemCond(p.Pos, what, ref.When)
			v.personKinds(p.Pos, what, ref.People, ref.PerPerson)
			d := c.Document(ref.Doc)
			if d == nil {
				v.errorf(p.Pos, "%s: unknown document %q", what, ref.Doc)
			} else if d.Download && !v.teamLink(d.Link, team) {
				v.errorf(p.Pos, "%s: document %q is downloaded from the team page, but team %q has no page", what, ref.Doc, p.Team)
			}
			for _, alt := range ref.Or {
				if c.Document(alt) == nil {
					v.errorf(p.Pos, "%s: unknown alternative document %q", what, alt)
				}
			}
			for _, s := range ref.Source {
				if c.Source(s) == nil {
					v.errorf(p.Pos, "%s: document %q: unknown source %q", what, ref.Doc, s)
				}
			}
		}
		for _, ref := range p.Fees {
			v.cond(p.Pos, what, ref.When)
			v.cond(p.Pos, what, ref.ExemptIf)
			v.cond(p.Pos, what, ref.ReducibleIf)
			v.personKinds(p.Pos, what, ref.People, ref.PerPerson)
			if ref.Fee != "" && len(ref.AnyOf) > 0 {
				v.errorf(p.Pos, "%s: a fee entry has fee or any_of, not both", what)
			}
			ids := ref.IDs()
			if len(ids) == 0 {
				v.errorf(p.Pos, "%s: fee entry names no fee", what)
			}
			if ref.MinorFee != "" {
				ids = append(ids, ref.MinorFee)
			}
			for _, id := range ids {
				if c.Fee(id) == nil {
					v.errorf(p.Pos, "%s: unknown fee %q", what, id)
				}
			}
		}
		for _, ref := range p.Facts {
			v.factRef(p.Pos, what, ref)
			if f := c.Fact(ref.ID); f != nil && f.TeamPage && (team == nil || team.Page == "") {
				v.errorf(p.Pos, "%s: fact %q links to the team page, but team %q has no page", what, ref.ID, p.Team)
			}
		}
	}
}

func (v *validator) factRef(p Pos, what string, ref ItemRef) { v.factRefIn(p, what, ref, true) }

func (v *validator) factRefIn(p Pos, what string, ref ItemRef, state bool) {
	v.condIn(p, what, ref.When, state, len(v.c.Situation))
	if f := v.c.Fact(ref.ID); f != nil && f.LeadTime() && state {
		for k := range ref.When {
			if oneOf(k, stateKeys) {
				v.errorf(p, "%s: fact %q sets a lead time, so its condition may not name the state (%q)", what, ref.ID, k)
			}
		}
	}
	v.personKinds(p, what, ref.People, false)
	f := v.c.Fact(ref.ID)
	if f == nil {
		v.errorf(p, "%s: unknown fact %q", what, ref.ID)
		return
	}
	if f.Kind == FactHistory {
		v.errorf(f.Pos, "fact %q is history (superseded) but %s presents it as current", f.ID, what)
	}
}

// flow enumerates every path and reports unreachable questions and
// routes, paths that reach no outcome, and facts of one authority's
// sources on another authority's checklist.
func (v *validator) flow() {
	c := v.c
	if len(v.problems) > 0 {
		return // paths over broken references would only repeat the errors
	}
	asked := map[string]bool{}
	answered := map[string]bool{}
	routed := make([]bool, len(c.Routes))
	foreign := map[string]string{}
	var missing []Answers
	today := c.Checked
	if today.IsZero() {
		today = MustDate("2026-01-01")
	}
	c.Paths(today, func(a Answers) {
		steps, _ := c.Walk(a, today)
		for _, s := range steps {
			asked[s.Question.ID] = true
			if s.Question.Kind == QuestionPeople {
				for _, p := range SplitPeople(s.Value) {
					answered[s.Question.ID+"="+p] = true
				}
			} else {
				answered[s.Question.ID+"="+s.Value] = true
			}
		}
		hit := -1
		for i := range c.Routes {
			if c.match(c.Routes[i].When, a, today) {
				routed[i], hit = true, i
				break
			}
		}
		if hit < 0 {
			if len(missing) < 5 {
				missing = append(missing, a)
			}
			return
		}
		cl, _ := c.Evaluate(a, today)
		if cl.Authority == "" {
			return
		}
		check := func(id string, sources []string) {
			if _, seen := foreign[id]; seen || len(sources) == 0 {
				return
			}
			for _, s := range sources {
				if src := c.Source(s); src == nil || src.Authority == "" || src.Authority == cl.Authority {
					return
				}
			}
			foreign[id] = fmt.Sprintf("%q has only sources of another authority than %s but shows on its checklist (answers %s): give it a source that covers %s, or a condition", id, cl.Authority, c.Encode(a), cl.Authority)
		}
		for _, it := range cl.Facts() {
			if f := c.Fact(it.ID); f == nil || !f.Federal {
				check(it.ID, it.Source)
			}
		}
		for _, d := range cl.Documents {
			check(d.ID, d.Source)
		}
		for _, f := range cl.Fees {
			check(f.ID, f.Source)
		}
	})
	for _, q := range c.Questions {
		if !asked[q.ID] {
			v.errorf(q.Pos, "question %q is never asked", q.ID)
			continue
		}
		for _, a := range q.Answers {
			if !answered[q.ID+"="+a.ID] {
				v.errorf(q.Pos, "answer %q of question %q can never be chosen", a.ID, q.ID)
			}
		}
	}
	for i, r := range c.Routes {
		if !routed[i] {
			v.errorf(r.Pos, "route is never taken (an earlier route catches all its paths)")
		}
	}
	for _, a := range missing {
		v.errorf(Pos{File: "routes"}, "no route for answers %s", c.Encode(a))
	}
	var ids []string
	for id := range foreign {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		pos := Pos{File: "procedures"}
		if f := c.Fact(id); f != nil {
			pos = f.Pos
		} else if f := c.Fee(id); f != nil {
			pos = f.Pos
		}
		v.errorf(pos, "%s", foreign[id])
	}
}

// Ending is a fact in use whose end date has passed or is near.
type Ending struct {
	Fact  *Fact
	Until Date
	Days  int // from today; negative once it has ended
}

func (e Ending) String() string {
	if e.Days < 0 {
		return fmt.Sprintf("%s:%d: fact %s ended on %s and is still shown (as outdated): update it or mark it kind: history", e.Fact.File, e.Fact.Line, e.Fact.ID, e.Until)
	}
	return fmt.Sprintf("%s:%d: fact %s ends on %s, in %d days: update it or mark it history", e.Fact.File, e.Fact.Line, e.Fact.ID, e.Until, e.Days)
}

// Expiring lists the facts in use (by a procedure or as common facts)
// whose end date is before today+warnDays, soonest first.
func (c *Content) Expiring(today Date, warnDays int) []Ending {
	used := map[string]bool{}
	for _, ref := range c.Common {
		used[ref.ID] = true
	}
	for _, p := range c.Procedures {
		for _, ref := range append(append([]ItemRef{}, p.Facts...), p.Channels...) {
			used[ref.ID] = true
		}
	}
	var out []Ending
	for i := range c.Facts {
		f := &c.Facts[i]
		if !used[f.ID] || f.Kind == FactHistory || f.Until.IsZero() {
			continue
		}
		// Until is the last day the rule applies: negative days have ended.
		if days := today.DaysUntil(f.Until); days <= warnDays {
			out = append(out, Ending{Fact: f, Until: f.Until, Days: days})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Until.Before(out[j].Until) })
	return out
}
