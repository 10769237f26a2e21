package checklist_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// mergeBase is the test job with a second round, r2, that has one
// interviewer, a contact and the first item ticked: the common version of
// the merges below.
func mergeBase(t *testing.T) checklist.Job {
	j := edited(t, newTestJob(t, "Dana Lee"), secondRound("Onsite", 3))
	j.Rounds[1].Interviewers = []checklist.Person{{Name: "Sam Ng"}}
	j.Contacts = []checklist.Contact{{ID: "kim", Name: "Kim Patel"}, {ID: "lee", Name: "Lee Chan"}}
	j.Item("website").Done, j.Item("website").DoneAt = true, at(-9)
	return j
}

// What one side changed of a section, a round or an item the other side
// removed keeps it: only what was left as it was in base is removed.
func TestMergeKeepsWhatOneSideChangedAndTheOtherRemoved(t *testing.T) {
	dropResearch := func(j *checklist.Job) { j.Sections = j.Sections[1:] }
	dropR2 := func(j *checklist.Job) { j.Rounds = j.Rounds[:1] }
	dropWebsite := func(j *checklist.Job) { j.Sections[0].Items = j.Sections[0].Items[1:] }
	hasResearch := func(j checklist.Job) bool { return slices.Contains(sectionIDs(j.AllSections()), "research") }
	hasR2 := func(j checklist.Job) bool { return j.Round("r2") != nil }
	hasWebsite := func(j checklist.Job) bool { return j.Item("website") != nil }
	research := func(j *checklist.Job) *checklist.Section { return &j.Sections[0] }
	r2 := func(j *checklist.Job) *checklist.Round { return &j.Rounds[1] }
	tests := []struct {
		name   string
		remove func(j *checklist.Job)
		change func(j *checklist.Job)
		kept   func(j checklist.Job) bool
	}{
		{"a section retitled", dropResearch, func(j *checklist.Job) { research(j).Title = "Homework" }, hasResearch},
		{"a section's phase", dropResearch, func(j *checklist.Job) { research(j).Phase = checklist.After }, hasResearch},
		{"a section's scope", dropResearch, func(j *checklist.Job) { research(j).Scope = checklist.RoundScope }, hasResearch},
		{"a section's outcome", dropResearch, func(j *checklist.Job) { research(j).When = checklist.Rejected }, hasResearch},
		{"an item added to a section", dropResearch, func(j *checklist.Job) {
			research(j).Items = append(research(j).Items, ownItem("own-1", "Read the annual report"))
		}, hasResearch},
		{"an item of a section renamed", dropResearch, func(j *checklist.Job) { j.Item("news").Text = "Read the blog" }, hasResearch},
		{"an item of a section ticked again at another time", dropResearch, func(j *checklist.Job) { j.Item("website").DoneAt = at(-7) }, hasResearch},

		{"an item renamed", dropWebsite, func(j *checklist.Job) { j.Item("website").Text = "Read the about page" }, hasWebsite},
		{"an item ticked again at another time", dropWebsite, func(j *checklist.Job) { j.Item("website").DoneAt = at(-7) }, hasWebsite},
		{"an item unticked", dropWebsite, func(j *checklist.Job) { j.Item("website").Done, j.Item("website").DoneAt = false, nil }, hasWebsite},

		{"a round renamed", dropR2, func(j *checklist.Job) { r2(j).Name = "Final" }, hasR2},
		{"a round's format", dropR2, func(j *checklist.Job) { r2(j).Format = checklist.InPerson }, hasR2},
		{"a round moved", dropR2, func(j *checklist.Job) { r2(j).At = r2(j).At.Add(time.Hour) }, hasR2},
		{"a round's length", dropR2, func(j *checklist.Job) { r2(j).Minutes = 90 }, hasR2},
		{"a round's place", dropR2, func(j *checklist.Job) { r2(j).Where = "Room 4" }, hasR2},
		{"a round's link", dropR2, func(j *checklist.Job) { r2(j).Link = "https://meet.example/x" }, hasR2},
		{"a round held", dropR2, func(j *checklist.Job) { r2(j).State = checklist.Held }, hasR2},
		{"a round's invitation", dropR2, func(j *checklist.Job) { r2(j).Invite = &checklist.Invite{UID: "u1"} }, hasR2},
		{"a round's interviewer added", dropR2, func(j *checklist.Job) {
			r2(j).Interviewers = append(r2(j).Interviewers, checklist.Person{Name: "Kim Park"})
		}, hasR2},
		{"a round's interviewer given an email", dropR2, func(j *checklist.Job) { r2(j).Interviewers[0].Email = "sam@acme.example" }, hasR2},
		{"a round's section removed", dropR2, func(j *checklist.Job) { r2(j).Sections = r2(j).Sections[1:] }, hasR2},
		{"a round's section retitled", dropR2, func(j *checklist.Job) { r2(j).Sections[0].Title = "Afterwards" }, hasR2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := mergeBase(t)
			changed, removed := base.Clone(), base.Clone()
			tt.change(&changed)
			tt.remove(&removed)
			for _, sides := range [][2]checklist.Job{{changed, removed}, {removed, changed}} {
				if got := first(checklist.MergeJobs(base, sides[0], sides[1])); !tt.kept(got) {
					t.Errorf("the change was lost with what the other side removed: %v", sectionIDs(got.AllSections()))
				}
			}
			// Removed on one side and left as it was on the other, it goes.
			if got := first(checklist.MergeJobs(base, base, removed)); tt.kept(got) {
				t.Error("what one side removed and the other left alone is still there")
			}
		})
	}
}

