//go:build unix

package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestPrivateByDefault is promise 6 for modes: even with the common umask
// 022, which would leave new files readable by everyone, the data, jobs and
// trash folders are 0700 and job files 0600. The test sets the process's
// umask, so it must not run in parallel with others.
func TestPrivateByDefault(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	base := t.TempDir()
	dir := filepath.Join(base, "share", "prep")
	s := NewStore(dir)
	j := create(t, s, details())
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "private"}); err != nil {
		t.Fatal(err)
	}
	other := details()
	other.Company = "Globex"
	g := create(t, s, other)
	if err := s.Trash(g.ID); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{
		dir:                                      0o700,
		filepath.Join(dir, "jobs"):               0o700,
		filepath.Join(dir, "trash"):              0o700,
		filepath.Join(dir, "jobs", j.ID+".json"): 0o600,
		filepath.Join(dir, "jobs", ".locks"):     0o700,
		filepath.Join(dir, "jobs", ".locks", "."+j.ID+".lock"): 0o600,
		filepath.Join(dir, "trash", g.ID+".json"):              0o600,
	} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", path, got, want)
		}
	}
}

// TestReadOnlyJobsFolder is promise 5 with a real read-only folder: no
// change can be saved, each failure is a *SaveError naming the job file, and
// every file stays as it was. Root writes into any folder, so run by root
// the test runs itself again as a user who cannot.
func TestReadOnlyJobsFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		rerunUnprivileged(t)
		return
	}
	s, dir := newStore(t)
	j := create(t, s, details())
	if _, err := s.Apply(j.ID); err != nil { // leaves its lock file
		t.Fatal(err)
	}
	other := details()
	other.Company = "Globex"
	g := create(t, s, other) // has no lock file yet
	jobs := filepath.Join(dir, "jobs")
	if err := os.Chmod(jobs, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(jobs, 0o700) })
	probe := filepath.Join(jobs, ".probe")
	if f, err := os.Create(probe); err == nil {
		f.Close()
		os.Remove(probe)
		t.Skip("the jobs folder stays writable after chmod 0500: this user may write anywhere")
	}
	before := snapshot(t, dir)

	for _, id := range []string{j.ID, g.ID} {
		_, err := s.Apply(id, checklist.SetNote{ItemID: "news", Note: "lost?"})
		var se *SaveError
		path := filepath.Join(jobs, id+".json")
		if !errors.As(err, &se) || se.Path != path {
			t.Errorf("Apply to %s: %v, want a *SaveError for %s", id, err, path)
		} else if !errors.Is(err, os.ErrPermission) || !strings.Contains(err.Error(), path) {
			t.Errorf("SaveError %q should name the file and say permission denied", err)
		}
	}
	d := details()
	d.Company = "Initech"
	var se *SaveError
	if _, err := s.Create(DefaultTemplate(), d, now); !errors.As(err, &se) {
		t.Errorf("Create: %v, want a *SaveError", err)
	}
	// The lock folder is the change's own, and stays writable.
	sameSnapshotIgnoringLocks(t, snapshot(t, dir), before)
	jobsNow, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobsNow) != 2 {
		t.Errorf("List of a read-only folder = %d jobs, %v, %v; want both", len(jobsNow), problems, err)
	}
}
