package dataset

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// SharedSeed is the seed of the folders Shared makes.
const SharedSeed = 1

// settle is longer than the store waits before it indexes a new file.
const settle = 1100 * time.Millisecond

var shared struct {
	sync.Mutex
	dirs map[int]string
}

// Shared is a data directory of n jobs made by Generate with SharedSeed,
// made once per process and kept until RemoveShared: a benchmark run with
// -count=10 makes each size once. Callers must not change it.
func Shared(n int) (string, error) {
	shared.Lock()
	defer shared.Unlock()
	if dir, ok := shared.dirs[n]; ok {
		return dir, nil
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("prep-dataset-%d-", n))
	if err != nil {
		return "", err
	}
	if err := Generate(dir, n, SharedSeed); err != nil {
		_ = os.RemoveAll(dir)
		return "", err
	}
	// The store indexes a file only once it has not changed for a moment
	// (see data.Store.Digests): wait that long, so that what is measured
	// on the folder is the same from its first run to its last.
	time.Sleep(settle)
	if shared.dirs == nil {
		shared.dirs = map[int]string{}
	}
	shared.dirs[n] = dir
	return dir, nil
}

// RemoveShared removes the folders Shared made. Call it from TestMain
// after the tests and benchmarks have run.
func RemoveShared() {
	shared.Lock()
	defer shared.Unlock()
	for n, dir := range shared.dirs {
		_ = os.RemoveAll(dir)
		delete(shared.dirs, n)
	}
}
