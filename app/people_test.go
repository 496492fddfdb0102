package app

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"testing"

	"lotse/present"
)

// memStorage is a browser storage in memory, JSON like the browser's.
type memStorage map[string]string

func (m memStorage) Set(k string, v any) error {
	b, err := json.Marshal(v)
	m[k] = string(b)
	return err
}
func (m memStorage) Get(k string, v any) error {
	if s, ok := m[k]; ok {
		return json.Unmarshal([]byte(s), v)
	}
	return nil
}
func (m memStorage) Del(k string) { delete(m, k) }
func (m memStorage) Len() int     { return len(m) }
func (m memStorage) Clear() {
	for k := range m {
		delete(m, k)
	}
}
func (m memStorage) ForEach(f func(k string)) {
	for k := range m {
		f(k)
	}
}
func (m memStorage) Contains(k string) bool { _, ok := m[k]; return ok }

func kinds(s ...string) []string { return s }

func TestRosterAlign(t *testing.T) {
	family := newRoster(kinds("adult", "adult", "child_6_17", "child_under_6"))
	for _, c := range []struct {
		name    string
		to      []string
		ids     []int
		dropped []int
	}{
		{"same", kinds("adult", "adult", "child_6_17", "child_under_6"), []int{1, 2, 3, 4}, nil},
		{"the 7-year-old leaves", kinds("adult", "adult", "child_under_6"), []int{1, 2, 4}, []int{3}},
		{"a child joins", kinds("adult", "adult", "child_6_17", "child_under_6", "child_6_17"), []int{1, 2, 3, 4, 5}, nil},
		{"reordered by kind", kinds("child_under_6", "adult", "child_6_17", "adult"), []int{4, 1, 3, 2}, nil},
		{"one adult fewer: the last of the kind", kinds("adult", "child_6_17", "child_under_6"), []int{1, 3, 4}, []int{2}},
		{"everyone else", kinds("adult"), []int{1}, []int{2, 3, 4}},
	} {
		got, dropped := family.align(c.to)
		if !reflect.DeepEqual(got.IDs, c.ids) || !reflect.DeepEqual(dropped, c.dropped) || !slices.Equal(got.Kinds, c.to) {
			t.Errorf("%s: IDs %v dropped %v, want %v dropped %v", c.name, got.IDs, dropped, c.ids, c.dropped)
		}
		if !got.valid() {
			t.Errorf("%s: invalid roster %+v", c.name, got)
		}
	}
	// IDs are never reused: a person who left and one who joins are two.
	r, _ := family.align(kinds("adult", "adult", "child_under_6"))
	r, _ = r.align(kinds("adult", "adult", "child_under_6", "child_6_17"))
	if !reflect.DeepEqual(r.IDs, []int{1, 2, 4, 5}) {
		t.Errorf("a new 7-year-old got IDs %v; want the new ID 5, not the leaver's 3", r.IDs)
	}
}

func TestRosterWithout(t *testing.T) {
	r := newRoster(kinds("adult", "adult", "child_6_17"))
	got, id := r.without(0)
	if id != 1 || !reflect.DeepEqual(got.IDs, []int{2, 3}) || !slices.Equal(got.Kinds, kinds("adult", "child_6_17")) {
		t.Errorf("removing the first adult: %+v, removed %d", got, id)
	}
	if _, id := r.without(7); id != 0 {
		t.Errorf("removing a position out of range removed %d", id)
	}
}

func TestRosterValid(t *testing.T) {
	for _, r := range []roster{
		{Kinds: kinds("adult"), IDs: nil, Next: 2},
		{Kinds: kinds("adult", "adult"), IDs: []int{1, 1}, Next: 3},
		{Kinds: kinds("adult"), IDs: []int{5}, Next: 3},
		{Kinds: kinds("adult"), IDs: []int{-1}, Next: 3},
	} {
		if r.valid() {
			t.Errorf("%+v passes as valid", r)
		}
	}
}

func boxes(ids []int, keys ...present.Tick) map[string]string {
	out := map[string]string{}
	for _, k := range keys {
		out[k.Key] = storedKey(k, ids)
	}
	return out
}

const testStore = "lotse.ticks"

var four = kinds("adult", "adult", "child_6_17", "child_under_6")

func passport(pos int) present.Tick {
	return present.Tick{Key: present.TickKey("passport", pos), Person: pos}
}

// tickIn ticks a box on the device, as the list does.
func tickIn(s memStorage, list []string, ids []int, tk present.Tick) {
	if err := storeTick(s, testStore, list, storedKey(tk, ids), true); err != nil {
		panic(err)
	}
}

