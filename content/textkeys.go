package content

// TextKeys lists every translation ID the content needs, each with a short
// description for translators. `lotse check` fails when German lacks one.
func (c *Content) TextKeys() map[string]string {
	k := map[string]string{}
	for _, a := range c.Authorities {
		k["authority."+a.ID+".name"] = "Official German name of the immigration authority."
	}
	for _, o := range c.Offices {
		k["office."+o.ID+".name"] = "Name of an office people visit (official German name in German)."
		if o.Entrance {
			k["office."+o.ID+".entrance"] = "Which entrance to use and where to find the office inside the building."
		}
	}
	for _, t := range c.Teams {
		k["team."+t.ID+".name"] = "Official name of a team of the immigration office (German name is what the office uses)."
		k["team."+t.ID+".handles"] = "One sentence: which cases this team is responsible for."
	}
	for _, ch := range c.Channels {
		k["channel."+ch.ID+".title"] = "Short title of a way to get an appointment or to contact the office."
		k["channel."+ch.ID+".text"] = "How this way of contact works, in one or two plain sentences."
	}
	for _, q := range c.Questions {
		k["question."+q.ID+".title"] = "A question of the wizard, asked directly to the person (informal but polite)."
		if q.Help {
			k["question."+q.ID+".help"] = "Short help under the question: explains a hard term."
		}
		for _, a := range q.Answers {
			k["answer."+q.ID+"."+a.ID] = "One answer option of the question " + q.ID + "; short, fits on a button."
			if a.Help {
				k["answer."+q.ID+"."+a.ID+".help"] = "One line under the answer option that explains it."
			}
		}
	}
	for _, d := range c.Documents {
		k["doc."+d.ID+".name"] = "Name of a document to bring (German: the official term the counter uses)."
		if d.From {
			k["doc."+d.ID+".from"] = "Where to get this document, in one sentence."
		}
		if d.Help {
			k["doc."+d.ID+".help"] = "What this document is, in one plain sentence."
		}
	}
	for _, f := range c.Fees {
		k["fee."+f.ID+".name"] = "What a fee is for (one line in a fee table)."
	}
	for _, f := range c.Facts {
		k["fact."+f.ID] = "A statement shown on the checklist (" + f.Kind + "). Plain words, one to three sentences."
	}
	for _, p := range c.Procedures {
		k["procedure."+p.ID+".name"] = "Title of the checklist: what the person is doing."
	}
	return k
}
