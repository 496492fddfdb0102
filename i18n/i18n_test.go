package i18n_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"lotse/content"
	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
	"lotse/internal/testfs"

	"golang.org/x/text/language"
)

func required(t *testing.T) map[string]string {
	c, err := load.Load(data.FS, content.MustDate("2026-11-21"))
	if err != nil {
		t.Fatal(err)
	}
	return c.TextKeys()
}

// Every shipped language is complete: no gap, no silent fallback.
func TestShippedComplete(t *testing.T) {
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.Check(required(t)) {
		if !r.Complete() {
			t.Errorf("%s incomplete: missing %v unused %v problems %v", r.Lang, r.Missing, r.Unused, r.Problems)
		}
		if len(r.NeedsReview) > 0 {
			t.Errorf("%s: %d messages need review after German changed", r.Lang, len(r.NeedsReview))
		}
	}
}

func TestCheckFindsGaps(t *testing.T) {
	tests := []struct {
		name, file, old, new, want string
	}{
		{"placeholder renamed", "fr.json", "{{.Date}}\"\n", "{{.Datum}}\"\n", "placeholders"},
		{"plural form missing", "ru.json", `"few": `, `"zero": `, "lacks the plural form \"few\""},
		{"message missing", "tr.json", `"app.start": {`, `"app.startx": {`, "unused"},
		{"German changed", "de.json", `"other": "Los geht's"`, `"other": "Jetzt starten"`, "needs review"},
		{"review state", "ar.json", `"other": "unreviewed"`, `"other": "maybe"`, "meta.review"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testfs.Copy(t, i18n.Files)
			src := string(m[tt.file].Data)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("fixture text %q not in %s", tt.old, tt.file)
			}
			m[tt.file] = &fstest.MapFile{Data: []byte(strings.Replace(src, tt.old, tt.new, 1))}
			set, err := i18n.Load(m)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, r := range set.Check(required(t)) {
				out = append(out, r.Problems...)
				for _, id := range r.Unused {
					out = append(out, "unused "+id)
				}
				for _, id := range r.NeedsReview {
					out = append(out, "needs review "+id)
				}
			}
			joined := strings.Join(out, "\n")
			if !strings.Contains(joined, tt.want) {
				t.Errorf("check did not report %q; got:\n%s", tt.want, joined)
			}
		})
	}
}

func TestLoadReportsLine(t *testing.T) {
	m := testfs.Copy(t, i18n.Files)
	m["en.json"] = &fstest.MapFile{Data: []byte("{\n  \"a\": {\n    \"other\": \"x\",\n  }\n}\n")}
	_, err := i18n.Load(m)
	if err == nil || !strings.Contains(err.Error(), "en.json:") {
		t.Fatalf("want en.json:line error, got %v", err)
	}
}

func TestCompile(t *testing.T) {
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	ar, err := set.Compile("ar")
	if err != nil {
		t.Fatal(err)
	}
	if forms := ar.Messages["docs.progress"]; len(forms) != 6 {
		t.Errorf("Arabic plural compiled with %d forms, want 6", len(forms))
	}
	if ar.Names["uk"] != "Українська" || ar.Review != "unreviewed" {
		t.Errorf("names/review not compiled: %v %q", ar.Names, ar.Review)
	}
	de, _ := set.Compile("de")
	if got := de.N("fees.children", 2); got != "für 2 Kinder" {
		t.Errorf("German plural = %q", got)
	}
}

func FuzzLoadCatalog(f *testing.F) {
	f.Add([]byte(`{"a": {"description": "d", "other": "x {{.Y}}"}}`))
	f.Add([]byte(`{"a": {"one": "1", "other": "n"}, "b": "plain"}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m := fstest.MapFS{}
		for _, l := range []string{"de", "en", "ar", "fa", "tr", "uk", "ru", "fr"} {
			m[l+".json"] = &fstest.MapFile{Data: b}
		}
		set, err := i18n.Load(m)
		if err != nil {
			return
		}
		set.Check(map[string]string{"a": ""})
		for _, l := range []string{"de", "ar"} {
			if c, err := set.Compile(l); err == nil {
				c.T("a")
				c.N("a", 3)
			}
		}
	})
}

func TestFormOf(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"de", 1, "one"}, {"de", 0, "other"}, {"de", 2, "other"},
		{"ar", 0, "zero"}, {"ar", 1, "one"}, {"ar", 2, "two"}, {"ar", 3, "few"}, {"ar", 10, "few"},
		{"ar", 11, "many"}, {"ar", 99, "many"}, {"ar", 100, "other"}, {"ar", 103, "few"},
		{"ru", 1, "one"}, {"ru", 21, "one"}, {"ru", 2, "few"}, {"ru", 24, "few"}, {"ru", 5, "many"}, {"ru", 11, "many"}, {"ru", 0, "many"},
		{"uk", 1, "one"}, {"uk", 3, "few"}, {"uk", 12, "many"}, {"uk", 22, "few"},
	}
	for _, tt := range tests {
		if got := i18n.FormOf(language.Make(tt.lang), tt.n); got != tt.want {
			t.Errorf("FormOf(%s, %d) = %s, want %s", tt.lang, tt.n, got, tt.want)
		}
	}
	if got := i18n.PluralForms(language.Arabic); len(got) != 6 {
		t.Errorf("Arabic needs six forms, got %v", got)
	}
	if got := i18n.PluralForms(language.Russian); len(got) != 4 {
		t.Errorf("Russian needs four forms, got %v", got)
	}
}

// The compiled plural table gives the same category as x/text's CLDR
// rules for every shipped language and every count up to 100 000.
func TestPluralTable(t *testing.T) {
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range catalog.Languages {
		c, err := set.Compile(l.Code)
		if err != nil {
			t.Fatal(err)
		}
		c.Messages["probe"] = map[string]string{"zero": "zero", "one": "one", "two": "two", "few": "few", "many": "many", "other": "other"}
		tag := language.Make(l.Code)
		for n := 0; n <= 100000; n++ {
			if got, want := c.N("probe", n), i18n.FormOf(tag, n); got != want {
				t.Fatalf("%s: %d is %q by the table, %q by CLDR", l.Code, n, got, want)
			}
		}
	}
}

func TestIsolateLTR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"تعهّد (§ 68 AufenthG).", "تعهّد (\u2068§ 68 AufenthG\u2069)."},
		{"الفريق (38/2-2)", "الفريق (\u206838/2-2\u2069)"},
		{"في {{.Date}} عند 07:30", "في {{.Date}} عند 07:30"},
		{"بطاقة EC لدفع", "بطاقة \u2068EC\u2069 لدفع"},
		{"راسل studententeam@stadtdo.de الآن", "راسل \u2068studententeam@stadtdo.de\u2069 الآن"},
	}
	for _, tt := range tests {
		if got := i18n.IsolateLTR(tt.in); got != tt.want {
			t.Errorf("isolateLTR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
