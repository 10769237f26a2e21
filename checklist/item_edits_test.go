package checklist_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// itemEditsJob is a job with two interviewers in which "thank-hr" is done
// and has a note, to see that ticks, notes and due times follow an item.
func itemEditsJob(t *testing.T) checklist.Job {
	t.Helper()
	j := newTestJob(t, "Dana Lee", "Sam Ng")
	at := time.Date(2026, 12, 1, 18, 0, 0, 0, cet)
	for _, e := range []checklist.Edit{
		checklist.SetDone{ItemID: "thank-hr", Done: true, At: &at},
		checklist.SetNote{ItemID: "thank-hr", Note: "Wrote to Kim"},
	} {
		if _, err := e.Apply(&j); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

// TestItemEditUndo applies each item edit to a copy of a job, checks the
// change, then applies the returned undo and expects the job exactly as it
// was; the undo's own undo must make the change again.
func TestItemEditUndo(t *testing.T) {
	handEdited := func(t *testing.T) checklist.Job {
		j := itemEditsJob(t)
		j.Item("news").Text = "  Read the\nnews \t"
		return j
	}
	// followed checks that thank-hr kept its tick, note and due time.
	followed := func(t *testing.T, j checklist.Job) {
		t.Helper()
		base := itemEditsJob(t)
		want := *base.Item("thank-hr")
		got := j.Item("thank-hr")
		if got == nil {
			t.Fatal("thank-hr is gone")
		}
		if !got.Done || !reflect.DeepEqual(got.DoneAt, want.DoneAt) || got.Note != want.Note ||
			!reflect.DeepEqual(got.DueAt, want.DueAt) || got.Due != want.Due {
			t.Errorf("thank-hr = %+v, want its tick, note and due time kept from %+v", *got, want)
		}
		checkItemIDs(t, j)
	}
	tests := []struct {
		name  string
		base  func(t *testing.T) checklist.Job
		edit  checklist.Edit
		check func(t *testing.T, j checklist.Job)
	}{
		{"rename", itemEditsJob, checklist.RenameItem{ItemID: "thank-hr", Text: "Thank Kim in HR"}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("thank-hr").Text; got != "Thank Kim in HR" {
				t.Errorf("text = %q", got)
			}
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-dana-lee", "thank-interviewers-sam-ng", "thank-hr", "notes")
			followed(t, j)
		}},
		{"rename cleans the text", itemEditsJob, checklist.RenameItem{ItemID: "website", Text: "  Read\ttheir\r\nsite\n"}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("website").Text; got != "Read their  site" {
				t.Errorf("text = %q", got)
			}
		}},
		{"rename to wide characters and emoji", itemEditsJob, checklist.RenameItem{ItemID: "website", Text: "会社のサイトを読む 🏢"}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("website").Text; got != "会社のサイトを読む 🏢" {
				t.Errorf("text = %q", got)
			}
		}},
		{"rename a text edited by hand", handEdited, checklist.RenameItem{ItemID: "news", Text: "Read the news"}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("news").Text; got != "Read the news" {
				t.Errorf("text = %q", got)
			}
		}},
		{"move up", itemEditsJob, checklist.MoveItem{ItemID: "thank-hr", Delta: -1}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-dana-lee", "thank-hr", "thank-interviewers-sam-ng", "notes")
			followed(t, j)
		}},
		{"move down", itemEditsJob, checklist.MoveItem{ItemID: "thank-hr", Delta: 1}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-dana-lee", "thank-interviewers-sam-ng", "notes", "thank-hr")
			followed(t, j)
		}},
		{"move up past the top stops first", itemEditsJob, checklist.MoveItem{ItemID: "thank-hr", Delta: -9}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-hr", "thank-interviewers-dana-lee", "thank-interviewers-sam-ng", "notes")
			followed(t, j)
		}},
		{"move down past the bottom stops last", itemEditsJob, checklist.MoveItem{ItemID: "thank-interviewers-dana-lee", Delta: 9}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-sam-ng", "thank-hr", "notes", "thank-interviewers-dana-lee")
			followed(t, j)
		}},
		{"move stays in its section", itemEditsJob, checklist.MoveItem{ItemID: "website", Delta: 5}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "news", "website")
			wantOrder(t, j.Sections[1], "profiles")
		}},
		{"add a person's own item", itemEditsJob, checklist.AddItem{SectionID: "thanks", Index: 1,
			Item: checklist.Item{ID: "call-kim", Text: "Call Kim", Own: true}}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-dana-lee", "call-kim", "thank-interviewers-sam-ng", "thank-hr", "notes")
			if !j.Item("call-kim").Own {
				t.Error("the added item is not marked as the person's own")
			}
			followed(t, j)
		}},
		{"remove an item that is done and noted", itemEditsJob, checklist.RemoveItem{ItemID: "thank-hr"}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-dana-lee", "thank-interviewers-sam-ng", "notes")
		}},
		{"untick", itemEditsJob, checklist.SetDone{ItemID: "thank-hr", Done: false}, func(t *testing.T, j checklist.Job) {
			if it := j.Item("thank-hr"); it.Done || it.DoneAt != nil || it.Note != "Wrote to Kim" {
				t.Errorf("thank-hr = %+v, want not done, note kept", *it)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			original := tt.base(t)
			j := original.Clone()
			undo, err := tt.edit.Apply(&j)
			if err != nil {
				t.Fatalf("Apply: %v", err)
			}
			if reflect.DeepEqual(j, original) {
				t.Fatal("Apply changed nothing")
			}
			tt.check(t, j)
			if !reflect.DeepEqual(original, tt.base(t)) {
				t.Fatal("Apply on a clone changed the original job")
			}
			changed := j.Clone()

			redo, err := undo.Apply(&j)
			if err != nil {
				t.Fatalf("undo: %v", err)
			}
			if !reflect.DeepEqual(j, original) {
				t.Errorf("after undo the job differs from the original\n got: %+v\nwant: %+v", j.Sections, original.Sections)
			}
			if _, err := redo.Apply(&j); err != nil {
				t.Fatalf("redo: %v", err)
			}
			if !reflect.DeepEqual(j, changed) {
				t.Errorf("after redo the job differs from the changed one\n got: %+v\nwant: %+v", j.Sections, changed.Sections)
			}
		})
	}
}

