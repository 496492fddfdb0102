package content_test

import (
	"slices"
	"strings"
	"testing"

	"lotse/content"
)

// The cases state facts from the sources; amounts are computed from the
// content, so an editor's change of a fee breaks only the golden matrix.

func evaluate(t *testing.T, c *content.Content, q string) *content.Checklist {
	t.Helper()
	cl, next := c.Evaluate(parse(t, c, q), today)
	if next != nil {
		t.Fatalf("%q: incomplete, next question %q", q, next.ID)
	}
	return cl
}

func fee(c *content.Content, id string) int { return c.Fee(id).Cents }

func hasFact(cl *content.Checklist, id string) bool {
	for _, it := range cl.Facts() {
		if it.ID == id {
			return true
		}
	}
	return false
}

func doc(cl *content.Checklist, id string) *content.DocItem {
	for i := range cl.Documents {
		if cl.Documents[i].ID == id {
			return &cl.Documents[i]
		}
	}
	return nil
}

func feeItem(cl *content.Checklist, id string) *content.FeeItem {
	for i := range cl.Fees {
		for _, a := range cl.Fees[i].Alternatives {
			if a.ID == id {
				return &cl.Fees[i]
			}
		}
	}
	return nil
}

func channel(cl *content.Checklist, kind content.ChannelKind) bool {
	for _, it := range cl.Channels {
		if it.Channel == kind {
			return true
		}
	}
	return false
}

const (
	studentExtend = "city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-06-01&length=over3m&people=adult&benefits=no&urgent=none"
	workExtend    = "city=dortmund&need=extend&citizenship=other&status=work&employer=same&expiry=2027-06-01&length=over3m&people=adult&benefits=no&urgent=none"
)

// Issue 12.1: naturalisation since the 2024 reform; retention is history.
func TestCase_Naturalisation(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, "city=dortmund&need=naturalisation&people=adult,child_6_17,child_under_6")
	want := fee(c, "naturalisation_adult") + 2*fee(c, "naturalisation_minor")
	if cl.FeeMin != want || cl.FeeMax != want || cl.FeeOpen {
		t.Errorf("a parent with two children pays %d–%d (open %v), want adult + 2 × minor = %d", cl.FeeMin, cl.FeeMax, cl.FeeOpen, want)
	}
	for _, f := range []string{"naturalisation_keep_citizenship", "naturalisation_requirements", "naturalisation_no_3_years", "naturalisation_minor_income"} {
		if !hasFact(cl, f) {
			t.Errorf("naturalisation checklist lacks %s", f)
		}
	}
	if d := doc(cl, "naturalisation_application"); d == nil || !slices.Equal(d.People, []int{1, 2, 3}) {
		t.Errorf("each person needs the application: %+v", d)
	}
	alone := evaluate(t, c, "city=dortmund&need=naturalisation&people=adult")
	if hasFact(alone, "naturalisation_minor_income") {
		t.Error("the child-income condition belongs only where children are naturalised")
	}
	if f := c.Fact("retention_permit_2024"); f == nil || f.Kind != content.FactHistory {
		t.Error("the retention permit must be kept as history")
	}
	r := evaluate(t, c, "city=dortmund&need=retention")
	if len(r.Fees) != 0 || len(r.Documents) != 0 || !hasFact(r, "retention_abolished") {
		t.Errorf("asking about retention: no fee, no document, the abolition notice; got fees %v docs %v", r.Fees, r.Documents)
	}
}

// Issue 12.2 and 14: no drop-in hours where the sources have none; the
// Amt für Migration works by appointment only.
func TestCase_NoWalkIn(t *testing.T) {
	c := mustLoad(t)
	c.Paths(today, func(a content.Answers) {
		cl, _ := c.Evaluate(a, today)
		if cl.Authority == "hagen" || strings.HasPrefix(cl.Team, "d38_") {
			for _, it := range cl.Channels {
				if it.Channel == content.ChannelWalkIn && it.ID != "do_ukraine_infopoint" && it.ID != "do_eat_box" {
					t.Fatalf("%s offers walk-in %s", c.Encode(a), it.ID)
				}
			}
		}
		if strings.HasPrefix(cl.Team, "d38_") && channel(cl, content.ChannelForm) && !hasFact(cl, "no_opening_hours") {
			t.Fatalf("%s: contact form without the note that there are no opening hours", c.Encode(a))
		}
	})
}

