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
// A tap still being carried out (a worker still installing) is waited
// for, with the button busy.
func (f *forgetButton) OnMount(ctx app.Context) {
	if earlyDone("forgotten") {
		f.done, deviceForgotten = true, true
		return
	}
	if run := early("forgetting"); run.Truthy() {
		deviceForgotten = true
		f.await(ctx, run)
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
	button := app.Button().Class("link forget").ID("forget").Aria("describedby", "forget-what").
		DataSet("done", attr(cat.T(string(present.KeyAppForgotten)))).DataSet("failed", attr(cat.T(string(present.KeyAppForgetFailed)))).
		Text(cat.T(string(present.KeyAppForget))).OnClick(f.forget)
	// go-app writes disabled="false" into pre-rendered HTML, which
	// disables the button: set the attribute only in the browser.
	if f.busy || app.IsClient {
		button = button.Disabled(f.busy)
	}
	return app.Div().Class("forget").Body(
		app.P().ID("forget-what").Text(cat.T(string(present.KeyAppForgetWhat))),
		button,
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
	f.await(ctx, forget.Invoke())
}

// await shows the button busy until the deleting has settled, then says
// how it went.
func (f *forgetButton) await(ctx app.Context, run app.Value) {
	f.busy = true
	await(run, func(ok app.Value, settled bool) {
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
