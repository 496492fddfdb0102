package present

import "lotse/i18n/catalog"

// Labels are the headings and fixed words of a checklist outside the app
// (text output, review document), in a language and German.
type Labels struct {
	Summary, Where, How, Documents, Photo, Fees, Dates, Notices, Sources, Answers Text
	Team, Address, Entrance, Transit, Phone, Email, Page, Hours, Or, From, Total  Text
}

// NewLabels resolves the labels in the reader's language and German.
func NewLabels(local, de *catalog.Catalog) Labels {
	v := &view{local: local, de: de, lang: local.Lang}
	return Labels{
		Summary: v.t(KeySectionSummary), Where: v.t(KeySectionWhere), How: v.t(KeySectionHow),
		Documents: v.t(KeySectionDocuments), Photo: v.t(KeySectionPhoto), Fees: v.t(KeySectionFees),
		Dates: v.t(KeySectionDates), Notices: v.t(KeySectionNotices), Sources: v.t(KeySectionSources),
		Answers: v.t(KeyChecklistAnswers), Team: v.t(KeyWhereTeam), Address: v.t(KeyWhereAddress),
		Entrance: v.t(KeyWhereEntrance), Transit: v.t(KeyWhereTransit), Phone: v.t(KeyWherePhone),
		Email: v.t(KeyWhereEmail), Page: v.t(KeyWherePage), Hours: v.t(KeyWhereHours), Or: v.t(KeyDocsOr),
		From: v.t(KeyDocsFrom), Total: v.t(KeyFeesTotal),
	}
}
