package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"lotse/content"
	"lotse/present"
)

// Ticks follow people. The URL says only who comes, by kind and position
// (people=adult,adult,child_6_17,child_under_6); the device keeps, beside
// the ticks, which person is which: a roster of IDs, one per position.
// Ticks are stored per document and person ID ("passport@3"), so adding,
// removing or reordering people keeps everyone's ticks, and a removed
// person's ticks are deleted: they go to no one. All of it stays in the
// browser's storage.

// roster is the device's list of persons for one set of ticks: the kinds
// of the people list it was made for, and each position's person ID.
type roster struct {
	Kinds []string `json:"kinds"`
	IDs   []int    `json:"ids"`
	Next  int      `json:"next"` // the next new person's ID; IDs are never reused
}

// newRoster numbers the persons 1 … n: ticks stored before rosters existed
// ("passport@2") belong to the person at that position.
func newRoster(kinds []string) roster {
	r := roster{Kinds: append([]string{}, kinds...), Next: len(kinds) + 1}
	for i := range kinds {
		r.IDs = append(r.IDs, i+1)
	}
	return r
}

// valid tells whether a stored roster can be trusted (a corrupted or
// foreign value is dropped).
func (r roster) valid() bool {
	if len(r.Kinds) != len(r.IDs) {
		return false
	}
	seen := map[int]bool{}
	for _, id := range r.IDs {
		if id <= 0 || id >= r.Next || seen[id] {
			return false
		}
		seen[id] = true
	}
	return true
}

// align matches the roster's persons to a new list of kinds: the k-th
// person of a kind stays the k-th person of that kind wherever it
// stands, so adding, removing or reordering persons of other kinds keeps
// everyone; a new person gets a new ID; persons no longer on the list are
// returned as dropped. (Which of two persons of the same kind left is
// known only when the person removes one in the wizard: see without.)
func (r roster) align(kinds []string) (roster, []int) {
	pool := map[string][]int{}
	for i, k := range r.Kinds {
		pool[k] = append(pool[k], r.IDs[i])
	}
	out := roster{Kinds: append([]string{}, kinds...), Next: r.Next}
	for _, k := range kinds {
		if ids := pool[k]; len(ids) > 0 {
			out.IDs = append(out.IDs, ids[0])
			pool[k] = ids[1:]
			continue
		}
		out.IDs = append(out.IDs, out.Next)
		out.Next++
	}
	var dropped []int
	for _, k := range r.Kinds {
		dropped = append(dropped, pool[k]...)
		pool[k] = nil
	}
	return out, dropped
}

// without removes the person at position i (0-based): the persons after
// it keep their IDs. It returns the removed person's ID.
func (r roster) without(i int) (roster, int) {
	if i < 0 || i >= len(r.IDs) {
		return r, 0
	}
	out := roster{Next: r.Next}
	out.Kinds = append(append([]string{}, r.Kinds[:i]...), r.Kinds[i+1:]...)
	out.IDs = append(append([]int{}, r.IDs[:i]...), r.IDs[i+1:]...)
	return out, r.IDs[i]
}

// storedKey is where a box's tick is kept: the document alone for what
// the household brings once, else the document and the person's ID.
func storedKey(t present.Tick, ids []int) string {
	doc, _, _ := strings.Cut(t.Key, "@")
	if t.Person <= 0 {
		return doc
	}
	id := t.Person
	if t.Person <= len(ids) {
		id = ids[t.Person-1]
	}
	return doc + "@" + strconv.Itoa(id)
}

// ownedBy tells whether a stored tick belongs to one of the IDs.
func ownedBy(key string, ids []int) bool {
	_, id, ok := strings.Cut(key, "@")
	if !ok {
		return false
	}
	for _, x := range ids {
		if id == strconv.Itoa(x) {
			return true
		}
	}
	return false
}

// peopleKey is where the roster of a set of ticks is kept.
func peopleKey(store string) string { return store + ".people" }

// openPeople returns the person IDs of the page's people list (kinds, in
// order; nil when the page has no people answer) for the ticks kept
// under store: the stored roster aligned to the list and saved again,
// the ticks of persons no longer on it deleted. A page without a people
// list is one person, the roster's first, and changes nothing.
func openPeople(s app.BrowserStorage, store string, kinds []string) []int {
	var r roster
	if err := s.Get(peopleKey(store), &r); err != nil || !r.valid() {
		r = roster{}
	}
	if len(kinds) == 0 {
		if len(r.IDs) > 0 {
			return r.IDs[:1]
		}
		return []int{1}
	}
	if len(r.Kinds) == 0 && r.Next == 0 {
		r = newRoster(kinds)
		if hasTicks(s, store) { // ticks kept by position: who is who from now on
			_ = s.Set(peopleKey(store), r) // a failed write only loses who is who
		}
		return r.IDs
	}
	if slices.Equal(r.Kinds, kinds) {
		return r.IDs
	}
	next, dropped := r.align(kinds)
	_ = s.Set(peopleKey(store), next)
	dropTicks(s, store, dropped)
	return next.IDs
}

// hasTicks tells whether anything is ticked under store: a visit without
// ticks leaves nothing on the device.
func hasTicks(s app.BrowserStorage, store string) bool {
	m := map[string]bool{}
	return s.Get(store, &m) == nil && len(m) > 0
}

// storeTick keeps one box's tick (its stored key) under store. The first
// tick of a people list also keeps the list's roster, so that a later
// change of the list knows who was who.
func storeTick(s app.BrowserStorage, store string, kinds []string, key string, on bool) error {
	m := map[string]bool{}
	if err := s.Get(store, &m); err != nil {
		m = map[string]bool{} // a corrupted or foreign value is dropped
	}
	if on {
		m[key] = true
	} else {
		delete(m, key)
	}
	if len(kinds) > 0 && !s.Contains(peopleKey(store)) {
		_ = s.Set(peopleKey(store), newRoster(kinds))
	}
	return s.Set(store, m)
}

// removePerson records that the person at position i of the list kinds
// was removed on purpose (the wizard's "remove"): the others keep their
// ticks, the removed person's are deleted.
func removePerson(s app.BrowserStorage, store string, kinds []string, i int) {
	openPeople(s, store, kinds)
	var r roster
	if err := s.Get(peopleKey(store), &r); err != nil || !r.valid() || !slices.Equal(r.Kinds, kinds) {
		return
	}
	next, id := r.without(i)
	_ = s.Set(peopleKey(store), next)
	dropTicks(s, store, []int{id})
}

// dropTicks deletes the ticks of persons who left.
func dropTicks(s app.BrowserStorage, store string, ids []int) {
	if len(ids) == 0 {
		return
	}
	ticks := map[string]bool{}
	if err := s.Get(store, &ticks); err != nil {
		return
	}
	changed := false
	for k := range ticks {
		if ownedBy(k, ids) {
			delete(ticks, k)
			changed = true
		}
	}
	if changed {
		_ = s.Set(store, ticks)
	}
}

// peopleKinds is the people list of a set of answers, nil without one.
func (v *view) peopleKinds(a content.Answers) []string {
	if q := v.c.PeopleQuestion(); q != nil {
		if val, ok := a[q.ID]; ok {
			return content.SplitPeople(val)
		}
	}
	return nil
}
