package data_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestDueReadsOnWhereTheIndexBreaks: an index whose open items stop
// reading part of the way through, as no prep writes one but a fault or
// a hand can, still gives every task, in order: those read before the
// break, then the rest from the files.
func TestDueReadsOnWhereTheIndexBreaks(t *testing.T) {
	indexAll(t)
	dir := generated(t, 60, 5)
	s := data.NewStore(dir)
	jobs, _, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	now, within := dataset.Reference.AddDate(0, 0, 90), 1000*24*time.Hour
	want := shownTasks(checklist.DueTasks(jobs, now, within))
	if _, _, err := s.Digests(); err != nil { // makes the index
		t.Fatal(err)
	}
	fromIndex := data.DueFromIndex(t)
	index := filepath.Join(dir, "jobs", ".index")
	reads := func() bool {
		t.Helper()
		b, err := os.ReadFile(index)
		if err != nil {
			t.Fatal(err)
		}
		return data.DecodeIndexDue(b, now, within)
	}
	if !reads() {
		t.Fatal("the index made does not read")
	}
	// Past the first part of the tasks, which is on its way by then.
	if !data.BreakIndexAt(dir, 400) {
		t.Fatal("the folder has too few open items for the test")
	}
	if reads() {
		t.Fatal("the broken index reads")
	}
	due, _, err := collectDue(s, now, within)
	if err != nil {
		t.Fatal(err)
	}
	if fromIndex.Load() != 1 {
		t.Fatal("the broken index was not read as it came: its first tasks came from the files")
	}
	if got := shownTasks(fullTasks(due)); got != want {
		t.Fatalf("the tasks from a broken index:\n%s", firstDifference(want, got))
	}
}
