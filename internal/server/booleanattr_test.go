package server

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"lotse/content"
)

// booleanAttrs are HTML attributes whose presence alone switches them on:
// disabled="false" disables. go-app writes a false value into pre-rendered
// HTML, so components set them only when true or in the browser.
var booleanAttrs = map[string]bool{
	"disabled": true, "checked": true, "hidden": true, "required": true,
	"readonly": true, "open": true, "selected": true, "multiple": true, "autofocus": true,
}

// TestNoBooleanAttributeSetFalse renders the start page, every question,
// the legal pages and every 40th path's checklist, desk and print view in
// German and Arabic, and finds no boolean attribute written as "false" (a
// button pre-rendered disabled="false" was a dead tap until the app ran).
func TestNoBooleanAttributeSetFalse(t *testing.T) {
	if testing.Short() {
		t.Skip("renders many pages")
	}
	s := shippedServer(t)
	today := content.MustDate("2026-12-01") // shippedServer's day
	c := s.Site().Data.Content
	var targets []string
	for _, lang := range []string{"de", "ar"} {
		base := "/" + lang + "/"
		targets = append(targets, base, base+"impressum/", base+"datenschutz/", base+"barrierefreiheit/")
		for _, q := range c.Questions {
			targets = append(targets, base+"q/?at="+q.ID)
		}
		n := 0
		c.Paths(today, func(a content.Answers) {
			if n++; n%40 == 1 {
				e := c.Encode(a)
				targets = append(targets, base+"checklist/?"+e, base+"advisor/?"+e, base+"print/?"+e)
			}
		})
	}
	for _, target := range targets {
		r := get(t, s, target)
		if r.status != 200 {
			t.Fatalf("%s: status %d", target, r.status)
		}
		z := html.NewTokenizer(strings.NewReader(r.body))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			tok := z.Token()
			for _, a := range tok.Attr {
				if booleanAttrs[a.Key] && a.Val == "false" {
					t.Errorf("%s: <%s %s=%q id=%q> is switched on", target, tok.Data, a.Key, a.Val, attrOf(tok, "id"))
				}
			}
		}
	}
	t.Logf("%d pages", len(targets))
}

func attrOf(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
