package i18n_test

import (
	"regexp"
	"testing"

	"lotse/i18n"
)

// No message writes an amount or a rate: euro amounts and percentages
// come from the content data as placeholders (content/data/05-fees.yaml,
// fact amounts), so a changed fee changes every sentence that names it.
// Every message, every plural form, every language.
var (
	placeholder = regexp.MustCompile(`\{\{[^}]*\}\}`)
	digit       = `[0-9٠-٩۰-۹]`
	space       = `[\s\x{00a0}\x{202f}]?`
	currency    = `(€|EUR|[Ee]uros?|[Ee]vro|[Aa]vro|[Ee]wro|[Ее]вро|[Єє]вро|يورو|یورو)`
	percent     = `(%|٪|[Pp]rozent|[Pp]ercent|per cent|pour cent|[Пп]роцент|[Вв]ідсот|[Pp]rocent|[Yy]üzde|sedî|درصد|بالمئة|في المئة|في المائة|سلنه)`
	amountRE    = regexp.MustCompile(digit + space + currency + `|` + currency + space + digit + `|` + digit + space + percent +
		`|` + `(%|٪|[Yy]üzde|ji sedî)` + space + digit + `|[¼½¾⅓⅔]`)
)

func TestNoAmountInAnyMessage(t *testing.T) {
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, code := range set.Codes {
		f := set.Files[code]
		for _, id := range f.IDs() {
			for form, text := range i18n.MessageForms(f.Messages[id]) {
				n++
				if m := amountRE.FindString(placeholder.ReplaceAllString(text, "")); m != "" {
					t.Errorf("%s.json: %s (%s) writes the amount %q: take it from the data as a placeholder", code, id, form, m)
				}
			}
		}
	}
	if n < 5000 {
		t.Fatalf("only %d texts read", n)
	}
}

// The pattern finds what it must, in the languages' own ways of writing.
func TestAmountPattern(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"113 € gilt in den meisten Fällen", true},
		{"costs €113", true},
		{"يسري مبلغ ١١٣ يورو", true},
		{"11.904\u00a0€ im Jahr", true},
		{"harcın %75'i", true},
		{"75 % der Gebühr", true},
		{"ein Vorschuss von ¾ der Gebühr", true},
		{"в размере 96 евро", true},
		{"{{.Standard}} gilt in den meisten Fällen", false},
		{"spätestens 2 Wochen vor dem Ablauf (§ 81 Abs. 4 AufenthG)", false},
		{"bis zu 3 Monate", false},
	} {
		got := amountRE.MatchString(placeholder.ReplaceAllString(tt.text, ""))
		if got != tt.want {
			t.Errorf("%q: amount found %v, want %v", tt.text, got, tt.want)
		}
	}
}
