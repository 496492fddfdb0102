package present

import (
	"lotse/content"
	"lotse/i18n/catalog"
)

// FactArgs fills a fact's amount placeholders for a language from the
// content data (fees and rates): no amount is written into a text, so a
// changed fee changes every sentence that names it.
func FactArgs(c *content.Content, lang, id string) catalog.Args {
	f := c.Fact(id)
	if f == nil || len(f.Amounts) == 0 {
		return nil
	}
	args := catalog.Args{}
	for name, ref := range f.Amounts {
		a, ok := c.AmountOf(ref)
		switch {
		case !ok:
			continue // the loader rules this out
		case a.Percent > 0:
			args[name] = catalog.Percent(lang, a.Percent)
		default:
			args[name] = catalog.Euro(lang, a.Cents)
		}
	}
	return args
}

// factText is a fact's text in the reader's language and German, with its
// amounts.
func (v *view) factText(id string) Text {
	return v.tt(ContentKey(content.FactText(id)), FactArgs(v.c, v.lang, id), FactArgs(v.c, catalog.Source, id))
}
