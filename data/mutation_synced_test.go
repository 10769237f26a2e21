package data

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// Recorded again after a change, the version last synced is the changed
// one, not the one kept before.
func TestRecordSyncedKeepsTheNewVersion(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if err := s.RecordSynced([]string{j.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "changed"}); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordSynced([]string{j.ID}); err != nil {
		t.Fatal(err)
	}
	now := readFile(t, filepath.Join(dir, jobsDir, j.ID+jobExt))
	if kept := readFile(t, filepath.Join(dir, SyncedDir, j.ID+jobExt)); !bytes.Equal(kept, now) {
		t.Error("the version kept as synced is not the job as it is now")
	}
}
