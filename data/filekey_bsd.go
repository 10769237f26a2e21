//go:build darwin || freebsd || netbsd

package data

import (
	"os"
	"syscall"
)

// keyOf is the key of the file info describes, as statKeys gives it: the
// device and inode, which change when a file is replaced, and the time of
// its last change of any kind (ctime), which changes when it is written in
// place, even if its modification time is put back after, as sync tools
// do. Links and anything else but a regular file have none.
func keyOf(info os.FileInfo) (fileKey, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok || !info.Mode().IsRegular() {
		return fileKey{}, false
	}
	return fileKey{size: st.Size, mtime: st.Mtimespec.Nano(), ctime: st.Ctimespec.Nano(), dev: uint64(st.Dev), ino: uint64(st.Ino), mode: uint32(st.Mode)}, true
}
