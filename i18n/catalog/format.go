package catalog

import (
	"strconv"
	"strings"
	"time"
)

// Euro formats an amount in cents for a language: German "1.234,50 €",
// English "€1,234.50". Whole amounts drop the cents ("100 €").
// x/text/currency is not used: it puts the sign first in German
// (golang/go#14308) and costs 155 KB gzip in the client.
func Euro(lang string, cents int) string {
	l, ok := Lookup(lang)
	if !ok {
		l = Languages[0]
	}
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
	if l.EuroFirst {
		return "€" + num
	}
	return num + "\u00a0€"
}

// Date formats a date for a language with Latin digits.
func Date(lang string, t time.Time) string {
	l, ok := Lookup(lang)
	if !ok {
		l = Languages[0]
	}
	return t.Format(l.DateLayout)
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
