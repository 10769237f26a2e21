package data

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// For the tests of package data_test, which can use the generator of
// internal/dataset (itself built on this package).
var (
	DecodeCurrent     = func(b []byte) (checklist.Job, bool) { return decodeCurrent(b, nil) }
	DecodeJobFileSlow = decodeJobFileSlow
	DecodeIndex       = func(b []byte) bool { _, err := decodeIndex(b, true); return err == nil }
	// DecodeIndexDue decodes an index as Due reads it, and the tasks of
	// its open items at now, within the duration given.
	DecodeIndexDue = func(b []byte, now time.Time, within time.Duration) bool {
		read, err := decodeIndexDue(b, now, within)
		if err != nil {
			return false
		}
		for range read.due.parts {
		}
		return !read.due.damaged
	}
)

// DecodeCurrentSharing decodes as LoadMany does, reusing one scratch for
// every file it is given.
func DecodeCurrentSharing() func(b []byte) (checklist.Job, bool) {
	sc := newScratch()
	return func(b []byte) (checklist.Job, bool) { return decodeCurrent(b, sc) }
}

// RacyWindow is racyWindow, for tests that need every file indexed at once.
var RacyWindow = &racyWindow

// IndexedIDs reads the index of the data directory dir: the ids it holds,
// sorted, and whether there is an index this build reads at all.
func IndexedIDs(dir string) (ids []string, ok bool) {
	entries := readIndex(filepath.Join(dir, jobsDir, indexName), false).entries
	for _, e := range entries {
		ids = append(ids, e.id)
	}
	return ids, entries != nil
}

// BreakIndexAt rewrites the index of the data directory dir so that its
// open items, most urgent first, stop reading at the one at place at: it
// names a round its job does not have. It reports whether the index
// holds an item there.
func BreakIndexAt(dir string, at int) bool {
	path := filepath.Join(dir, jobsDir, indexName)
	read := readIndex(path, true)
	all := mostUrgentFirst(read.entries)
	if at >= len(all) {
		return false
	}
	all[at].item.Round = len(read.entries[all[at].entry].digest.Job.Rounds)
	return os.WriteFile(path, encodeIndex(read.entries), 0o600) == nil
}

// DueFromIndex counts, for the length of the test, the calls of Due that
// take their tasks from the index.
func DueFromIndex(t testing.TB) *atomic.Int32 {
	var n atomic.Int32
	old := answered
	answered = func(fromIndex bool) {
		if fromIndex {
			n.Add(1)
		}
	}
	t.Cleanup(func() { answered = old })
	return &n
}
