package data_test

import (
	"os"
	"path/filepath"
	"runtime"
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
	if runtime.GOOS == "windows" {
		t.Skip("Windows gives a file no change time: a backdated file looks settled at once, and is read every time it changes size or time")
	}
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

// Once the last job is gone, the index left holds none, and is read as
// such: no job, no problem.
func TestIndexOfNoJobs(t *testing.T) {
	window := *data.RacyWindow
	t.Cleanup(func() { *data.RacyWindow = window })
	*data.RacyWindow = 0
	dir := t.TempDir()
	s := data.NewStore(dir)
	j, err := s.Create(data.DefaultTemplate(), checklist.Details{Company: "Acme", Role: "R", At: time.Now().Add(24 * time.Hour)}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Digests(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "jobs", j.ID+".json")); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		digests, problems, err := s.Digests()
		if err != nil || len(digests) != 0 || len(problems) != 0 {
			t.Fatalf("Digests = %d, %v, %v; want nothing", len(digests), problems, err)
		}
	}
	if ids, ok := data.IndexedIDs(dir); !ok || len(ids) != 0 {
		t.Errorf("index holds %v (readable %v), want an empty one", ids, ok)
	}
}
