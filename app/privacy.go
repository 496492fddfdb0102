package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/i18n/catalog"
	"lotse/present"
)

// privacyPage is the privacy statement (Art. 13 GDPR): who is
// responsible, what Lotse processes (answers in the address, ticks on
// the device, nothing else), what the operator's web server logs, and the
// reader's rights.
type privacyPage struct {
	app.Compo
	page
}

func (p *privacyPage) OnNav(ctx app.Context) {
	if !p.begin(ctx, p.OnNav) {
		return
	}
	legalNav(ctx, p.v, present.KeyLegalPrivacy)
}

func (p *privacyPage) Render() app.UI {
	v := p.v
	if v == nil || !v.ready() {
		return app.Div()
	}
	w := &legalWriter{v: v}
	o := &v.c.Operator
	// The buttons a paragraph names, in the paragraph's language.
	button := func(k present.Key) legalArgs {
		return func(_ string, cat *catalog.Catalog) catalog.Args { return catalog.Args{"Button": cat.T(string(k))} }
	}
	body := []app.UI{
		w.para(present.KeyLegalTextPrivacyIntro, noArgs),
		w.heading(present.KeyLegalController),
		w.contact(o.Publisher),
		w.heading(present.KeyLegalPrivacyContact),
		w.contact(o.PrivacyContact),
		w.heading(present.KeyLegalDPO),
		w.contact(o.DPO),
		w.heading(present.KeyLegalProcessing),
		w.para(present.KeyLegalTextPrivacyAnswers, noArgs),
		w.para(present.KeyLegalTextPrivacyServer, noArgs),
		w.para(present.KeyLegalTextPrivacyDevice, button(present.KeyAppForget)),
		w.para(present.KeyLegalTextPrivacyTyped, button(present.KeyContactMail)),
		w.para(present.KeyLegalTextPrivacyOffline, noArgs),
		w.para(present.KeyLegalTextPrivacyThird, noArgs),
		w.heading(present.KeyLegalLogs),
	}
	body = append(body, w.serverLog(o.ServerLog)...)
	body = append(body,
		w.heading(present.KeyLegalRights),
		w.para(present.KeyLegalTextPrivacyRights, noArgs),
		app.H3().Text(v.T(present.KeyLegalSupervisory)),
		w.contact(o.Supervisory),
		w.laws(o.Laws.Privacy),
	)
	return w.page(present.KeyLegalPrivacy, body...)
}

// serverLog says what the operator's web server records, as the operator
// configured it; without settings, that the operator has not said.
func (w *legalWriter) serverLog(l *content.ServerLog) []app.UI {
	if l == nil {
		return []app.UI{w.missing()}
	}
	if l.KeptDays == 0 {
		return []app.UI{w.para(present.KeyLegalTextPrivacyLogNone, noArgs)}
	}
	ip := map[content.IPLogging]present.Key{
		content.IPFull: present.KeyLegalTextPrivacyIPFull, content.IPShortened: present.KeyLegalTextPrivacyIPShort,
		content.IPNone: present.KeyLegalTextPrivacyIPNone,
	}[l.IPAddress]
	query := present.KeyLegalTextPrivacyNoQuery
	if l.Query {
		query = present.KeyLegalTextPrivacyQuery
	}
	return []app.UI{
		w.paraN(present.KeyLegalTextPrivacyLog, l.KeptDays),
		w.para(ip, noArgs),
		w.para(query, noArgs),
		w.para(present.KeyLegalTextPrivacyBasis, noArgs),
	}
}
