package content_test

import (
	"testing"

	"lotse/content"
)

// Cases of issue 20: one answer for one person, whatever path they take.
// They state behaviour (claims, teams, sources, links), never wording.

// said tells whether a fact, channel or document on the checklist states a claim.
func said(c *content.Content, cl *content.Checklist, claim content.Claim) []string {
	var out []string
	for _, it := range cl.Facts() {
		if f := c.Fact(it.ID); f != nil && content.HasClaim(f.Claims, claim) {
			out = append(out, it.ID)
		}
	}
	for _, it := range cl.Channels {
		if ch := c.Channel(it.ID); ch != nil && content.HasClaim(ch.Claims, claim) {
			out = append(out, it.ID)
		}
	}
	for _, d := range cl.Documents {
		if content.HasClaim(c.Document(d.ID).Claims, claim) {
			out = append(out, d.ID)
		}
	}
	return out
}

// The continuation a date on the card falls under, from the data.
func continuationFor(c *content.Content, card content.Date) *content.Continuation {
	var last *content.Continuation
	d := card
	for i := range c.Continuations {
		k := &c.Continuations[i]
		if !d.Before(k.ValidOn) && d.Before(k.Until) {
			last, d = k, k.Until
		}
	}
	return last
}

// A § 24 holder who takes "extend" and types the date printed on the card
// (04.03.2026) gets the continuation, no expired-title warning, nothing to
// apply for; in both cities, and on the Ukraine service too.
func TestCase20_TemporaryProtectionExtend(t *testing.T) {
	c := mustLoad(t)
	card := content.MustDate("2026-03-04")
	k := continuationFor(c, card)
	if k == nil {
		t.Fatal("no continuation covers a card dated 2026-03-04")
	}
	for _, q := range []string{
		"city=dortmund&need=extend&citizenship=other&status=temporary_protection&expiry=2026-03-04",
		"city=hagen&need=extend&citizenship=other&status=temporary_protection&expiry=2026-03-04",
		"city=dortmund&need=other_matter&citizenship=other&status=temporary_protection",
		"city=dortmund&need=ukraine",
		"city=hagen&need=ukraine",
	} {
		cl := evaluate(t, c, q)
		if e := cl.Expiry; e != nil && (e.Date != k.Until || e.Entered != card || e.Bucket == content.BucketExpired) {
			t.Errorf("%s: expiry %+v, want the date continued to %s", q, e, k.Until)
		}
		if cl.Expired || len(said(c, cl, content.ClaimExpiryWarning)) > 0 || len(said(c, cl, content.ClaimApplyNow)) > 0 {
			t.Errorf("%s: an expiry warning or 'apply now' beside the continuation: %v %v", q, said(c, cl, content.ClaimExpiryWarning), said(c, cl, content.ClaimApplyNow))
		}
		if len(said(c, cl, content.ClaimAutomaticContinuation)) == 0 || !hasFact(cl, "ukraine_outlook") {
			t.Errorf("%s: the continuation and the outlook are missing", q)
		}
		if len(cl.Fees) > 0 || len(cl.Documents) > 0 {
			t.Errorf("%s: nothing to apply for, yet fees %v documents %v", q, cl.Fees, cl.Documents)
		}
		if !contains(cl.Sources, "eu-council-ukraine-transition") {
			t.Errorf("%s: the outlook does not cite the Council's recommendation", q)
		}
	}
	// A card whose date no continuation covers is what it says.
	old := evaluate(t, c, "city=dortmund&need=extend&citizenship=other&status=temporary_protection&expiry=2023-12-31")
	if old.Expiry == nil || old.Expiry.Continuation != "" || old.Expiry.Bucket != content.BucketExpired || len(said(c, old, content.ClaimAutomaticContinuation)) > 0 {
		t.Errorf("a card of 2023 is not continued: %+v", old.Expiry)
	}
	// Every path of a § 24 holder shows the continuation while it lasts.
	n := 0
	c.Paths(today, func(a content.Answers) {
		cl, _ := c.Evaluate(a, today)
		if cl.Situation["protection"] != "temporary" || (cl.Expiry != nil && cl.Expiry.Bucket == content.BucketExpired) {
			return
		}
		n++
		if len(said(c, cl, content.ClaimAutomaticContinuation)) == 0 || !hasFact(cl, "ukraine_outlook") {
			t.Fatalf("%s: a § 24 holder without the continuation or the outlook", c.Encode(a))
		}
	})
	if n < 10 {
		t.Errorf("only %d paths of § 24 holders", n)
	}
}

