package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// statusBar shows calm notices: offline, saved for offline use, an
// update, installation. When the app starts it carries out a tap that
// the loader held (static hosts, see web loader).
type statusBar struct {
	app.Compo
	Cat *catalog.Catalog
	// Version is the build whose offline copy the bar reports.
	Version string

	offline      bool
	offlineReady bool
	updated      bool
	installable  bool
	apple        bool
	release      func()
}

func (s *statusBar) OnMount(ctx app.Context) {
	// Tests and the benchmark wait for this: the app runs and handles events.
	app.Window().Set("lotseReady", true)
	if started := app.Window().Get("lotseStarted"); started.Truthy() {
		if pending := started.Invoke().String(); pending != "" {
			ctx.Navigate(pending)
		}
	}
	s.offline = !app.Window().Get("navigator").Get("onLine").Bool()
	s.installable = ctx.IsAppInstallable()
	s.apple = ctx.IsAppleBrowser() && !s.installable
	s.updated = ctx.AppUpdateAvailable()
	on := func(online bool) app.Func {
		return app.FuncOf(func(this app.Value, args []app.Value) any {
			ctx.Dispatch(func(ctx app.Context) { s.offline = !online })
			return nil
		})
	}
	onOnline, onOffline := on(true), on(false)
	app.Window().Call("addEventListener", "online", onOnline)
	app.Window().Call("addEventListener", "offline", onOffline)
	onCached := s.watchOfflineReady(ctx)
	s.release = func() {
		app.Window().Call("removeEventListener", "online", onOnline)
		app.Window().Call("removeEventListener", "offline", onOffline)
		onOnline.Release()
		onOffline.Release()
		onCached()
	}
}

// watchOfflineReady says once, on the device, that Lotse is saved and
// works offline: when this version's cache is complete (the worker
// creates it only whole), now or when the worker reports it.
func (s *statusBar) watchOfflineReady(ctx app.Context) func() {
	var seen bool
	if err := ctx.LocalStorage().Get(storageOfflineSeen, &seen); err == nil && seen {
		return func() {}
	}
	show := func() {
		ctx.Dispatch(func(ctx app.Context) {
			if !s.offlineReady && !deviceForgotten {
				s.offlineReady = true
				_ = ctx.LocalStorage().Set(storageOfflineSeen, true)
			}
		})
	}
	check := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			show()
		}
		return nil
	})
	onMessage := app.FuncOf(func(this app.Value, args []app.Value) any {
		if m := args[0].Get("data"); m.Truthy() && m.Get("type").Truthy() && m.Get("type").String() == "lotse:cached" {
			show()
		}
		return nil
	})
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if caches := app.Window().Get("caches"); caches.Truthy() && s.Version != "" {
		caches.Call("has", "lotse-"+s.Version).Call("then", check)
	}
	if sw.Truthy() {
		sw.Call("addEventListener", "message", onMessage)
	}
	return func() {
		if sw.Truthy() {
			sw.Call("removeEventListener", "message", onMessage)
		}
		check.Release()
		onMessage.Release()
	}
}

func (s *statusBar) OnDismount() {
	if s.release != nil {
		s.release()
	}
}

// OnAppUpdate runs when a newer version than the page's is active. The
// banner offers a reload; nothing is lost by it, since answers live in
// the URL and ticks in storage, and typed contact details are not
// discarded without the person's click.
func (s *statusBar) OnAppUpdate(ctx app.Context) { s.updated = true }

func (s *statusBar) OnAppInstallChange(ctx app.Context) {
	s.installable = ctx.IsAppInstallable()
}

func (s *statusBar) Render() app.UI {
	cat := s.Cat
	if cat == nil {
		return app.Div()
	}
	t := func(k present.Key) string { return cat.T(string(k)) }
	return app.Div().Class("status").Aria("live", "polite").Body(
		app.Span().ID("lotse-loading").Hidden(true).Text(t(present.KeyAppLoading)),
		app.If(s.offline, func() app.UI {
			return app.P().Class("note offline").ID("offline-note").Text(t(present.KeyAppOffline))
		}),
		app.If(s.offlineReady && !s.offline, func() app.UI {
			return app.P().Class("note ready").ID("offline-ready").Text(t(present.KeyAppOfflineReady))
		}),
		app.If(s.updated, func() app.UI {
			return app.P().Class("note updated").ID("update-note").Body(
				app.Text(t(present.KeyAppUpdated)+" "),
				app.Button().Class("link").ID("update-reload").Text(t(present.KeyAppUpdateReload)).
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If(s.installable, func() app.UI {
			return app.Button().Class("button install").ID("install").Text(t(present.KeyAppInstall)).
				OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
		}),
		app.If(s.apple, func() app.UI {
			return app.P().Class("note").Text(t(present.KeyAppInstallIOS))
		}),
	)
}
