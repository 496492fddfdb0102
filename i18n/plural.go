package i18n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"lotse/i18n/catalog"
)

// FormOf returns the CLDR plural category of an integer in a language.
func FormOf(tag language.Tag, n int) string {
	if n < 0 {
		n = -n
	}
	switch plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0) {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	}
	return "other"
}

// PluralForms lists the plural categories a language needs: every category an
// integer can take, plus "other" (which go-i18n always requires).
func PluralForms(tag language.Tag) []string {
	seen := map[string]bool{"other": true}
	for n := 0; n <= 1000; n++ {
		seen[FormOf(tag, n)] = true
	}
	var out []string
	for _, f := range []string{"zero", "one", "two", "few", "many", "other"} {
		if seen[f] {
			out = append(out, f)
		}
	}
	return out
}

// pluralTable resolves the categories of 0 … catalog.PluralTableSize-1.
func pluralTable(tag language.Tag) string {
	b := make([]byte, catalog.PluralTableSize)
	for n := range b {
		b[n] = catalog.FormLetters[FormOf(tag, n)]
	}
	return string(b)
}
