package checklist_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// roundEditsJob is twoRounds with work in both rounds: a tick and a note
// in the first, a tick in the second.
func roundEditsJob(t *testing.T) checklist.Job {
	t.Helper()
	j := twoRounds(t)
	apply(t, &j, checklist.SetDone{ItemID: "route", Done: true, At: ptr(day(-1))})
	apply(t, &j, checklist.SetNote{ItemID: "thank-hr", Note: "Kim in HR"})
	apply(t, &j, checklist.SetDone{ItemID: "r2-confirm-time", Done: true, At: ptr(day(6))})
	return j
}

// TestRoundEditUndo: every edit of a round, made through the history as
// the app makes it, is undone exactly and redone exactly, and the edits
// the history returns do the same to the job's file.
func TestRoundEditUndo(t *testing.T) {
	r2 := func(j checklist.Job) checklist.RoundDetails { return detailsOf(*j.Round("r2")) }
	tests := []struct {
		name  string
		edit  func(j checklist.Job) checklist.Edit
		check func(t *testing.T, j checklist.Job)
	}{
		{"add a third round", func(checklist.Job) checklist.Edit {
			return checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{
				Name: "Panel", Format: checklist.Video, At: day(14), Minutes: 90, Link: "https://meet.example.com/x",
				Interviewers: []checklist.Person{{Name: "Kim Park", Email: "kim@example.com"}}}}
		}, func(t *testing.T, j checklist.Job) {
			r := j.Round("r3")
			if r == nil || r.Name != "Panel" || r.Format != checklist.Video || r.Minutes != 90 || r.State != checklist.Scheduled ||
				r.Link != "https://meet.example.com/x" || len(r.Interviewers) != 1 || r.Interviewers[0].Email != "kim@example.com" {
				t.Fatalf("third round = %+v", r)
			}
			if n, of := j.Number(r); n != 3 || of != 3 {
				t.Errorf("the third round is round %d of %d", n, of)
			}
			requireDue(t, j, "r3-thank-interviewers-kim-park", day(15))
			requireDue(t, j, "follow-up-call", day(21))
		}},
		{"remove the second round, its tick with it", func(checklist.Job) checklist.Edit {
			return checklist.RemoveRound{RoundID: "r2"}
		}, func(t *testing.T, j checklist.Job) {
			if len(j.Rounds) != 1 || j.Item("r2-confirm-time") != nil {
				t.Errorf("rounds %v, want the first alone", j.Rounds)
			}
			requireDue(t, j, "follow-up-call", day(7))
		}},
		{"remove the first round", func(checklist.Job) checklist.Edit {
			return checklist.RemoveRound{RoundID: "r1"}
		}, func(t *testing.T, j checklist.Job) {
			if len(j.Rounds) != 1 || j.Rounds[0].ID != "r2" || j.Item("route") != nil {
				t.Errorf("rounds %v, want the second alone", j.Rounds)
			}
		}},
		{"cancel the second round", func(checklist.Job) checklist.Edit {
			return checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled}
		}, func(t *testing.T, j checklist.Job) {
			if r := j.Round("r2"); r.State != checklist.Cancelled || !r.Touched() || !j.Item("r2-confirm-time").Done {
				t.Errorf("the cancelled round lost its tick or was not cancelled: %+v", r)
			}
			requireDue(t, j, "follow-up-call", day(7))
		}},
		{"mark the first round done", func(checklist.Job) checklist.Edit {
			return checklist.SetRoundState{RoundID: "r1", State: checklist.Held}
		}, func(t *testing.T, j checklist.Job) {
			if j.Round("r1").State != checklist.Held {
				t.Error("the first round is not done")
			}
		}},
		{"rename and lengthen the second round", func(j checklist.Job) checklist.Edit {
			d := r2(j)
			d.Name, d.Minutes = " Onsite ", 240
			return checklist.SetRound{RoundID: "r2", Details: d}
		}, func(t *testing.T, j checklist.Job) {
			if r := j.Round("r2"); r.Name != "Onsite" || r.Minutes != 240 {
				t.Errorf("round = %q of %d minutes", r.Name, r.Minutes)
			}
		}},
		{"move the second round", func(j checklist.Job) checklist.Edit {
			d := r2(j)
			d.At = day(9)
			return checklist.SetRound{RoundID: "r2", Details: d}
		}, func(t *testing.T, j checklist.Job) {
			requireDue(t, j, "r2-thank-hr", day(11))
			requireDue(t, j, "r2-confirm-time", day(6)) // done, kept
			requireDue(t, j, "follow-up-call", day(16))
		}},
		{"a new link and a new interviewer for the second round", func(j checklist.Job) checklist.Edit {
			d := r2(j)
			d.Link, d.Format = "https://meet.example.com/y", checklist.Video
			d.Interviewers = append(d.Interviewers, checklist.Person{Name: "Kim Park"})
			return checklist.SetRound{RoundID: "r2", Details: d}
		}, func(t *testing.T, j checklist.Job) {
			if r := j.Round("r2"); r.Link != "https://meet.example.com/y" || r.Format != checklist.Video {
				t.Errorf("round = %+v", r)
			}
			requireDue(t, j, "r2-thank-interviewers-kim-park", day(8))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := roundEditsJob(t)
			original := j.Clone()
			file := j.Clone()
			var h checklist.History
			e := tt.edit(j)
			if err := h.Do(&j, e); err != nil {
				t.Fatal(err)
			}
			file = applied(t, file, e)
			if reflect.DeepEqual(j, original) || !h.CanUndo() {
				t.Fatal("the edit changed nothing")
			}
			tt.check(t, j)
			checkItemIDs(t, j)
			changed := j.Clone()

			undo, _, err := h.Undo(&j)
			if err != nil {
				t.Fatalf("Undo: %v", err)
			}
			if !reflect.DeepEqual(j, original) {
				t.Errorf("after Undo the job differs from the original:\n got %+v\nwant %+v", j.Rounds, original.Rounds)
			}
			if file = applied(t, file, undo); !reflect.DeepEqual(file, original) {
				t.Error("the undo sent to the file does not give back the original")
			}
			redo, _, err := h.Redo(&j)
			if err != nil {
				t.Fatalf("Redo: %v", err)
			}
			if !reflect.DeepEqual(j, changed) {
				t.Errorf("after Redo the job differs from the changed one:\n got %+v\nwant %+v", j.Rounds, changed.Rounds)
			}
			if file = applied(t, file, redo); !reflect.DeepEqual(file, changed) {
				t.Error("the redo sent to the file does not give back the changed job")
			}
		})
	}
}

