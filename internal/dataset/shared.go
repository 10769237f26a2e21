package dataset

import (
	"fmt"
	"os"
	"sync"
)

// SharedSeed is the seed of the folders Shared makes.
const SharedSeed = 1

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
