package importer

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/invite"
)

// TestMeetingsKeepsTheLatestOfEach: versions of one meeting come down to
// the latest, a cancellation winning a tie; occurrences of a series and
// events without a UID stay apart.
func TestMeetingsKeepsTheLatestOfEach(t *testing.T) {
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	ev := func(uid string, seq int, summary string) invite.Event {
		return invite.Event{UID: uid, Sequence: seq, Summary: summary}
	}
	cancelled := ev("a", 1, "a1 cancelled")
	cancelled.Cancelled = true
	occurrence := ev("b", 0, "b on the 8th")
	occurrence.RecurrenceID = day.AddDate(0, 0, 7)
	got := Meetings([]invite.Event{
		ev("a", 1, "a1"), ev("a", 0, "a0"), ev("b", 0, "b"), cancelled, occurrence, ev("", 0, "x"), ev("", 0, "y"),
	})
	want := []string{"a1 cancelled", "b", "b on the 8th", "x", "y"}
	if len(got) != len(want) {
		t.Fatalf("%d meetings, want %d: %+v", len(got), len(want), got)
	}
	for i, e := range got {
		if e.Summary != want[i] {
			t.Errorf("meeting %d is %q, want %q", i, e.Summary, want[i])
		}
	}
}
