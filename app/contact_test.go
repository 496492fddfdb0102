package app

import (
	"net/url"
	"strings"
	"testing"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
)

func testData(tb testing.TB) *Data {
	tb.Helper()
	c, err := load.Load(data.FS, content.MustDate("2026-11-21"))
	if err != nil {
		tb.Fatal(err)
	}
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		tb.Fatal(err)
	}
	d := &Data{Content: c, Catalogs: map[string]*catalog.Catalog{}, Names: set.Names()}
	for _, l := range []string{"de", "en", "ar", "fa", "tr", "uk", "ru", "fr"} {
		cat, err := set.Compile(l)
		if err != nil {
			tb.Fatal(err)
		}
		d.Catalogs[l] = cat
	}
	return d
}

func TestContactMessage(t *testing.T) {
	d := testData(t)
	today := content.MustDate("2026-11-21")
	cl, _ := d.Content.Evaluate(content.ParseAnswers("city=dortmund&need=extend&citizenship=other&status=study&fh=yes&expiry=2027-01-10&length=over3m&age=six_or_older&urgent=none"), today)
	m := ContactMessage(d.Content, d.Catalogs["de"], cl, ContactDetails{Name: "Amina Example", Birth: "01.02.2000", File: "38/2-12345", Nationality: "syrisch"})
	for _, want := range []string{"Aufenthaltserlaubnis zum Studium verlängern", "Name: Amina Example", "Geburtsdatum: 01.02.2000", "Aktenzeichen: 38/2-12345", "Staatsangehörigkeit: syrisch", "gilt bis: 10.01.2027"} {
		if !strings.Contains(m.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, m.Body)
		}
	}
	if !strings.HasPrefix(m.Subject, "Terminanfrage: ") {
		t.Errorf("subject = %q", m.Subject)
	}
	link := mailto("studententeam@stadtdo.de", m)
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "mailto" || u.Query().Get("body") != m.Body {
		t.Errorf("mailto link does not carry the body: %v %q", err, link)
	}
}

func FuzzContactMessage(f *testing.F) {
	d := testData(f)
	today := content.MustDate("2026-11-21")
	cl, _ := d.Content.Evaluate(content.ParseAnswers("city=dortmund&need=naturalisation&minors=1"), today)
	f.Add("Name", "01.01.1990", "", "türkisch")
	f.Add("\x00\n\r%&?=", "<script>", "38/4-2", "é")
	f.Fuzz(func(t *testing.T, name, birth, file, nat string) {
		m := ContactMessage(d.Content, d.Catalogs["de"], cl, ContactDetails{name, birth, file, nat})
		u, err := url.Parse(mailto("a@b.de", m))
		if err != nil {
			t.Fatalf("mailto does not parse: %v", err)
		}
		if u.Query().Get("body") != m.Body {
			t.Fatalf("mailto body does not round-trip")
		}
	})
}
