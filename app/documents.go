package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
)

// documentList is the checklist of documents. Ticks are kept in
// localStorage under the checklist's answers, so they survive reloads,
// offline use and updates; when storage fails the list still works and
// says that ticks cannot be saved.
type documentList struct {
	app.Compo
	Lang    string
	Key     string
	Answers string
	Items   []content.DocItem

	ticked    map[string]bool
	storeErr  bool
	loadedFor string
}

func (d *documentList) OnMount(ctx app.Context) { d.load(ctx) }
func (d *documentList) OnUpdate(ctx app.Context) {
	if d.loadedFor != d.Key {
		d.load(ctx)
	}
}

func (d *documentList) load(ctx app.Context) {
	d.loadedFor = d.Key
	d.ticked = map[string]bool{}
	var ids []string
	if err := ctx.LocalStorage().Get(d.Key, &ids); err != nil {
		// A corrupted or foreign value is dropped, never trusted.
		ids = nil
		if err := ctx.LocalStorage().Set(d.Key, []string{}); err != nil {
			d.storeErr = true
		}
	}
	for _, id := range ids {
		d.ticked[id] = true
	}
}

// toggle reads the document from the checkbox: go-app keeps the first
// handler of an element it reuses when the list changes.
func (d *documentList) toggle(ctx app.Context, e app.Event) {
	if d.ticked == nil {
		d.ticked = map[string]bool{}
	}
	src := ctx.JSSrc()
	d.ticked[src.Get("value").String()] = src.Get("checked").Bool()
	var ids []string
	for _, it := range d.Items {
		if d.ticked[it.ID] {
			ids = append(ids, it.ID)
		}
	}
	d.storeErr = ctx.LocalStorage().Set(d.Key, ids) != nil
}

func (d *documentList) Render() app.UI {
	data := loaded()
	if data == nil {
		return app.Div()
	}
	v := &view{lang: d.Lang, c: data.Content, cat: catalogFor(data, d.Lang), de: data.Catalogs[catalog.Source]}
	answers := content.ParseAnswers(d.Answers)
	done := 0
	for _, it := range d.Items {
		if d.ticked[it.ID] {
			done++
		}
	}
	return app.Section().Class("documents").Aria("labelledby", "documents-h").Body(
		app.H2().ID("documents-h").Text(v.T("section.documents")),
		app.P().Class("docs-progress").ID("docs-progress").Aria("live", "polite").
			Text(v.N("docs.progress", len(d.Items), catalog.Args{"Done": strconv.Itoa(done)})),
		app.If(d.storeErr, func() app.UI {
			return app.P().Class("note").ID("storage-off").Text(v.T("app.storage.off"))
		}),
		app.Ul().Class("docs").Body(app.Range(d.Items).Slice(func(i int) app.UI {
			it := d.Items[i]
			id := "doc-" + strconv.Itoa(i) + "-" + it.ID
			return app.Li().Class("doc").Body(
				app.Input().Type("checkbox").ID(id).Value(it.ID).Checked(d.ticked[it.ID]).OnChange(d.toggle),
				app.Label().For(id).Body(v.term("doc."+it.ID+".name")),
				app.Div().Class("doc-details").Body(
					app.If(it.Original || it.Copy || it.Optional, func() app.UI {
						return app.P().Class("small tags").Body(
							app.If(it.Original && it.Copy, func() app.UI { return app.Span().Class("tag").Text(v.T("docs.original_copy")) }).
								ElseIf(it.Original, func() app.UI { return app.Span().Class("tag").Text(v.T("docs.original")) }).
								ElseIf(it.Copy, func() app.UI { return app.Span().Class("tag").Text(v.T("docs.copy")) }),
							app.If(it.Optional, func() app.UI { return app.Span().Class("tag").Text(v.T("docs.optional")) }),
						)
					}),
					app.If(len(it.Or) > 0, func() app.UI {
						var alts []app.UI
						for _, alt := range it.Or {
							alts = append(alts, app.Li().Body(v.term("doc."+alt+".name")))
						}
						return app.Div().Class("small").Body(app.Text(v.T("docs.or")+":"), app.Ul().Body(alts...))
					}),
					app.If(v.c.Document(it.ID) != nil && v.c.Document(it.ID).Help, func() app.UI {
						return app.P().Class("small").Text(v.T("doc." + it.ID + ".help"))
					}),
					app.If(it.From, func() app.UI {
						return app.P().Class("small").Body(app.Strong().Text(v.T("docs.from")+": "), app.Text(v.T("doc."+it.ID+".from")))
					}),
					v.why(answers, it.Item),
				),
			)
		})),
	)
}
