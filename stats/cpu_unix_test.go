//go:build unix

package stats_test

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, in user and system
// mode: unlike the wall clock, it does not grow while other work on a
// shared machine holds the cores.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