// Contacts and interviewers one side removed and the other left alone are
// gone from the merge.
func TestMergeRemovesPeopleOneSideRemoved(t *testing.T) {
	base := mergeBase(t)
	removed := base.Clone()
	removed.Contacts = removed.Contacts[1:]
	removed.Rounds[1].Interviewers = nil
	for _, sides := range [][2]checklist.Job{{base, removed}, {removed, base}} {
		got := first(checklist.MergeJobs(base, sides[0], sides[1]))
		if len(got.Contacts) != 1 || got.Contacts[0].ID != "lee" {
			t.Errorf("contacts = %+v, want only Lee Chan", got.Contacts)
		}
		if len(got.Rounds[1].Interviewers) != 0 {
			t.Errorf("interviewers = %+v, want none", got.Rounds[1].Interviewers)
		}
	}
}

// A value changed on one side only comes from that side; changed on both
// to different values, ours is kept and the clash names both, "none" for
// a value taken away.
func TestMergeTakesTheSideThatChangedAValue(t *testing.T) {
	copyOf := func(r *checklist.Reason) *checklist.Reason { c := *r; return &c }
	abroad := &checklist.Reason{Code: checklist.OtherReason, Text: "moved abroad"}
	cut := &checklist.Reason{Code: checklist.OtherReason, Text: "the team was cut"}
	later := interview.Add(5 * time.Hour)
	tests := []struct {
		name         string
		base         func(j *checklist.Job)
		ours, theirs func(j *checklist.Job)
		check        func(t *testing.T, j checklist.Job)
		clash        *checklist.Clash
	}{
		{"the status's time, on their side", func(j *checklist.Job) { j.Status, j.StatusAt = checklist.Interviewed, at(1) },
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.StatusAt = at(2) },
			func(t *testing.T, j checklist.Job) {
				if j.StatusAt == nil || !j.StatusAt.Equal(*at(2)) {
					t.Errorf("status at %v, want theirs", j.StatusAt)
				}
			}, nil},
		{"a reason given, on their side", nil,
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Reason = copyOf(abroad) },
			func(t *testing.T, j checklist.Job) {
				if j.Reason == nil || *j.Reason != *abroad {
					t.Errorf("reason %+v, want theirs", j.Reason)
				}
			}, nil},
		{"a reason changed, on their side", func(j *checklist.Job) { j.Reason = copyOf(abroad) },
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Reason = copyOf(cut) },
			func(t *testing.T, j checklist.Job) {
				if j.Reason == nil || *j.Reason != *cut {
					t.Errorf("reason %+v, want theirs", j.Reason)
				}
			}, nil},
		{"a reason taken away, on their side", func(j *checklist.Job) { j.Reason = copyOf(abroad) },
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Reason = nil },
			func(t *testing.T, j checklist.Job) {
				if j.Reason != nil {
					t.Errorf("reason %+v, want none", j.Reason)
				}
			}, nil},
		{"a reason kept while something else changed", func(j *checklist.Job) { j.Reason = copyOf(abroad) },
			func(j *checklist.Job) { j.Role = "SRE" }, func(j *checklist.Job) { j.Salary = "90k" },
			func(t *testing.T, j checklist.Job) {
				if j.Reason == nil || *j.Reason != *abroad {
					t.Errorf("reason %+v, want the one both had", j.Reason)
				}
			}, nil},
		{"the same reason given on both sides", nil,
			func(j *checklist.Job) {
				j.Reason = &checklist.Reason{Code: checklist.OtherReason, Text: "moved abroad"}
			},
			func(j *checklist.Job) {
				j.Reason = &checklist.Reason{Code: checklist.OtherReason, Text: "moved abroad"}
			},
			func(t *testing.T, j checklist.Job) {}, nil},
		{"a reason taken away on ours, changed on theirs", func(j *checklist.Job) { j.Reason = copyOf(abroad) },
			func(j *checklist.Job) { j.Reason = nil }, func(j *checklist.Job) { j.Reason = copyOf(cut) },
			func(t *testing.T, j checklist.Job) {},
			&checklist.Clash{What: "the reason", Ours: "none", Theirs: "other the team was cut"}},
		{"the date applied taken away on ours, changed on theirs", func(j *checklist.Job) { j.AppliedAt = at(-48) },
			func(j *checklist.Job) { j.AppliedAt = nil }, func(j *checklist.Job) { j.AppliedAt = at(-24) },
			func(t *testing.T, j checklist.Job) {},
			&checklist.Clash{What: "the date applied", Ours: "none", Theirs: at(-24).Format(time.DateTime)}},
		{"an invitation, on their side", nil,
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Rounds[1].Invite = &checklist.Invite{UID: "u1"} },
			func(t *testing.T, j checklist.Job) {
				if inv := j.Rounds[1].Invite; inv == nil || inv.UID != "u1" {
					t.Errorf("invite %+v, want theirs", inv)
				}
			}, nil},
		{"an invitation's new version, on their side", func(j *checklist.Job) { j.Rounds[1].Invite = &checklist.Invite{UID: "u1"} },
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Rounds[1].Invite = &checklist.Invite{UID: "u1", Sequence: 2} },
			func(t *testing.T, j checklist.Job) {
				if inv := j.Rounds[1].Invite; inv == nil || inv.Sequence != 2 {
					t.Errorf("invite %+v, want theirs", inv)
				}
			}, nil},
		{"an invitation taken away, on their side", func(j *checklist.Job) { j.Rounds[1].Invite = &checklist.Invite{UID: "u1"} },
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Rounds[1].Invite = nil },
			func(t *testing.T, j checklist.Job) {
				if inv := j.Rounds[1].Invite; inv != nil {
					t.Errorf("invite %+v, want none", inv)
				}
			}, nil},
		{"a due time, on their side", nil,
			func(j *checklist.Job) {}, func(j *checklist.Job) { j.Item("thank-hr").DueAt = &later },
			func(t *testing.T, j checklist.Job) {
				if d := j.Item("thank-hr").DueAt; d == nil || !d.Equal(later) {
					t.Errorf("due %v, want theirs", d)
				}
			}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := mergeBase(t)
			if tt.base != nil {
				tt.base(&base)
			}
			ours, theirs := base.Clone(), base.Clone()
			tt.ours(&ours)
			tt.theirs(&theirs)
			got, clashes := checklist.MergeJobs(base, ours, theirs)
			tt.check(t, got)
			switch {
			case tt.clash == nil && len(clashes) > 0:
				t.Errorf("clashes %v, want none", clashes)
			case tt.clash != nil && (len(clashes) != 1 || clashes[0] != *tt.clash):
				t.Errorf("clashes %+v, want %+v", clashes, *tt.clash)
			}
		})
	}
}