// The non-EU spouse of a German who extends a family permit lands at the
// team for family permits (38/4-1), not at Freizügigkeit (38/2-3).
func TestCase20_FamilyOfAGerman(t *testing.T) {
	c := mustLoad(t)
	code := func(cl *content.Checklist) string { return c.Team(cl.Team).Code }
	for q, want := range map[string]string{
		"city=dortmund&need=extend&citizenship=german_family&expiry=2027-06-01&length=over3m&people=adult&benefits=no&urgent=none": "38/4-1",
		"city=dortmund&need=other_matter&citizenship=german_family&urgent=none":                                                    "38/4-1",
		"city=dortmund&need=register&citizenship=german_family&arrival=title":                                                      "38/4-1",
		"city=dortmund&need=extend&citizenship=eu_family&urgent=none":                                                              "38/2-3",
	} {
		if got := code(evaluate(t, c, q)); got != want {
			t.Errorf("%s: team %s, want %s", q, got, want)
		}
	}
	// A German's spouse who arrives with a visa: the first permit (38/2-1),
	// without the documents of a third-country national's family reunion.
	cl := evaluate(t, c, "city=dortmund&need=permit_first&citizenship=german_family&expiry=2027-06-01&people=adult&benefits=no&urgent=none")
	if code(cl) != "38/2-1" || doc(cl, "reference_pay_slips") != nil || doc(cl, "reference_employer_certificate") != nil {
		t.Errorf("first permit of a German's spouse: team %s, docs %v", code(cl), cl.Documents)
	}
	if cl.Situation[content.FacetApplication] != content.ApplicationFirst || len(said(c, cl, content.ClaimExtension)) > 0 {
		t.Errorf("a first application speaks of an extension: %v", said(c, cl, content.ClaimExtension))
	}
	// The help says which of the two family answers to take.
	q := c.Question("citizenship")
	for _, a := range q.Answers {
		if (a.ID == "eu_family" || a.ID == "german_family" || a.ID == "other") && !a.Help {
			t.Errorf("answer %s needs a help text saying when to take it", a.ID)
		}
	}
}

// A Dortmund family of four on benefits with protection status: every
// permit fee is waived, nothing else is said about its amount, and
// nothing asks for a means of payment.
func TestCase20_FamilyOnBenefits(t *testing.T) {
	c := mustLoad(t)
	for _, q := range []string{
		"city=dortmund&need=extend&citizenship=other&status=protection&expiry=2027-06-01&people=adult,adult,child_6_17,child_under_6&benefits=yes&urgent=none",
		"city=hagen&need=extend&citizenship=other&status=family&expiry=2027-06-01&people=adult,adult,child_6_17,child_under_6&benefits=yes",
	} {
		cl := evaluate(t, c, q)
		if found := c.Contradictions(cl); len(found) > 0 {
			t.Errorf("%s: %v", q, found)
		}
		waived := 0
		for _, f := range cl.Fees {
			if f.Exempt {
				waived++
				if len(f.Shares) > 0 || f.Max != 0 || f.Unknown {
					t.Errorf("%s: waived fee %s still priced: %+v", q, f.ID, f)
				}
			}
		}
		if waived == 0 || !hasFact(cl, "fee_exempt_benefits") {
			t.Errorf("%s: no waived fee or no exemption note", q)
		}
		for _, it := range cl.Facts() {
			if f := c.Fact(it.ID); len(f.Fees) > 0 && !anyCharged(cl, f.Fees) {
				t.Errorf("%s: %s speaks about a fee that is not charged", q, it.ID)
			}
		}
		if !cl.ToPay() && len(said(c, cl, content.ClaimPayment)) > 0 {
			t.Errorf("%s: nothing to pay, yet %v", q, said(c, cl, content.ClaimPayment))
		}
	}
	d := evaluate(t, c, "city=dortmund&need=extend&citizenship=other&status=protection&expiry=2027-06-01&people=adult,adult,child_6_17,child_under_6&benefits=yes&urgent=none")
	if d.ToPay() || doc(d, "ec_card") != nil || len(said(c, d, content.ClaimChildRate)) > 0 {
		t.Errorf("Dortmund, protection, on benefits: to pay %v, EC card %v, child rate %v", d.ToPay(), doc(d, "ec_card") != nil, said(c, d, content.ClaimChildRate))
	}
}

