// Command floor is a bare go-app app ("hello", one component, nothing
// else): the size and speed floor Lotse is measured against. Built for
// js/wasm it is the client; built natively it serves itself (the server
// code is in serve_other.go, so it never reaches the wasm).
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("hello") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	serve()
}
