package data

import (
	"errors"
	"io/fs"
	"os"
)

// Moves that never replace a file.
//
// Trash and restore move a job's file from one folder to the other under a
// name that was free when they looked. A plain rename would replace a file
// that took the name since: another copy of prep trashing a job of a
// similar id, or a sync tool bringing one in. moveNoReplace refuses that in
// the same step as the move, in the system's own way where there is one
// (move_*.go), and else by linkThenUnlink.

// linkThenUnlink moves a file by giving it the new name as a hard link,
// which fails if the name is taken, and then removing the old one. A kill
// between the two leaves the file under both names, both the same file.
// Where the file system has no hard links, it looks before it renames,
// which is all that is left to do.
func linkThenUnlink(from, to string) error {
	err := os.Link(from, to)
	switch {
	case errors.Is(err, fs.ErrExist):
		return err
	case err != nil:
		if _, lerr := os.Lstat(to); lerr == nil {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: fs.ErrExist}
		}
		return os.Rename(from, to)
	}
	return os.Remove(from)
}
