package app

import "testing"

func TestDeskCase(t *testing.T) {
	caseA, caseB := "city=dortmund&need=extend", "city=hagen&need=extend"
	seen := deskCase{}.with("city=dortmund").with(caseA)
	for _, c := range []struct {
		name string
		nav  deskNav
		want bool
	}{
		{"opened from a link", deskNav{answers: caseA, firstLoad: true, loadType: "navigate"}, true},
		{"opened from a link with other answers", deskNav{answers: caseB, firstLoad: true, loadType: "navigate"}, true},
		{"reloaded", deskNav{answers: caseA, firstLoad: true, loadType: "reload"}, false},
		{"back into it", deskNav{answers: "city=dortmund", firstLoad: true, loadType: "back_forward"}, false},
		{"reloaded with answers it never showed", deskNav{answers: caseB, firstLoad: true, loadType: "reload"}, true},
		{"its own controls", deskNav{answers: caseA, loadType: "navigate"}, false},
		{"from the applicant's view of another case", deskNav{answers: caseB, loadType: "navigate"}, true},
		{"Neue Beratung", deskNav{answers: "", loadType: "reload", requested: true}, true},
	} {
		if got := c.nav.newCase(seen); got != c.want {
			t.Errorf("%s: new case %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCleanDesk: a new case leaves no ticks and no persons of the last
// one on the desk; "Neue Beratung" also clears the applicant's view on
// the same computer, and opening from outside does not.
func TestCleanDesk(t *testing.T) {
	s := memStorage{}
	openDesk(s, deskNav{answers: "a=1", firstLoad: true, loadType: "navigate"})
	ids := openPeople(s, storageTicksAdvisor, kinds("adult", "child_6_17"))
	_ = s.Set(storageTicksAdvisor, map[string]bool{"passport@" + itoa(ids[1]): true, "rent": true})
	_ = s.Set(storageTicks, map[string]bool{"passport@1": true})
	if fresh := openDesk(s, deskNav{answers: "a=1", firstLoad: true, loadType: "reload"}); fresh {
		t.Fatal("a reload started a new case")
	}
	deskGoesOn(s, "a=2")
	if fresh := openDesk(s, deskNav{answers: "a=2", loadType: "navigate"}); fresh {
		t.Fatal("the desk's own control started a new case")
	}
	if !s.Contains(storageTicksAdvisor) {
		t.Fatal("ticks gone while the case goes on")
	}
	if fresh := openDesk(s, deskNav{answers: "a=2", firstLoad: true, loadType: "navigate"}); !fresh {
		t.Fatal("a hand-over link continued the last case")
	}
	if s.Contains(storageTicksAdvisor) || s.Contains(peopleKey(storageTicksAdvisor)) {
		t.Errorf("the last case's ticks or persons are still stored: %v", s)
	}
	if !s.Contains(storageTicks) {
		t.Error("opening the desk cleared the applicant's ticks")
	}
	openDesk(s, deskNav{answers: "", requested: true})
	if s.Contains(storageTicks) {
		t.Error(`"Neue Beratung" left the applicant view's ticks`)
	}
	var c deskCase
	_ = s.Get(storageDesk, &c)
	if len(c.Seen) != 1 || c.Seen[0] != "" {
		t.Errorf("the new case has seen %q", c.Seen)
	}
}

func TestDeskCaseIsBounded(t *testing.T) {
	c := deskCase{}
	for i := 0; i < 200; i++ {
		c = c.with(itoa(i))
	}
	if len(c.Seen) != deskSeenMax || c.Seen[len(c.Seen)-1] != "199" {
		t.Errorf("%d answer sets kept, last %q", len(c.Seen), c.Seen[len(c.Seen)-1])
	}
}
