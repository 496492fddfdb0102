package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// forgetButton deletes everything Lotse keeps on the device: ticks, the
// language choice, and the offline caches.
type forgetButton struct {
	app.Compo
	Cat  *catalog.Catalog
	done bool
}

func (f *forgetButton) Render() app.UI {
	cat := f.Cat
	if cat == nil {
		return app.Span()
	}
	if f.done {
		return app.P().Class("note").Aria("live", "polite").ID("forgotten").Text(cat.T(string(present.KeyAppForgotten)))
	}
	return app.Button().Class("link forget").ID("forget").Text(cat.T(string(present.KeyAppForget))).OnClick(f.forget)
}

func (f *forgetButton) forget(ctx app.Context, e app.Event) {
	ls := app.Window().Get("localStorage")
	if ls.Truthy() {
		var keys []string
		for i := 0; i < ls.Get("length").Int(); i++ {
			if k := ls.Call("key", i); k.Truthy() && strings.HasPrefix(k.String(), "lotse.") {
				keys = append(keys, k.String())
			}
		}
		for _, k := range keys {
			ls.Call("removeItem", k)
		}
	}
	if caches := app.Window().Get("caches"); caches.Truthy() {
		await(caches.Call("keys"), func(names app.Value, ok bool) {
			for i := 0; ok && i < names.Length(); i++ {
				caches.Call("delete", names.Index(i))
			}
		})
	}
	f.done = true
}
