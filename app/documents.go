package app

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// documentList is the list of documents to tick. Ticks are kept in
// localStorage per document and person (people.go: they follow the
// person, not the position), so they survive reloads, offline use,
// updates and a change of an unrelated answer; two tabs
// merge theirs (each tick is written into what is stored, and a tick in
// another tab is picked up from the storage event). When storage fails
// the list still works and says that ticks cannot be saved.
type documentList struct {
	app.Compo
	Cat   *catalog.Catalog
	Lang  string
	Store string
	Title string
	Rows  []present.Row
	// Kinds is the page's people list (nil without a people answer).
	Kinds []string
	// NoWasm: the page without the app (?wasm=false); ticks are not kept.
	NoWasm bool

	ticked   map[string]bool   // by the box's key (present.Tick.Key)
	keys     map[string]string // the box's key -> where its tick is kept
	ids      []int             // the person ID of each position
	storeErr bool
	mounted  bool
	release  func()
}

func (d *documentList) OnMount(ctx app.Context) {
	d.mounted = true
	d.open(ctx)
	earlyTicks(func(key string, on bool) bool {
		if _, mine := d.keys[key]; !mine {
			return false
		}
		d.tick(ctx, key, on)
		return true
	})
	onStorage := app.FuncOf(func(this app.Value, args []app.Value) any {
		if k := args[0].Get("key"); !k.Truthy() || k.String() == d.Store || k.String() == peopleKey(d.Store) {
			ctx.Dispatch(func(ctx app.Context) { d.load(ctx); d.syncBoxes() })
		}
		return nil
	})
	app.Window().Call("addEventListener", "storage", onStorage)
	d.release = func() {
		app.Window().Call("removeEventListener", "storage", onStorage)
		onStorage.Release()
	}
}

// OnUpdate: another list of people or documents on the same page (the
// desk's controls, a language switch).
func (d *documentList) OnUpdate(ctx app.Context) {
	if d.mounted {
		d.open(ctx)
	}
}

// open aligns the device's persons with the page's list (people.go) and
// reads the ticks.
func (d *documentList) open(ctx app.Context) {
	d.ids = openPeople(ctx.LocalStorage(), d.Store, d.Kinds)
	d.load(ctx)
}

func (d *documentList) OnDismount() {
	if d.release != nil {
		d.release()
	}
}

// stored reads the ticks; a corrupted or foreign value is dropped, never
// trusted.
func (d *documentList) stored(ctx app.Context) map[string]bool {
	m := map[string]bool{}
	if err := ctx.LocalStorage().Get(d.Store, &m); err != nil {
		return map[string]bool{}
	}
	return m
}

// load reads the ticks of this page's boxes. After another tab changed
// the persons, their IDs are read, never aligned again here (two tabs
// with different lists would take turns).
func (d *documentList) load(ctx app.Context) {
	var r roster
	if err := ctx.LocalStorage().Get(peopleKey(d.Store), &r); err == nil && r.valid() && len(d.Kinds) > 0 && slices.Equal(r.Kinds, d.Kinds) {
		d.ids = r.IDs
	}
	stored := d.stored(ctx)
	d.keys, d.ticked = map[string]string{}, map[string]bool{}
	for _, r := range d.Rows {
		for _, t := range r.Ticks {
			k := storedKey(t, d.ids)
			d.keys[t.Key], d.ticked[t.Key] = k, stored[k]
		}
	}
}

// syncBoxes sets the boxes' checked state after another tab changed it
// (a re-render does not touch what the person clicked).
func (d *documentList) syncBoxes() {
	doc := app.Window().Get("document")
	boxes := doc.Call("querySelectorAll", ".doc input[type=checkbox]")
	for i := 0; i < boxes.Length(); i++ {
		b := boxes.Index(i)
		b.Set("checked", d.ticked[b.Get("value").String()])
	}
}

// toggle reads the document from the checkbox: go-app keeps the first
// handler of an element it reuses when the list changes.
func (d *documentList) toggle(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	d.tick(ctx, src.Get("value").String(), src.Get("checked").Bool())
}

// tick sets one box's tick and keeps it on the device; when storage
// fails, at least in memory for this page.
func (d *documentList) tick(ctx app.Context, key string, on bool) {
	stored, ok := d.keys[key]
	if !ok {
		return // not a box of this list
	}
	d.storeErr = storeTick(ctx.LocalStorage(), d.Store, d.Kinds, stored, on) != nil
	d.ticked[key] = on
}

