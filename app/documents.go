package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// documentList is the list of documents to tick. Ticks are kept in
// localStorage per document (and person), so they survive reloads,
// offline use, updates and a change of an unrelated answer; two tabs
// merge theirs (each tick is written into what is stored, and a tick in
// another tab is picked up from the storage event). When storage fails
// the list still works and says that ticks cannot be saved.
type documentList struct {
	app.Compo
	Lang   string
	Store  string
	Groups []present.DocGroup

	ticked   map[string]bool
	storeErr bool
	mounted  bool
	release  func()
}

func (d *documentList) OnMount(ctx app.Context) {
	d.mounted = true
	d.load(ctx)
	onStorage := app.FuncOf(func(this app.Value, args []app.Value) any {
		if k := args[0].Get("key"); !k.Truthy() || k.String() == d.Store {
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

func (d *documentList) load(ctx app.Context) { d.ticked = d.stored(ctx) }

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
	key, on := src.Get("value").String(), src.Get("checked").Bool()
	m := d.stored(ctx)
	if on {
		m[key] = true
	} else {
		delete(m, key)
	}
	d.ticked = m
	d.storeErr = ctx.LocalStorage().Set(d.Store, m) != nil
	if d.storeErr {
		// Keep the tick in memory for this page at least.
		d.ticked[key] = on
	}
}

func (d *documentList) Render() app.UI {
	data := loaded()
	if data == nil {
		return app.Div()
	}
	cat := data.catalogFor(d.Lang)
	if cat == nil {
		return app.Div()
	}
	t := func(k present.Key) string { return cat.T(string(k)) }
	total, done := 0, 0
	for _, g := range d.Groups {
		for _, doc := range g.Docs {
			total++
			if d.ticked[doc.Key] {
				done++
			}
		}
	}
	var groups []app.UI
	n := 0
	for _, g := range d.Groups {
		var items []app.UI
		for _, doc := range g.Docs {
			items = append(items, d.item(cat, doc, n))
			n++
		}
		var notes []app.UI
		for _, l := range g.Notes {
			notes = append(notes, app.Li().Text(l.Text.Local))
		}
		groups = append(groups, app.Div().Class("doc-group").Body(
			app.If(g.Label.Local != "", func() app.UI { return app.H3().Body(termOf(g.Label)) }),
			app.Ul().Class("docs").Body(items...),
			app.If(len(notes) > 0, func() app.UI { return app.Ul().Class("person-notes").Body(notes...) }),
		))
	}
	return app.Section().Class("documents").Aria("labelledby", "documents-h").Body(
		app.H2().ID("documents-h").Text(t(present.KeySectionDocuments)),
		app.P().Class("docs-progress").ID("docs-progress").Aria("live", "polite").
			Text(cat.N(string(present.KeyDocsProgress), total, catalog.Args{"Done": catalog.Number(d.Lang, done)})),
		app.If(!d.mounted, func() app.UI {
			// Pre-rendered (before the app runs, or without it): the
			// boxes work, but nothing is kept yet.
			return app.P().Class("note").ID("ticks-need-app").Text(t(present.KeyAppNoWasmTicks))
		}),
		app.If(d.storeErr, func() app.UI {
			return app.P().Class("note").ID("storage-off").Text(t(present.KeyAppStorageOff))
		}),
		app.Div().Body(groups...),
	)
}

func (d *documentList) item(cat *catalog.Catalog, doc present.Doc, n int) app.UI {
	t := func(k present.Key) string { return cat.T(string(k)) }
	id := "doc-" + itoa(n) + "-" + doc.ID
	box := app.Input().Type("checkbox").ID(id).Value(doc.Key).OnChange(d.toggle)
	// go-app writes checked="false" into pre-rendered HTML, which means
	// checked: set the attribute only for a tick.
	if d.ticked[doc.Key] || app.IsClient {
		box = box.Checked(d.ticked[doc.Key])
	}
	var tags, alts []app.UI
	for _, tag := range doc.Tags {
		tags = append(tags, app.Span().Class("tag").Text(tag.Local))
	}
	for _, alt := range doc.Alternatives {
		alts = append(alts, app.Li().Body(termOf(alt)))
	}
	return app.Li().Class("doc").Body(
		box,
		app.Label().For(id).Body(termOf(doc.Name)),
		app.Div().Class("doc-details").Body(
			app.If(len(tags) > 0, func() app.UI { return app.P().Class("small tags").Body(tags...) }),
			app.If(len(alts) > 0, func() app.UI {
				return app.Div().Class("small").Body(app.Text(t(present.KeyDocsOr)+":"), app.Ul().Body(alts...))
			}),
			app.If(doc.Help != nil, func() app.UI { return app.P().Class("small").Text(doc.Help.Local) }),
			app.If(doc.From != nil, func() app.UI {
				return app.P().Class("small").Body(app.Strong().Text(t(present.KeyDocsFrom)+": "), app.Text(doc.From.Local))
			}),
			app.If(doc.URL != "", func() app.UI {
				return app.P().Class("small").Body(app.A().Class("ext").Href(doc.URL).Rel("noopener noreferrer").Target("_blank").Body(ltr(displayURL(doc.URL))))
			}),
			(&checklistWriter{v: &view{cat: cat, lang: d.Lang}}).why(doc.Why),
		),
	)
}

// termOf shows a name with the German term beside (see view.term).
func termOf(t present.Text) app.UI { return (&view{}).term(t) }
