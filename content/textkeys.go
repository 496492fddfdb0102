package content

import (
	"sort"
	"strings"
)

// The translation IDs of content texts. Every writer builds them with these
// functions and TextKeys lists them from the same functions, so a key the
// code can use is a key `lotse check` requires of German.

func AuthorityName(id string) string  { return "authority." + id + ".name" }
func OfficeName(id string) string     { return "office." + id + ".name" }
func OfficeEntrance(id string) string { return "office." + id + ".entrance" }
func TeamName(id string) string       { return "team." + id + ".name" }
func TeamHandles(id string) string    { return "team." + id + ".handles" }
func ChannelTitle(id string) string   { return "channel." + id + ".title" }
func ChannelText(id string) string    { return "channel." + id + ".text" }
func QuestionTitle(id string) string  { return "question." + id + ".title" }
func QuestionHelp(id string) string   { return "question." + id + ".help" }
func AnswerLabel(q, a string) string  { return "answer." + q + "." + a }
func AnswerHelp(q, a string) string   { return "answer." + q + "." + a + ".help" }
func DocName(id string) string        { return "doc." + id + ".name" }
func DocFrom(id string) string        { return "doc." + id + ".from" }
func DocHelp(id string) string        { return "doc." + id + ".help" }
func FeeName(id string) string        { return "fee." + id + ".name" }
func FactText(id string) string       { return "fact." + id }
func ProcedureName(id string) string  { return "procedure." + id + ".name" }

// LetterAnswer is the German sentence the appointment request adds for an
// answer marked letter: true (an urgent reason).
func LetterAnswer(q, a string) string { return "letter.answer." + q + "." + a }

// EventName is the calendar entry of a fact with a calendar rule.
func EventName(id string) string { return "event." + id }

// TextKeys lists every translation ID the content needs, each with a short
// description for translators. `lotse check` fails when German lacks one.
func (c *Content) TextKeys() map[string]string {
	k := map[string]string{}
	for _, a := range c.Authorities {
		k[AuthorityName(a.ID)] = "Official German name of the immigration authority."
	}
	for _, o := range c.Offices {
		k[OfficeName(o.ID)] = "Name of an office people visit (official German name in German)."
		if o.Entrance {
			k[OfficeEntrance(o.ID)] = "Which entrance to use and where to find the office inside the building."
		}
	}
	for _, t := range c.Teams {
		k[TeamName(t.ID)] = "Official name of a team of the immigration office (German name is what the office uses)."
		k[TeamHandles(t.ID)] = "One sentence: which cases this team is responsible for."
	}
	for _, ch := range c.Channels {
		k[ChannelTitle(ch.ID)] = "Short title of a way to get an appointment or to contact the office."
		k[ChannelText(ch.ID)] = "How this way of contact works, in one or two plain sentences."
	}
	for _, q := range c.Questions {
		k[QuestionTitle(q.ID)] = "A question of the wizard, asked directly to the person (polite, formal address: Sie / vous / Вы / siz)."
		if q.Help {
			k[QuestionHelp(q.ID)] = "Short help under the question: explains a hard term."
		}
		for _, a := range q.Answers {
			k[AnswerLabel(q.ID, a.ID)] = "One answer option of the question " + q.ID + "; short, fits on a button."
			if a.Help {
				k[AnswerHelp(q.ID, a.ID)] = "One line under the answer option that explains it."
			}
			if a.Letter {
				k[LetterAnswer(q.ID, a.ID)] = "German only: sentence of the appointment request to the office that states this answer (for example the urgent reason and its proof)."
			}
		}
	}
	for _, d := range c.Documents {
		k[DocName(d.ID)] = "Name of a document to bring (German: the official term the counter uses)."
		if d.From {
			k[DocFrom(d.ID)] = "Where to get this document, in one sentence."
		}
		if d.Help {
			k[DocHelp(d.ID)] = "What this document is, in one plain sentence."
		}
	}
	for _, f := range c.Fees {
		k[FeeName(f.ID)] = "What a fee is for (one line in a fee table)."
	}
	for _, f := range c.Facts {
		k[FactText(f.ID)] = "A statement shown on the checklist (" + string(f.Kind) + "). Plain words, one to three sentences, polite formal address."
		if len(f.Amounts) > 0 {
			var names []string
			for name := range f.Amounts {
				names = append(names, "{{."+name+"}}")
			}
			sort.Strings(names)
			k[FactText(f.ID)] += " " + strings.Join(names, ", ") + " are amounts filled in from the data (already formatted, with the currency): keep each placeholder, never write an amount."
		}
		if f.Calendar != nil {
			k[EventName(f.ID)] = "Title of a calendar entry made from this statement: a few words."
		}
	}
	for _, p := range c.Procedures {
		k[ProcedureName(p.ID)] = "Title of the checklist: what the person is doing."
	}
	return k
}
