package data

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// moveNoReplace renames with RENAME_NOREPLACE, which refuses a taken name
// in the same step. A kernel before 3.15 or a file system that cannot do
// it (some network and FUSE ones) says so, and the portable way is taken.
func moveNoReplace(from, to string) error {
	err := unix.Renameat2(unix.AT_FDCWD, from, unix.AT_FDCWD, to, unix.RENAME_NOREPLACE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EINVAL):
		return linkThenUnlink(from, to)
	}
	return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
}
