package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// What the person did on the pre-rendered page before the app ran (the
// loader keeps it in window.lotseEarly: internal/server/loader.js) is
// carried into the app, never lost: ticked boxes, typed fields, a copy
// made, the data on the device deleted.

// earlyTicks hands the boxes ticked or unticked before the app ran to
// take, which says whether a box is its own; those are forgotten by the
// loader once taken.
func earlyTicks(take func(key string, on bool) bool) {
	ticks := early("ticks")
	if !ticks.Truthy() {
		return
	}
	keys := app.Window().Get("Object").Call("keys", ticks)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		if take(k, ticks.Get(k).Bool()) {
			ticks.Delete(k)
		}
	}
}

// earlyInput is what was typed into a field before the app ran ("" when
// nothing), once.
func earlyInput(id string) (string, bool) {
	inputs := early("inputs")
	if !inputs.Truthy() || !inputs.Get(id).Truthy() {
		return "", false
	}
	v := inputs.Get(id).String()
	inputs.Delete(id)
	return v, true
}

// earlyDone tells whether the loader already did a button's work
// ("forgotten", "copied"), once.
func earlyDone(what string) bool {
	if v := early(what); !v.Truthy() || !v.Bool() {
		return false
	}
	app.Window().Get("lotseEarly").Set(what, false)
	return true
}

func early(field string) app.Value {
	if app.IsServer {
		return app.Undefined()
	}
	e := app.Window().Get("lotseEarly")
	if !e.Truthy() {
		return app.Undefined()
	}
	return e.Get(field)
}
