package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/i18n/catalog"
	"lotse/present"
)

// layout wraps every page: skip link, header with the language picker,
// status messages, the page's main content and the footer.
func (v *view) layout(main ...app.UI) app.UI {
	if !v.ready() {
		return app.Div().Class("shell").Body(app.Main().ID("main").Body(app.P().Class("loading").Text("Lotse …")))
	}
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text(v.T(present.KeyAppSkip)),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(v.path(v.lang, "")).Body(
				app.Img().Src(v.web("icon.svg")).Attr("alt", "").Attr("role", "presentation").Width(32).Height(32),
				app.Span().Text(v.T(present.KeyAppName)),
			),
			v.languages(),
		),
		app.If(len(v.d.EditorProblems) > 0, func() app.UI {
			var items []app.UI
			for _, p := range v.d.EditorProblems {
				items = append(items, app.Li().Body(ltr(p)))
			}
			return app.Div().Class("editor-problems").ID("editor-problems").Attr("role", "alert").Body(
				app.P().Text(v.T(present.KeyAppEditorProblems)), app.Ul().Body(items...))
		}),
		&statusBar{Lang: v.lang},
		// Shown by the client when its data cannot be loaded (see
		// ShowDataMissing); pre-rendered so it is in the page's language.
		app.P().Class("note offline").ID("data-missing").Hidden(true).Text(v.T(present.KeyAppDataMissing)),
		app.Main().ID("main").TabIndex(-1).Body(main...),
		v.footer(),
	)
}

// languages links the same page in every shipped language, each named in
// its own language. On phones it is one line that opens (a details
// element: it works before the app runs).
func (v *view) languages() app.UI {
	a := v.loc.answers
	var extra []string
	if v.loc.at != "" {
		extra = append(extra, "at", v.loc.at)
	}
	items := make([]app.UI, 0, len(catalog.Languages))
	for _, l := range catalog.Languages {
		link := app.A().Href(v.linkIn(l.Code, v.loc.page, a, extra...)).Lang(l.Code).HrefLang(l.Code).
			Text(v.d.Names[l.Code]).OnClick(rememberLanguage(l.Code))
		if l.Code == v.lang {
			link = link.Aria("current", "true")
		}
		items = append(items, app.Li().Body(link))
	}
	return app.Nav().Class("langs").Aria("label", attr(v.T(present.KeyAppLanguage))).Body(
		app.Details().Body(
			app.Summary().Body(
				app.Raw(globeIcon),
				app.Span().Text(v.d.Names[v.lang]),
			),
			app.Ul().Body(items...),
		),
	)
}

// globeIcon is drawn inline: an emoji showed as a box on phones without a
// colour emoji font, and the page's CSP allows no data: images.
const globeIcon = `<svg class="globe" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="12" cy="12" r="9"/><ellipse cx="12" cy="12" rx="4" ry="9"/><path d="M3 12h18M5 7h14M5 17h14"/></svg>`

func rememberLanguage(code string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		_ = ctx.LocalStorage().Set(storageLang, code) // a failed write only loses the preference
	}
}

func (v *view) footer() app.UI {
	review := present.KeyAppReviewUnreview
	if v.cat.Review == "reviewed" {
		review = present.KeyAppReviewReviewed
	}
	checked := catalog.Date(v.lang, v.c.Checked.Time())
	return app.Footer().Class("foot").Body(
		app.P().Body(
			app.Text(v.T(present.KeyAppFooterChecked, catalog.Args{"Date": checked})),
			app.Text(" · "),
			app.A().Href(v.link("sources", nil)).Text(v.T(present.KeyAppFooterSources)),
		),
		app.If(v.lang != catalog.Source, func() app.UI {
			return app.P().Class("authoritative").Text(v.T(present.KeyAppAuthoritative) + " " + v.T(review))
		}),
		v.legalLinks(),
		&forgetButton{Lang: v.lang},
	)
}

// legalLinks are the Impressum, privacy and accessibility statements,
// on every page.
func (v *view) legalLinks() app.UI {
	link := func(id, page string, k present.Key) app.UI {
		return app.Li().Body(app.A().ID(id).Href(v.link(page, nil)).Text(v.T(k)))
	}
	return app.Nav().Class("legal-links").Aria("label", attr(v.T(present.KeyLegalNav))).Body(app.Ul().Body(
		link("to-imprint", pageImprint, present.KeyLegalImprint),
		link("to-privacy", pagePrivacy, present.KeyLegalPrivacyShort),
		link("to-accessibility", pageAccessibility, present.KeyLegalAccessibilityShort),
	))
}
