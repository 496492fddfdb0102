// Package catalog is the client side of Lotse's translations: compiled
// catalogs (plain strings per plural form), a small placeholder renderer,
// plural selection by CLDR rules, language matching and number and date
// formats. It links no text/template (see docs/adr/0002-compiled-catalogs.md):
// the go-i18n files are compiled on the server by package i18n.
package catalog

import (
	"strings"
)

// Catalog holds one language's messages: ID -> plural form -> text.
// Messages without plural forms have only "other".
type Catalog struct {
	Lang     string                       `json:"lang"`
	RTL      bool                         `json:"rtl,omitempty"`
	Review   string                       `json:"review"` // source, reviewed, unreviewed
	Messages map[string]map[string]string `json:"messages"`
	// Names gives every shipped language's own name, for the picker.
	Names map[string]string `json:"names,omitempty"`
	// Plural holds the CLDR plural category of 0 … PluralTableSize-1, one
	// letter each (see FormLetters), resolved on the server.
	Plural string `json:"plural"`
}

// Args are named placeholder values: {{.Date}} is Args{"Date": "…"}.
type Args map[string]string

// Has reports whether the catalog has a message.
func (c *Catalog) Has(id string) bool {
	_, ok := c.Messages[id]
	return ok
}

// T renders a message. A missing message renders as its ID in brackets so
// that a gap is visible, never silently filled from another language.
func (c *Catalog) T(id string, args ...Args) string {
	m, ok := c.Messages[id]
	if !ok {
		return "[" + id + "]"
	}
	return c.render(m["other"], args)
}

// N renders a plural message for count; Args gain "Count".
func (c *Catalog) N(id string, count int, args ...Args) string {
	m, ok := c.Messages[id]
	if !ok {
		return "[" + id + "]"
	}
	text, ok := m[c.form(count)]
	if !ok {
		text = m["other"]
	}
	a := Args{"Count": Number(c.Lang, count)}
	for _, x := range args {
		for k, v := range x {
			a[k] = v
		}
	}
	return c.render(text, []Args{a})
}

// render fills placeholders; in right-to-left catalogs each value is
// isolated (FSI … PDI), so that a date, an amount or an e-mail address
// keeps its own direction inside the sentence.
func (c *Catalog) render(text string, args []Args) string {
	if c.RTL {
		iso := make([]Args, len(args))
		for i, a := range args {
			iso[i] = Args{}
			for k, v := range a {
				iso[i][k] = "\u2068" + v + "\u2069"
			}
		}
		args = iso
	}
	return fill(text, args)
}

// fill replaces {{.Name}} placeholders; unknown ones stay visible.
func fill(text string, args []Args) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	var b strings.Builder
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:i])
		name := strings.TrimPrefix(strings.TrimSpace(text[i+2:i+j]), ".")
		val, found := lookup(args, name)
		if found {
			b.WriteString(val)
		} else {
			b.WriteString(text[i : i+j+2])
		}
		text = text[i+j+2:]
	}
}

func lookup(args []Args, name string) (string, bool) {
	for _, a := range args {
		if v, ok := a[name]; ok {
			return v, true
		}
	}
	return "", false
}

// LocalDigits writes the ASCII digits of a message text in the language's
// own digits, except inside placeholders and isolated left-to-right runs
// (codes, law references), which keep the form the office writes.
func LocalDigits(lang, text string) string {
	l := language(lang)
	if l.Digits == "" {
		return text
	}
	var b strings.Builder
	isolated, placeholder := 0, false
	for i, r := range text {
		switch {
		case r == '\u2068':
			isolated++
		case r == '\u2069' && isolated > 0:
			isolated--
		case strings.HasPrefix(text[i:], "{{"):
			placeholder = true
		case placeholder && strings.HasPrefix(text[i:], "}}"):
			placeholder = false
		case isolated == 0 && !placeholder && r >= '0' && r <= '9':
			b.WriteString(digits(l, string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Placeholders lists the placeholder names of a text, in order of first use.
func Placeholders(text string) []string {
	var out []string
	seen := map[string]bool{}
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			return out
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			return out
		}
		name := strings.TrimPrefix(strings.TrimSpace(text[i+2:i+j]), ".")
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
		text = text[i+j+2:]
	}
}

// PluralTableSize is how many integers the compiled plural table covers
// directly; larger numbers reuse the category of 100 + n % 100, which is
// exact for every shipped language's integer rules (checked in tests up to
// 100 000).
const PluralTableSize = 200

// form returns the plural category of n from the compiled table: the
// server resolves CLDR rules once, so the client needs no plural engine.
func (c *Catalog) form(n int) string {
	if n < 0 {
		n = -n
	}
	if n >= PluralTableSize {
		n = 100 + n%100
	}
	if n >= len(c.Plural) {
		return "other"
	}
	return FormName(c.Plural[n])
}

// FormLetters maps plural categories to the letters of a compiled table.
var FormLetters = map[string]byte{"zero": 'z', "one": 'o', "two": 't', "few": 'f', "many": 'm', "other": 'x'}

// FormName is the category of a table letter.
func FormName(letter byte) string {
	for name, l := range FormLetters {
		if l == letter {
			return name
		}
	}
	return "other"
}

// Plain removes the marks that keep codes and left-to-right runs together
// on screen (word joiner, directional isolates): for comparing texts and
// for HTML attributes, which go-app writes with strconv.Quote (it spells
// the marks out as \u2068).
func Plain(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u2060' || (r >= '\u2066' && r <= '\u2069') {
			return -1
		}
		return r
	}, s)
}
