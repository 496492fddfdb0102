package content

import (
	"fmt"
	"strings"
)

// The contradiction check: on every path, what the checklist says must fit
// together. It reads what the data declares each item states (claims, the
// fees a fact speaks about) and what the engine decided (fees, expiry,
// situation), never the words, so that it works the same in every
// language. `lotse check` runs it over every path.

// Rules of the contradiction check.
const (
	// RuleExempt: a fee shown as waived that also shows an amount, a
	// child rate or "ask"; a note about fees none of which is charged; a
	// child rate stated where no charged fee has one.
	RuleExempt = "exempt_with_amount"
	// RulePayment: a means or rule of paying where nothing is left to pay.
	RulePayment = "payment_nothing_to_pay"
	// RuleContinuation: an expiry warning or "apply now" beside a paper
	// that continues by law.
	RuleContinuation = "expiry_against_continuation"
	// RuleOfficeWrites: "the office writes to you" beside "ask for an
	// appointment now" without saying which comes first.
	RuleOfficeWrites = "office_writes_and_apply_now"
	// RuleFirstApplication: extension wording on a first application.
	RuleFirstApplication = "extension_on_first_application"
	// RuleAsylumPaper: a residence title's document, fee or wording on the
	// path of a Gestattung or Duldung.
	RuleAsylumPaper = "title_on_gestattung_or_duldung"
	// RuleChannel: a channel text that contradicts the channel (the contact
	// form on an e-mail channel, "only the contact form" beside another
	// way, "not the online booking" beside the booking).
	RuleChannel = "channel_text"
)

// Rules lists every rule, for reports.
var Rules = []string{RuleExempt, RulePayment, RuleContinuation, RuleOfficeWrites, RuleFirstApplication, RuleAsylumPaper, RuleChannel}

// Contradiction is one rule broken on one path.
type Contradiction struct {
	Rule    string
	Answers Answers
	// Items are the IDs of the lines that contradict each other ("expiry"
	// stands for the expiry date line, "expired" for the expired title).
	Items []string
}

// Describe writes the contradiction for editors.
func (c *Content) Describe(x Contradiction) string {
	return fmt.Sprintf("%s: %s (answers %s)", x.Rule, strings.Join(x.Items, ", "), c.Encode(x.Answers))
}

// Implied items: what the expiry line says (present/dates.go draws it
// from the checklist's expiry; its words carry these claims).
const (
	itemExpiry  = "expiry"
	itemExpired = "expired"
)

// said maps a claim to the items stating it on one checklist.
type said map[Claim][]string

func (s said) add(id string, claims ...Claim) {
	for _, c := range claims {
		if !contains(s[c], id) {
			s[c] = append(s[c], id)
		}
	}
}

func (s said) any(c ...Claim) bool {
	for _, x := range c {
		if len(s[x]) > 0 {
			return true
		}
	}
	return false
}

