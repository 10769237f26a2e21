//go:build unix

package data

import (
	"syscall"
	"testing"
)

// platformBadFiles are bad files only Unix makes: a named pipe, which
// would block a reader waiting for a writer that never comes.
func platformBadFiles([]byte) []badFile {
	return []badFile{
		{"a-pipe", func(t *testing.T, path string) {
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Fatal(err)
			}
		}, "is not a regular file (p---------)"},
	}
}