// TestRoundUndoNeverRemovesWhatElseWrote: the undo of a change to a round,
// or to the job's own details, applies only while what it takes back is as
// this copy left it; another copy's change to the same round is kept.
func TestRoundUndoNeverRemovesWhatElseWrote(t *testing.T) {
	moveR2 := func(j checklist.Job) checklist.Edit {
		d := detailsOf(*j.Round("r2"))
		d.At = day(9)
		return checklist.SetRound{RoundID: "r2", Details: d}
	}
	third := func(checklist.Job) checklist.Edit {
		return checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{Name: "Panel", At: day(14)}}
	}
	tests := []struct {
		name  string
		ours  func(j checklist.Job) checklist.Edit
		other func(t *testing.T, j *checklist.Job)
	}{
		{"a round added, then ticked elsewhere", third, func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetDone{ItemID: "r3-route", Done: true, At: ptr(day(13))})
		}},
		{"a round added, then noted elsewhere", third, func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetNote{ItemID: "r3-thank-hr", Note: "Kim"})
		}},
		{"a round added, then given an item elsewhere", third, func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.AddItem{SectionID: "r3-thanks", Item: checklist.Item{ID: "flowers", Text: "Send flowers", Own: true}})
		}},
		{"a round added, then moved elsewhere", third, func(t *testing.T, j *checklist.Job) {
			j.Round("r3").At = day(15)
		}},
		{"a round removed, then another added elsewhere", func(checklist.Job) checklist.Edit {
			return checklist.RemoveRound{RoundID: "r2"}
		}, func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{Name: "Other", At: day(20)}})
		}},
		{"a round cancelled, then marked done elsewhere", func(checklist.Job) checklist.Edit {
			return checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled}
		}, func(t *testing.T, j *checklist.Job) {
			j.Round("r2").State = checklist.Held
		}},
		{"a round moved, then moved again elsewhere", moveR2, func(t *testing.T, j *checklist.Job) {
			j.Round("r2").At = day(10)
		}},
		{"a round moved, then its link changed elsewhere", moveR2, func(t *testing.T, j *checklist.Job) {
			j.Round("r2").Link = "https://meet.example.com/new"
		}},
		{"a round moved, then given another interviewer elsewhere", moveR2, func(t *testing.T, j *checklist.Job) {
			j.Round("r2").Interviewers = append(j.Round("r2").Interviewers, checklist.Person{Name: "Kim Park"})
		}},
		{"the job's details changed, then its salary elsewhere", func(j checklist.Job) checklist.Edit {
			d := j.Details()
			d.Posting = "https://jobs.example.com/1"
			return checklist.SetJobDetails{Details: d}
		}, func(t *testing.T, j *checklist.Job) {
			j.Salary = "90k"
		}},
		{"a contact added, then its phone written elsewhere", func(j checklist.Job) checklist.Edit {
			d := j.Details()
			d.Contacts = []checklist.Contact{{Name: "Kim Patel", Role: "recruiter"}}
			return checklist.SetJobDetails{Details: d}
		}, func(t *testing.T, j *checklist.Job) {
			j.Contacts[0].Phone = "+49 30 1234567"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := roundEditsJob(t)
			var h checklist.History
			if err := h.Do(&j, tt.ours(j)); err != nil {
				t.Fatal(err)
			}
			tt.other(t, &j)
			elsewhere := j.Clone()

			_, ok, err := h.Undo(&j)
			if !ok || !errors.Is(err, checklist.ErrChangedElsewhere) {
				t.Fatalf("Undo = %v, %v; want ErrChangedElsewhere", ok, err)
			}
			if !reflect.DeepEqual(j, elsewhere) {
				t.Error("the refused undo changed the job")
			}
		})
	}
}