func (s said) items(c ...Claim) []string {
	var out []string
	for _, x := range c {
		for _, id := range s[x] {
			if !contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// claimsOf collects what a checklist states, item by item.
func (c *Content) claimsOf(cl *Checklist) said {
	s := said{}
	for _, it := range cl.Facts() {
		if f := c.Fact(it.ID); f != nil {
			s.add(it.ID, f.Claims...)
		}
	}
	for _, it := range cl.Channels {
		if ch := c.Channel(it.ID); ch != nil && it.Channel != "" {
			s.add(it.ID, ch.Claims...)
		}
	}
	for _, d := range cl.Documents {
		if doc := c.Document(d.ID); doc != nil {
			s.add(d.ID, doc.Claims...)
		}
	}
	for _, f := range cl.Fees {
		for _, a := range f.Alternatives {
			if fee := c.Fee(a.ID); fee != nil {
				s.add(a.ID, fee.Claims...)
			}
		}
	}
	if e := cl.Expiry; e != nil {
		switch {
		case e.Continuation != "":
			s.add(itemExpiry, ClaimAutomaticContinuation)
		case e.Bucket == BucketExpired:
			s.add(itemExpiry, ClaimExpiryWarning)
		case e.Bucket == BucketSoon || (!e.ApplyBy.IsZero() && !cl.Today.Before(e.ApplyBy)):
			s.add(itemExpiry, ClaimApplyNow)
		}
	}
	if cl.Expired {
		s.add(itemExpired, ClaimExpiryWarning)
	}
	return s
}

// Contradictions checks one checklist against every rule.
func (c *Content) Contradictions(cl *Checklist) []Contradiction {
	var out []Contradiction
	add := func(rule string, items ...string) {
		out = append(out, Contradiction{Rule: rule, Answers: cl.Answers, Items: items})
	}
	s := c.claimsOf(cl)
	charged := cl.ChargedFees()

	// Fees: waived means nothing else is said about the amount.
	for _, f := range cl.Fees {
		if f.Exempt && (f.Min != 0 || f.Max != 0 || f.Unknown || len(f.Shares) > 0) {
			add(RuleExempt, f.ID)
		}
	}
	for _, it := range cl.Facts() {
		if f := c.Fact(it.ID); f != nil && len(f.Fees) > 0 && !anyIn(charged, f.Fees) {
			add(RuleExempt, append([]string{it.ID}, f.Fees...)...)
		}
	}
	if s.any(ClaimChildRate) {
		rates := cl.ChildRates()
		if !contains(rates, string(MinorHalf)) && !contains(rates, string(MinorOwn)) {
			add(RuleExempt, s.items(ClaimChildRate)...)
		}
	}
	if s.any(ClaimPayment) && !cl.ToPay() {
		add(RulePayment, s.items(ClaimPayment)...)
	}
	if s.any(ClaimAutomaticContinuation) && s.any(ClaimExpiryWarning, ClaimApplyNow) {
		add(RuleContinuation, append(s.items(ClaimAutomaticContinuation), s.items(ClaimExpiryWarning, ClaimApplyNow)...)...)
	}
	if s.any(ClaimOfficeWrites) && s.any(ClaimApplyNow) && !s.any(ClaimOrder) {
		add(RuleOfficeWrites, append(s.items(ClaimOfficeWrites), s.items(ClaimApplyNow)...)...)
	}
	if cl.Situation[FacetApplication] == ApplicationFirst && s.any(ClaimExtension) {
		add(RuleFirstApplication, s.items(ClaimExtension)...)
	}
	if p := cl.Situation[FacetPaper]; (p == PaperGestattung || p == PaperDuldung) && s.any(ClaimTitle) {
		add(RuleAsylumPaper, s.items(ClaimTitle)...)
	}
	kinds := map[ChannelKind][]string{}
	for _, it := range cl.Channels {
		if it.Channel == "" {
			continue
		}
		kinds[it.Channel] = append(kinds[it.Channel], it.ID)
		if ch := c.Channel(it.ID); it.Channel != ChannelForm && (HasClaim(ch.Claims, ClaimContactForm) || HasClaim(ch.Claims, ClaimOnlyContactForm)) {
			add(RuleChannel, it.ID)
		}
	}
	if s.any(ClaimOnlyContactForm) {
		for _, k := range []ChannelKind{ChannelEmail, ChannelBooking, ChannelPhone, ChannelWalkIn, ChannelOnlineApplication} {
			if len(kinds[k]) > 0 {
				add(RuleChannel, append(s.items(ClaimOnlyContactForm), kinds[k]...)...)
			}
		}
	}
	if s.any(ClaimNoOnlineBooking) && len(kinds[ChannelBooking]) > 0 {
		add(RuleChannel, append(s.items(ClaimNoOnlineBooking), kinds[ChannelBooking]...)...)
	}
	return out
}

// ContradictionReport is the check over every path.
type ContradictionReport struct {
	Paths int
	Found []Contradiction
}

// ByRule counts the contradictions per rule, in the order of Rules.
func (r ContradictionReport) ByRule() map[string]int {
	out := map[string]int{}
	for _, x := range r.Found {
		out[x.Rule]++
	}
	return out
}

// CheckContradictions evaluates every path as of today and checks each
// checklist. Contradictions come in path order.
func (c *Content) CheckContradictions(today Date) ContradictionReport {
	var r ContradictionReport
	c.Paths(today, func(a Answers) {
		r.Paths++
		cl, next := c.Evaluate(a, today)
		if next != nil || cl == nil {
			return
		}
		r.Found = append(r.Found, c.Contradictions(cl)...)
	})
	return r
}
