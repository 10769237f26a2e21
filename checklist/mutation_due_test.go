package checklist_test

import (
	"slices"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// Every state has its own name, the first and the last too; a number past
// them names itself rather than borrow a name or fail.
func TestDueStateNames(t *testing.T) {
	tests := []struct {
		state checklist.DueState
		want  string
	}{
		{checklist.DueState(-1), "DueState(-1)"},
		{checklist.DueNone, "none"},
		{checklist.DueLater, "later"},
		{checklist.DueSoon, "soon"},
		{checklist.DueLate, "late"},
		{checklist.DoneOnTime, "done on time"},
		{checklist.DoneLate, "done late"},
		{checklist.NotNeeded, "not needed"},
		{checklist.NotNeeded + 1, "DueState(7)"},
	}
	for _, tt := range tests {
		if got := tt.state.String(); got != tt.want {
			t.Errorf("DueState(%d) = %q, want %q", int(tt.state), got, tt.want)
		}
	}
}

// "prep due" answers from the digests as from the jobs: an item due
// exactly at the end of the window is in it, a second later is not.
func TestDigestDueTakesTheWindowsLastMoment(t *testing.T) {
	now := interview.Add(time.Hour)
	within := 24 * time.Hour
	j := taskJob("a", now.Add(within-time.Second), now.Add(within), now.Add(within+time.Second))
	want := []string{"a-a", "a-b"}
	if got := taskIDs(checklist.DueTasks([]checklist.Job{j}, now, within)); !slices.Equal(got, want) {
		t.Errorf("DueTasks = %v, want %v", got, want)
	}
	if got := taskIDs(fullTasks(checklist.DigestDue([]checklist.Digest{j.Digest()}, now, within))); !slices.Equal(got, want) {
		t.Errorf("DigestDue = %v, want %v", got, want)
	}
}

// fullTasks are the tasks in full.
func fullTasks(due []checklist.Due) []checklist.Task {
	tasks := make([]checklist.Task, len(due))
	for i, u := range due {
		tasks[i] = u.Task()
	}
	return tasks
}
