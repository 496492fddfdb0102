package present

import (
	"strconv"

	"lotse/content"
)

// documents groups the documents: one list for one person; for a family
// first what everyone shares, then each person's own documents.
func (v *view) documents(cl *content.Checklist, people []Person) []DocGroup {
	if len(cl.Documents) == 0 {
		return nil
	}
	if len(people) <= 1 {
		g := DocGroup{}
		for _, d := range cl.Documents {
			g.Docs = append(g.Docs, v.doc(cl, d, 0))
		}
		return []DocGroup{g}
	}
	shared := DocGroup{Label: v.t(KeyDocsForEveryone)}
	for _, d := range cl.Documents {
		if len(d.People) == 0 {
			shared.Docs = append(shared.Docs, v.doc(cl, d, 0))
		}
	}
	var out []DocGroup
	if len(shared.Docs) > 0 {
		out = append(out, shared)
	}
	for _, p := range people {
		g := DocGroup{Person: p.Index, Label: p.Label}
		for _, d := range cl.Documents {
			if containsInt(d.People, p.Index) {
				g.Docs = append(g.Docs, v.doc(cl, d, p.Index))
			}
		}
		if len(g.Docs) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// TickKey is what a document's box is stored under: the document, and in
// a family the person ("passport@2"). Ticks belong to documents, never to
// a whole set of answers.
func TickKey(doc string, person int) string {
	if person > 0 {
		return doc + "@" + strconv.Itoa(person)
	}
	return doc
}

// documentRows lists every document once, with a box for each person
// who brings it (one box for a document the family brings once); a
// family's list starts with who is who.
func (v *view) documentRows(cl *content.Checklist, p *Checklist) []Row {
	if len(cl.Documents) == 0 {
		return nil
	}
	var out []Row
	if p.Family() {
		legend := Row{Kind: RowPeople, Label: v.label(KeyPeopleList)}
		for _, person := range p.People {
			legend.Details = append(legend.Details, Row{Kind: RowText, Text: person.Label})
		}
		out = append(out, legend)
	}
	for _, d := range cl.Documents {
		doc := v.doc(cl, d, 0)
		r := Row{Kind: RowDoc, ID: d.ID, Text: doc.Name, Tags: doc.Tags, Link: WebLink(doc.URL), Why: whyOf(doc.Why),
			Ticks: v.ticks(d, p)}
		for _, alt := range doc.Alternatives {
			r.Details = append(r.Details, Row{Kind: RowText, Label: v.label(KeyDocsOr), Text: alt})
		}
		if doc.Help != nil {
			r.Details = append(r.Details, Row{Kind: RowText, Text: *doc.Help})
		}
		if doc.From != nil {
			r.Details = append(r.Details, Row{Kind: RowText, Label: v.label(KeyDocsFrom), Text: *doc.From})
		}
		out = append(out, r)
	}
	return out
}

// ticks are a document's boxes: one for one person, one for what a
// family brings once, else one per person who brings it.
func (v *view) ticks(d content.DocItem, p *Checklist) []Tick {
	switch {
	case !p.Family():
		// One box, the document's; what one person brings is still
		// theirs (the device keeps it with them when the family grows).
		t := Tick{Key: TickKey(d.ID, 0)}
		if len(d.People) > 0 {
			t.Person = d.People[0]
		}
		return []Tick{t}
	case len(d.People) == 0:
		return []Tick{{Key: TickKey(d.ID, 0), Label: v.t(KeyDocsForEveryone)}}
	}
	var out []Tick
	for _, person := range p.People {
		if containsInt(d.People, person.Index) {
			out = append(out, Tick{Key: TickKey(d.ID, person.Index), Person: person.Index, Label: person.Short})
		}
	}
	return out
}

func (v *view) doc(cl *content.Checklist, d content.DocItem, person int) Doc {
	out := Doc{Key: TickKey(d.ID, person), ID: d.ID, Name: asTerm(v.content(content.DocName(d.ID))), URL: d.URL, Optional: d.Optional, Why: v.why(cl, d.Item)}
	switch {
	case d.Original && d.Copy:
		out.Tags = append(out.Tags, v.t(KeyDocsOriginalCopy))
	case d.Original:
		out.Tags = append(out.Tags, v.t(KeyDocsOriginal))
	case d.Copy:
		out.Tags = append(out.Tags, v.t(KeyDocsCopy))
	}
	if d.Optional {
		out.Tags = append(out.Tags, v.t(KeyDocsOptional))
	}
	for _, alt := range d.Or {
		out.Alternatives = append(out.Alternatives, asTerm(v.content(content.DocName(alt))))
	}
	if doc := v.c.Document(d.ID); doc != nil && doc.Help {
		h := v.content(content.DocHelp(d.ID))
		out.Help = &h
	}
	if d.From {
		f := v.content(content.DocFrom(d.ID))
		out.From = &f
	}
	return out
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}
