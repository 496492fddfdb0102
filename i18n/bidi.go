package i18n

import (
	"regexp"
	"strings"
)

// Left-to-right runs inside right-to-left text (law references like
// "§ 68 AufenthG", codes like "38/2-2", "EC", e-mail addresses) are wrapped
// in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when a right-to-left
// catalog is compiled: the plain-text form of <bdi>, so that they keep
// their order wherever the text is shown. Parentheses stay outside the
// isolate so that they mirror with the surrounding text.
var (
	// Latin letters, not only ASCII: "Kleppingstraße 37" or "Amt für
	// Migration" split at ß or ü would be laid out as separate runs. A run
	// may start with a dot before a letter: outside the isolate, the dot of
	// "(.ics)" would be laid out right to left, as "(ics.)".
	ltrRun      = regexp.MustCompile(`(?:\.\p{Latin}|[\p{Latin}0-9§@])[\p{Latin}0-9§@ .,:/_&+'\x{2013}-]*[\p{Latin}0-9]|\.?\p{Latin}`)
	placeholder = regexp.MustCompile(`\{\{[^}]*\}\}`)
	// Numbers joined by "/": a file number or team code ("38/2", "38/1"),
	// or a year range or date when one of them has four digits (2024/25).
	slashNumbers = regexp.MustCompile(`[0-9]+(?:/[0-9]+)+`)
	fourDigits   = regexp.MustCompile(`[0-9]{4}`)
)

const (
	fsi = "\u2068"
	pdi = "\u2069"
)

// isolateLTR isolates the left-to-right runs of a right-to-left text,
// leaving {{.Placeholders}} untouched.
func isolateLTR(text string) string {
	var b strings.Builder
	last := 0
	for _, loc := range placeholder.FindAllStringIndex(text, -1) {
		b.WriteString(isolateSegment(text[last:loc[0]]))
		b.WriteString(text[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(isolateSegment(text[last:]))
	return b.String()
}

func isolateSegment(s string) string {
	return ltrRun.ReplaceAllStringFunc(s, func(run string) string {
		if strings.Trim(run, "0123456789 .,:/") == "" {
			// Numbers, dates and times order themselves and take the
			// language's digits; a hyphen does not (after Arabic letters
			// "38/2-2" would show as "2-38/2"), see below.
			return isolateReferences(run)
		}
		// A line break inside an isolate splits it over two lines that
		// are each ordered on their own ("(38/2-" … "2)"): a hyphen
		// between digits does not break.
		return fsi + keepCodes(run) + pdi
	})
}

// isolateReferences isolates the file numbers and team codes among numbers
// ("38/2" in "z. B. 38/2", "38/1"), so that they keep Latin digits like
// the other team codes (38/2-1) and the file number printed on the
// office's letters; year ranges and dates (2024/25) stay numbers in the
// language's digits.
func isolateReferences(s string) string {
	return slashNumbers.ReplaceAllStringFunc(s, func(n string) string {
		if fourDigits.MatchString(n) {
			return n
		}
		return fsi + n + pdi
	})
}

// keepCodes puts a word joiner after a hyphen between digits, so that a
// code (38/2-2) or a phone number does not break over two lines.
func keepCodes(s string) string { return codeHyphen.ReplaceAllString(s, "$1-\u2060$2") }

var codeHyphen = regexp.MustCompile(`(\d)-(\d)`)
