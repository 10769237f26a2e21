package checklist_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// A line one side removed and the other changed is a clash: the note keeps
// both versions, marked, the removed one as no lines.
func TestMergeNoteLineRemovedAndChanged(t *testing.T) {
	got, clean := checklist.MergeNote("a\nb\nc", "a\nc", "a\nB\nc")
	want := strings.Join([]string{"a", checklist.ClashBegin, checklist.ClashOther, "B", checklist.ClashEnd, "c"}, "\n")
	if got != want || clean {
		t.Errorf("MergeNote = %q, %v; want %q, false", got, clean, want)
	}
	if !checklist.NoteClashed(got) {
		t.Error("the merged note is not seen as clashed")
	}
	got, _ = checklist.MergeNote("a\nb\nc", "a\nc", "a\nB1\nB2\nB3\nB4\nc")
	want = strings.Join([]string{"a", checklist.ClashBegin, checklist.ClashOther, "B1", "B2", "B3", "B4", checklist.ClashEnd, "c"}, "\n")
	if got != want {
		t.Errorf("MergeNote of a line replaced by four = %q, want %q", got, want)
	}
}

// A note that only quotes the mark inside a line holds no clash.
func TestNoteQuotingTheMarkIsNotClashed(t *testing.T) {
	if note := "I pasted " + checklist.ClashBegin + " by mistake"; checklist.NoteClashed(note) {
		t.Errorf("NoteClashed(%q) = true", note)
	}
}

// Once the job is withdrawn, no open item is due, soon or late, however far
// off its due time; a done item still says how it was done.
func TestWithdrawnJobNeedsNoItem(t *testing.T) {
	now := interview.Add(-24 * time.Hour)
	tests := []struct {
		name string
		item checklist.Item
		want checklist.DueState
	}{
		{"due in a week", openDue(now.Add(7 * 24 * time.Hour)), checklist.NotNeeded},
		{"due tomorrow", openDue(now.Add(24 * time.Hour)), checklist.NotNeeded},
		{"late", openDue(now.Add(-time.Hour)), checklist.NotNeeded},
		{"done", doneDue(now.Add(-time.Hour), now.Add(-2*time.Hour)), checklist.DoneOnTime},
		{"no due time", checklist.Item{ID: "x", Text: "X"}, checklist.DueNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			j.Status = checklist.Withdrawn
			s := &j.Sections[0]
			if got := j.ItemDueState(s, tt.item, now); got != tt.want {
				t.Errorf("ItemDueState = %v, want %v", got, tt.want)
			}
		})
	}
}
