// Command wasm is Lotse's browser client, built with GOOS=js GOARCH=wasm
// into web/app.wasm. It links no server code.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	lotse "lotse/app"
)

func main() {
	if app.IsClient {
		src, err := lotse.LoadInBrowser()
		if err != nil {
			// Without content the app cannot render: keep the
			// pre-rendered page and say what is missing.
			app.Log("lotse: loading data failed:", err)
			lotse.ShowDataMissing()
			return
		}
		lotse.Routes(src)
	}
	app.RunWhenOnBrowser()
}
