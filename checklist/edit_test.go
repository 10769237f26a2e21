package checklist_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestEditUndo applies each edit to a copy of a job, checks the change, then
// applies the returned undo and expects the job exactly as it was; applying
// the undo's own undo must redo the change.
func TestEditUndo(t *testing.T) {
	doneAt := time.Date(2026, 11, 30, 21, 15, 0, 0, cet)
	base := func(t *testing.T) checklist.Job {
		j := newTestJob(t, "Dana Lee", "Sam Ng")
		// One item already done with a note, to untick and re-note.
		if _, err := (checklist.SetDone{ItemID: "news", Done: true, At: &doneAt}).Apply(&j); err != nil {
			t.Fatal(err)
		}
		if _, err := (checklist.SetNote{ItemID: "news", Note: "Series B in May"}).Apply(&j); err != nil {
			t.Fatal(err)
		}
		return j
	}
	newItem := checklist.Item{ID: "water", Text: "Bring a bottle of water", Own: true}
	tests := []struct {
		name  string
		edit  checklist.Edit
		check func(t *testing.T, j checklist.Job)
	}{
		{"tick", checklist.SetDone{ItemID: "website", Done: true, At: &doneAt}, func(t *testing.T, j checklist.Job) {
			it := j.Item("website")
			if !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(doneAt) {
				t.Errorf("website = done %v at %v, want done at %s", it.Done, it.DoneAt, doneAt)
			}
		}},
		{"untick forgets when it was done", checklist.SetDone{ItemID: "news", Done: false, At: &doneAt}, func(t *testing.T, j checklist.Job) {
			if it := j.Item("news"); it.Done || it.DoneAt != nil {
				t.Errorf("news = done %v at %v, want not done", it.Done, it.DoneAt)
			}
		}},
		{"note", checklist.SetNote{ItemID: "website", Note: "They build rockets"}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("website").Note; got != "They build rockets" {
				t.Errorf("note = %q", got)
			}
		}},
		{"clear a note", checklist.SetNote{ItemID: "news", Note: ""}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("news").Note; got != "" {
				t.Errorf("note = %q, want none", got)
			}
		}},
		{"note on a per-interviewer item", checklist.SetNote{ItemID: "thank-interviewers-sam-ng", Note: "mention Go"}, func(t *testing.T, j checklist.Job) {
			if got := j.Item("thank-interviewers-sam-ng").Note; got != "mention Go" {
				t.Errorf("note = %q", got)
			}
		}},
		{"add first", checklist.AddItem{SectionID: "research", Index: 0, Item: newItem}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "water", "website", "news")
		}},
		{"add in the middle", checklist.AddItem{SectionID: "research", Index: 1, Item: newItem}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "website", "water", "news")
		}},
		{"add last", checklist.AddItem{SectionID: "research", Index: 2, Item: newItem}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "website", "news", "water")
		}},
		{"add past the end goes last", checklist.AddItem{SectionID: "research", Index: 99, Item: newItem}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "website", "news", "water")
		}},
		{"add before the start goes first", checklist.AddItem{SectionID: "research", Index: -3, Item: newItem}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "water", "website", "news")
		}},
		{"add with a taken id gets the next free id", checklist.AddItem{SectionID: "people", Index: 1, Item: checklist.Item{ID: "news", Text: "More news"}}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[1], "profiles", "news-2")
			if got := j.Item("news").Text; got != "Read the recent news" {
				t.Errorf("the first news item changed to %q", got)
			}
			checkItemIDs(t, j)
		}},
		{"remove the first", checklist.RemoveItem{ItemID: "website"}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "news")
		}},
		{"remove the last", checklist.RemoveItem{ItemID: "news"}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[0], "website")
		}},
		{"remove a section's only item", checklist.RemoveItem{ItemID: "profiles"}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, j.Sections[1])
		}},
		{"remove one interviewer's item", checklist.RemoveItem{ItemID: "thank-interviewers-dana-lee"}, func(t *testing.T, j checklist.Job) {
			wantOrder(t, section(t, j, "thanks"), "thank-interviewers-sam-ng", "thank-hr", "notes")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			original := base(t)
			j := original.Clone()
			undo, err := tt.edit.Apply(&j)
			if err != nil {
				t.Fatalf("Apply: %v", err)
			}
			if reflect.DeepEqual(j, original) {
				t.Fatal("Apply changed nothing")
			}
			tt.check(t, j)
			if !reflect.DeepEqual(original, base(t)) {
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

func wantOrder(t *testing.T, s checklist.Section, ids ...string) {
	t.Helper()
	var got []string
	for _, it := range s.Items {
		got = append(got, it.ID)
	}
	if !reflect.DeepEqual(got, ids) {
		t.Errorf("section %q items = %v, want %v", s.ID, got, ids)
	}
}

func TestEditsOnUnknownItems(t *testing.T) {
	at := created
	tests := []struct {
		name      string
		edit      checklist.Edit
		noItemErr bool
	}{
		{"tick", checklist.SetDone{ItemID: "nope", Done: true, At: &at}, true},
		{"note", checklist.SetNote{ItemID: "nope", Note: "x"}, true},
		{"remove", checklist.RemoveItem{ItemID: "nope"}, true},
		{"add to an unknown section", checklist.AddItem{SectionID: "nope", Item: checklist.Item{ID: "water", Text: "Water"}}, false},
		{"add with an unsafe id", checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: "../water", Text: "Water"}}, false},
		{"add with no id", checklist.AddItem{SectionID: "research", Item: checklist.Item{Text: "Water"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			_, err := tt.edit.Apply(&j)
			if err == nil {
				t.Fatal("Apply succeeded, want an error")
			}
			if tt.noItemErr && (!errors.Is(err, checklist.ErrNoItem) || !strings.Contains(err.Error(), "nope")) {
				t.Errorf("error %v is not ErrNoItem naming the item", err)
			}
			if !reflect.DeepEqual(j, newTestJob(t)) {
				t.Error("a failed edit changed the job")
			}
		})
	}
}

func TestTickFlips(t *testing.T) {
	j := newTestJob(t)
	first := time.Date(2026, 11, 30, 21, 0, 0, 0, cet)
	second := first.Add(time.Hour)

	e, err := checklist.Tick(j, "website", first)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Apply(&j); err != nil {
		t.Fatal(err)
	}
	if it := j.Item("website"); !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(first) {
		t.Fatalf("after one tick: done %v at %v, want done at %s", it.Done, it.DoneAt, first)
	}
	if p := j.Progress(checklist.Before); p.Done != 1 {
		t.Errorf("before progress = %+v, want 1 done", p)
	}

	e, err = checklist.Tick(j, "website", second)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Apply(&j); err != nil {
		t.Fatal(err)
	}
	if it := j.Item("website"); it.Done || it.DoneAt != nil {
		t.Errorf("after two ticks: done %v at %v, want not done", it.Done, it.DoneAt)
	}

	if _, err := checklist.Tick(j, "nope", first); !errors.Is(err, checklist.ErrNoItem) {
		t.Errorf("Tick of an unknown item: %v, want ErrNoItem", err)
	}
}

func TestNewItemID(t *testing.T) {
	j := newTestJob(t)
	tests := []struct {
		name, text, want string
	}{
		{"from the text", "Bring a bottle of water", "bring-a-bottle-of-water"},
		{"taken", "News", "news-2"},
		{"no Latin letters", "水を持っていく", "item"},
		{"long text is cut", "Bring a bottle of water and a spare umbrella in case it rains", "bring-a-bottle-of-water-and-a-spare"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checklist.NewItemID(j, tt.text)
			if got != tt.want {
				t.Errorf("NewItemID(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if !checklist.ValidID(got) {
				t.Errorf("NewItemID(%q) = %q, not a valid id", tt.text, got)
			}
		})
	}
}
