package i18n_test

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"lotse/i18n"
	"lotse/i18n/catalog"
)

// What a reader must see in reading order inside right-to-left text, read
// from the translation file (not from the compiled catalog, so that the
// test does not share the compile step's idea of a run):
//   - every stretch with a Latin letter, "§" or "@" ("§ 81 Abs. 4 AufenthG",
//     "Kleppingstraße 37, 44137 Dortmund", ".ics"), exactly as written;
//   - every reference: digits joined by "/" or "-" with no year in them
//     ("38/2", "38/1", "38/2-2"), in Latin digits as on the office's letters;
//   - every other number (2024/25, 1.10, 07:30) in the language's digits.
var (
	ltrStretch = regexp.MustCompile(`\.?[\p{Latin}0-9§@](?:[\p{Latin}0-9§@ .,:/_&+'\x{2013}-]*[\p{Latin}0-9])?`)
	hasLetter  = regexp.MustCompile(`[\p{Latin}§@]`)
	number     = regexp.MustCompile(`[0-9]+(?:[.,:/-][0-9]+)*`)
	year       = regexp.MustCompile(`[0-9]{4}`)
	template   = regexp.MustCompile(`\{\{[^}]*\}\}`)
)

// expectedRuns lists the stretches of a translated text that must read in
// order, in the digits the reader should see.
func expectedRuns(lang, text string) []string {
	var out []string
	for _, segment := range template.Split(text, -1) {
		for _, s := range ltrStretch.FindAllString(segment, -1) {
			if hasLetter.MatchString(s) {
				out = append(out, s)
				continue
			}
			for _, n := range number.FindAllString(s, -1) {
				if strings.ContainsAny(n, "/-") && !year.MatchString(n) {
					out = append(out, n)
				} else {
					out = append(out, catalog.LocalDigits(lang, n))
				}
			}
		}
	}
	return out
}

func TestExpectedRuns(t *testing.T) {
	got := fmt.Sprint(expectedRuns("fa", "فایل (.ics) و شماره (مثلاً 38/2) و تیم (38/2-2) از 2024/25 و {{.Date}} ساعت 07:30 طبق § 81 Abs. 4 AufenthG."))
	want := fmt.Sprint([]string{".ics", "38/2", "38/2-2", "۲۰۲۴/۲۵", "۰۷:۳۰", "§ 81 Abs. 4 AufenthG"})
	if got != want {
		t.Errorf("expectedRuns = %s, want %s", got, want)
	}
}

// The visual order of every message of every right-to-left catalog, as
// FriBidi (Debian's libfribidi-bin) lays it out in a right-to-left
// paragraph: every left-to-right run, code and example file number reads as
// written, and numbers read in the language's digits.
func TestVisualOrderRTL(t *testing.T) {
	fribidi, err := exec.LookPath("fribidi")
	if err != nil {
		t.Skip("fribidi not installed (apt-get install libfribidi-bin; tests/browser/ensure-deps.sh installs it)")
	}
	set, err := i18n.Load(i18n.Files)
	if err != nil {
		t.Fatal(err)
	}
	// Each right-to-left catalog must have these checked, or the test has
	// lost the cases it was written for.
	mustCheck := map[string]string{
		"calendar.download":        ".ics",
		"question.status.help":     "38/2",
		"fact.team_by_file_number": "38/2",
		"team.d38_1.name":          "38/1",
		"team.d38_2_2.name":        "38/2-2",
		"fees.exempt":              "§ 53 AufenthV",
	}
	languages := 0
	for _, l := range catalog.Languages {
		if !l.RTL {
			continue
		}
		languages++
		cat, err := set.Compile(l.Code)
		if err != nil {
			t.Fatal(err)
		}
		type line struct{ id, form, compiled string }
		var lines []line
		for id, forms := range cat.Messages {
			for form, text := range forms {
				// Placeholder values are isolated when rendered (catalog.render).
				lines = append(lines, line{id, form, template.ReplaceAllString(text, "\u2068x\u2069")})
			}
		}
		var in strings.Builder
		for _, ln := range lines {
			in.WriteString(ln.compiled + "\n")
		}
		cmd := exec.Command(fribidi, "--nopad", "--nobreak", "--rtl")
		cmd.Stdin = strings.NewReader(in.String())
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("fribidi: %v", err)
		}
		visual := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		if len(visual) != len(lines) {
			t.Fatalf("%s: fribidi returned %d lines for %d texts", l.Code, len(visual), len(lines))
		}
		checked := map[string]bool{}
		for i, ln := range lines {
			// The isolates and word joiners are invisible; what is left is
			// what the reader sees, left to right.
			seen := catalog.Plain(visual[i])
			for _, run := range expectedRuns(l.Code, i18n.MessageForms(set.Files[l.Code].Messages[ln.id])[ln.form]) {
				if !strings.Contains(seen, run) {
					t.Errorf("%s %s (%s): %q does not read in order; shown as %q", l.Code, ln.id, ln.form, run, seen)
				}
				if mustCheck[ln.id] == run {
					checked[ln.id] = true
				}
			}
		}
		for id, run := range mustCheck {
			if !checked[id] {
				t.Errorf("%s: %s was not checked for %q", l.Code, id, run)
			}
		}
		t.Logf("%s: %d message forms laid out by FriBidi", l.Code, len(lines))
	}
	if languages != 3 {
		t.Errorf("%d right-to-left languages checked, want ar, fa and ps", languages)
	}
}
