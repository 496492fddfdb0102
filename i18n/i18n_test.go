package i18n_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/language"

	"lotse/content/data"
	"lotse/content/load"
	"lotse/i18n"
	"lotse/i18n/catalog"
	"lotse/internal/testfs"
)

var fixtureLangs = []string{"de", "ar", "ru"}

func fixture(t *testing.T) fstest.MapFS {
	t.Helper()
	return testfs.Copy(t, os.DirFS("testdata"))
}

func loadFixture(t *testing.T, m fstest.MapFS) *i18n.Set {
	t.Helper()
	set, err := i18n.LoadLanguages(m, fixtureLangs)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

var required = map[string]string{"team.name": "", "when": "", "docs.progress": ""}

func problems(set *i18n.Set) string {
	var out []string
	for _, r := range set.Check(required) {
		out = append(out, r.Problems...)
		for _, id := range r.Missing {
			out = append(out, r.Lang+": missing "+id)
		}
		for _, id := range r.Unused {
			out = append(out, r.Lang+": unused "+id)
		}
		for _, id := range r.NeedsReview {
			out = append(out, r.Lang+": needs review "+id)
		}
	}
	return strings.Join(out, "\n")
}

func TestFixtureComplete(t *testing.T) {
	if p := problems(loadFixture(t, fixture(t))); p != "" {
		t.Fatalf("the fixture must be complete:\n%s", p)
	}
}

// Every shipped language is complete: no gap, no silent fallback.
func TestShippedComplete(t *testing.T) {
	c, err := load.Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.Check(c.TextKeys()) {
		if !r.Complete() {
			t.Errorf("%s incomplete: missing %v unused %v problems %v", r.Lang, r.Missing, r.Unused, r.Problems)
		}
	}
}

// Each rule of the check, broken once in the fixture.
func TestCheckFindsGaps(t *testing.T) {
	tests := []struct {
		name, file, old, new, want string
	}{
		{"placeholder renamed", "ru.json", "истекает {{.Date}}", "истекает {{.Datum}}", "placeholders"},
		{"plural form missing", "ru.json", `"few": `, `"zero": `, "lacks the plural form \"few\""},
		{"message missing", "ar.json", `"when": {`, `"whenx": {`, "ar: missing when"},
		{"German changed", "de.json", `"other": "Information Einbürgerung (38/4-3)"`, `"other": "Einbürgerung (38/4-3)"`, "needs review team.name"},
		{"review state", "ar.json", `"other": "unreviewed"`, `"other": "maybe"`, "meta.review"},
		{"straight quote", "ru.json", "истекает {{.Date}}", `истекает \"{{.Date}}\"`, "straight double quote"},
		{"direction mark", "ar.json", "معلومات التجنيس", "\u202bمعلومات التجنيس", "direction control"},
		{"no description", "de.json", `"description": "A date in a sentence.",`, ``, "when has no description"},
		{"German-only in a translation", "ru.json", `"meta.name": {`, `"letter.closing": {"description": "x", "other": "С уважением"}, "meta.name": {`, "ru: unused letter.closing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fixture(t)
			if tt.name == "German changed" {
				// A translation made from the old German carries its hash.
				set := loadFixture(t, m)
				src := string(m["ru.json"].Data)
				m["ru.json"].Data = []byte(strings.Replace(src, `"description": "A team name with its code.",`,
					`"description": "A team name with its code.", "hash": "`+i18n.Hash(set.Files["de"].Messages["team.name"])+`",`, 1))
			}
			src := string(m[tt.file].Data)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("fixture text %q not in %s", tt.old, tt.file)
			}
			m[tt.file] = &fstest.MapFile{Data: []byte(strings.Replace(src, tt.old, tt.new, 1))}
			got := problems(loadFixture(t, m))
			if !strings.Contains(got, tt.want) {
				t.Errorf("check did not report %q; got:\n%s", tt.want, got)
			}
			if tt.name == "no description" && strings.Count(got, "has no description") != 1 {
				t.Errorf("a missing description is reported once, not per language:\n%s", got)
			}
		})
	}
}

