package data

import (
	"path/filepath"
	"testing"
)

// A file named like a sync tool's or prep sync's conflict copy, but of a
// name that is no job's id, is no job's second version: it is left alone
// and not reported, whichever tool's mark it carries.
func TestConflictMarksOnNamesThatAreNoJobsAreLeftAlone(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	jobs := filepath.Join(dir, "jobs")
	for _, name := range []string{
		"Not An ID.sync-conflict-20261201-101500-ABCDEFG.json",
		"Not An ID.merge-conflict-20261201-101500.json",
		"Not An ID (conflicted copy 2026-12-01).json",
		j.ID + " (copy 2026-12-01).json",
	} {
		writeFile(t, filepath.Join(jobs, name), []byte("mine\n"))
	}
	before := snapshot(t, dir)

	got, problems, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != j.ID {
		t.Errorf("List = %d jobs, want only %s", len(got), j.ID)
	}
	if len(problems) != 0 {
		t.Errorf("List reported %v; want nothing", problems)
	}
	sameSnapshot(t, snapshot(t, dir), before)
}
