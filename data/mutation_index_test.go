package data_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// A file whose time was set back (a sync tool or a restore keeps the time
// it had elsewhere) has still just changed: it is not taken into the index
// until its change time has settled too, so that an edit in the same
// moment cannot be missed.
func TestBackdatedFileIsIndexedOnceItsChangeSettled(t *testing.T) {
	window := *data.RacyWindow
	t.Cleanup(func() { *data.RacyWindow = window })
	dir := t.TempDir()
	s := data.NewStore(dir)
	j, err := s.Create(data.DefaultTemplate(), checklist.Details{Company: "Acme", Role: "R", At: time.Now().Add(24 * time.Hour)}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "jobs", j.ID+".json")
	long := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(path, long, long); err != nil {
		t.Fatal(err)
	}

	*data.RacyWindow = time.Hour
	if _, _, err := s.Digests(); err != nil {
		t.Fatal(err)
	}
	if ids, _ := data.IndexedIDs(dir); slices.Contains(ids, j.ID) {
		t.Errorf("the index holds %v just after the file changed", ids)
	}
	*data.RacyWindow = 0
	if _, _, err := s.Digests(); err != nil {
		t.Fatal(err)
	}
	if ids, _ := data.IndexedIDs(dir); !slices.Contains(ids, j.ID) {
		t.Errorf("the index holds %v once the change settled, want %s", ids, j.ID)
	}
}
