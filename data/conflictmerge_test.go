package data

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestConflictCopyIsMerged: a Syncthing copy of a job, changed on another
// device since the last sync, is merged into the job against the synced
// version: the ticks of both are there, an item the copy removed is gone,
// and the copy is in the trash, not in the jobs folder.
func TestConflictCopyIsMerged(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if err := s.RecordSynced([]string{j.ID}); err != nil {
		t.Fatal(err)
	}
	first, second := j.Sections[0].Items[0].ID, j.Sections[0].Items[1].ID
	there := j.Clone()
	there.Item(first).Done, there.Item(first).DoneAt = true, &now
	there.Sections[0].Items = there.Sections[0].Items[1:]
	there.Sections[0].Items = append(there.Sections[0].Items, checklist.Item{ID: "ask-kim", Text: "Ask Kim", Own: true})
	b, err := EncodeJob(there)
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "jobs", j.ID+".sync-conflict-20261201-101500-ABCDEFG.json")
	writeFile(t, copyPath, b)
	if _, err := s.Apply(j.ID, checklist.SetDone{ItemID: second, Done: true, At: &now}); err != nil {
		t.Fatal(err)
	}

	merged, problems := s.MergeConflictCopies()
	if len(problems) != 0 || len(merged) != 1 || merged[0].Tool != "Syncthing" {
		t.Fatalf("MergeConflictCopies = %v, %v", merged, problems)
	}
	got, err := s.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Item(first) != nil {
		t.Errorf("%s, removed in the copy and untouched here, is still there", first)
	}
	if !got.Item(second).Done || got.Item("ask-kim") == nil {
		t.Errorf("lost a change: %s done %v, ask-kim %v", second, got.Item(second).Done, got.Item("ask-kim"))
	}
	if _, err := os.Stat(copyPath); !os.IsNotExist(err) {
		t.Errorf("the copy is still in the jobs folder: %v", err)
	}
	if _, err := os.Stat(merged[0].Trashed); err != nil {
		t.Errorf("the copy is not in the trash: %v", err)
	}
	if _, conflicts, _ := s.Scan(); len(conflicts) != 0 {
		t.Errorf("still reported: %v", conflicts)
	}
}

// TestConflictCopyThatCannotBeMerged: a broken copy stays where it is,
// reported as before, and the job is untouched.
func TestConflictCopyThatCannotBeMerged(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	before := readFile(t, path)
	copyPath := filepath.Join(dir, "jobs", j.ID+" (conflicted copy 2026-12-01).json")
	writeFile(t, copyPath, []byte(`{"version": 2, "id": `))
	merged, problems := s.MergeConflictCopies()
	if len(merged) != 0 || len(problems) != 1 {
		t.Fatalf("MergeConflictCopies = %v, %v", merged, problems)
	}
	if string(readFile(t, path)) != string(before) {
		t.Error("the job changed")
	}
	if _, conflicts, _ := s.Scan(); len(conflicts) != 1 {
		t.Errorf("the copy is no longer reported: %v", conflicts)
	}
}
