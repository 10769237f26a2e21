package data

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/gofrs/flock"
)

// lock takes an exclusive lock on a file in the jobs folder, waiting for
// another copy of prep to finish its change first. Lock files are hidden
// (".<id>.lock") and List ignores them.
func (s *Store) lock(name string) (unlock func(), err error) {
	return s.lockFor(filepath.Join(s.dir, jobsDir), name)
}

// lockFor is lock for a change to the file at path: a lock that cannot be
// taken because the disk is read-only or full is a *SaveError naming it.
//
// A lock file is never followed through a link: opening it would create
// the file the link points to, anywhere on the disk. A lock file that is a
// link is refused with a *SaveError naming it, and the same change can be
// made once the link is removed.
func (s *Store) lockFor(path, name string) (unlock func(), err error) {
	if err := s.ensureDirs(); err != nil {
		return nil, err
	}
	file := filepath.Join(s.dir, jobsDir, name)
	if err := refuseLink(file); err != nil {
		return nil, &SaveError{Path: path, Err: err}
	}
	l := flock.New(file, flock.SetPermissions(filePerm), flock.SetFlag(lockOpenFlags()))
	if err := l.Lock(); err != nil {
		// A link made since the check is refused by the open: say so.
		if linkErr := refuseLink(file); linkErr != nil {
			return nil, &SaveError{Path: path, Err: linkErr}
		}
		return nil, &SaveError{Path: path, Err: fmt.Errorf("lock %s: %w", l.Path(), describeOSError(err))}
	}
	return func() { _ = l.Unlock() }, nil
}

// refuseLink says that the lock file at path is a link, if it is one.
func refuseLink(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	target, _ := os.Readlink(path)
	return fmt.Errorf("lock file %s is a link to %s: prep never follows a link to lock a job; remove the link", path, target)
}

// lockOpenFlags opens a lock file as gofrs/flock would (read-only, but for
// writing where an exclusive lock needs it), and never through a link
// where the system can refuse one in the same step (see noFollow).
func lockOpenFlags() int {
	switch runtime.GOOS {
	case "aix", "solaris", "illumos":
		return os.O_CREATE | os.O_RDWR | noFollow
	}
	return os.O_CREATE | os.O_RDONLY | noFollow
}
