package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// forgetButton deletes everything Lotse keeps on the device and says what
// that is: ticks, the language choice and the offline copy (the service
// worker and its caches). The loader does the deleting
// (window.lotseForget), also when the button is tapped before the app
// runs (early.go); the confirmation shows only once it is done, and a
// failure says how to finish by hand.
type forgetButton struct {
	app.Compo
	Cat    *catalog.Catalog
	busy   bool
	done   bool
	failed bool
}

// deviceForgotten: the data was deleted in this page; it does not note
// "saved for offline use" again (statusbar.go) while it stays open.
var deviceForgotten bool

// OnMount: a tap before the app ran has already deleted the data; the
// app says so.
func (f *forgetButton) OnMount(ctx app.Context) {
	if earlyDone("forgotten") {
		f.done, deviceForgotten = true, true
	}
}

func (f *forgetButton) Render() app.UI {
	cat := f.Cat
	if cat == nil {
		return app.Span()
	}
	switch {
	case f.done:
		return app.P().Class("note").Aria("live", "polite").ID("forgotten").Text(cat.T(string(present.KeyAppForgotten)))
	case f.failed:
		return app.P().Class("note").Role("alert").ID("forget-failed").Text(cat.T(string(present.KeyAppForgetFailed)))
	}
	// data-done, data-failed: the loader's words when it does the work
	// before the app runs.
	return app.Div().Class("forget").Body(
		app.P().ID("forget-what").Text(cat.T(string(present.KeyAppForgetWhat))),
		app.Button().Class("link forget").ID("forget").Disabled(f.busy).Aria("describedby", "forget-what").
			DataSet("done", attr(cat.T(string(present.KeyAppForgotten)))).DataSet("failed", attr(cat.T(string(present.KeyAppForgetFailed)))).
			Text(cat.T(string(present.KeyAppForget))).OnClick(f.forget),
	)
}

func (f *forgetButton) forget(ctx app.Context, e app.Event) {
	if f.busy {
		return
	}
	deviceForgotten = true
	forget := app.Window().Get("lotseForget")
	if !forget.Truthy() {
		f.failed = true
		return
	}
	f.busy = true
	await(forget.Invoke(), func(ok app.Value, settled bool) {
		done := settled && ok.Truthy()
		if done {
			// What the page shows goes too: a storage event without a
			// key means storage was cleared (documents.go reloads).
			app.Window().Call("dispatchEvent", app.Window().Get("StorageEvent").New("storage"))
		}
		ctx.Dispatch(func(ctx app.Context) {
			f.busy, f.done, f.failed = false, done, !done
		})
	})
}