// Rounds added on both sides are one round when they are one interview
// (from the same invitation, or of the same name at the same time), even
// under two ids; else both are kept, theirs under the next free id with
// its sections and items renamed to match.
func TestMergeOfRoundsAddedOnBothSides(t *testing.T) {
	onsite := func(j *checklist.Job) { j.Rounds[1].Name, j.Rounds[1].At = "Onsite", interview.AddDate(0, 0, 3) }
	invite := func(uid string) func(j *checklist.Job) {
		return func(j *checklist.Job) { j.Rounds[len(j.Rounds)-1].Invite = &checklist.Invite{UID: uid} }
	}
	tests := []struct {
		name         string
		ours, theirs []func(j *checklist.Job)
		want         []string
	}{
		{"the same name and time", nil, nil, []string{"r1 Interview", "r2 Onsite"}},
		{"another name", nil, []func(j *checklist.Job){func(j *checklist.Job) { j.Rounds[1].Name = "Final" }},
			[]string{"r1 Interview", "r2 Onsite", "r3 Final"}},
		{"another time", nil, []func(j *checklist.Job){func(j *checklist.Job) { j.Rounds[1].At = j.Rounds[1].At.Add(time.Hour) }},
			[]string{"r1 Interview", "r2 Onsite", "r3 Onsite"}},
		{"one invitation, moved on one side", []func(j *checklist.Job){invite("u1")},
			[]func(j *checklist.Job){invite("u1"), func(j *checklist.Job) { j.Rounds[1].At = j.Rounds[1].At.Add(time.Hour) }},
			[]string{"r1 Interview", "r2 Onsite"}},
		{"two invitations at one time", []func(j *checklist.Job){invite("u1")}, []func(j *checklist.Job){invite("u2")},
			[]string{"r1 Interview", "r2 Onsite", "r3 Onsite"}},
		{"an invitation on one side only", []func(j *checklist.Job){invite("u1")}, nil,
			[]string{"r1 Interview", "r2 Onsite"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := newTestJob(t)
			ours, theirs := edited(t, base, secondRound("Onsite", 3)), edited(t, base, secondRound("Onsite", 3))
			for _, f := range append([]func(j *checklist.Job){onsite}, tt.ours...) {
				f(&ours)
			}
			for _, f := range append([]func(j *checklist.Job){onsite}, tt.theirs...) {
				f(&theirs)
			}
			got := first(checklist.MergeJobs(base, ours, theirs))
			var rounds []string
			for _, r := range got.Rounds {
				rounds = append(rounds, r.ID+" "+r.Name)
				for _, s := range r.Sections {
					if r.ID != "r1" && !slices.Contains([]string{r.ID + "-thanks"}, s.ID) {
						t.Errorf("round %s has section %s", r.ID, s.ID)
					}
				}
			}
			if !slices.Equal(rounds, tt.want) {
				t.Errorf("rounds = %v, want %v", rounds, tt.want)
			}
		})
	}
}

