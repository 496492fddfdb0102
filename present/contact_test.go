package present_test

import (
	"strings"
	"testing"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// contactOf builds the appointment request of a path in a language.
func contactOf(t *testing.T, query, lang string) (*content.Content, *present.Contact) {
	t.Helper()
	c, cats := fixtures(t)
	a, _ := c.ParseQuery(query)
	cl, next := c.Evaluate(a, today)
	if next != nil {
		t.Fatalf("%s: incomplete at %s", query, next.ID)
	}
	return c, present.Build(c, cl, cats[lang], cats[catalog.Source]).Contact
}

// TestContactWays: each team's request goes the way its channels say:
// e-mail and the form for the student team, the form alone for the
// humanitarian team, the booking in Hagen, none where only the phone is
// named.
func TestContactWays(t *testing.T) {
	for _, c := range []struct {
		query               string
		mail, form, booking bool
		none                bool
	}{
		{"city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-01-20&length=over3m&people=adult&benefits=no&urgent=none", true, true, false, false},
		{"city=dortmund&need=extend&citizenship=other&status=humanitarian&expiry=2027-01-20&people=adult,adult,child_6_17,child_under_6&benefits=no&urgent=none", false, true, false, false},
		{"city=hagen&need=extend&citizenship=other&status=family&expiry=2027-01-20&people=adult,adult,child_6_17,child_under_6&benefits=no", false, false, true, false},
		{"city=hagen&need=extend&citizenship=other&status=duldung&expiry=2027-01-20&people=adult&benefits=no", false, false, false, true},
	} {
		_, ct := contactOf(t, c.query, "de")
		if ct == nil {
			if !c.none {
				t.Errorf("%s: no request", c.query)
			}
			continue
		}
		if c.none || ct.ByMail() != c.mail || ct.ByForm() != c.form || ct.ByBooking() != c.booking {
			t.Errorf("%s: mail %v form %v booking %v", c.query, ct.ByMail(), ct.ByForm(), ct.ByBooking())
		}
	}
}

// TestContactLetter: the subject names the concern in the office's words
// (the German concern text of the answer), how many come and the date the
// title ends; the body names everyone with name and date of birth, the
// file number only when there is one; the reader is told the same in
// their language.
func TestContactLetter(t *testing.T) {
	const family = "city=dortmund&need=extend&citizenship=other&status=humanitarian&expiry=2027-01-20&people=adult,adult,child_6_17,child_under_6&benefits=no&urgent=business_trip"
	c, cats := fixtures(t)
	de := cats[catalog.Source]
	concern := de.T(content.LetterConcern(c.RoleQuestion(content.RoleConcern).ID, "extend"))
	_, ct := contactOf(t, family, "uk")
	people := []present.PersonDetails{{Name: "Olena Beispiel", Birth: "02.03.1985"}, {Name: "Taras Beispiel", Birth: "04.05.1983"}, {Name: "Iryna Beispiel", Birth: "06.07.2019"}, {Name: "Mark Beispiel", Birth: "08.09.2022"}}
	without := ct.Letter(present.Details{People: people})
	with := ct.Letter(present.Details{People: people, File: "38/3-1 4711", Nationality: "ukrainisch"})
	date := catalog.Date(catalog.Source, content.MustDate("2027-01-20").Time())
	for _, want := range []string{concern, "4", date, "Olena Beispiel"} {
		if !strings.Contains(with.Subject, want) {
			t.Errorf("subject %q lacks %q", with.Subject, want)
		}
	}
	for _, p := range people {
		for _, m := range []present.Message{with, without} {
			if !strings.Contains(m.Body, p.Name) || !strings.Contains(m.Body, p.Birth) {
				t.Errorf("the letter lacks %s, %s", p.Name, p.Birth)
			}
		}
	}
	if !strings.Contains(with.Body, "38/3-1 4711") || strings.Contains(without.Body, de.T(string(present.KeyLetterFile), catalog.Args{"Value": ""})) {
		t.Error("the file number is in the letter only when there is one")
	}
	if !strings.Contains(with.Body, de.T(content.LetterAnswer("urgent", "business_trip"))) {
		t.Error("the urgent reason is not in the letter")
	}
	// What it says, in Ukrainian: every name, the nationality as typed,
	// the date in Ukrainian format, and no German sentence of the letter.
	says := strings.Join(with.Says, "\n")
	for _, want := range []string{"Olena Beispiel", "Mark Beispiel", "38/3-1 4711", "ukrainisch", catalog.Date("uk", content.MustDate("2027-01-20").Time()), cats["uk"].T(content.AnswerLabel("need", "extend"))} {
		if !strings.Contains(says, want) {
			t.Errorf("what the letter says lacks %q:\n%s", want, says)
		}
	}
	if strings.Contains(says, concern) || strings.Contains(says, de.T(string(present.KeyLetterSalutation))) {
		t.Errorf("what the letter says repeats the German:\n%s", says)
	}
	if len(with.Says) < 7 {
		t.Errorf("%d lines say what the letter says", len(with.Says))
	}
}

// TestContactSubjectExpired: an expired title says so in the subject.
func TestContactSubjectExpired(t *testing.T) {
	_, cats := fixtures(t)
	_, ct := contactOf(t, "city=dortmund&need=extend&citizenship=other&status=study&expiry=2026-11-01&length=over3m&people=adult&benefits=no&urgent=none", "de")
	m := ct.Letter(present.Details{})
	want := cats[catalog.Source].T(string(present.KeyLetterSubjectExpired), catalog.Args{"Date": "01.11.2026"})
	if !strings.Contains(m.Subject, want) {
		t.Errorf("subject %q lacks %q", m.Subject, want)
	}
}

// TestContactSaysKeepsTypedOrder: in a right-to-left language a typed
// file number or Latin name keeps its left-to-right order (isolated);
// Arabic letters typed by the person keep their own.
func TestContactSaysKeepsTypedOrder(t *testing.T) {
	_, ct := contactOf(t, "city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-01-20&length=over3m&people=adult&benefits=no&urgent=none", "ar")
	m := ct.Letter(present.Details{People: []present.PersonDetails{{Name: "أمينة مثال", Birth: "01.02.1990"}}, File: "38/2-2 4711"})
	says := strings.Join(m.Says, "\n")
	if !strings.Contains(says, "\u206638/2-2 4711\u2069") {
		t.Errorf("the file number is not isolated left to right:\n%q", says)
	}
	if strings.Contains(says, "\u2066أمينة") {
		t.Errorf("an Arabic name is forced left to right:\n%q", says)
	}
	if strings.ContainsAny(m.Body+m.Subject, "\u2066\u2068\u2069") {
		t.Error("direction marks reached the German letter")
	}
}
