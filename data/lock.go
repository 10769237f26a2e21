package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/gofrs/flock"
)

// locksDir is the folder of lock files, in the jobs folder. Earlier
// versions of prep kept them beside the job files, one for each job, and
// so every list of the jobs read twice the names it needed; ClearTempFiles
// removes those.
const locksDir = ".locks"

// lock takes an exclusive lock on a file in the lock folder, waiting for
// another copy of prep to finish its change first. Lock files are hidden
// (".<id>.lock"), as sync tools and the git sync pass over such names.
func (s *Store) lock(name string) (unlock func(), err error) {
	return s.lockFor(filepath.Join(s.dir, jobsDir), name)
}

// lockFor is lock for a change to the file at path: a lock that cannot be
// taken because the disk is read-only or full is a *SaveError naming it.
//
// A lock file is never followed through a link, nor is the lock folder:
// opening it would create the file the link points to, anywhere on the
// disk. A lock file or folder that is a link is refused with a *SaveError
// naming it, and the same change can be made once the link is removed.
func (s *Store) lockFor(path, name string) (unlock func(), err error) {
	if err := s.ensureDirs(); err != nil {
		return nil, err
	}
	folder := filepath.Join(s.dir, jobsDir, locksDir)
	if err := ensureLockFolder(folder); err != nil {
		return nil, &SaveError{Path: path, Err: err}
	}
	file := filepath.Join(folder, name)
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
	return linkRefused("lock file", path)
}

// linkRefused says that the lock file or folder at path is a link, which
// prep does not follow.
func linkRefused(what, path string) error {
	target, _ := os.Readlink(path)
	return fmt.Errorf("%s %s is a link to %s: prep never follows a link to lock a job; remove the link", what, path, target)
}

// ensureLockFolder makes the lock folder at path if there is none, and
// refuses one that is a link or not a folder.
func ensureLockFolder(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Mkdir(path, dirPerm); err != nil && !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("make the lock folder: %w", describeOSError(err))
		}
		return ensureLockFolder(path)
	case err != nil:
		return fmt.Errorf("lock folder %s: %w", path, describeOSError(err))
	case info.Mode()&fs.ModeSymlink != 0:
		return linkRefused("lock folder", path)
	case !info.IsDir():
		return fmt.Errorf("lock folder %s is not a folder: prep keeps its lock files there; move it away", path)
	}
	return nil
}

// clearOldLocks removes the lock files earlier versions of prep kept in
// the jobs folder, of which entries are the files. One that another copy
// of prep holds stays.
func clearOldLocks(jobs string, entries []fs.DirEntry) {
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".lock") || !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(jobs, name)
		l := flock.New(path, flock.SetFlag(lockOpenFlags()))
		if held, err := l.TryLock(); err != nil || !held {
			continue
		}
		_ = l.Unlock()
		_ = os.Remove(path)
	}
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
