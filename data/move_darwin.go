package data

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// moveNoReplace renames with RENAME_EXCL, which refuses a taken name in
// the same step. A file system that cannot do it says so, and the portable
// way is taken.
func moveNoReplace(from, to string) error {
	err := unix.RenamexNp(from, to, unix.RENAME_EXCL)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOTSUP), errors.Is(err, unix.EINVAL):
		return linkThenUnlink(from, to)
	}
	return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
}