// TestBrokenPlaceholder: "{{.Date}" is reported against the file that
// has it, with its line, once; a broken German placeholder is not turned
// into mismatches in every other language.
func TestBrokenPlaceholder(t *testing.T) {
	for _, tt := range []struct{ file, old, new string }{
		{"de.json", "am {{.Date}} ab", "am {{.Date} ab"},
		{"de.json", "am {{.Date}} ab", "am {.Date}} ab"},
		{"de.json", "am {{.Date}} ab", "am {{Date}} ab"},
		{"ru.json", "истекает {{.Date}}", "истекает {{.Date}"},
	} {
		m := fixture(t)
		src := string(m[tt.file].Data)
		if !strings.Contains(src, tt.old) {
			t.Fatalf("fixture text %q not in %s", tt.old, tt.file)
		}
		m[tt.file] = &fstest.MapFile{Data: []byte(strings.Replace(src, tt.old, tt.new, 1))}
		set := loadFixture(t, m)
		got := problems(set)
		want := fmt.Sprintf("%s:%d: when (other) has a broken placeholder", tt.file, set.Files[strings.TrimSuffix(tt.file, ".json")].Line("when"))
		if !strings.Contains(got, want) || strings.Count(got, "broken placeholder") != 1 {
			t.Errorf("%s: want %q once; got:\n%s", tt.new, want, got)
		}
		if strings.Contains(got, "has placeholders") {
			t.Errorf("%s: reported as mismatches elsewhere:\n%s", tt.new, got)
		}
	}
}

// A message or a field given twice is an error with file:line: JSON
// decoding would keep the last one silently.
func TestDuplicateKeys(t *testing.T) {
	for name, edit := range map[string][2]string{
		"message": {`"when": {`, `"when": {"description": "d", "other": "x"}, "when": {`},
		"field":   {`"other": "Ваш документ`, `"other": "x", "other": "Ваш документ`},
	} {
		m := fixture(t)
		m["ru.json"].Data = []byte(strings.Replace(string(m["ru.json"].Data), edit[0], edit[1], 1))
		_, err := i18n.LoadLanguages(m, fixtureLangs)
		if err == nil || !strings.Contains(err.Error(), "ru.json:") || !strings.Contains(err.Error(), "twice") {
			t.Errorf("%s given twice: want ru.json:line … twice, got %v", name, err)
		}
	}
}

func TestLoadReportsLine(t *testing.T) {
	m := fixture(t)
	m["ru.json"] = &fstest.MapFile{Data: []byte("{\n  \"a\": {\n    \"other\": \"x\",\n  }\n}\n")}
	_, err := i18n.LoadLanguages(m, fixtureLangs)
	if err == nil || !strings.Contains(err.Error(), "ru.json:") {
		t.Fatalf("want ru.json:line error, got %v", err)
	}
}

