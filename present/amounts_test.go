package present_test

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// Amounts come only from the data. The test raises every amount of the
// data in turn (each fee with an amount, each rate) and reads every text
// of every path in every language (and every fact, history included, as
// the sources page shows it): the old value must be gone, the new one
// must show. A text that kept the old value took it from somewhere else
// than the data: a written amount, or a writer's own. Where another entry
// of the data has the same value on the same checklist (a fee line, a
// fact's amount), the old value is that entry's and the text is not read
// for it; the test counts those.
//
// Paths whose fee lines and amount-taking facts are the same show the
// same amounts, so each such group is presented once (one representative
// path, 13 languages); only the groups that show the raised entry are
// presented again.

// amountGroup is what decides the amounts a checklist shows.
type amountGroup struct {
	key   string
	cl    *content.Checklist
	paths int
}

func amountKey(c *content.Content, cl *content.Checklist) string {
	type fee struct {
		Alts                      []content.FeeAlt
		Shares                    []content.FeeShare
		Min, Max                  int
		Unknown, Optional, Exempt bool
	}
	var fees []fee
	for _, f := range cl.Fees {
		fees = append(fees, fee{f.Alternatives, f.Shares, f.Min, f.Max, f.Unknown, f.Optional, f.Exempt})
	}
	var facts []string
	for _, it := range cl.Facts() {
		if f := c.Fact(it.ID); f != nil && len(f.Amounts) > 0 {
			facts = append(facts, it.ID)
		}
	}
	sort.Strings(facts)
	b, _ := json.Marshal([]any{fees, cl.FeeMin, cl.FeeMax, cl.FeeOpen, facts})
	return string(b)
}

// uses tells whether a checklist shows an amount entry.
func uses(c *content.Content, cl *content.Checklist, id string) bool {
	for _, f := range cl.Fees {
		for _, a := range f.Alternatives {
			if a.ID == id {
				return true
			}
		}
	}
	for _, it := range cl.Facts() {
		if f := c.Fact(it.ID); f != nil {
			for _, ref := range f.Amounts {
				if ref == id {
					return true
				}
			}
		}
	}
	return false
}

// minorFees: fees used as a child's own rate are shown in the shares.
func usesMinorFee(c *content.Content, cl *content.Checklist, id string) bool {
	for _, p := range cl.Procedures {
		for _, ref := range c.Procedure(p).Fees {
			if ref.MinorFee == id {
				return true
			}
		}
	}
	return false
}

// feeValues are the amounts (cents) the fee section of a checklist shows:
// they explain an amount that equals the raised entry's old value.
func feeValues(cl *content.Checklist) map[int]bool {
	v := map[int]bool{cl.FeeMin: true, cl.FeeMax: true}
	for _, f := range cl.Fees {
		v[f.Min], v[f.Max] = true, true
		for _, a := range f.Alternatives {
			v[a.Cents] = true
		}
		for _, s := range f.Shares {
			v[s.UnitMin], v[s.UnitMax], v[s.Count*s.UnitMin], v[s.Count*s.UnitMax] = true, true, true, true
		}
	}
	return v
}

// texts presents a checklist in a language: every text of it, as the
// JSON of the presented checklist (amounts contain no character JSON
// escapes, and JSON's punctuation bounds them).
func texts(c *content.Content, cl *content.Checklist, cats map[string]*catalog.Catalog, lang string) string {
	b, err := json.Marshal(present.Build(c, cl, cats[lang], cats[catalog.Source]))
	if err != nil {
		panic(err)
	}
	return string(b)
}

// dataValues are the amounts the data gives a checklist: its fee section
// and the amounts of the facts it shows. An old value among them is
// another entry's amount, not a stale text.
func dataValues(c *content.Content, cl *content.Checklist, facts []string) (cents, percents map[int]bool) {
	cents, percents = map[int]bool{}, map[int]bool{}
	if cl != nil {
		cents = feeValues(cl)
		for _, it := range cl.Facts() {
			facts = append(facts, it.ID)
		}
	}
	for _, id := range facts {
		if f := c.Fact(id); f != nil {
			for _, ref := range f.Amounts {
				a, _ := c.AmountOf(ref)
				if a.Percent > 0 {
					percents[a.Percent] = true
				} else {
					cents[a.Cents] = true
				}
			}
		}
	}
	return cents, percents
}

// format writes an amount as the texts do.
func format(lang string, a content.Amount) string {
	if a.Percent > 0 {
		return catalog.Percent(lang, a.Percent)
	}
	return catalog.Euro(lang, a.Cents)
}

// hasAmount finds an amount in a text as a whole number: "113 €" is not
// in "1.113 €", "€13" is not in "€130".
func hasAmount(text, amount string) bool {
	numeric := func(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune(".,٬٫\u00a0\u202f ", r) }
	for i := 0; ; {
		j := strings.Index(text[i:], amount)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(amount)
		before, after := []rune(text[:start]), []rune(text[end:])
		first, last := []rune(amount)[0], []rune(amount)[len([]rune(amount))-1]
		okBefore := len(before) == 0 || !unicode.IsDigit(first) || !(unicode.IsDigit(before[len(before)-1]) ||
			(len(before) > 1 && numeric(before[len(before)-1]) && unicode.IsDigit(before[len(before)-2])))
		okAfter := len(after) == 0 || !unicode.IsDigit(last) || !(unicode.IsDigit(after[0]) ||
			(len(after) > 1 && numeric(after[0]) && unicode.IsDigit(after[1])))
		if okBefore && okAfter {
			return true
		}
		i = start + 1
	}
}

