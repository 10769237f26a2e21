package checklist_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// Undoing a rename gives the text back exactly as it was, also when a
// hand edit left it empty or untidy, which a rename could not give.
func TestUndoOfARenameGivesBackTheText(t *testing.T) {
	for _, was := range []string{"Read the recent news", "", "  Read the\tnews "} {
		t.Run(was, func(t *testing.T) {
			j := newTestJob(t)
			j.Item("news").Text = was
			var h checklist.History
			if err := h.Do(&j, checklist.RenameItem{ItemID: "news", Text: "Read the blog"}); err != nil {
				t.Fatal(err)
			}
			if _, _, err := h.Undo(&j); err != nil {
				t.Fatalf("Undo: %v", err)
			}
			if got := j.Item("news").Text; got != was {
				t.Errorf("text after undo = %q, want %q", got, was)
			}
		})
	}
}

// Unticking an item that is open already ("prep undone" twice) changes
// nothing, not even a due time edited by hand.
func TestUntickingAnOpenItemKeepsItsDueTime(t *testing.T) {
	j := newTestJob(t)
	hand := interview.Add(5 * time.Hour)
	j.Item("thank-hr").DueAt = &hand
	before := j.Clone()
	if _, err := (checklist.SetDone{ItemID: "thank-hr", Done: false}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(j, before) {
		t.Errorf("the open item changed: due %v, want %v", j.Item("thank-hr").DueAt, hand)
	}
}
