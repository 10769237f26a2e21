// Package atomicfile replaces files whole: a reader, or a crash at any
// moment, sees the old file or the new one, never a part of either.
//
// The new bytes go to a temporary file beside the old one, named for it and
// for the process writing it: ".<name>.prep-<process id>-<random>.tmp". A
// process killed before its rename leaves that file behind; Sweep removes
// such files once their process has ended, and never a file another
// process is still writing, nor one that is not prep's own. That is why
// prep does not use renameio, whose temporary names say neither.
package atomicfile

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

const (
	mark   = ".prep-"
	suffix = ".tmp"
)

// Write replaces the file at path with b. The bytes are flushed to the disk
// before they take the file's name. A new file gets perm, less the umask;
// with keepMode, a file that is already there keeps its own mode. The
// folder itself is not flushed: a caller that needs the rename to survive
// a power cut syncs the folder after.
func Write(path string, b []byte, perm fs.FileMode, keepMode bool) (err error) {
	mode, chmod := perm, false
	if keepMode {
		if info, err := os.Stat(path); err == nil {
			mode, chmod = info.Mode().Perm(), true
		}
	}
	f, err := create(path, mode)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	// The umask may have taken bits from the mode the file had.
	if chmod {
		if err := f.Chmod(mode); err != nil {
			return err
		}
	}
	if _, err := f.Write(b); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// create makes a new temporary file for path, with a name no other has.
func create(path string, mode fs.FileMode) (*os.File, error) {
	dir, name := filepath.Split(path)
	prefix := filepath.Join(dir, "."+name+mark+strconv.Itoa(os.Getpid())+"-")
	for {
		f, err := os.OpenFile(prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix,
			os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// Stray reports whether name, a file's name in a folder, is a temporary
// file that Write made and whose process has ended, and for which file of
// that folder it was made.
func Stray(name string) (target string, ok bool) {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return "", false
	}
	rest, ok = strings.CutSuffix(rest, suffix)
	i := strings.LastIndex(rest, mark)
	if !ok || i <= 0 {
		return "", false
	}
	pid, random, ok := strings.Cut(rest[i+len(mark):], "-")
	if !ok || !digits(pid) || !digits(random) {
		return "", false
	}
	n, err := strconv.Atoi(pid)
	if err != nil || n <= 0 || running(n) {
		return "", false
	}
	return rest[:i], true
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Sweep removes from dir the stray temporary files (see Stray) made for the
// file named target, or for any file when target is "". It does what it
// can and reports nothing: a file it cannot remove harms no one, and the
// next sweep tries again.
func Sweep(dir, target string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if t, ok := Stray(e.Name()); ok && (target == "" || t == target) && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