// Issue 12.3: the students' address is for students only.
func TestCase_StudentEmailOnlyForStudents(t *testing.T) {
	c := mustLoad(t)
	addr := c.Channel("do_students_email").Email
	c.Paths(today, func(a content.Answers) {
		cl, _ := c.Evaluate(a, today)
		if cl.Team == "d38_2_2" {
			return
		}
		if team := c.Team(cl.Team); team != nil && team.Email == addr {
			t.Fatalf("team %s has the students' address", team.ID)
		}
		for _, it := range cl.Channels {
			if ch := c.Channel(it.ID); ch != nil && ch.Email == addr {
				t.Fatalf("%s (team %s) gives the students' address", c.Encode(a), cl.Team)
			}
		}
	})
}

// Issue 12.4 and 12.5: two named fees, each its own amount.
func TestCase_FeeAlternatives(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, "city=dortmund&need=change_purpose&citizenship=other&status=work&expiry=2027-06-01&people=adult&benefits=no&urgent=none")
	f := feeItem(cl, "do_change_purpose")
	if f == nil || len(f.Alternatives) != 2 || feeItem(cl, "do_supplement_sheet") != f {
		t.Fatalf("change of purpose: want one line naming both fees, got %+v", cl.Fees)
	}
	if !hasFact(cl, "change_purpose_fees") {
		t.Error("the note saying when each fee applies is missing")
	}
	u := evaluate(t, c, strings.Replace(studentExtend, "length=over3m", "length=unknown", 1))
	f = feeItem(u, "do_extend_upto_3m")
	lo, hi := min(fee(c, "do_extend_upto_3m"), fee(c, "do_extend_over_3m")), max(fee(c, "do_extend_upto_3m"), fee(c, "do_extend_over_3m"))
	if f == nil || len(f.Alternatives) != 2 || f.Min != lo || f.Max != hi || !hasFact(u, "length_fee_note") {
		t.Errorf("unknown length: both fees named, %d–%d, with the note; got %+v", lo, hi, f)
	}
}

// Issue 12.6: registration and the first permit in one visit.
func TestCase_RegistrationWithVisa(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, "city=dortmund&need=register&citizenship=other&arrival=visa&purpose=study&expiry=2027-03-01&people=adult&benefits=no&urgent=none")
	if len(cl.Procedures) != 2 || cl.Team != "d38_2_2" {
		t.Fatalf("want registration and first permit with 38/2-2, got %v %s", cl.Procedures, cl.Team)
	}
	for _, d := range []string{"registration_form", "landlord_confirmation", "title_or_visa", "application_form", "photo", "enrolment"} {
		if doc(cl, d) == nil {
			t.Errorf("document %s missing", d)
		}
	}
	if len(cl.Photo) == 0 {
		t.Error("a checklist with a photo has the photo rules")
	}
	if feeItem(cl, "do_issue_permit") == nil {
		t.Error("the first permit's fee is missing")
	}
}

// Issue 12.7: a Gestattung or Duldung is no title.
func TestCase_AsylumDocuments(t *testing.T) {
	c := mustLoad(t)
	for _, city := range []string{"dortmund", "hagen"} {
		for _, status := range []string{"gestattung", "duldung"} {
			q := "city=" + city + "&need=extend&citizenship=other&status=" + status + "&expiry=2027-06-01&people=adult&benefits=no"
			if city == "dortmund" {
				q += "&urgent=none"
			}
			cl := evaluate(t, c, q)
			if doc(cl, "current_title") != nil || feeItem(cl, "do_title_fee_unknown") != nil || feeItem(cl, "ha_title_fee_unknown") != nil {
				t.Errorf("%s %s: asks for a title or its fee: %v %v", city, status, cl.Documents, cl.Fees)
			}
			if doc(cl, status+"_paper") == nil || doc(cl, "passport_if_available") == nil || !hasFact(cl, "duldung_documents_ask") {
				t.Errorf("%s %s: own papers, passport if available and ask the team expected", city, status)
			}
		}
	}
}

