package catalog

import "golang.org/x/text/language"

// Language is one shipped language. Its own name comes from its catalog
// (meta.name), not from a display table, to keep the client small.
type Language struct {
	Code string
	RTL  bool
	// Number and date formats (CLDR-based, Latin digits throughout, as
	// used in German offices): group and decimal separators, where the
	// euro sign goes, and a Go date layout.
	Group, Decimal string
	EuroFirst      bool
	DateLayout     string
}

// Source is the authoritative language.
const Source = "de"

// Languages lists every shipped language; German first (the fallback).
var Languages = []Language{
	{Code: "de", Group: ".", Decimal: ",", DateLayout: "02.01.2006"},
	{Code: "en", Group: ",", Decimal: ".", EuroFirst: true, DateLayout: "02/01/2006"},
	{Code: "ar", RTL: true, Group: ",", Decimal: ".", DateLayout: "02/01/2006"},
	{Code: "fa", RTL: true, Group: ",", Decimal: ".", DateLayout: "2006/01/02"},
	{Code: "tr", Group: ".", Decimal: ",", EuroFirst: true, DateLayout: "02.01.2006"},
	{Code: "uk", Group: "\u00a0", Decimal: ",", DateLayout: "02.01.2006"},
	{Code: "ru", Group: "\u00a0", Decimal: ",", DateLayout: "02.01.2006"},
	{Code: "fr", Group: "\u202f", Decimal: ",", DateLayout: "02/01/2006"},
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

var matcher = func() language.Matcher {
	tags := make([]language.Tag, len(Languages))
	for i, l := range Languages {
		tags[i] = language.Make(l.Code)
	}
	return language.NewMatcher(tags)
}()

// Match picks the shipped language for a browser's preferred languages
// (navigator.languages or Accept-Language order); German when none fits.
func Match(preferred ...string) string {
	var tags []language.Tag
	for _, p := range preferred {
		if t, err := language.Parse(p); err == nil {
			tags = append(tags, t)
		}
	}
	if len(tags) == 0 {
		return Source
	}
	_, i, conf := matcher.Match(tags...)
	if conf == language.No {
		return Source
	}
	return Languages[i].Code
}
