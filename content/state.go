package content

// state is what a checklist's fees and dates say once the fees are priced:
// documents and facts may depend on it (an EC card only where something is
// left to pay, a note about a fee only where that fee is charged).
type state struct {
	toPay, late bool
	charged     []string
	childRates  []string
}

// values gives a state key's values; ok is false for other keys.
func (s *state) values(key string) ([]string, bool) {
	switch key {
	case StateToPay:
		return yesNo(s.toPay), true
	case StateLate:
		return yesNo(s.late), true
	case StateCharged:
		return s.charged, true
	case StateChildRate:
		return s.childRates, true
	}
	return nil, false
}

func yesNo(b bool) []string {
	if b {
		return []string{"yes"}
	}
	return []string{"no"}
}

// Charged tells whether a fee line is charged: on the checklist and not
// waived.
func (f FeeItem) Charged() bool { return !f.Exempt }

// ToPay tells whether anything in the total is left to pay: an amount,
// or a fee whose amount the office names.
func (cl *Checklist) ToPay() bool { return cl.FeeMax > 0 || cl.FeeOpen }

// ChargedFees lists the IDs of the charged fee lines (every alternative).
func (cl *Checklist) ChargedFees() []string {
	var out []string
	for _, f := range cl.Fees {
		if f.Charged() {
			for _, a := range f.Alternatives {
				out = append(out, a.ID)
			}
		}
	}
	return out
}

// ChildRates lists the child rates of the charged fee lines.
func (cl *Checklist) ChildRates() []string {
	var out []string
	for _, f := range cl.Fees {
		if !f.Charged() {
			continue
		}
		for _, s := range f.Shares {
			if s.Minor && !contains(out, string(s.MinorRate)) {
				out = append(out, string(s.MinorRate))
			}
		}
	}
	return out
}

// state fixes the checklist's state after the fees, and marks the expiry
// late when a lead time the sources give (a calendar rule before the
// expiry date, on a fact this checklist shows) has already passed.
func (b *builder) state(procs []*Procedure) *state {
	cl := b.cl
	st := &state{toPay: cl.ToPay(), charged: cl.ChargedFees(), childRates: cl.ChildRates()}
	if lead := b.lead(procs); !lead.IsZero() && lead.Before(b.today) {
		st.late = true
		cl.Expiry.Late = true
	}
	return st
}

// lead is the earliest date the checklist's lead-time facts set before the
// expiry date; zero when none applies. Lead-time facts depend on answers
// only (validate.go), so they can be read before the state exists.
func (b *builder) lead(procs []*Procedure) Date {
	e := b.cl.Expiry
	if e == nil || e.Continuation != "" || (e.Bucket != BucketSoon && e.Bucket != BucketLater) {
		return Date{}
	}
	var refs []ItemRef
	for _, p := range procs {
		refs = append(append(refs, p.Channels...), p.Facts...)
	}
	refs = append(refs, b.c.Common...)
	var lead Date
	for _, ref := range refs {
		f := b.c.Fact(ref.ID)
		if f == nil || !f.LeadTime() || !b.c.match(ref.When, b.a, b.today) {
			continue
		}
		if d := f.Calendar.Apply(e.Date); lead.IsZero() || d.Before(lead) {
			lead = d
		}
	}
	return lead
}

// LeadTime tells whether a fact sets a date before the expiry date: the
// time the sources give for asking in time.
func (f *Fact) LeadTime() bool {
	r := f.Calendar
	return r != nil && r.Anchor == AnchorExpiry && (r.Months < 0 || (r.Months == 0 && r.Days < 0))
}
