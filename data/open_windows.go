package data

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// openRetryFor is how long an open that a replace holds up is tried again.
const openRetryFor = 2 * time.Second

// openJob opens a job file to read it. On Windows a file being replaced
// by another copy of prep cannot be opened for the moment the replace
// takes, so a sharing violation is tried again for a while, as a replace
// held up by a reader is (see internal/atomicfile).
func openJob(path string) (*os.File, error) {
	deadline := time.Now().Add(openRetryFor)
	wait := time.Millisecond
	for {
		f, err := os.Open(path)
		if err == nil || !errors.Is(err, windows.ERROR_SHARING_VIOLATION) || time.Now().After(deadline) {
			return f, err
		}
		time.Sleep(wait)
		wait = min(2*wait, 100*time.Millisecond)
	}
}
