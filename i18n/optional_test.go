package i18n_test

import (
	"testing"
	"testing/fstest"

	"lotse/i18n"
)

// TestOptionalLegalText: a legal text (legal.text.*) may lack a
// translation without a gap; a translation made from the current German
// is compiled; one made from an older German is left out of the catalog
// (German alone is shown) and listed as needing review.
func TestOptionalLegalText(t *testing.T) {
	const de = `{
  "legal.text.a": {"description": "Legal text.", "other": "Erster Absatz."},
  "legal.text.b": {"description": "Legal text.", "other": "Zweiter Absatz."},
  "legal.text.c": {"description": "Legal text.", "other": "Dritter Absatz, geändert."},
  "meta.name": {"description": "Name.", "other": "Deutsch"},
  "meta.review": {"description": "State.", "other": "source"}
}`
	src, err := i18n.LoadLanguages(fstest.MapFS{"de.json": {Data: []byte(de)}}, []string{"de"})
	if err != nil {
		t.Fatal(err)
	}
	current := i18n.Hash(src.Files["de"].Messages["legal.text.a"])
	const older = "sha1-0000000000000000000000000000000000000000"
	en := `{
  "legal.text.a": {"description": "Legal text.", "hash": "` + current + `", "other": "First paragraph."},
  "legal.text.c": {"description": "Legal text.", "hash": "` + older + `", "other": "Third paragraph."},
  "meta.name": {"description": "Name.", "other": "English"},
  "meta.review": {"description": "State.", "other": "unreviewed"}
}`
	set, err := i18n.LoadLanguages(fstest.MapFS{"de.json": {Data: []byte(de)}, "en.json": {Data: []byte(en)}}, []string{"de", "en"})
	if err != nil {
		t.Fatal(err)
	}
	r := set.Check(nil)[1]
	if !r.Complete() || len(r.Missing) != 0 {
		t.Errorf("a missing legal translation is a gap: missing %v, problems %v", r.Missing, r.Problems)
	}
	if len(r.NeedsReview) != 1 || r.NeedsReview[0] != "legal.text.c" {
		t.Errorf("needs review %v, want [legal.text.c]", r.NeedsReview)
	}
	cat, err := set.Compile("en")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]bool{"legal.text.a": true, "legal.text.b": false, "legal.text.c": false} {
		if cat.Has(id) != want {
			t.Errorf("compiled English has %s: %v, want %v", id, cat.Has(id), want)
		}
	}
}
