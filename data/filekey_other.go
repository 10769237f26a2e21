//go:build !linux && !darwin && !freebsd && !netbsd

package data

import (
	"os"
	"path/filepath"
)

// keyOf is the key of the file info describes: Go's file details on this
// system do not hold a file's identity or its last change, so the index
// compares sizes, modification times and permissions alone. Links and
// anything else but a regular file have none.
func keyOf(info os.FileInfo) (fileKey, bool) {
	if !info.Mode().IsRegular() {
		return fileKey{}, false
	}
	return fileKey{size: info.Size(), mtime: info.ModTime().UnixNano(), mode: uint32(info.Mode())}, true
}

// statKeys gives the key of each job's file in the folder dir, the zero
// key for one that is gone or not a regular file.
func statKeys(dir string, ids []string) []fileKey {
	keys := make([]fileKey, len(ids))
	for i, id := range ids {
		if info, err := os.Lstat(filepath.Join(dir, id+jobExt)); err == nil {
			keys[i], _ = keyOf(info)
		}
	}
	return keys
}
