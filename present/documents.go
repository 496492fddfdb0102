package present

import (
	"strconv"

	"lotse/content"
)

// documents groups the documents: one list for one person; for a family
// first what everyone shares, then each person's own documents with the
// notes that concern that person (fingerprints, photographer).
func (v *view) documents(cl *content.Checklist, people []Person) []DocGroup {
	if len(cl.Documents) == 0 {
		return nil
	}
	family := len(people) > 1
	if !family {
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
		for _, it := range cl.Photo {
			if containsInt(it.People, p.Index) {
				g.Notes = append(g.Notes, v.line(cl, it))
			}
		}
		if len(g.Docs) > 0 || len(g.Notes) > 0 {
			out = append(out, g)
		}
	}
	return out
}

func (v *view) doc(cl *content.Checklist, d content.DocItem, person int) Doc {
	key := d.ID
	if person > 0 {
		key += "@" + strconv.Itoa(person)
	}
	out := Doc{Key: key, ID: d.ID, Name: v.content(content.DocName(d.ID)), URL: d.URL, Optional: d.Optional, Why: v.why(cl, d.Item)}
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
		out.Alternatives = append(out.Alternatives, v.content(content.DocName(alt)))
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