// TestRoundUndoKeepsWhatElseWroteElsewhere: a change made elsewhere to
// another part of the job does not stop the undo, and stays.
func TestRoundUndoKeepsWhatElseWroteElsewhere(t *testing.T) {
	tests := []struct {
		name  string
		ours  func(j checklist.Job) checklist.Edit
		other checklist.Edit
		kept  func(j checklist.Job) bool
	}{
		{"a round added, the first ticked elsewhere", func(checklist.Job) checklist.Edit {
			return checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{At: day(14)}}
		}, checklist.SetDone{ItemID: "confirm-time", Done: true, At: ptr(day(-1))},
			func(j checklist.Job) bool { return j.Item("confirm-time").Done && j.Round("r3") == nil }},
		{"a round moved, one of its items noted elsewhere", func(j checklist.Job) checklist.Edit {
			d := detailsOf(*j.Round("r2"))
			d.At = day(9)
			return checklist.SetRound{RoundID: "r2", Details: d}
		}, checklist.SetNote{ItemID: "r2-thank-hr", Note: "written elsewhere"},
			func(j checklist.Job) bool {
				return j.Item("r2-thank-hr").Note == "written elsewhere" && j.Round("r2").At.Equal(day(7))
			}},
		{"a round cancelled, the job renamed elsewhere", func(checklist.Job) checklist.Edit {
			return checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled}
		}, checklist.SetJobDetails{Details: checklist.JobDetails{Company: "Acme Industries", Role: "Backend Engineer"}},
			func(j checklist.Job) bool {
				return j.Company == "Acme Industries" && j.Round("r2").State == checklist.Scheduled
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := roundEditsJob(t)
			var h checklist.History
			if err := h.Do(&j, tt.ours(j)); err != nil {
				t.Fatal(err)
			}
			apply(t, &j, tt.other)
			if _, _, err := h.Undo(&j); err != nil {
				t.Fatalf("Undo: %v", err)
			}
			if !tt.kept(j) {
				t.Errorf("the undo was not made, or the change made elsewhere was lost: %+v", j.Rounds)
			}
		})
	}
}

