//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// used is the processor time the process has used, in user and system
// mode, on every thread.
func used() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