// passportsTicked lists the positions whose passport is ticked.
func passportsTicked(s memStorage, ids []int, n int) []int {
	m := map[string]bool{}
	_ = s.Get(testStore, &m)
	var out []int
	for pos := 1; pos <= n; pos++ {
		if m[storedKey(passport(pos), ids)] {
			out = append(out, pos)
		}
	}
	return out
}

// TestTicksFollowPeople is the family of four, on the device's
// storage: tick the youngest's passport and remove the 7-year-old (by
// kind, as before the app runs, and on purpose through the wizard): the
// tick is still the youngest's.
func TestTicksFollowPeople(t *testing.T) {
	for _, purposely := range []bool{false, true} {
		s := memStorage{}
		ids := openPeople(s, testStore, four)
		tickIn(s, four, ids, passport(4))
		if purposely {
			removePerson(s, testStore, four, 2)
		}
		ids = openPeople(s, testStore, kinds("adult", "adult", "child_under_6"))
		if got := passportsTicked(s, ids, 3); !reflect.DeepEqual(got, []int{3}) {
			t.Errorf("purposely=%v: ticked positions %v, want the youngest at 3", purposely, got)
		}
	}
}

// TestRemovedTicksGoToNoOne: the 7-year-old's tick goes to no one, also
// when a 7-year-old joins later.
func TestRemovedTicksGoToNoOne(t *testing.T) {
	s := memStorage{}
	ids := openPeople(s, testStore, four)
	tickIn(s, four, ids, passport(3))
	ids = openPeople(s, testStore, kinds("adult", "adult", "child_under_6"))
	if got := passportsTicked(s, ids, 3); got != nil {
		t.Errorf("after removing the 7-year-old, ticked positions %v", got)
	}
	ids = openPeople(s, testStore, four)
	if got := passportsTicked(s, ids, 4); got != nil {
		t.Errorf("a new 7-year-old inherited ticks: %v", got)
	}
}

// TestSameKindRemoved: removing the first of two adults in the wizard
// keeps the second's tick with them.
func TestSameKindRemoved(t *testing.T) {
	s := memStorage{}
	two := kinds("adult", "adult")
	ids := openPeople(s, testStore, two)
	tickIn(s, two, ids, passport(2))
	removePerson(s, testStore, two, 0)
	ids = openPeople(s, testStore, kinds("adult"))
	if got := passportsTicked(s, ids, 1); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("the second adult's tick after removing the first: %v", got)
	}
}

// TestHouseholdTicks: a shared document's tick is the household's:
// nobody's removal drops it; one person without a people answer is the
// roster's first.
func TestHouseholdTicks(t *testing.T) {
	s := memStorage{}
	ids := openPeople(s, testStore, four)
	tickIn(s, four, ids, present.Tick{Key: "rent_contract"})
	openPeople(s, testStore, kinds("adult"))
	m := map[string]bool{}
	_ = s.Get(testStore, &m)
	if !m["rent_contract"] {
		t.Error("the household's tick was dropped")
	}
	if got := boxes(openPeople(s, testStore, nil), present.Tick{Key: "passport", Person: 1}); got["passport"] != "passport@1" {
		t.Errorf("one person's box is kept under %q", got["passport"])
	}
}

// TestOldTicksKeepTheirPlace: ticks stored by positions before rosters
// existed stay with the person at that position.
func TestOldTicksKeepTheirPlace(t *testing.T) {
	s := memStorage{}
	_ = s.Set("lotse.ticks", map[string]bool{"passport@2": true})
	ids := openPeople(s, "lotse.ticks", kinds("adult", "child_6_17"))
	got := boxes(ids, present.Tick{Key: "passport@2", Person: 2})
	m := map[string]bool{}
	_ = s.Get("lotse.ticks", &m)
	if !m[got["passport@2"]] {
		t.Errorf("the old tick is lost: stored %v, box kept under %q", m, got["passport@2"])
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if !reflect.DeepEqual(keys, []string{"lotse.ticks", "lotse.ticks.people"}) {
		t.Errorf("stored keys %v", keys)
	}
}

// TestVisitLeavesNothing: opening a family's checklist stores nothing on
// the device; the first tick keeps the roster with it, so a later change
// of the list still knows who was who.
func TestVisitLeavesNothing(t *testing.T) {
	s := memStorage{}
	ids := openPeople(s, testStore, four)
	if s.Len() != 0 {
		t.Fatalf("a visit without ticks stored %v", s)
	}
	tickIn(s, four, ids, passport(4))
	if !s.Contains(peopleKey(testStore)) {
		t.Fatal("the first tick kept no roster")
	}
	ids = openPeople(s, testStore, kinds("adult", "adult", "child_under_6"))
	if got := passportsTicked(s, ids, 3); !reflect.DeepEqual(got, []int{3}) {
		t.Errorf("the youngest's tick after removing the 7-year-old: %v", got)
	}
}
