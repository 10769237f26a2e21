//go:build darwin || freebsd || netbsd

package data

import (
	"os"
	"syscall"
)

// fileIdentity gives what tells a file from another one of the same size
// and modification time: its device and inode, which change when a file is
// replaced, and the time of its last change of any kind (ctime), which
// changes when it is written in place, even if its modification time is
// put back after, as sync tools do.
func fileIdentity(info os.FileInfo) (dev, ino uint64, ctime int64) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, 0
	}
	return uint64(st.Dev), st.Ino, st.Ctimespec.Nano()
}
