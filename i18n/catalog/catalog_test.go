package catalog_test

import (
	"strings"
	"testing"
	"time"

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
		{[]string{"de-CH"}, "de"},
		{[]string{"fa-AF"}, "fa"},
		{[]string{"prs"}, "fa"},
		{[]string{"ps-AF"}, "ps"},
		{[]string{"kmr"}, "ku"},
		{[]string{"ku-TR"}, "ku"},
		{[]string{"pl_PL"}, "pl"},
		{[]string{"ro-MD"}, "ro"},
		{[]string{"bg"}, "bg"},
		{[]string{"xx", "ar;q=0.8"}, "ar"},
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
		{"ar", 123450, "١٬٢٣٤٫٥٠\u00a0€"},
		{"fa", 2550000, "۲۵٬۵۰۰\u00a0€"},
		{"ps", 9300, "۹۳\u00a0€"},
		{"pl", 123450, "1\u00a0234,50\u00a0€"},
		{"ro", 123450, "1.234,50\u00a0€"},
		{"bg", 9300, "93\u00a0€"},
		{"ku", 123450, "1.234,50\u00a0€"},
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
	c := &catalog.Catalog{Lang: "ar", RTL: true, Plural: string(table), Messages: map[string]map[string]string{
		"x":    {"other": "a {{.Date}} b {{ .Date }} {{.Missing}}"},
		"kids": {"zero": "لا أطفال", "one": "طفل واحد", "two": "طفلان", "few": "{{.Count}} أطفال", "many": "{{.Count}} طفلًا", "other": "{{.Count}} طفل"},
	}}
	if got := c.T("x", catalog.Args{"Date": "1"}); got != "a \u20681\u2069 b \u20681\u2069 {{.Missing}}" {
		t.Errorf("T = %q", got)
	}
	if got := c.T("nope"); got != "[nope]" {
		t.Errorf("missing message must show its ID, got %q", got)
	}
	for n, want := range map[int]string{0: "لا أطفال", 1: "طفل واحد", 2: "طفلان", 5: "٥ أطفال", 11: "١١ طفلًا", 100: "١٠٠ طفل", 1011: "١٠١١ طفلًا", 1003: "١٠٠٣ أطفال"} {
		if got := strings.NewReplacer("\u2068", "", "\u2069", "").Replace(c.N("kids", n)); got != want {
			t.Errorf("N(kids, %d) = %q, want %q", n, got, want)
		}
	}
}

func TestDatesAndDigits(t *testing.T) {
	d := time.Date(2027, 3, 4, 0, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{"de": "04.03.2027", "ar": "٠٤/٠٣/٢٠٢٧", "fa": "۲۰۲۷/۰۳/۰۴", "ps": "۲۰۲۷/۰۳/۰۴", "en": "04/03/2027", "pl": "04.03.2027"} {
		if got := catalog.Date(lang, d); got != want {
			t.Errorf("Date(%s) = %q, want %q", lang, got, want)
		}
	}
	if got := catalog.LocalDigits("ar", "ab 6 \u206838/4-3\u2069 {{.N2}}"); got != "ab ٦ \u206838/4-3\u2069 {{.N2}}" {
		t.Errorf("LocalDigits = %q", got)
	}
	if got := catalog.List("ar", []string{"أ", "ب"}); got != "أ، ب" {
		t.Errorf("List(ar) = %q", got)
	}
}

func TestPlain(t *testing.T) {
	for in, want := range map[string]string{
		"Einbürgerung (38/4-\u20602)":        "Einbürgerung (38/4-2)",
		"التجنّس (\u206838/4-\u20602\u2069)": "التجنّس (38/4-2)",
		"\u2066a\u2067b\u2069":               "ab",
		"Olpe 1":                             "Olpe 1",
	} {
		if got := catalog.Plain(in); got != want {
			t.Errorf("Plain(%q) = %q, want %q", in, got, want)
		}
	}
}
