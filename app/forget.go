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

// OnMount: a tap before the app ran has already deleted the data (the
// loader does it, see early.go); the app says so.
func (f *forgetButton) OnMount(ctx app.Context) { f.done = f.done || earlyDone("forgotten") }

func (f *forgetButton) Render() app.UI {
	cat := f.Cat
	if cat == nil {
		return app.Span()
	}
	if f.done {
		return app.P().Class("note").Aria("live", "polite").ID("forgotten").Text(cat.T(string(present.KeyAppForgotten)))
	}
	// data-done: the loader's words when it does the work before the app runs.
	return app.Button().Class("link forget").ID("forget").DataSet("done", attr(cat.T(string(present.KeyAppForgotten)))).
		Text(cat.T(string(present.KeyAppForget))).OnClick(f.forget)
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
