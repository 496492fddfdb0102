package catalog_test

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"lotse/i18n/catalog"
)

// Percent writes what CLDR writes (golang.org/x/text, in the test only:
// the client does not link it), the Arabic letter mark aside.
func TestPercent(t *testing.T) {
	for _, l := range catalog.Languages {
		p := message.NewPrinter(language.MustParse(l.Code))
		want := strings.ReplaceAll(p.Sprint(number.Percent(0.75)), "\u061c", "")
		if got := catalog.Percent(l.Code, 75); got != want {
			t.Errorf("%s: Percent(75) = %q, CLDR %q", l.Code, got, want)
		}
	}
}
