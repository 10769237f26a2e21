package ui

import (
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestSavedCopyIsOutOfDateWhileANewerBatchIsWritten: once a write ends and
// the edits made meanwhile are on their way, the copy just saved is older
// than what the screens show, and must not be handed to them.
func TestSavedCopyIsOutOfDateWhileANewerBatchIsWritten(t *testing.T) {
	s := newSaver()
	tick := checklist.SetDone{ItemID: "news", Done: true}
	move := checklist.MoveItem{ItemID: "news", Delta: 1}
	if batch := s.add("job", tick); len(batch) != 1 {
		t.Fatalf("the first edit is written at once: %v", batch)
	}
	if batch := s.add("job", move); batch != nil {
		t.Fatalf("an edit made during a write waits for it: %v", batch)
	}
	if !s.queued("job") {
		t.Error("a job with an edit waiting is not out of date")
	}
	s.done("job", false)
	if batch := s.next("job"); len(batch) != 1 {
		t.Fatalf("the waiting edit is written next: %v", batch)
	}
	if !s.queued("job") {
		t.Error("the copy saved before the move counts as up to date while the move is written")
	}
	s.done("job", false)
	if s.queued("job") {
		t.Error("a job with nothing waiting or on its way is out of date")
	}
}
