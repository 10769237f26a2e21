package checklist_test

import (
	"testing"

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