// A round both sides added as one interview, which a merge elsewhere gave
// another id on one side, is merged into ours.
func TestMergeOfARoundAddedUnderTwoIDs(t *testing.T) {
	base := newTestJob(t)
	ours := edited(t, base, secondRound("Onsite", 3))
	theirs := edited(t, base, secondRound("Phone screen", 1), secondRound("Onsite", 3), checklist.RemoveRound{RoundID: "r2"})
	if theirs.Rounds[1].ID != "r3" {
		t.Fatalf("their round is %s", theirs.Rounds[1].ID)
	}
	got := first(checklist.MergeJobs(base, ours, theirs))
	if len(got.Rounds) != 2 || got.Rounds[1].ID != "r2" || got.Rounds[1].Name != "Onsite" {
		t.Errorf("rounds = %+v, want r1 and ours r2", got.Rounds)
	}
	if ids := sectionIDs(got.AllSections()); slices.ContainsFunc(ids, func(id string) bool { return len(id) > 2 && id[:3] == "r3-" }) {
		t.Errorf("sections %v keep their round's other id", ids)
	}
}

// orderJob is a job with one section of own items with the given ids, in
// that order.
func orderJob(order string) checklist.Job {
	j := checklist.Job{Version: checklist.FormatVersion, ID: "x", Company: "C", Role: "R", Status: checklist.Interviewed, CreatedAt: created,
		Rounds: []checklist.Round{}, Sections: []checklist.Section{{ID: "s", Title: "S", Phase: checklist.Before, Scope: checklist.JobScope}}}
	for _, id := range strings.Fields(order) {
		j.Sections[0].Items = append(j.Sections[0].Items, checklist.Item{ID: id, Text: id, Own: true})
	}
	return j
}

