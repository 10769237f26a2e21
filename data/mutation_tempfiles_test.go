package data

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// A file of the person's named only by digits is no temp file of a job,
// and stays in the jobs folder when a job is changed.
func TestFilesNamedByDigitsStay(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	for _, name := range []string{"20261201", "0"} {
		writeFile(t, filepath.Join(dir, jobsDir, name), []byte("mine\n"))
	}
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "x"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"20261201", "0"} {
		if _, err := os.Lstat(filepath.Join(dir, jobsDir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
}