// TestSyntaxErrorsEndTheLoad: a typo anywhere, also inside an array,
// is an error with file:line within a moment. The loader's duplicate
// check used to spin forever on `[oops]` (found by FuzzLoadCatalog; the
// input is kept in testdata/fuzz as a seed).
func TestSyntaxErrorsEndTheLoad(t *testing.T) {
	for _, bad := range []string{
		`{"app.name": [oops]}`,
		`{"a": [1, [2, oops]]}`,
		`{"a": {"other": [x}}`,
		`{"a": [}`,
		`[1, 2`,
		`{"a": {"other": "x"} oops}`,
	} {
		m := fixture(t)
		m["ru.json"] = &fstest.MapFile{Data: []byte("\n" + bad + "\n")}
		done := make(chan error, 1)
		go func() {
			_, err := i18n.LoadLanguages(m, fixtureLangs)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !regexp.MustCompile(`ru\.json:[23]: `).MatchString(err.Error()) {
				t.Errorf("%s: want an error at ru.json:line, got %v", bad, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: the loader did not return within 5 s", bad)
		}
	}
}

// Right-to-left catalogs isolate codes in every message, plural or not,
// and write numbers in the language's digits outside the isolates.
func TestCompileRTL(t *testing.T) {
	set := loadFixture(t, fixture(t))
	ar, err := set.Compile("ar")
	if err != nil {
		t.Fatal(err)
	}
	if got := ar.T("team.name"); !strings.Contains(got, "\u206838/4-\u20603\u2069") {
		t.Errorf("non-plural message not isolated: %q", got)
	}
	if got := ar.T("when", catalog.Args{"Date": "x"}); !strings.Contains(got, "٦") || strings.Contains(got, "6") {
		t.Errorf("Arabic digits expected outside codes: %q", got)
	}
	if forms := ar.Messages["docs.progress"]; len(forms) != 6 {
		t.Errorf("Arabic plural compiled with %d forms, want 6", len(forms))
	}
	if _, ok := ar.Messages["letter.closing"]; ok {
		t.Error("a German-only message was compiled into Arabic")
	}
	de, _ := set.Compile("de")
	if de.T("letter.closing") != "Mit freundlichen Grüßen" {
		t.Error("German-only message missing from German")
	}
	ru, _ := set.Compile("ru")
	if got := ru.T("team.name"); strings.ContainsRune(got, '\u2068') {
		t.Errorf("left-to-right catalog isolated: %q", got)
	}
}

func FuzzLoadCatalog(f *testing.F) {
	f.Add([]byte(`{"a": {"description": "d", "other": "x {{.Y}}"}}`))
	f.Add([]byte(`{"a": {"one": "1", "other": "n"}, "b": "plain"}`))
	f.Add([]byte(`{"a": {"other": "x"}, "a": {"other": "y"}}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m := fstest.MapFS{}
		for _, l := range fixtureLangs {
			m[l+".json"] = &fstest.MapFile{Data: b}
		}
		set, err := i18n.LoadLanguages(m, fixtureLangs)
		if err != nil {
			return
		}
		set.Check(map[string]string{"a": ""})
		for _, l := range fixtureLangs {
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
		{"pl", 1, "one"}, {"pl", 2, "few"}, {"pl", 5, "many"}, {"pl", 22, "few"}, {"pl", 21, "many"},
		{"ro", 1, "one"}, {"ro", 2, "few"}, {"ro", 20, "other"}, {"ro", 101, "few"},
		{"ps", 1, "one"}, {"ps", 0, "other"}, {"ku", 1, "one"}, {"bg", 2, "other"},
	}
	for _, tt := range tests {
		if got := i18n.FormOf(language.Make(tt.lang), tt.n); got != tt.want {
			t.Errorf("FormOf(%s, %d) = %s, want %s", tt.lang, tt.n, got, tt.want)
		}
	}
}

// The compiled plural table gives the same category as x/text's CLDR
// rules for every shipped language and every count up to 100 000.
func TestPluralTable(t *testing.T) {
	for _, l := range catalog.Languages {
		tag := language.Make(l.Code)
		c := &catalog.Catalog{Lang: l.Code, Plural: i18n.PluralTable(tag), Messages: map[string]map[string]string{
			"probe": {"zero": "zero", "one": "one", "two": "two", "few": "few", "many": "many", "other": "other"}}}
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
		// The hyphen of a code does not break the line (word joiner).
		{"الفريق (38/2-2)", "الفريق (\u206838/2-\u20602\u2069)"},
		{"في {{.Date}} عند 07:30", "في {{.Date}} عند 07:30"},
		{"بطاقة EC لدفع", "بطاقة \u2068EC\u2069 لدفع"},
		{"راسل studententeam@stadtdo.de الآن", "راسل \u2068studententeam@stadtdo.de\u2069 الآن"},
		// Letters beyond ASCII stay inside the run (printed Arabic once read
		// "e 37, 44137 DortmundßKleppingstra").
		{"المدخل في Kleppingstraße 37, 44137 Dortmund، مبنى", "المدخل في \u2068Kleppingstraße 37, 44137 Dortmund\u2069، مبنى"},
		{"لدى Amt für Migration", "لدى \u2068Amt für Migration\u2069"},
		// The dot of a file extension belongs to it (not "(ics.)").
		{"ملف تقويم (.ics)", "ملف تقويم (\u2068.ics\u2069)"},
		// A sentence's dot before a space stays outside.
		{"انظر AufenthG. ثم", "انظر \u2068AufenthG\u2069. ثم"},
		// File numbers and codes keep Latin digits; year ranges stay numbers.
		{"رقم ملفك (مثل 38/2)", "رقم ملفك (مثل \u206838/2\u2069)"},
		{"الخدمات المركزية (38/1)", "الخدمات المركزية (\u206838/1\u2069)"},
		{"منذ 2024/25 و 1.10 و 07:30", "منذ 2024/25 و 1.10 و 07:30"},
	}
	for _, tt := range tests {
		if got := i18n.IsolateLTR(tt.in); got != tt.want {
			t.Errorf("isolateLTR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