// The order of a section's items keeps both sides' moves and additions
// where they do not cross, the first and the last item's too; where they
// cross, ours wins.
func TestMergeOrderKeepsBothSidesMoves(t *testing.T) {
	tests := []struct{ base, ours, theirs, want string }{
		{"a b c d e", "b c d e a", "e a b c d", "e b c d a"},
		{"a b c d e", "x a b c d e", "b a c d e", "x b a c d e"},
		{"a b c d e", "b a c d e", "a b c d e x", "b a c d e x"},
		{"a b c d e", "b a c d e", "a b c e d", "b a c e d"},
		{"a b c d e", "a c b d e", "b a c d e", "a c b d e"},
		{"a b c d e", "e a b c d", "a b c d e y", "e a b c d y"},
		{"a b c", "c a b", "b c a", "c b a"},
		{"a b c d", "b a c d", "a b d c", "b a d c"},
	}
	for _, tt := range tests {
		got := first(checklist.MergeJobs(orderJob(tt.base), orderJob(tt.ours), orderJob(tt.theirs)))
		var ids []string
		for _, it := range got.Sections[0].Items {
			ids = append(ids, it.ID)
		}
		if order := strings.Join(ids, " "); order != tt.want {
			t.Errorf("base %q, ours %q, theirs %q: merged %q, want %q", tt.base, tt.ours, tt.theirs, order, tt.want)
		}
	}
}

// An item one side removed and the other changed is kept in its place.
func TestMergeKeepsAChangedItemInItsPlace(t *testing.T) {
	base := newTestJob(t)
	changed, removed := base.Clone(), base.Clone()
	changed.Item("news").Text = "Read the blog"
	removed.Sections[0].Items = slices.DeleteFunc(removed.Sections[0].Items, func(it checklist.Item) bool { return it.ID == "news" })
	for _, sides := range [][2]checklist.Job{{changed, removed}, {removed, changed}} {
		got := first(checklist.MergeJobs(base, sides[0], sides[1]))
		var ids []string
		for _, it := range got.Sections[0].Items {
			ids = append(ids, it.ID)
		}
		if want := []string{"website", "news"}; !slices.Equal(ids, want) {
			t.Errorf("items = %v, want %v", ids, want)
		}
	}
}

// A tick made at a time not recorded is a change like any tick: on one
// side it is kept; on both, the tick with a time gives it.
func TestMergeOfTicksWithoutATime(t *testing.T) {
	base := newTestJob(t)
	untimed, timed := base.Clone(), base.Clone()
	untimed.Item("news").Done = true
	timed.Item("news").Done, timed.Item("news").DoneAt = true, at(-3)
	if got := first(checklist.MergeJobs(base, base, untimed)); !got.Item("news").Done {
		t.Error("their tick without a time was lost")
	}
	for _, sides := range [][2]checklist.Job{{untimed, timed}, {timed, untimed}} {
		got := first(checklist.MergeJobs(base, sides[0], sides[1]))
		it := got.Item("news")
		if !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(*at(-3)) {
			t.Errorf("ticked on both: done %v at %v, want at the time one side gave", it.Done, it.DoneAt)
		}
	}
}

// A tick taken again at another time on one side keeps that time.
func TestMergeKeepsATickTakenAgainAtAnotherTime(t *testing.T) {
	base := newTestJob(t)
	base.Item("news").Done, base.Item("news").DoneAt = true, at(-9)
	again := base.Clone()
	again.Item("news").DoneAt = at(-7)
	for _, sides := range [][2]checklist.Job{{base, again}, {again, base}} {
		got := first(checklist.MergeJobs(base, sides[0], sides[1]))
		if it := got.Item("news"); !it.Done || !it.DoneAt.Equal(*at(-7)) {
			t.Errorf("done %v at %v, want at the new time", it.Done, it.DoneAt)
		}
	}
}

// Another interview added under another id on their side stays its own
// round.
func TestMergeOfAnotherRoundAddedUnderAnotherID(t *testing.T) {
	base := newTestJob(t)
	ours := edited(t, base, secondRound("Onsite", 3))
	theirs := edited(t, base, secondRound("Phone screen", 1), secondRound("Final", 5), checklist.RemoveRound{RoundID: "r2"})
	got := first(checklist.MergeJobs(base, ours, theirs))
	var rounds []string
	for _, r := range got.Rounds {
		rounds = append(rounds, r.ID+" "+r.Name)
	}
	if want := []string{"r1 Interview", "r2 Onsite", "r3 Final"}; !slices.Equal(rounds, want) {
		t.Errorf("rounds = %v, want %v", rounds, want)
	}
}
