package catalog_test

import (
	"testing"

	"golang.org/x/text/language"

	"lotse/i18n/catalog"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		prefs []string
		want  string
	}{
		{[]string{"de-AT"}, "de"},
		{[]string{"gsw"}, "de"},
		{[]string{"uk-UA", "ru"}, "uk"},
		{[]string{"fr-CA"}, "fr"},
		{[]string{"zh"}, "de"},
		{[]string{"ar-SY", "en"}, "ar"},
		{[]string{"fa-IR"}, "fa"},
		{[]string{"en-US", "de"}, "en"},
		{[]string{"tr"}, "tr"},
		{[]string{"ru-RU"}, "ru"},
		{nil, "de"},
		{[]string{"not a tag!"}, "de"},
	}
	for _, tt := range tests {
		if got := catalog.Match(tt.prefs...); got != tt.want {
			t.Errorf("Match(%v) = %s, want %s", tt.prefs, got, tt.want)
		}
	}
}

func TestFormOf(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"de", 1, "one"}, {"de", 0, "other"}, {"de", 2, "other"},
		{"ar", 0, "zero"}, {"ar", 1, "one"}, {"ar", 2, "two"}, {"ar", 3, "few"}, {"ar", 10, "few"},
		{"ar", 11, "many"}, {"ar", 99, "many"}, {"ar", 100, "other"}, {"ar", 103, "few"},
		{"ru", 1, "one"}, {"ru", 21, "one"}, {"ru", 2, "few"}, {"ru", 24, "few"}, {"ru", 5, "many"}, {"ru", 11, "many"}, {"ru", 0, "many"},
		{"uk", 1, "one"}, {"uk", 3, "few"}, {"uk", 12, "many"}, {"uk", 22, "few"},
	}
	for _, tt := range tests {
		if got := catalog.FormOf(language.Make(tt.lang), tt.n); got != tt.want {
			t.Errorf("FormOf(%s, %d) = %s, want %s", tt.lang, tt.n, got, tt.want)
		}
	}
	if got := catalog.Forms(language.Arabic); len(got) != 6 {
		t.Errorf("Arabic needs six forms, got %v", got)
	}
	if got := catalog.Forms(language.Russian); len(got) != 4 {
		t.Errorf("Russian needs four forms, got %v", got)
	}
}

func TestEuro(t *testing.T) {
	tests := []struct {
		lang  string
		cents int
		want  string
	}{
		{"de", 123450, "1.234,50\u00a0€"},
		{"de", 10000, "100\u00a0€"},
		{"en", 123450, "€1,234.50"},
		{"fr", 123450, "1\u202f234,50\u00a0€"},
		{"tr", 123450, "€1.234,50"},
		{"ru", 123450, "1\u00a0234,50\u00a0€"},
		{"uk", 9300, "93\u00a0€"},
		{"ar", 123450, "1,234.50\u00a0€"},
		{"fa", 2550000, "25,500\u00a0€"},
		{"de", 5, "0,05\u00a0€"},
	}
	for _, tt := range tests {
		if got := catalog.Euro(tt.lang, tt.cents); got != tt.want {
			t.Errorf("Euro(%s, %d) = %q, want %q", tt.lang, tt.cents, got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	c := &catalog.Catalog{Lang: "ar", Messages: map[string]map[string]string{
		"x":    {"other": "a {{.Date}} b {{ .Date }} {{.Missing}}"},
		"kids": {"zero": "لا أطفال", "one": "طفل واحد", "two": "طفلان", "few": "{{.Count}} أطفال", "many": "{{.Count}} طفلًا", "other": "{{.Count}} طفل"},
	}}
	if got := c.T("x", catalog.Args{"Date": "1"}); got != "a 1 b 1 {{.Missing}}" {
		t.Errorf("T = %q", got)
	}
	if got := c.T("nope"); got != "[nope]" {
		t.Errorf("missing message must show its ID, got %q", got)
	}
	for n, want := range map[int]string{0: "لا أطفال", 1: "طفل واحد", 2: "طفلان", 5: "5 أطفال", 11: "11 طفلًا", 100: "100 طفل"} {
		if got := c.N("kids", n); got != want {
			t.Errorf("N(kids, %d) = %q, want %q", n, got, want)
		}
	}
}
