package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// forgetButton deletes everything Lotse keeps on the device and says what
// that is: ticks, the language choice and the offline copy (the service
// worker and its caches). The loader does the deleting
// (window.lotseForget); the confirmation shows only once it is done, and
// a failure says how to finish by hand.
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
	return app.Div().Class("forget").Body(
		app.P().ID("forget-what").Text(cat.T(string(present.KeyAppForgetWhat))),
		app.Button().Class("link forget").ID("forget").Disabled(f.busy).Aria("describedby", "forget-what").
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
	var resolved, rejected app.Func
	finish := func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) {
			f.busy, f.done, f.failed = false, ok, !ok
		})
		resolved.Release()
		rejected.Release()
	}
	resolved = app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(len(args) > 0 && args[0].Truthy())
		return nil
	})
	rejected = app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(false)
		return nil
	})
	forget.Invoke().Call("then", resolved, rejected)
}
