package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
)

// layout wraps every page: skip link, header with the language picker,
// status messages, the page's main content and the footer.
func (v *view) layout(u *url.URL, main ...app.UI) app.UI {
	if !v.ready() {
		return app.Div().Class("shell").Body(app.Main().ID("main").Body(app.P().Class("loading").Text("Lotse …")))
	}
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text(v.T("app.skip")),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(v.page("")).Body(
				app.Img().Src(v.web("icon.svg")).Attr("alt", "").Attr("role", "presentation").Width(32).Height(32),
				app.Span().Text(v.T("app.name")),
			),
			v.languages(u),
		),
		&statusBar{Lang: v.lang},
		// Shown by the client when its data cannot be loaded (see
		// ShowDataMissing); pre-rendered so it is in the page's language.
		app.P().Class("note offline").ID("data-missing").Hidden(true).Text(v.T("app.data_missing")),
		app.Main().ID("main").TabIndex(-1).Body(main...),
		v.footer(),
	)
}

// languages links the same page in every shipped language, each named in
// its own language.
func (v *view) languages(u *url.URL) app.UI {
	rest := ""
	path := strings.TrimPrefix(u.Path, v.base)
	if _, ok := langOf(path); ok {
		if i := indexAfterLang(path); i >= 0 {
			rest = path[i:]
		}
	}
	if rest == "" {
		rest = "/"
	}
	query := ""
	if u.RawQuery != "" {
		query = "?" + u.RawQuery
	}
	return app.Nav().Class("langs").Aria("label", v.T("app.language")).Body(
		app.Ul().Body(app.Range(catalog.Languages).Slice(func(i int) app.UI {
			l := catalog.Languages[i]
			a := app.A().Href(v.base + "/" + l.Code + rest + query).Lang(l.Code).HrefLang(l.Code).
				Text(v.names[l.Code]).OnClick(rememberLanguage(l.Code))
			if l.Code == v.lang {
				a = a.Aria("current", "true")
			}
			return app.Li().Body(a)
		})),
	)
}

// indexAfterLang returns where the path continues after "/<lang>".
func indexAfterLang(path string) int {
	if len(path) < 3 {
		return -1
	}
	for i := 1; i < len(path); i++ {
		if path[i] == '/' {
			return i
		}
	}
	return len(path)
}

func rememberLanguage(code string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		_ = ctx.LocalStorage().Set(storageLang, code) // a failed write only loses the preference
	}
}

func (v *view) footer() app.UI {
	review := "app.review.unreviewed"
	if v.cat.Review == "reviewed" {
		review = "app.review.reviewed"
	}
	return app.Footer().Class("foot").Body(
		app.P().Body(
			app.Text(v.T("app.footer.checked", catalog.Args{"Date": v.date(v.c.Checked)})),
			app.Text(" · "),
			app.A().Href(v.link("sources", nil)).Text(v.T("app.footer.sources")),
		),
		app.If(v.lang != catalog.Source, func() app.UI {
			return app.P().Class("authoritative").Body(
				app.Text(v.T("app.authoritative") + " " + v.T(review)),
			)
		}),
		&forgetButton{Lang: v.lang},
	)
}