// Issue 12.8: an expired title is a new application, and every extension
// says that an expired title cannot be extended.
func TestCase_Expired(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, strings.Replace(studentExtend, "2027-06-01", "2026-11-30", 1))
	if !cl.Expired || feeItem(cl, "do_extend_over_3m") != nil || feeItem(cl, "do_new_application_unknown") == nil {
		t.Errorf("expired: want a new application, no extension fee; got expired=%v fees %+v", cl.Expired, cl.Fees)
	}
	if hasFact(cl, "apply_2_weeks_before") || !hasFact(cl, "expired_new_application") || !hasFact(cl, "expired_cannot_extend") {
		t.Error("expired: no 'apply in time', but the new-application notice and the warning")
	}
	// Every extension of a title that does not continue by law says that
	// an expired title cannot be extended.
	c.Paths(today, func(a content.Answers) {
		if a["need"] != "extend" {
			return
		}
		cl, _ := c.Evaluate(a, today)
		title := cl.Situation[content.FacetPaper] == content.PaperTitle
		if continued := cl.Situation["renewal"] == "automatic"; title && !continued && !hasFact(cl, "apply_before_expiry_rule") {
			t.Fatalf("%s: an extension without the rule that expired titles cannot be extended", c.Encode(a))
		} else if (!title || continued) && hasFact(cl, "apply_before_expiry_rule") {
			t.Fatalf("%s: the rule for titles on a paper it does not cover", c.Encode(a))
		}
	})
}

// Issue 12.9: urgency advice for everyone asked; no holiday answer.
func TestCase_Urgency(t *testing.T) {
	c := mustLoad(t)
	q := c.RoleQuestion(content.RoleUrgent)
	for _, a := range q.Answers {
		if a.ID == "holiday" {
			t.Error("a holiday is offered as an urgent reason")
		}
	}
	c.Paths(today, func(a content.Answers) {
		if _, asked := a[q.ID]; asked {
			if cl, _ := c.Evaluate(a, today); !hasFact(cl, "urgent_reasons") {
				t.Fatalf("%s: urgency asked but the advice (holidays are not urgent) is missing", c.Encode(a))
			}
		}
	})
	cl := evaluate(t, c, strings.Replace(workExtend, "urgent=none", "urgent=business_trip", 1))
	if doc(cl, "employer_letter") == nil {
		t.Error("a business trip needs the employer's letter")
	}
}

// Issue 12.11 and 17: benefits exempt the permit fee, in both cities.
func TestCase_Benefits(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, strings.Replace(workExtend, "benefits=no", "benefits=yes", 1))
	f := feeItem(cl, "do_extend_over_3m")
	if f == nil || !f.Exempt || f.Max != 0 || doc(cl, "benefits_notice") == nil || !hasFact(cl, "fee_exempt_benefits") {
		t.Errorf("Dortmund on benefits: fee exempt with the notice to bring; got %+v", f)
	}
	h := evaluate(t, c, "city=hagen&need=extend&citizenship=other&status=family&expiry=2027-06-01&people=adult,child_6_17,child_under_6&benefits=yes")
	title := feeItem(h, "ha_title_fee_unknown")
	card := feeItem(h, "ha_eat_card")
	if title == nil || !title.Exempt || card == nil || !card.Reducible {
		t.Errorf("Hagen on benefits: title fee exempt, card fee reducible; got %+v %+v", title, card)
	}
	if d := doc(h, "benefits_notice"); d == nil || len(d.People) != 0 {
		t.Errorf("one benefit notice for the household: %+v", d)
	}
	if d := doc(h, "passport"); d == nil || !slices.Equal(d.People, []int{1, 2, 3}) {
		t.Errorf("each person brings a passport: %+v", d)
	}
	// The card fee (§ 45c AufenthV): per person, children pay half (§ 50).
	if len(card.Shares) != 2 || card.Shares[0].Count != 1 || card.Shares[1].Count != 2 ||
		card.Shares[1].UnitMax*2 != card.Shares[0].UnitMax || card.Shares[1].Unknown {
		t.Errorf("card fee shares: one adult at the rate, two children at half; got %+v", card.Shares)
	}
}

