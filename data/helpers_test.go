package data

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

var cet = time.FixedZone("CET", 60*60)

// now is when the test jobs are created.
var now = time.Date(2026, 11, 20, 18, 30, 0, 0, cet)

func details() checklist.Details {
	return checklist.Details{
		Company:      "Acme Corp",
		Role:         "Backend Engineer",
		At:           time.Date(2026, 12, 1, 10, 0, 0, 0, cet),
		Where:        "Berlin office",
		Interviewers: []string{"Dana Lee", "Sam Ng"},
	}
}

const acmeID = "acme-corp-backend-engineer-2026-12-01"

// newStore is a store in a fresh temporary folder.
func newStore(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	return NewStore(dir), dir
}

// create makes a job from the default template, failing the test if it cannot.
func create(t *testing.T, s *Store, d checklist.Details) checklist.Job {
	t.Helper()
	j, err := s.Create(DefaultTemplate(), d, now)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return j
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// sameJob compares two jobs by the file they would be saved as: times read
// back from a file carry an equal zone that is not the same Go value.
func sameJob(t *testing.T, got, want checklist.Job) {
	t.Helper()
	g, err := EncodeJob(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := EncodeJob(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("jobs differ\n got: %s\nwant: %s", g, w)
	}
}

// snapshot records every file and folder under dir with its bytes and mode,
// to show that an operation touched nothing.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			m[rel] = "dir " + info.Mode().String()
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(path)
			m[rel] = "link " + target
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		m[rel] = info.Mode().String() + " " + string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func sameSnapshot(t *testing.T, got, want map[string]string) {
	t.Helper()
	for p, w := range want {
		g, ok := got[p]
		switch {
		case !ok:
			t.Errorf("%s is gone", p)
		case g != w:
			t.Errorf("%s changed", p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s appeared", p)
		}
	}
}
