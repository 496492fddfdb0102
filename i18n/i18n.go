// Package i18n holds Lotse's translation files (go-i18n JSON, one per
// language, German the source) and the server-side code that loads them
// with go-i18n, checks them against German and the content, and compiles
// them into the small catalogs the client renders (package catalog).
package i18n

import (
	"bytes"
	"crypto/sha1"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"lotse/i18n/catalog"
)

// Files holds the shipped translation files.
//
//go:embed *.json
var Files embed.FS

// File is one loaded translation file.
type File struct {
	Lang     string
	Path     string
	Messages map[string]*goi18n.Message
	lines    map[string]int // message ID -> line in the file
}

// Set is every shipped language's file, loaded and parsed by go-i18n.
type Set struct {
	Files map[string]*File
	Codes []string // in the order of the language table, German first
}

// GermanOnly tells whether a message exists in German only: the prepared
// letter to the office and the review document for the office are always
// German, whatever the reader's language.
func GermanOnly(id string) bool {
	return strings.HasPrefix(id, "letter.") || strings.HasPrefix(id, "review.")
}

// Optional tells whether a translation may be missing. The legal text
// (legal.text.*) binds in German; a translation is shown beside it only
// where one exists and was made from the current German text (see
// Compile), since a legal text that says something else than the German
// is worse than none.
func Optional(id string) bool { return strings.HasPrefix(id, "legal.text.") }

// Load reads <code>.json for every shipped language from fsys. A file that
// go-i18n cannot parse, or that names a message or field twice, is an
// error with file:line.
func Load(fsys fs.FS) (*Set, error) { return LoadLanguages(fsys, catalog.Codes()) }

// LoadLanguages reads the files of the given languages (German first).
func LoadLanguages(fsys fs.FS, codes []string) (*Set, error) {
	bundle := goi18n.NewBundle(language.German)
	set := &Set{Files: map[string]*File{}, Codes: codes}
	for _, code := range codes {
		path := code + ".json"
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil, fmt.Errorf("translations: %w", err)
		}
		if err := duplicateKeys(path, data); err != nil {
			return nil, err
		}
		mf, err := bundle.ParseMessageFileBytes(data, path)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, errorLine(data, err), err)
		}
		f := &File{Lang: code, Path: path, Messages: map[string]*goi18n.Message{}, lines: keyLines(data)}
		for _, m := range mf.Messages {
			f.Messages[m.ID] = m
		}
		set.Files[code] = f
	}
	return set, nil
}

// Hash is go-i18n's hash of a source message (goi18n merge writes it into
// translations): when German changes, translations with the old hash need
// review.
func Hash(m *goi18n.Message) string {
	h := sha1.New()
	h.Write([]byte(m.Description))
	h.Write([]byte(m.Other))
	return fmt.Sprintf("sha1-%x", h.Sum(nil))
}

// Forms returns a message's plural forms that are set.
func MessageForms(m *goi18n.Message) map[string]string {
	out := map[string]string{}
	for name, v := range map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other} {
		if v != "" {
			out[name] = v
		}
	}
	return out
}

// IsPlural tells whether German gives the message plural forms.
func IsPlural(m *goi18n.Message) bool { return m.One != "" || m.Few != "" || m.Many != "" }

// Compile turns one language into a client catalog: only the forms the
// language needs, placeholders kept for the client's renderer.
func (s *Set) Compile(lang string) (*catalog.Catalog, error) {
	f, ok := s.Files[lang]
	if !ok {
		return nil, fmt.Errorf("no translations for %q", lang)
	}
	src := s.Files[catalog.Source]
	forms := PluralForms(language.Make(lang))
	c := &catalog.Catalog{Lang: lang, Messages: map[string]map[string]string{}, Plural: pluralTable(language.Make(lang))}
	l, _ := catalog.Lookup(lang)
	c.RTL = l.RTL
	for id, m := range f.Messages {
		if _, known := src.Messages[id]; !known {
			continue // unused IDs are reported by Check, not shipped
		}
		if GermanOnly(id) && lang != catalog.Source {
			continue
		}
		if Optional(id) && lang != catalog.Source && m.Hash != Hash(src.Messages[id]) {
			continue // made from another German text: not shown, listed by Check
		}
		all := MessageForms(m)
		for form, text := range all {
			switch {
			case l.RTL:
				// Every message, plural or not: codes like 38/4-3 and
				// "§ 24 AufenthG" keep their order inside Arabic script.
				text = isolateLTR(text)
			case !GermanOnly(id):
				// Codes and phone numbers do not break at their hyphen
				// (the letter to the office stays plain text).
				text = keepCodes(text)
			}
			all[form] = catalog.LocalDigits(lang, text)
		}
		out := map[string]string{}
		if IsPlural(src.Messages[id]) {
			for _, form := range forms {
				if v, ok := all[form]; ok {
					out[form] = v
				}
			}
		} else {
			out["other"] = all["other"]
		}
		c.Messages[id] = out
	}
	if m, ok := f.Messages["meta.review"]; ok {
		c.Review = m.Other
	}
	c.Names = s.Names()
	return c, nil
}

// duplicateKeys reports a message ID, or a field of a message, given twice:
// encoding/json would silently keep the last one. A syntax error stops
// the walk at once (go-i18n reports it with its line): the decoder's
// More keeps saying true after an error, so going on would never end.
func duplicateKeys(path string, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	line := func() int { return bytes.Count(data[:dec.InputOffset()], []byte("\n")) + 1 }
	errSyntax := errors.New("syntax")
	var walk func(depth int, where string) error
	walk = func(depth int, where string) error {
		tok, err := dec.Token()
		if err != nil {
			return errSyntax
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return errSyntax
				}
				key, _ := k.(string)
				if seen[key] {
					if depth == 0 {
						return fmt.Errorf("%s:%d: message %q is defined twice", path, line(), key)
					}
					return fmt.Errorf("%s:%d: message %q has the field %q twice", path, line(), where, key)
				}
				seen[key] = true
				if err := walk(depth+1, key); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return errSyntax
			}
		case json.Delim('['):
			for dec.More() {
				if err := walk(depth+1, where); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return errSyntax
			}
		}
		return nil
	}
	if err := walk(0, ""); err != nil && err != errSyntax {
		return err
	}
	return nil
}

// Names returns each language's own name (its meta.name).
func (s *Set) Names() map[string]string {
	out := map[string]string{}
	for code, f := range s.Files {
		if m, ok := f.Messages["meta.name"]; ok {
			out[code] = m.Other
		}
	}
	return out
}

// keyLines finds the line of each top-level key of a JSON message file.
func keyLines(data []byte) map[string]int {
	out := map[string]int{}
	for i, line := range bytes.Split(data, []byte("\n")) {
		t := strings.TrimSpace(string(line))
		if !strings.HasPrefix(t, `"`) || !strings.HasSuffix(t, "{") {
			continue
		}
		if end := strings.Index(t[1:], `"`); end > 0 {
			key := t[1 : end+1]
			if _, seen := out[key]; !seen {
				out[key] = i + 1
			}
		}
	}
	return out
}

// Line returns the line of a message in its file (0 if unknown).
func (f *File) Line(id string) int { return f.lines[id] }

func errorLine(data []byte, err error) int {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	switch {
	case asError(err, &se):
		off = se.Offset
	case asError(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return 1
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// IDs returns the sorted message IDs of a file.
func (f *File) IDs() []string {
	var ids []string
	for id := range f.Messages {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
