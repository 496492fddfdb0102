package catalog_test

import (
	"strings"
	"testing"

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
	// Arabic categories of 0 … 199 as the server compiles them.
	table := []byte(strings.Repeat("x", catalog.PluralTableSize))
	for n := range table {
		switch m := n % 100; {
		case n == 0:
			table[n] = 'z'
		case n == 1:
			table[n] = 'o'
		case n == 2:
			table[n] = 't'
		case m >= 3 && m <= 10:
			table[n] = 'f'
		case m >= 11:
			table[n] = 'm'
		}
	}
	c := &catalog.Catalog{Lang: "ar", Plural: string(table), Messages: map[string]map[string]string{
		"x":    {"other": "a {{.Date}} b {{ .Date }} {{.Missing}}"},
		"kids": {"zero": "لا أطفال", "one": "طفل واحد", "two": "طفلان", "few": "{{.Count}} أطفال", "many": "{{.Count}} طفلًا", "other": "{{.Count}} طفل"},
	}}
	if got := c.T("x", catalog.Args{"Date": "1"}); got != "a 1 b 1 {{.Missing}}" {
		t.Errorf("T = %q", got)
	}
	if got := c.T("nope"); got != "[nope]" {
		t.Errorf("missing message must show its ID, got %q", got)
	}
	for n, want := range map[int]string{0: "لا أطفال", 1: "طفل واحد", 2: "طفلان", 5: "5 أطفال", 11: "11 طفلًا", 100: "100 طفل", 1011: "1011 طفلًا", 1003: "1003 أطفال"} {
		if got := c.N("kids", n); got != want {
			t.Errorf("N(kids, %d) = %q, want %q", n, got, want)
		}
	}
}
