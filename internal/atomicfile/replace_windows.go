package atomicfile

import (
	"errors"
	"time"

	"github.com/natefinch/atomic"
	"golang.org/x/sys/windows"
)

// replaceRetryFor is how long a replace that another program holds up is
// tried again.
const replaceRetryFor = 2 * time.Second

// replace gives the file at src the name dst, in one step. Windows refuses
// to replace a file that another program has open without sharing it for
// deletion, as Go's os.Open does: another copy of prep reading the job, a
// virus scanner or a search indexer, each for a few milliseconds. So a
// refused replace is tried again for a moment, as the go command does for
// its own files, before it counts as a failure.
func replace(src, dst string) error {
	deadline := time.Now().Add(replaceRetryFor)
	wait := time.Millisecond
	for {
		err := atomic.ReplaceFile(src, dst)
		if err == nil || !heldOpen(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(wait)
		wait = min(2*wait, 100*time.Millisecond)
	}
}

// heldOpen reports whether a replace failed because the file is open
// elsewhere.
func heldOpen(err error) bool {
	return errors.Is(err, windows.ERROR_ACCESS_DENIED) || errors.Is(err, windows.ERROR_SHARING_VIOLATION)
}
