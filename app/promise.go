package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// await runs fn once a JavaScript promise settles: with its value and
// true, or with the reason and false. The two callbacks release
// themselves when one of them has run, never earlier: a component that
// went away while the promise was pending must not release them (the
// browser then logged "call to released function" when the promise
// settled, as it did when the app switched language at start).
func await(promise app.Value, fn func(v app.Value, ok bool)) {
	var resolved, rejected app.Func
	settle := func(ok bool) app.Func {
		return app.FuncOf(func(this app.Value, args []app.Value) any {
			v := app.Undefined()
			if len(args) > 0 {
				v = args[0]
			}
			resolved.Release()
			rejected.Release()
			if fn != nil {
				fn(v, ok)
			}
			return nil
		})
	}
	resolved, rejected = settle(true), settle(false)
	promise.Call("then", resolved, rejected)
}
