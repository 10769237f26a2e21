// Package atomicfile replaces a file whole or not at all, on every platform
// prep is built for: a reader, or the disk after a crash, sees the old file
// or the new one and never a part of either.
package atomicfile

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// WriteFile replaces the file at path with data, as os.WriteFile would but
// in one step. The bytes go to a temporary file beside it, on the same file
// system, named "." + the file's name + digits (so a folder listing can tell
// it from the file itself), are flushed to the disk, and then take the
// file's name: a rename on Unix, MoveFileEx with write-through on Windows.
//
// A new file gets perm, less the umask; a file replaced keeps its own
// permissions. If anything fails, the temporary file is removed and the
// file at path is as it was. The folder itself is not flushed: callers that
// need the rename to survive a power cut sync it after (Windows needs no
// such step, its write-through covers it).
func WriteFile(path string, data []byte, perm os.FileMode) (err error) {
	existing, err := existingPerm(path)
	if err != nil {
		return err
	}
	if existing != nil {
		perm = *existing
	}
	f, err := createTemp(path, perm)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	// The umask may have taken bits the replaced file had.
	if existing != nil {
		if err := f.Chmod(perm); err != nil {
			return err
		}
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	// Without the flush, a crash after the rename may leave an empty file
	// under the name, even on file systems that order their writes.
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return replace(f.Name(), path)
}

// existingPerm is the mode of the regular file at path, or nil when there
// is none.
func existingPerm(path string) (*os.FileMode, error) {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	case !info.Mode().IsRegular():
		return nil, nil
	}
	perm := info.Mode().Perm()
	return &perm, nil
}

// createTemp makes a new, empty temporary file beside path. Its name is
// never one in use: O_EXCL makes a clash an error, and another name is
// tried.
func createTemp(path string, perm os.FileMode) (*os.File, error) {
	prefix := filepath.Join(filepath.Dir(path), "."+filepath.Base(path))
	for attempt := 0; ; attempt++ {
		name := prefix + strconv.FormatInt(rand.Int64(), 10)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, os.ErrExist) || attempt == 100 {
			return f, err
		}
	}
}