func TestItemEditErrors(t *testing.T) {
	tests := []struct {
		name string
		edit checklist.Edit
		want error
	}{
		{"rename an unknown item", checklist.RenameItem{ItemID: "nope", Text: "x"}, checklist.ErrNoItem},
		{"rename to nothing", checklist.RenameItem{ItemID: "website", Text: ""}, checklist.ErrEmptyText},
		{"rename to spaces", checklist.RenameItem{ItemID: "website", Text: " \t\n "}, checklist.ErrEmptyText},
		{"move an unknown item", checklist.MoveItem{ItemID: "nope", Delta: 1}, checklist.ErrNoItem},
		{"untick an unknown item", checklist.SetDone{ItemID: "nope"}, checklist.ErrNoItem},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := itemEditsJob(t)
			undo, err := tt.edit.Apply(&j)
			if !errors.Is(err, tt.want) {
				t.Errorf("Apply: %v, want %v", err, tt.want)
			}
			if undo != nil {
				t.Errorf("a failed edit returned the undo %#v", undo)
			}
			if !reflect.DeepEqual(j, itemEditsJob(t)) {
				t.Error("a failed edit changed the job")
			}
		})
	}
}

func TestMoveAtTheEdgeChangesNothing(t *testing.T) {
	tests := []struct {
		name  string
		id    string
		delta int
	}{
		{"up from the top", "thank-interviewers-dana-lee", -1},
		{"down from the bottom", "notes", 1},
		{"by nothing", "thank-hr", 0},
		{"the only item of a section", "profiles", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := itemEditsJob(t)
			if checklist.CanMove(j, tt.id, tt.delta) {
				t.Error("CanMove = true, want false")
			}
			undo, err := checklist.MoveItem{ItemID: tt.id, Delta: tt.delta}.Apply(&j)
			if err != nil {
				t.Fatalf("Apply: %v", err)
			}
			if !reflect.DeepEqual(j, itemEditsJob(t)) {
				t.Error("the job changed")
			}
			if want := (checklist.MoveItem{ItemID: tt.id}); undo != want {
				t.Errorf("undo = %#v, want %#v", undo, want)
			}
		})
	}
	j := itemEditsJob(t)
	if !checklist.CanMove(j, "thank-hr", -1) || !checklist.CanMove(j, "thank-hr", 1) {
		t.Error("CanMove = false for an item in the middle")
	}
	if checklist.CanMove(j, "nope", 1) {
		t.Error("CanMove = true for an unknown item")
	}
}

