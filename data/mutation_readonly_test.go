package data

import (
	"os"
	"path/filepath"
	"testing"
)

// A job whose file went since it was loaded (another copy trashed it) is
// not read-only: it is the save that says the file is gone.
func TestJobWhoseFileWentIsNotReadOnly(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if err := os.Remove(filepath.Join(dir, jobsDir, j.ID+jobExt)); err != nil {
		t.Fatal(err)
	}
	if err := s.ReadOnly(j); err != nil {
		t.Errorf("ReadOnly = %v, want nil", err)
	}
}
