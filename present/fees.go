package present

import (
	"lotse/content"
	"lotse/i18n/catalog"
)

// Fees is the fee section: one row per fee, the total, the notes.
type Fees struct {
	Rows  []FeeRow `json:"rows"`
	Total *Text    `json:"total,omitempty"`
	// Min and Max are the total in cents; Open: some amount the office says.
	Min   int    `json:"min"`
	Max   int    `json:"max"`
	Open  bool   `json:"open,omitempty"`
	Notes []Line `json:"notes,omitempty"`
}

// FeeRow is one fee: its name, what each group of persons pays, the
// amount, and why.
type FeeRow struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
	// Choices lists the amounts one of which applies, each named, when
	// they are different services (98 € or 50 €).
	Choices []FeeChoice `json:"choices,omitempty"`
	// Shares says what adults and children pay, for several persons.
	Shares    []Text `json:"shares,omitempty"`
	Amount    Text   `json:"amount"`
	Optional  bool   `json:"optional,omitempty"`
	Exempt    bool   `json:"exempt,omitempty"`
	Reducible bool   `json:"reducible,omitempty"`
	Unknown   bool   `json:"unknown,omitempty"`
	Note      *Text  `json:"note,omitempty"`
	Why       Why    `json:"why"`
}

// FeeChoice is one of several fees that may apply.
type FeeChoice struct {
	Name   Text `json:"name"`
	Amount Text `json:"amount"`
}

func (v *view) fees(cl *content.Checklist) *Fees {
	if len(cl.Fees) == 0 && len(cl.FeeNotes) == 0 {
		return nil
	}
	f := &Fees{Min: cl.FeeMin, Max: cl.FeeMax, Open: cl.FeeOpen}
	for _, fi := range cl.Fees {
		f.Rows = append(f.Rows, v.feeRow(cl, fi))
	}
	if len(cl.Fees) > 0 {
		total := v.total(cl)
		f.Total = &total
	}
	for _, it := range cl.FeeNotes {
		f.Notes = append(f.Notes, v.line(cl, it))
	}
	return f
}

func (v *view) feeRow(cl *content.Checklist, fi content.FeeItem) FeeRow {
	r := FeeRow{ID: fi.ID, Name: asTerm(v.content(content.FeeName(fi.ID))), Optional: fi.Optional, Exempt: fi.Exempt,
		Reducible: fi.Reducible, Unknown: fi.Unknown, Why: v.why(cl, fi.Item)}
	if choices := v.choices(fi, r.Name); len(choices) > 0 {
		r.Name, r.Choices = v.t(KeyFeesOneOf), choices
	}
	if fi.PerPerson && (len(fi.Shares) > 1 || (len(fi.Shares) == 1 && fi.Shares[0].Count > 1)) {
		for _, s := range fi.Shares {
			r.Shares = append(r.Shares, v.share(s))
		}
	}
	r.Note = v.feeNote(fi)
	switch {
	case fi.Exempt:
		r.Amount = v.t(KeyFeesExempt)
	case fi.Unknown && fi.Max == 0:
		r.Amount = v.t(KeyFeesAsk)
	case fi.Unknown:
		r.Amount = v.join([]Text{v.amount(fi.Min, fi.Max), v.t(KeyFeesOpen)}, " ")
	default:
		r.Amount = v.amount(fi.Min, fi.Max)
	}
	return r
}

// choices names each alternative when they have different names: they
// are different services. The same name with two amounts is one fee of
// uncertain price, and has no choices.
func (v *view) choices(fi content.FeeItem, name Text) []FeeChoice {
	distinct := false
	for _, a := range fi.Alternatives[1:] {
		if v.content(content.FeeName(a.ID)).German != name.German {
			distinct = true
		}
	}
	if !distinct {
		return nil
	}
	var out []FeeChoice
	for _, a := range fi.Alternatives {
		amount := v.t(KeyFeesAsk)
		if !a.Unknown {
			amount = v.euro(a.Cents)
		}
		out = append(out, FeeChoice{Name: asTerm(v.content(content.FeeName(a.ID))), Amount: amount})
	}
	return out
}

// feeNote says what children pay, or that the fee is optional or may be
// reduced (the last of these that applies).
func (v *view) feeNote(fi content.FeeItem) *Text {
	var note *Text
	for _, s := range fi.Shares {
		switch {
		case !s.Minor:
		case s.MinorRate == content.MinorHalf:
			note = v.label(KeyFeesMinorsHalf)
		case s.MinorRate == content.MinorAsk:
			note = v.label(KeyFeesMinorsAsk)
		}
	}
	if fi.Optional {
		note = v.label(KeyFeesOptional)
	}
	if fi.Reducible {
		note = v.label(KeyFeesReducible)
	}
	return note
}

// feeRows: each fee with its amount (the choices, what each group of
// persons pays and a note below), the total, the notes.
func (v *view) feeRows(f *Fees) []Row {
	if f == nil {
		return nil
	}
	var out []Row
	for _, r := range f.Rows {
		amount := r.Amount
		row := Row{Kind: RowFee, ID: r.ID, Text: r.Name, Amount: &amount, Why: whyOf(r.Why)}
		for _, c := range r.Choices {
			c := c
			row.Details = append(row.Details, Row{Kind: RowFee, Text: c.Name, Amount: &c.Amount})
		}
		for _, s := range r.Shares {
			row.Details = append(row.Details, Row{Kind: RowText, Text: s})
		}
		if r.Note != nil {
			row.Details = append(row.Details, Row{Kind: RowText, Text: *r.Note})
		}
		out = append(out, row)
	}
	if f.Total != nil {
		out = append(out, Row{Kind: RowTotal, ID: "total", Label: v.label(KeyFeesTotal), Amount: f.Total})
	}
	return append(out, lineRows(f.Notes)...)
}

// share says "2 adults: 93 € each" or "1 child: ask the office".
func (v *view) share(s content.FeeShare) Text {
	if s.Unknown && s.UnitMax == 0 {
		key := KeyFeesShareAdultsAsk
		if s.Minor {
			key = KeyFeesShareMinorsAsk
		}
		return v.n(key, s.Count, nil, nil)
	}
	key := KeyFeesShareAdults
	if s.Minor {
		key = KeyFeesShareMinors
	}
	unit := v.amount(s.UnitMin, s.UnitMax)
	return v.n(key, s.Count, catalog.Args{"Unit": unit.Local}, catalog.Args{"Unit": unit.German})
}

func (v *view) amount(min, max int) Text {
	switch {
	case min != max:
		lo, hi := v.euro(min), v.euro(max)
		return v.tt(KeyFeesRange, catalog.Args{"Min": lo.Local, "Max": hi.Local}, catalog.Args{"Min": lo.German, "Max": hi.German})
	case max == 0:
		return v.t(KeyFeesFree)
	}
	return v.euro(min)
}

// total says what it costs in all; never "0 € plus fees".
func (v *view) total(cl *content.Checklist) Text {
	if cl.FeeOpen && cl.FeeMax == 0 {
		return v.t(KeyFeesAskOnly)
	}
	t := v.amount(cl.FeeMin, cl.FeeMax)
	if cl.FeeOpen {
		t = v.join([]Text{t, v.t(KeyFeesOpen)}, " ")
	}
	return t
}