func anyCharged(cl *content.Checklist, fees []string) bool {
	for _, id := range cl.ChargedFees() {
		if contains(fees, id) {
			return true
		}
	}
	return false
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// A student whose visa ends in 5 days cannot expect an appointment before
// it: the checklist says to apply in writing before it expires (§ 81 Abs. 4
// AufenthG) and names the Fiktionsbescheinigung's fee. Only for papers
// § 81 (4) covers, and only inside the lead time.
func TestCase20_LateAppointment(t *testing.T) {
	c := mustLoad(t)
	soon := today.AddDays(5).String()
	advice := func(cl *content.Checklist) bool {
		for _, it := range cl.Warnings {
			f := c.Fact(it.ID)
			if content.HasClaim(f.Claims, content.ClaimApplyNow) && contains(it.Source, "law-aufenthg-81") {
				return true
			}
		}
		return false
	}
	for _, q := range []string{
		"city=dortmund&need=permit_first&citizenship=other&purpose=study&expiry=" + soon + "&people=adult&benefits=no&urgent=none",
		"city=dortmund&need=register&citizenship=other&arrival=visa&purpose=study&expiry=" + soon + "&people=adult&benefits=no&urgent=none",
		"city=dortmund&need=extend&citizenship=other&status=study&expiry=" + soon + "&length=over3m&people=adult&benefits=no&urgent=none",
		"city=dortmund&need=extend&citizenship=other&status=work&employer=same&expiry=" + soon + "&length=over3m&people=adult&benefits=no&urgent=none",
	} {
		cl := evaluate(t, c, q)
		if cl.Expiry == nil || !cl.Expiry.Late || !advice(cl) {
			t.Errorf("%s: no § 81 (4) advice (late %v)", q, cl.Expiry != nil && cl.Expiry.Late)
		}
		if f := feeItem(cl, "do_fiction_certificate"); f == nil || f.Exempt || !hasFact(cl, "fiction_certificate") {
			t.Errorf("%s: the Fiktionsbescheinigung and its fee are missing", q)
		}
	}
	for _, q := range []string{
		"city=dortmund&need=extend&citizenship=other&status=gestattung&expiry=" + soon + "&people=adult&benefits=no&urgent=none",
		"city=dortmund&need=extend&citizenship=other&status=duldung&expiry=" + soon + "&people=adult&benefits=no&urgent=none",
		"city=dortmund&need=extend&citizenship=other&status=work&employer=same&expiry=" + today.AddDays(40).String() + "&length=over3m&people=adult&benefits=no&urgent=none",
		"city=dortmund&need=extend&citizenship=other&status=temporary_protection&expiry=" + soon,
	} {
		if cl := evaluate(t, c, q); advice(cl) {
			t.Errorf("%s: § 81 (4) advice where it does not apply", q)
		}
	}
}

// Naturalisation names the online application, with its link, and says
// that visits are by appointment only.
func TestCase20_NaturalisationOnline(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, "city=dortmund&need=naturalisation&people=adult")
	online := false
	for _, it := range cl.Channels {
		if it.Channel == content.ChannelOnlineApplication && it.URL != "" && it.URL == c.Channel(it.ID).URL {
			online = true
			if !contains(it.Source, "do-38-4-2") || !contains(it.Source, "dnrw-naturalisation") {
				t.Errorf("the online application cites %v", it.Source)
			}
		}
	}
	if !online || !hasFact(cl, "no_opening_hours") {
		t.Errorf("naturalisation: online application with link %v, appointment only %v", online, hasFact(cl, "no_opening_hours"))
	}
}

// Gestattung and Duldung paths speak of their own papers: no title
// document, fee or wording, on every path.
func TestCase20_AsylumPapersOwnWords(t *testing.T) {
	c := mustLoad(t)
	n := 0
	c.Paths(today, func(a content.Answers) {
		cl, _ := c.Evaluate(a, today)
		p := cl.Situation[content.FacetPaper]
		if p != content.PaperGestattung && p != content.PaperDuldung {
			return
		}
		n++
		if s := said(c, cl, content.ClaimTitle); len(s) > 0 {
			t.Fatalf("%s: title wording on a %s path: %v", c.Encode(a), p, s)
		}
		for _, f := range cl.Fees {
			if content.HasClaim(c.Fee(f.ID).Claims, content.ClaimTitle) {
				t.Fatalf("%s: a title fee on a %s path: %s", c.Encode(a), p, f.ID)
			}
		}
	})
	if n == 0 {
		t.Fatal("no Gestattung or Duldung path")
	}
}
