package catalog

import "strings"

// Language is one shipped language. Its own name comes from its catalog
// (meta.name), not from a display table, to keep the client small.
type Language struct {
	Code string
	RTL  bool
	// Number and date formats as the language writes them (CLDR): group
	// and decimal separators, where the euro sign goes, a Go date layout,
	// the digits (empty: Latin) and the separator of lists.
	Group, Decimal string
	EuroFirst      bool
	DateLayout     string
	Digits         string
	ListSep        string
	// Also lists other language tags (BCP 47 primary subtags) whose
	// readers are best served by this language.
	Also []string
}

// Source is the authoritative language.
const Source = "de"

const (
	arabicDigits   = "٠١٢٣٤٥٦٧٨٩"
	extendedDigits = "۰۱۲۳۴۵۶۷۸۹"
	arabicComma    = "، "
)

// Languages lists every shipped language; German first (the fallback).
// Adding a language is one row here and one file i18n/<code>.json.
var Languages = []Language{
	{Code: "de", Group: ".", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", ", Also: []string{"gsw", "nds", "bar", "lb"}},
	{Code: "en", Group: ",", Decimal: ".", EuroFirst: true, DateLayout: "02/01/2006", ListSep: ", "},
	{Code: "ar", RTL: true, Group: "٬", Decimal: "٫", DateLayout: "02/01/2006", Digits: arabicDigits, ListSep: arabicComma, Also: []string{"arb", "apc", "ajp", "acm", "arz", "ary", "aeb"}},
	{Code: "fa", RTL: true, Group: "٬", Decimal: "٫", DateLayout: "2006/01/02", Digits: extendedDigits, ListSep: arabicComma, Also: []string{"prs", "pes", "tg"}},
	{Code: "ps", RTL: true, Group: "٬", Decimal: "٫", DateLayout: "2006/01/02", Digits: extendedDigits, ListSep: arabicComma, Also: []string{"pbu", "pbt", "pst"}},
	{Code: "tr", Group: ".", Decimal: ",", EuroFirst: true, DateLayout: "02.01.2006", ListSep: ", "},
	{Code: "ku", Group: ".", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", ", Also: []string{"kmr"}},
	{Code: "uk", Group: "\u00a0", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", "},
	{Code: "ru", Group: "\u00a0", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", ", Also: []string{"be"}},
	{Code: "pl", Group: "\u00a0", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", ", Also: []string{"szl", "csb"}},
	{Code: "ro", Group: ".", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", ", Also: []string{"mo"}},
	{Code: "bg", Group: "\u00a0", Decimal: ",", DateLayout: "02.01.2006", ListSep: ", "},
	{Code: "fr", Group: "\u202f", Decimal: ",", DateLayout: "02/01/2006", ListSep: ", "},
}

// Lookup returns a shipped language by code.
func Lookup(code string) (Language, bool) {
	for _, l := range Languages {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}

// Codes lists the shipped languages' codes, German first.
func Codes() []string {
	out := make([]string, len(Languages))
	for i, l := range Languages {
		out[i] = l.Code
	}
	return out
}

// Match picks the shipped language for a browser's preferred languages
// (navigator.languages or Accept-Language order), by primary subtag:
// "de-AT" is German, "fa-AF" Persian, "kmr" Kurmanji. German when none
// fits. A table, not x/text/language's matcher, which costs about 80 KB
// in the client for the same answers on these tags.
func Match(preferred ...string) string {
	for _, p := range preferred {
		primary := strings.ToLower(p)
		if i := strings.IndexAny(primary, "-_;"); i >= 0 {
			primary = primary[:i]
		}
		primary = strings.TrimSpace(primary)
		for _, l := range Languages {
			if l.Code == primary {
				return l.Code
			}
			for _, a := range l.Also {
				if a == primary {
					return l.Code
				}
			}
		}
	}
	return Source
}