// TestRoundIDsUniqueAcrossRounds: every round's items and sections carry
// its id, so that no two items of a job share one however many rounds it
// has, however they came and went, and the first round's keep the ids a
// job from before rounds had.
func TestRoundIDsUniqueAcrossRounds(t *testing.T) {
	tests := []struct {
		name   string
		edits  func(t *testing.T, j *checklist.Job)
		rounds []string
	}{
		{"one round", func(*testing.T, *checklist.Job) {}, []string{"r1"}},
		{"four rounds", func(t *testing.T, j *checklist.Job) {
			for i := range 3 {
				addRound(t, j, checklist.RoundDetails{At: day(7 * (i + 1)), Interviewers: checklist.People("Dana Lee", "Sam Ng")})
			}
		}, []string{"r1", "r2", "r3", "r4"}},
		{"a round removed is not given again while a later one is there", func(t *testing.T, j *checklist.Job) {
			addRound(t, j, checklist.RoundDetails{At: day(7)})
			addRound(t, j, checklist.RoundDetails{At: day(14)})
			apply(t, j, checklist.RemoveRound{RoundID: "r2"})
			addRound(t, j, checklist.RoundDetails{At: day(21)})
		}, []string{"r1", "r3", "r4"}},
		{"a person's own item with a round's id", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: "r2-route", Text: "Mine", Own: true}})
			addRound(t, j, checklist.RoundDetails{At: day(7)})
		}, []string{"r1", "r2"}},
		{"a round whose id is not the usual kind", func(t *testing.T, j *checklist.Job) {
			j.Rounds[0].ID = "onsite"
			addRound(t, j, checklist.RoundDetails{At: day(7)})
		}, []string{"onsite", "r1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := defaultJob(t, checklist.InPerson)
			tt.edits(t, &j)
			var ids []string
			for _, r := range j.Rounds {
				ids = append(ids, r.ID)
			}
			if !reflect.DeepEqual(ids, tt.rounds) {
				t.Errorf("rounds %v, want %v", ids, tt.rounds)
			}
			checkItemIDs(t, j)
			sections := map[string]bool{}
			for _, s := range j.AllSections() {
				if sections[s.ID] {
					t.Errorf("section id %q appears twice", s.ID)
				}
				sections[s.ID] = true
			}
			for _, r := range j.Rounds[1:] {
				for _, s := range r.Sections {
					for _, it := range s.Items {
						if !strings.HasPrefix(it.ID, r.ID+"-") || !strings.HasPrefix(s.ID, r.ID+"-") {
							t.Errorf("item %s of section %s of round %s does not carry the round's id", it.ID, s.ID, r.ID)
						}
					}
				}
			}
			if j.Rounds[0].ID == "r1" && j.Item("outfit-ready") == nil {
				t.Error("the first round's items do not keep the template's ids")
			}
		})
	}
}