func TestRetickKeepsTheFirstTime(t *testing.T) {
	j := itemEditsJob(t)
	first := *j.Item("thank-hr").DoneAt
	later := first.Add(3 * time.Hour)
	before := j.Clone()
	undo, err := checklist.SetDone{ItemID: "thank-hr", Done: true, At: &later}.Apply(&j)
	if err != nil {
		t.Fatal(err)
	}
	if it := j.Item("thank-hr"); !it.Done || !it.DoneAt.Equal(first) {
		t.Errorf("after ticking again: done %v at %v, want done at the first time %v", it.Done, it.DoneAt, first)
	}
	if !reflect.DeepEqual(j, before) {
		t.Error("ticking an item already done changed the job")
	}
	if _, err := undo.Apply(&j); err != nil || !reflect.DeepEqual(j, before) {
		t.Errorf("undo: %v; job changed: %v", err, !reflect.DeepEqual(j, before))
	}
}

func TestNewOwnItem(t *testing.T) {
	j := itemEditsJob(t)
	it, err := checklist.NewOwnItem(j, "  Bring a bottle\nof water \n")
	if err != nil {
		t.Fatal(err)
	}
	want := checklist.Item{ID: "bring-a-bottle-of-water", Text: "Bring a bottle of water", Own: true}
	if !reflect.DeepEqual(it, want) {
		t.Errorf("NewOwnItem = %+v, want %+v", it, want)
	}

	it, err = checklist.NewOwnItem(j, "News")
	if err != nil || it.ID != "news-2" {
		t.Errorf("NewOwnItem with a taken id = %+v, %v; want id news-2", it, err)
	}
	it, err = checklist.NewOwnItem(j, "水を持っていく 💧")
	if err != nil || it.ID != "item" || it.Text != "水を持っていく 💧" {
		t.Errorf("NewOwnItem of wide text = %+v, %v", it, err)
	}

	for _, text := range []string{"", "   ", "\n\t"} {
		if _, err := checklist.NewOwnItem(j, text); !errors.Is(err, checklist.ErrEmptyText) {
			t.Errorf("NewOwnItem(%q): %v, want ErrEmptyText", text, err)
		}
	}
}

// TestIDsStayThroughRenamesAndMoves renames and moves items many times and
// checks that every item keeps its id, and the ids stay unique.
func TestIDsStayThroughRenamesAndMoves(t *testing.T) {
	j := itemEditsJob(t)
	ids := itemIDs(j)
	edits := []checklist.Edit{
		checklist.RenameItem{ItemID: "news", Text: "Website"},
		checklist.RenameItem{ItemID: "website", Text: "News"},
		checklist.MoveItem{ItemID: "news", Delta: -1},
		checklist.RenameItem{ItemID: "thank-hr", Text: "Read the recent news"},
		checklist.MoveItem{ItemID: "thank-hr", Delta: -2},
		checklist.MoveItem{ItemID: "notes", Delta: -1},
	}
	for _, e := range edits {
		if _, err := e.Apply(&j); err != nil {
			t.Fatalf("%#v: %v", e, err)
		}
	}
	got := map[string]bool{}
	for _, id := range itemIDs(j) {
		got[id] = true
	}
	for _, id := range ids {
		if !got[id] {
			t.Errorf("item %q is gone", id)
		}
	}
	if len(got) != len(ids) {
		t.Errorf("%d ids, want %d", len(got), len(ids))
	}
	checkItemIDs(t, j)
	if it := j.Item("thank-hr"); it.Text != "Read the recent news" || it.Note != "Wrote to Kim" || !it.Done {
		t.Errorf("thank-hr = %+v", *it)
	}
}
