package i18n

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"

	"lotse/i18n/catalog"
)

// Report is what `lotse check` says about one language.
type Report struct {
	Lang        string
	Review      string
	Total       int // messages German has
	Translated  int
	Missing     []string
	Unused      []string
	NeedsReview []string // German changed since the translation was made
	Problems    []string // file:line: message, for wrong placeholders and forms
}

// Complete tells whether the language has no gap: it can ship.
func (r Report) Complete() bool {
	return len(r.Missing) == 0 && len(r.Unused) == 0 && len(r.Problems) == 0
}

// Check compares every language with German and German with the IDs the
// content requires. It returns one report per shipped language.
func (s *Set) Check(required map[string]string) []Report {
	src := s.Files[catalog.Source]
	var reports []Report
	for _, code := range s.Codes {
		l := catalog.Language{Code: code}
		f := s.Files[code]
		r := Report{Lang: code, Total: len(src.Messages)}
		if m, ok := f.Messages["meta.review"]; ok {
			r.Review = m.Other
		}
		switch {
		case l.Code == catalog.Source && r.Review != "source":
			r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: meta.review must be \"source\" in German", f.Path, f.Line("meta.review")))
		case l.Code != catalog.Source && r.Review != "reviewed" && r.Review != "unreviewed":
			r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: meta.review must be \"reviewed\" or \"unreviewed\"", f.Path, f.Line("meta.review")))
		}
		if l.Code == catalog.Source {
			for id := range required {
				if _, ok := src.Messages[id]; !ok {
					r.Missing = append(r.Missing, id)
				}
			}
		}
		forms := PluralForms(language.Make(l.Code))
		for _, id := range src.IDs() {
			sm := src.Messages[id]
			if sm.Description == "" && l.Code == catalog.Source {
				r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: %s has no description for translators", src.Path, src.Line(id), id))
			}
			if GermanOnly(id) && l.Code != catalog.Source {
				if _, ok := f.Messages[id]; ok {
					r.Unused = append(r.Unused, id)
				} else {
					r.Total--
				}
				continue
			}
			m, ok := f.Messages[id]
			if !ok {
				switch {
				case l.Code != catalog.Source && Optional(id):
					r.Total-- // a legal text without translation: German alone
				case l.Code != catalog.Source:
					r.Missing = append(r.Missing, id)
				}
				continue
			}
			r.Translated++
			if l.Code != catalog.Source && (m.Hash != "" || Optional(id)) && m.Hash != Hash(sm) {
				r.NeedsReview = append(r.NeedsReview, id)
			}
			want := placeholderSet(MessageForms(sm))
			sourceBroken := false
			for _, text := range MessageForms(sm) {
				sourceBroken = sourceBroken || brokenPlaceholder(text)
			}
			got := MessageForms(m)
			if IsPlural(sm) {
				for _, form := range forms {
					if _, ok := got[form]; !ok {
						r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: %s lacks the plural form %q", f.Path, f.Line(id), id, form))
					}
				}
			}
			for form, text := range got {
				if strings.ContainsAny(text, "\"\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e") {
					// Texts reach HTML attributes (go-app writes them with
					// strconv.Quote) and bidi isolation is added at compile
					// time: a straight quote or a hand-made direction mark
					// does not belong in a message.
					r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: %s (%s) contains a straight double quote or a direction control character: use the language's own quotation marks", f.Path, f.Line(id), id, form))
				}
				if brokenPlaceholder(text) {
					r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: %s (%s) has a broken placeholder: write {{.Name}}, with two braces on each side", f.Path, f.Line(id), id, form))
					continue
				}
				if sourceBroken {
					continue // reported once, against German's file
				}
				have := placeholderSet(map[string]string{form: text})
				if !sameSet(have, want) && !(IsPlural(sm) && sameSet(have, without(want, "Count"))) {
					r.Problems = append(r.Problems, fmt.Sprintf("%s:%d: %s (%s) has placeholders %v, German has %v", f.Path, f.Line(id), id, form, keys(have), keys(want)))
				}
			}
		}
		for _, id := range f.IDs() {
			if _, ok := src.Messages[id]; !ok {
				r.Unused = append(r.Unused, id)
			}
		}
		sort.Strings(r.Missing)
		reports = append(reports, r)
	}
	return reports
}

// Stamp records German's current hash in every message of a translation
// file: run it after a translator has checked the file against German.
func Stamp(dir, lang string) error {
	set, err := LoadLanguages(os.DirFS(dir), []string{catalog.Source, lang})
	if err != nil {
		return err
	}
	src := set.Files[catalog.Source]
	path := filepath.Join(dir, lang+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("stamping %s: %w", lang, err)
	}
	var raw map[string]map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for id, m := range raw {
		if sm, ok := src.Messages[id]; ok {
			m["hash"] = Hash(sm)
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(raw); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// wellFormed is a placeholder as messages write it: {{.Name}}.
var wellFormed = regexp.MustCompile(`\{\{\s*\.[A-Za-z_][A-Za-z0-9_]*\s*\}\}`)

// brokenPlaceholder tells whether a text has a brace outside a
// well-formed placeholder ("{{.Date}", "{.Date}}", "{{Date}}"): messages
// use no other braces, and a broken one would reach the reader as it is.
func brokenPlaceholder(text string) bool {
	return strings.ContainsAny(wellFormed.ReplaceAllString(text, ""), "{}")
}

func placeholderSet(forms map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, t := range forms {
		for _, p := range catalog.Placeholders(t) {
			out[p] = true
		}
	}
	return out
}

func without(set map[string]bool, k string) map[string]bool {
	out := map[string]bool{}
	for x := range set {
		if x != k {
			out[x] = true
		}
	}
	return out
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(set map[string]bool) []string {
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