// TestRoundTouched: a round with a tick or a note holds the person's work,
// and is asked about before it is removed.
func TestRoundTouched(t *testing.T) {
	tests := []struct {
		name string
		edit checklist.Edit
		want bool
	}{
		{"as made", nil, false},
		{"a tick", checklist.SetDone{ItemID: "r2-route", Done: true, At: ptr(day(6))}, true},
		{"a note", checklist.SetNote{ItemID: "r2-notes", Note: "asked about on-call"}, true},
		{"a tick in another round", checklist.SetDone{ItemID: "route", Done: true, At: ptr(day(-1))}, false},
		{"a tick of the job's own", checklist.SetDone{ItemID: "news", Done: true, At: ptr(day(-1))}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := twoRounds(t)
			if tt.edit != nil {
				apply(t, &j, tt.edit)
			}
			if got := j.Round("r2").Touched(); got != tt.want {
				t.Errorf("Touched = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRoundDetailsRefused: details a round cannot have are refused with a
// clear message, and change nothing.
func TestRoundDetailsRefused(t *testing.T) {
	tests := []struct {
		name string
		d    checklist.RoundDetails
		want string
	}{
		{"no time", checklist.RoundDetails{Name: "Final"}, "time"},
		{"a negative length", checklist.RoundDetails{At: day(7), Minutes: -5}, "length"},
		{"longer than a day", checklist.RoundDetails{At: day(7), Minutes: 24*60 + 1}, "length"},
		{"an unknown format", checklist.RoundDetails{At: day(7), Format: "zoom"}, `"zoom"`},
	}
	for _, tt := range tests {
		for _, e := range []checklist.Edit{
			checklist.AddRound{Template: roundsTemplate(), Details: tt.d},
			checklist.SetRound{RoundID: "r2", Details: tt.d},
		} {
			t.Run(tt.name, func(t *testing.T) {
				j := twoRounds(t)
				_, err := e.Apply(&j)
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("%T: error %v, want one about %s", e, err, tt.want)
				}
				if !reflect.DeepEqual(j, twoRounds(t)) {
					t.Errorf("%T: the refused edit changed the job", e)
				}
			})
		}
	}
	j := twoRounds(t)
	if _, err := (checklist.SetRoundState{RoundID: "r2", State: "held"}).Apply(&j); err == nil ||
		!strings.Contains(err.Error(), "scheduled, done, cancelled") {
		t.Errorf("an unknown state: error %v, want one listing the valid states", err)
	}
	bad := roundsTemplate()
	bad.Sections[0].Items[0].Text = ""
	if _, err := (checklist.AddRound{Template: bad, Details: checklist.RoundDetails{At: day(7)}}).Apply(&j); err == nil ||
		!strings.Contains(err.Error(), "template") {
		t.Errorf("an invalid template: error %v, want one about the template", err)
	}
	if !reflect.DeepEqual(j, twoRounds(t)) {
		t.Error("a refused edit changed the job")
	}
}

// TestDueTimesKeepTheRoundsZone: due times count from the round's start in
// the zone it was given in, days by its calendar.
func TestDueTimesKeepTheRoundsZone(t *testing.T) {
	loc := berlin(t)
	j := twoRounds(t)
	// The Saturday before the clocks go forward.
	at := time.Date(2026, 3, 28, 15, 0, 0, 0, loc)
	d := detailsOf(*j.Round("r2"))
	d.At = at
	apply(t, &j, checklist.SetRound{RoundID: "r2", Details: d})
	requireDue(t, j, "r2-thank-hr", time.Date(2026, 3, 30, 15, 0, 0, 0, loc))
	requireDue(t, j, "r2-thank-interviewers-sam-ng", time.Date(2026, 3, 29, 16, 0, 0, 0, loc))
	requireDue(t, j, "r2-confirm-time", time.Date(2026, 3, 27, 15, 0, 0, 0, loc))
}

// TestSetRoundMovesDueTimes: a round moved moves the due times of its open
// items; a done item keeps the one it was done against, with its tick; the
// list for a no keeps counting from the no. The same moment given in
// another zone is no move at all.
func TestSetRoundMovesDueTimes(t *testing.T) {
	j := newTestJob(t, "Dana Lee")
	rejectedAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt})
	doneAt := time.Date(2026, 12, 1, 18, 0, 0, 0, cet)
	apply(t, &j, checklist.SetDone{ItemID: "thank-hr", Done: true, At: &doneAt})
	orig := j.Clone()

	moved := time.Date(2026, 12, 3, 14, 30, 0, 0, cet)
	d := detailsOf(j.Rounds[0])
	d.At = moved
	undo := apply(t, &j, checklist.SetRound{RoundID: "r1", Details: d})

	if j.ID != orig.ID || !j.Rounds[0].At.Equal(moved) {
		t.Errorf("job %s at %s, want %s at %s", j.ID, j.Rounds[0].At, orig.ID, moved)
	}
	requireDue(t, j, "thank-interviewers-dana-lee", moved.Add(24*time.Hour))
	requireDue(t, j, "thank-hr", interview.AddDate(0, 0, 2)) // done, kept
	if dueOf(t, j, "notes") != nil {
		t.Error("an item without an offset got a due time")
	}
	requireDue(t, j, "ask-feedback", rejectedAt.AddDate(0, 0, 3)) // counted from the rejection
	if it := j.Item("thank-hr"); !it.Done || !it.DoneAt.Equal(doneAt) {
		t.Error("the tick was lost")
	}
	checkUndo(t, orig, j, undo)

	t.Run("the same moment in another zone moves nothing", func(t *testing.T) {
		k := orig.Clone()
		d := detailsOf(k.Rounds[0])
		d.At = k.Rounds[0].At.UTC()
		apply(t, &k, checklist.SetRound{RoundID: "r1", Details: d})
		if !reflect.DeepEqual(k, orig) {
			t.Errorf("the job changed: round at %s, thank-you due %s", k.Rounds[0].At, dueOf(t, k, "thank-interviewers-dana-lee"))
		}
	})
}

// TestSetRoundText: a round's name, place and link are trimmed, and its
// items stay as they are; a name left empty is "Interview".
func TestSetRoundText(t *testing.T) {
	j := newTestJob(t)
	orig := j.Clone()
	undo := apply(t, &j, checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{
		Name: " Phone screen ", Format: checklist.Phone, At: interview, Minutes: 30, Where: " +49 30 1234567 ", Link: " ",
	}})
	r := j.Rounds[0]
	if r.Name != "Phone screen" || r.Where != "+49 30 1234567" || r.Link != "" || r.Format != checklist.Phone || r.Minutes != 30 {
		t.Errorf("round = %q %q %q %s %d, want them trimmed", r.Name, r.Where, r.Link, r.Format, r.Minutes)
	}
	if j.ID != orig.ID || r.ID != "r1" {
		t.Errorf("ids changed to %s, %s", j.ID, r.ID)
	}
	if !reflect.DeepEqual(r.Sections, orig.Rounds[0].Sections) || !reflect.DeepEqual(j.Sections, orig.Sections) {
		t.Error("the items changed")
	}
	checkUndo(t, orig, j, undo)

	apply(t, &j, checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{Name: "  ", At: interview}})
	if got := j.Rounds[0].Name; got != "Interview" {
		t.Errorf("a round with no name is called %q", got)
	}
}

// TestRoundEditsShareNothing: an edit is a value the app applies to its
// copy of the job and the store to the file's; the round an undo puts back
// must belong to each copy alone, so that a tick in one never shows up in
// the other.
func TestRoundEditsShareNothing(t *testing.T) {
	tests := []struct {
		name string
		edit checklist.Edit
	}{
		{"a removed round put back", checklist.RemoveRound{RoundID: "r2"}},
		{"a round's change taken back", roundMove{id: "r2", to: day(9)}},
		{"a round added", checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{At: day(14)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := twoRounds(t)
			undo := apply(t, &mem, tt.edit)
			file := mem.Clone()
			apply(t, &mem, undo)
			apply(t, &file, undo)
			for _, r := range mem.Rounds {
				for _, s := range r.Sections {
					for _, it := range s.Items {
						apply(t, &mem, checklist.SetNote{ItemID: it.ID, Note: "only here"})
						if got := file.Item(it.ID).Note; got != "" {
							t.Fatalf("a note on %s in one copy shows in the other: %q", it.ID, got)
						}
					}
				}
			}
		})
	}
}
