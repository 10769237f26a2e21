package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
				lock := filepath.Join(dir, "jobs", tt.lock)
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
