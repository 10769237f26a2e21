//go:build unix

package atomicfile

import (
	"errors"
	"syscall"
)

// running reports whether a process with the id pid is running: signal 0
// asks without sending anything, and a process of another user answers
// that it may not be signalled, which says it is there.
func running(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