func (d *documentList) Render() app.UI {
	cat := d.Cat
	if cat == nil {
		return app.Div()
	}
	t := func(k present.Key) string { return cat.T(string(k)) }
	total, done := 0, 0
	var rows []app.UI
	for i, r := range d.Rows {
		for _, tick := range r.Ticks {
			total++
			if d.ticked[tick.Key] {
				done++
			}
		}
		rows = append(rows, d.row(i, r))
	}
	return app.Section().Class("documents").Aria("labelledby", "documents-h").Body(
		app.H2().ID("documents-h").Text(d.Title),
		app.P().Class("docs-progress").ID("docs-progress").Aria("live", "polite").
			Text(cat.N(string(present.KeyDocsProgress), total, catalog.Args{"Done": catalog.Number(d.Lang, done)})),
		app.If(!d.mounted && d.NoWasm, func() app.UI {
			// Without the app the boxes work, but nothing is kept.
			return app.P().Class("note").ID("ticks-need-app").Text(t(present.KeyAppNoWasmTicks))
		}),
		app.If(!d.mounted && !d.NoWasm, func() app.UI {
			// Pre-rendered while the app loads: what is ticked now is
			// carried into the app and kept (early.go).
			return app.P().Class("note").ID("ticks-early").Text(t(present.KeyAppEarlyTicks))
		}),
		app.If(d.storeErr, func() app.UI {
			return app.P().Class("note").ID("storage-off").Text(t(present.KeyAppStorageOff))
		}),
		app.Ul().Class("rows docs").Body(rows...),
	)
}

// row draws a document with its boxes: one box before the name for one
// person or for what a family brings once; else the name (and its
// "why?") and below it a box for each person who brings it.
func (d *documentList) row(i int, r present.Row) app.UI {
	v := &view{cat: d.Cat, lang: d.Lang}
	if r.Kind != present.RowDoc {
		return app.Li().Class(rowClass(r)).Body(v.rowBody("", r)...)
	}
	name := "d" + itoa(i)
	if len(r.Ticks) == 1 {
		// One box (one person, or what a family brings once): before
		// the name; "for everyone" is said below it.
		var forAll *present.Text
		if t := r.Ticks[0].Label; t.Local != "" {
			forAll = &t
		}
		rest := v.rowBody("", present.Row{Tags: r.Tags, Link: r.Link, For: forAll, Details: r.Details, Why: r.Why})
		return app.Li().Class("row row-doc doc").ID("documents-"+r.ID).Body(
			d.box(name, r.Ticks[0], ""),
			app.Label().For(name).Class("doc-name").Body(words(r.Text)),
			app.Div().Class("doc-details").Body(rest...),
		)
	}
	var boxes []app.UI
	for j, tick := range r.Ticks {
		id := name + "-" + itoa(j)
		boxes = append(boxes, app.Li().Body(app.Label().ID(id+"-l").Body(d.box(id, tick, name+"-n "+id+"-l"), app.Span().Text(tick.Label.Local))))
	}
	head := append([]app.UI{app.Span().Class("doc-name").ID(name + "-n").Body(words(r.Text))},
		v.rowBody("", present.Row{Why: r.Why})...)
	rest := v.rowBody("", present.Row{Tags: r.Tags, Link: r.Link, Details: r.Details})
	return app.Li().Class("row row-doc doc ticks").ID("documents-"+r.ID).Body(
		app.Div().Class("doc-head").Body(head...),
		app.Ul().Class("boxes").Body(boxes...),
		app.If(len(rest) > 0, func() app.UI { return app.Div().Class("doc-details").Body(rest...) }),
	)
}

// box is one checkbox; labelledby names the document and the person.
func (d *documentList) box(id string, tick present.Tick, labelledby string) app.UI {
	box := app.Input().Type("checkbox").ID(id).Value(tick.Key).OnChange(d.toggle)
	if labelledby != "" {
		box = box.Aria("labelledby", labelledby)
	}
	// go-app writes checked="false" into pre-rendered HTML, which means
	// checked: set the attribute only for a tick.
	if d.ticked[tick.Key] || app.IsClient {
		box = box.Checked(d.ticked[tick.Key])
	}
	return box
}