// Issue 17: two parents and children aged 2 and 7 extend in Dortmund.
func TestCase_FamilyExtension(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, "city=dortmund&need=extend&citizenship=other&status=family&expiry=2027-06-01&length=over3m&people=adult,adult,child_under_6,child_6_17&benefits=no&urgent=none")
	for _, id := range []string{"passport", "current_residence_document", "photo"} {
		if d := doc(cl, id); d == nil || !slices.Equal(d.People, []int{1, 2, 3, 4}) {
			t.Errorf("%s for each of the four: %+v", id, d)
		}
	}
	if d := doc(cl, "financial_proof"); d == nil || len(d.People) != 0 {
		t.Errorf("proof of livelihood once for the family: %+v", d)
	}
	people := func(id string) []int {
		for _, it := range cl.Photo {
			if it.ID == id {
				return it.People
			}
		}
		return nil
	}
	if !slices.Equal(people("fingerprints_from_6"), []int{1, 2, 4}) || !slices.Equal(people("no_fingerprints_under_6"), []int{3}) || !slices.Equal(people("photo_small_children"), []int{3}) {
		t.Errorf("fingerprints for 1, 2, 4; none and a photographer for the 2-year-old (3); got %v %v %v",
			people("fingerprints_from_6"), people("no_fingerprints_under_6"), people("photo_small_children"))
	}
	f := feeItem(cl, "do_extend_over_3m")
	full := fee(c, "do_extend_over_3m")
	if want := 2*full + 2*(full/2); f == nil || f.Min != want || f.Max != want {
		t.Errorf("two adults full, two children half (§ 50 AufenthV): want %d, got %+v", want, f)
	}
	if !hasFact(cl, "fee_minors_half") {
		t.Error("the child-rate note is missing")
	}
}

// Issue 12.12: Hagen's own facts stay in Hagen; refugees are not sent to
// the online booking; no contact request where nothing takes it.
func TestCase_Hagen(t *testing.T) {
	c := mustLoad(t)
	h := evaluate(t, c, "city=hagen&need=extend&citizenship=other&status=humanitarian&expiry=2027-06-01&people=adult&benefits=no")
	for _, it := range h.Channels {
		if it.ID == "ha_booking" {
			t.Error("refugees are sent to the online booking")
		}
	}
	if !hasFact(h, "ha_refugees_no_booking") {
		t.Error("refugees: the note to ask by phone or e-mail is missing")
	}
	w := evaluate(t, c, "city=hagen&need=extend&citizenship=other&status=work&expiry=2027-06-01&people=adult&benefits=no")
	if hasFact(w, "email_appointment_lead") || channel(w, content.ChannelForm) || channel(w, content.ChannelEmail) {
		t.Error("Hagen shows a Dortmund channel")
	}
	d := evaluate(t, c, workExtend)
	for _, id := range []string{"ha_processing_3_months", "ha_eat_production", "ha_schengen"} {
		if hasFact(d, id) {
			t.Errorf("Dortmund shows Hagen's %s", id)
		}
	}
}

// Issue 12, links: every channel that sends people to a page, every form
// to download and every fact that links has its URL, on every path.
func TestCase_EveryLinkResolves(t *testing.T) {
	c := mustLoad(t)
	n := 0
	c.Paths(today, func(a content.Answers) {
		cl, _ := c.Evaluate(a, today)
		for _, it := range cl.Channels {
			if ch := c.Channel(it.ID); ch != nil && ch.Kind.NeedsURL() && it.URL == "" {
				t.Fatalf("%s: channel %s without a link", c.Encode(a), it.ID)
			}
			n++
		}
		for _, d := range cl.Documents {
			if c.Document(d.ID).Download && d.URL == "" {
				t.Fatalf("%s: form %s without a link", c.Encode(a), d.ID)
			}
		}
		for _, it := range cl.Facts() {
			if f := c.Fact(it.ID); f != nil && f.TeamPage && it.URL == "" {
				t.Fatalf("%s: fact %s without its team page", c.Encode(a), it.ID)
			}
		}
	})
	if n == 0 {
		t.Fatal("no channel seen")
	}
}

// A person living in another city is sent there.
func TestCase_OtherCity(t *testing.T) {
	c := mustLoad(t)
	cl := evaluate(t, c, "city=other")
	if cl.Outcome != content.OutcomeOtherCity || !hasFact(cl, "other_city") {
		t.Errorf("other city: %+v", cl)
	}
}

// Ukraine § 24: nothing to apply for, no contact channel.
func TestCase_Ukraine(t *testing.T) {
	c := mustLoad(t)
	for _, q := range []string{"city=dortmund&need=ukraine", "city=hagen&need=ukraine"} {
		cl := evaluate(t, c, q)
		if !hasFact(cl, "ukraine_continuation_2027") || len(cl.Channels) != 0 {
			t.Errorf("%s: continuation notice, no channel; got %+v", q, cl.Channels)
		}
	}
}