func TestHasAmount(t *testing.T) {
	for _, tt := range []struct {
		text, amount string
		want         bool
	}{
		{"kostet 113\u00a0€.", "113\u00a0€", true},
		{"kostet 1.113\u00a0€.", "113\u00a0€", false},
		{"kostet 13\u00a0€ extra", "13\u00a0€", true},
		{"costs €13.", "€13", true},
		{"costs €130.", "€13", false},
		{"costs €13,50 in total", "€13", false},
		{"meist 75\u00a0% der Gebühr", "75\u00a0%", true},
		{"١١٣\u00a0€", "١١٣\u00a0€", true},
		{"١١١٣\u00a0€", "١١٣\u00a0€", false},
	} {
		if got := hasAmount(tt.text, tt.amount); got != tt.want {
			t.Errorf("hasAmount(%q, %q) = %v", tt.text, tt.amount, got)
		}
	}
}

// raised copies the content with one amount entry raised.
func raised(c *content.Content, id string, a content.Amount) (*content.Content, content.Amount) {
	r := *c
	r.Fees = append([]content.Fee(nil), c.Fees...)
	r.Rates = append([]content.Rate(nil), c.Rates...)
	next := a
	if a.Percent > 0 {
		next.Percent = a.Percent + 1
	} else {
		next.Cents = a.Cents + 1111 // 11,11 €: no amount of the data ends like this
	}
	for i := range r.Fees {
		if r.Fees[i].ID == id {
			r.Fees[i].Cents = next.Cents
		}
	}
	for i := range r.Rates {
		if r.Rates[i].ID == id {
			r.Rates[i].Cents, r.Rates[i].Percent = next.Cents, next.Percent
		}
	}
	r.Index()
	return &r, next
}

func TestEveryAmountFromTheData(t *testing.T) {
	c, cats := fixtures(t)
	langs := catalog.Codes()
	var paths []content.Answers
	groups := map[string]*amountGroup{}
	var order []string
	c.Paths(today, func(a content.Answers) {
		paths = append(paths, a)
		cl, _ := c.Evaluate(a, today)
		k := amountKey(c, cl)
		if g, ok := groups[k]; ok {
			g.paths++
			return
		}
		groups[k] = &amountGroup{key: k, cl: cl, paths: 1}
		order = append(order, k)
	})
	// Every group, once, in every language: the texts a path shows.
	base := map[string]map[string]string{}
	for _, k := range order {
		base[k] = map[string]string{}
		for _, l := range langs {
			base[k][l] = texts(c, groups[k].cl, cats, l)
		}
	}
	var ids []string
	for _, f := range c.Fees {
		if !f.Unknown && f.Cents > 0 {
			ids = append(ids, f.ID)
		}
	}
	for _, r := range c.Rates {
		ids = append(ids, r.ID)
	}
	old := map[int]bool{}
	for _, id := range ids {
		a, _ := c.AmountOf(id)
		old[a.Cents] = true
	}
	rendered, explained := 0, 0
	for _, id := range ids {
		was, _ := c.AmountOf(id)
		rc, now := raised(c, id, was)
		if now.Percent == 0 && old[now.Cents] {
			t.Fatalf("%s: the raised amount %d is another entry's amount", id, now.Cents)
		}
		shown, reported := false, false
		check := func(where string, data *content.Content, cl *content.Checklist, facts []string, byLang map[string]string) {
			cents, percents := dataValues(data, cl, facts)
			other := (was.Percent > 0 && percents[was.Percent]) || (was.Percent == 0 && cents[was.Cents])
			if other {
				explained++
			}
			for _, l := range langs {
				s := byLang[l]
				if !other && !reported && hasAmount(s, format(l, was)) {
					t.Errorf("%s raised from %s to %s: %s [%s] still shows the old amount", id, format(catalog.Source, was), format(catalog.Source, now), where, l)
					reported = true
				}
				shown = shown || hasAmount(s, format(l, now))
			}
		}
		// Groups that show the entry: present them again from the raised
		// data; the others read as before.
		for _, k := range order {
			g := groups[k]
			if !uses(c, g.cl, id) && !usesMinorFee(c, g.cl, id) {
				check(fmt.Sprintf("a group of %d paths like %s", g.paths, c.Encode(g.cl.Answers)), c, g.cl, nil, base[k])
				continue
			}
			cl, _ := rc.Evaluate(g.cl.Answers, today)
			byLang := map[string]string{}
			for _, l := range langs {
				byLang[l] = texts(rc, cl, cats, l)
				rendered++
			}
			check("path "+c.Encode(cl.Answers), rc, cl, nil, byLang)
		}
		// The sources page, fact by fact.
		for _, f := range rc.Facts {
			if len(f.Amounts) == 0 {
				continue
			}
			byLang := map[string]string{}
			for _, l := range langs {
				byLang[l] = cats[l].T(content.FactText(f.ID), present.FactArgs(rc, l, f.ID))
			}
			check("the sources page, fact "+f.ID, rc, nil, []string{f.ID}, byLang)
		}
		if !shown {
			t.Errorf("%s raised to %s: the new amount shows nowhere", id, format(catalog.Source, now))
		}
	}
	t.Logf("%d amounts raised in turn; %d paths in %d groups presented in %d languages; %d groups presented again; %d texts held the old value as another entry's amount", len(ids), len(paths), len(order), len(langs), rendered/len(langs), explained)
}
