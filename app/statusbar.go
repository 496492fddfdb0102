package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/present"
)

// statusBar shows calm notices: offline, an applied update, installation.
type statusBar struct {
	app.Compo
	Lang string

	offline     bool
	updated     bool
	installable bool
	apple       bool
	release     func()
}

func (s *statusBar) OnMount(ctx app.Context) {
	// Tests and the benchmark wait for this: the app runs and handles events.
	app.Window().Set("lotseReady", true)
	s.offline = !app.Window().Get("navigator").Get("onLine").Bool()
	s.installable = ctx.IsAppInstallable()
	s.apple = ctx.IsAppleBrowser() && !s.installable
	s.updated = ctx.AppUpdateAvailable() && !app.Window().Get("lotseFirstInstall").Truthy()
	on := func(online bool) app.Func {
		return app.FuncOf(func(this app.Value, args []app.Value) any {
			ctx.Dispatch(func(ctx app.Context) { s.offline = !online })
			return nil
		})
	}
	onOnline, onOffline := on(true), on(false)
	app.Window().Call("addEventListener", "online", onOnline)
	app.Window().Call("addEventListener", "offline", onOffline)
	s.release = func() {
		app.Window().Call("removeEventListener", "online", onOnline)
		app.Window().Call("removeEventListener", "offline", onOffline)
		onOnline.Release()
		onOffline.Release()
	}
}

func (s *statusBar) OnDismount() {
	if s.release != nil {
		s.release()
	}
}

// OnAppUpdate runs when the service worker has installed a new version.
// The banner offers a reload; nothing is lost by it, since answers live in
// the URL and ticks in storage, and typed contact details are not
// discarded without the person's click.
func (s *statusBar) OnAppUpdate(ctx app.Context) {
	s.updated = !app.Window().Get("lotseFirstInstall").Truthy()
}

func (s *statusBar) OnAppInstallChange(ctx app.Context) {
	s.installable = ctx.IsAppInstallable()
}

func (s *statusBar) Render() app.UI {
	d := loaded()
	if d == nil {
		return app.Div()
	}
	cat := d.catalogFor(s.Lang)
	if cat == nil {
		return app.Div()
	}
	return app.Div().Class("status").Aria("live", "polite").Body(
		app.If(s.offline, func() app.UI {
			return app.P().Class("note offline").ID("offline-note").Text(cat.T(string(present.KeyAppOffline)))
		}),
		app.If(s.updated, func() app.UI {
			return app.P().Class("note updated").ID("update-note").Body(
				app.Text(cat.T(string(present.KeyAppUpdated))+" "),
				app.Button().Class("link").ID("update-reload").Text(cat.T(string(present.KeyAppUpdateReload))).
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If(s.installable, func() app.UI {
			return app.Button().Class("install").ID("install").Text(cat.T(string(present.KeyAppInstall))).
				OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
		}),
		app.If(s.apple, func() app.UI {
			return app.P().Class("note").Text(cat.T(string(present.KeyAppInstallIOS)))
		}),
	)
}
