package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gofrs/flock"

	"github.com/prep-cli/prep/checklist"
)

// TestLocksNeverFollowLinks: a lock file that is a link, to nowhere or to a
// file outside the data folder, is never followed. Every change that needs
// the lock fails with a *SaveError naming the lock file, creates nothing
// where the link points and changes nothing, and goes through once the
// link is gone.
func TestLocksNeverFollowLinks(t *testing.T) {
	globex := globexDetails()
	tests := []struct {
		name   string
		lock   string // the lock file's name in the jobs folder
		change func(s *Store) error
	}{
		{"Apply", "." + acmeID + ".lock", func(s *Store) error {
			_, err := s.Apply(acmeID, checklist.SetNote{ItemID: "news", Note: "kept"})
			return err
		}},
		{"Trash", "." + acmeID + ".lock", func(s *Store) error { return s.Trash(acmeID) }},
		{"Create", ".new.lock", func(s *Store) error {
			_, err := s.Create(DefaultTemplate(), globex, now)
			return err
		}},
		{"Restore", ".new.lock", func(s *Store) error {
			_, err := s.Restore("globex-sre-2026-12-03")
			return err
		}},
	}
	for _, tt := range tests {
		for _, existing := range []bool{false, true} {
			name := tt.name + " with a link to nowhere"
			if existing {
				name = tt.name + " with a link to a file outside"
			}
			t.Run(name, func(t *testing.T) {
				s, dir := newStore(t)
				create(t, s, details())
				g := create(t, s, globex)
				if err := s.Trash(g.ID); err != nil {
					t.Fatal(err)
				}
				lock := filepath.Join(dir, "jobs", ".locks", tt.lock)
				if err := os.Remove(lock); err != nil && !errors.Is(err, os.ErrNotExist) {
					t.Fatal(err)
				}
				target := filepath.Join(t.TempDir(), "not-a-lock")
				if existing {
					writeFile(t, target, []byte("someone else's file\n"))
				}
				symlink(t, target, lock)
				before := snapshot(t, dir)
				outside := snapshot(t, filepath.Dir(target))

				err := tt.change(s)
				var se *SaveError
				if !errors.As(err, &se) || !strings.Contains(err.Error(), lock) || !strings.Contains(err.Error(), "link") {
					t.Fatalf("%s: %v; want a *SaveError naming the lock file %s as a link", tt.name, err, lock)
				}
				sameSnapshot(t, snapshot(t, dir), before)
				sameSnapshot(t, snapshot(t, filepath.Dir(target)), outside)

				if err := os.Remove(lock); err != nil {
					t.Fatal(err)
				}
				if err := tt.change(s); err != nil {
					t.Errorf("%s once the link is gone: %v", tt.name, err)
				}
			})
		}
	}
}

// TestLockOpenRefusesALink: where the system can, the open of a lock file
// itself refuses a link, so that one made after the check is not followed
// either.
func TestLockOpenRefusesALink(t *testing.T) {
	if noFollow == 0 {
		t.Skip("this system cannot refuse a link when opening a file")
	}
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "not-a-lock")
	lock := filepath.Join(dir, ".x.lock")
	symlink(t, target, lock)
	if f, err := os.OpenFile(lock, lockOpenFlags(), filePerm); err == nil {
		f.Close()
		t.Error("the open followed the link")
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("the open created the file the link points to")
	}
}

// TestLockFolderThatIsALinkIsRefused: a lock folder that is a link is
// never followed: the change fails with a *SaveError naming it, nothing is
// made where it points, and the change goes through once it is gone.
func TestLockFolderThatIsALinkIsRefused(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	locks := filepath.Join(dir, "jobs", ".locks")
	if err := os.RemoveAll(locks); err != nil {
		t.Fatal(err)
	}
	elsewhere := t.TempDir()
	symlink(t, elsewhere, locks)
	outside := snapshot(t, elsewhere)
	_, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "kept"})
	var se *SaveError
	if !errors.As(err, &se) || !strings.Contains(err.Error(), locks) || !strings.Contains(err.Error(), "link") {
		t.Fatalf("Apply: %v; want a *SaveError naming the lock folder %s as a link", err, locks)
	}
	sameSnapshot(t, snapshot(t, elsewhere), outside)
	if err := os.Remove(locks); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "kept"}); err != nil {
		t.Errorf("Apply once the link is gone: %v", err)
	}
}

// TestOldLockFilesAreCleared: the lock files earlier versions kept beside
// the job files go at the start, but for one another copy of prep holds;
// the jobs are all there.
func TestOldLockFilesAreCleared(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	jobs := filepath.Join(dir, "jobs")
	old := filepath.Join(jobs, "."+j.ID+".lock")
	held := filepath.Join(jobs, ".globex-sre-2026-12-03.lock")
	for _, path := range []string{old, held, filepath.Join(jobs, ".new.lock")} {
		writeFile(t, path, nil)
	}
	other := flock.New(held)
	if err := other.Lock(); err != nil {
		t.Fatal(err)
	}
	defer other.Unlock()
	s.ClearTempFiles()
	for path, stays := range map[string]bool{old: false, held: true, filepath.Join(jobs, ".new.lock"): false} {
		if _, err := os.Lstat(path); (err == nil) != stays {
			t.Errorf("%s: there %v, want %v", filepath.Base(path), err == nil, stays)
		}
	}
	if ids, _, err := s.Scan(); err != nil || len(ids) != 1 || ids[0] != j.ID {
		t.Errorf("Scan = %v, %v; want %s", ids, err, j.ID)
	}
}
