package catalog

import (
	"strconv"
	"strings"
	"time"
)

func language(lang string) Language {
	if l, ok := Lookup(lang); ok {
		return l
	}
	return Languages[0]
}

// Euro formats an amount in cents for a language: German "1.234,50 €",
// English "€1,234.50", Arabic "٩٣ €". Whole amounts drop the cents
// ("100 €"). x/text/currency is not used: it puts the sign first in German
// (golang/go#14308) and costs 155 KB gzip in the client.
func Euro(lang string, cents int) string {
	l := language(lang)
	neg := cents < 0
	if neg {
		cents = -cents
	}
	num := group(strconv.Itoa(cents/100), l.Group)
	if c := cents % 100; c != 0 {
		num += l.Decimal + twoDigits(c)
	}
	if neg {
		num = "-" + num
	}
	num = digits(l, num)
	if l.EuroFirst {
		return "€" + num
	}
	return num + "\u00a0€"
}

// Date formats a date for a language, in its digits.
func Date(lang string, t time.Time) string {
	l := language(lang)
	return digits(l, t.Format(l.DateLayout))
}

// Number writes an integer in the language's digits.
func Number(lang string, n int) string { return digits(language(lang), strconv.Itoa(n)) }

// Clock writes a time of day (HH:MM) in the language's digits.
func Clock(lang, hhmm string) string { return digits(language(lang), hhmm) }

// List joins items with the language's list separator (Arabic "،").
func List(lang string, items []string) string {
	return strings.Join(items, language(lang).ListSep)
}

// digits replaces ASCII digits by the language's own.
func digits(l Language, s string) string {
	if l.Digits == "" {
		return s
	}
	set := []rune(l.Digits)
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(set[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func group(digits, sep string) string {
	if len(digits) <= 3 {
		return digits
	}
	var parts []string
	for len(digits) > 3 {
		parts = append([]string{digits[len(digits)-3:]}, parts...)
		digits = digits[:len(digits)-3]
	}
	parts = append([]string{digits}, parts...)
	return strings.Join(parts, sep)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Percent writes a whole percentage as the language writes it (CLDR):
// German "75 %", English "75%", Turkish "%75", Arabic "٧٥٪".
func Percent(lang string, n int) string {
	l := language(lang)
	num := digits(l, strconv.Itoa(n))
	switch l.Code {
	case "tr":
		return "%" + num
	case "ar", "fa", "ps":
		return num + "٪"
	case "de", "fr", "ru", "ro":
		return num + "\u00a0%"
	}
	return num + "%"
}
