package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// DataPath is where the server publishes content and compiled catalogs,
// under the build's version (/data/<version>/content.json): a page of one
// version never reads another version's data. The service worker keeps
// them for offline use.
const DataPath = "/data/"

// DataFile is the published content, with the editor's problems when the
// files being edited are broken and the last good content is served.
type DataFile struct {
	Content        *content.Content `json:"content"`
	EditorProblems []string         `json:"editor_problems,omitempty"`
}

// DataURL is the path of a data file of a version.
func DataURL(version, name string) string { return DataPath + version + "/" + name }

// Browser is the browser's Source: the data it fetched (more catalogs
// join when a page needs them) and the device's calendar day.
type Browser struct{ data *Data }

func (b *Browser) Data() *Data { return b.data }

// Today counts deadlines in the person's own calendar day; Go's clock in
// the browser runs in UTC.
func (b *Browser) Today() content.Date {
	now := app.Window().Get("Date").New()
	return content.DateOf(time.Date(now.Call("getFullYear").Int(), time.Month(now.Call("getMonth").Int()+1), now.Call("getDate").Int(), 0, 0, 0, 0, time.UTC))
}

// LoadInBrowser fetches the content and the catalogs the current page
// needs (German and the language in the URL). It runs once, before the
// app starts rendering.
func LoadInBrowser() (*Browser, error) {
	base := strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	lang, _ := langOf(app.Window().Get("location").Get("pathname").String(), base)
	version := app.Getenv("GOAPP_VERSION")
	// Fetch (or pick up the prefetched) content and catalogs at once.
	var file DataFile
	langs := []string{catalog.Source}
	if lang != catalog.Source {
		langs = append(langs, lang)
	}
	cats := make([]catalog.Catalog, len(langs))
	errs := make(chan error, 1+len(langs))
	go func() { errs <- fetchJSON(base+DataURL(version, "content.json"), &file) }()
	for i, l := range langs {
		go func() { errs <- fetchJSON(base+DataURL(version, "i18n/"+l+".json"), &cats[i]) }()
	}
	for range 1 + len(langs) {
		if err := <-errs; err != nil {
			return nil, err
		}
	}
	if file.Content == nil {
		return nil, errors.New("content missing")
	}
	file.Content.Index()
	d := &Data{Content: file.Content, Catalogs: map[string]*catalog.Catalog{}, BasePath: base, Version: version,
		EditorProblems: file.EditorProblems, PublicURL: app.Getenv("LOTSE_PUBLIC_URL")}
	for i, l := range langs {
		d.Catalogs[l] = &cats[i]
		d.Names = cats[i].Names
	}
	// An editor's server lists the problems of the files being edited in
	// the pre-rendered page; the app keeps showing them.
	if el := app.Window().GetElementByID("editor-problems"); el.Truthy() {
		items := el.Call("querySelectorAll", "li")
		for i := 0; i < items.Length(); i++ {
			d.EditorProblems = append(d.EditorProblems, items.Index(i).Get("textContent").String())
		}
	}
	return &Browser{data: d}, nil
}

// requestCatalog loads the catalog of a language the browser has not
// fetched yet (the person switched language, the advisor chose the
// print's language) and then runs again the navigation that needed it.
// The server has every catalog: it never asks.
func requestCatalog(ctx app.Context, src Source, lang string, then func(app.Context)) {
	b, ok := src.(*Browser)
	if app.IsServer || !ok || b.data == nil {
		return
	}
	d := b.data
	ctx.Async(func() {
		var cat catalog.Catalog
		if err := fetchJSON(d.BasePath+DataURL(d.Version, "i18n/"+lang+".json"), &cat); err != nil {
			app.Log("lotse:", err)
			ctx.Dispatch(func(app.Context) { ShowDataMissing() })
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			next := *b.data
			next.Catalogs = map[string]*catalog.Catalog{lang: &cat}
			for l, c := range b.data.Catalogs {
				next.Catalogs[l] = c
			}
			b.data = &next
			then(ctx)
		})
	})
}

// ShowDataMissing reveals the pre-rendered notice that content is missing
// from this device; the pre-rendered page stays usable.
func ShowDataMissing() {
	if el := app.Window().GetElementByID("data-missing"); el.Truthy() {
		el.Set("hidden", false)
	}
}

// fetchJSON loads a URL through the browser's fetch (and so through the
// service worker's cache) and decodes it.
func fetchJSON(url string, v any) error {
	type result struct {
		text string
		err  error
	}
	ch := make(chan result, 1)
	var onText, onResponse, onError app.Func
	release := func() {
		onText.Release()
		onResponse.Release()
		onError.Release()
	}
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		ch <- result{text: args[0].String()}
		return nil
	})
	onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		ch <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			ch <- result{err: fmt.Errorf("HTTP %d", resp.Get("status").Int())}
			return nil
		}
		resp.Call("text").Call("then", onText, onError)
		return nil
	})
	if pre := app.Window().Get("lotsePrefetch"); pre.Truthy() && pre.Get(url).Truthy() {
		// boot.js started this fetch while the wasm was compiling.
		p := pre.Get(url)
		pre.Delete(url)
		p.Call("then", onText, onError)
	} else {
		app.Window().Call("fetch", url).Call("then", onResponse, onError)
	}
	r := <-ch
	release()
	if r.err != nil {
		return fmt.Errorf("loading %s: %w", url, r.err)
	}
	if err := json.Unmarshal([]byte(r.text), v); err != nil {
		return fmt.Errorf("decoding %s: %w", url, err)
	}
	return nil
}
