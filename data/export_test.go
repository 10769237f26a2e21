package data

import (
	"path/filepath"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// For the tests of package data_test, which can use the generator of
// internal/dataset (itself built on this package).
var (
	DecodeCurrent     = func(b []byte) (checklist.Job, bool) { return decodeCurrent(b, nil) }
	DecodeJobFileSlow = decodeJobFileSlow
	DecodeIndex       = func(b []byte) bool { _, err := decodeIndex(b, allItems, time.Time{}); return err == nil }
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
	entries := readIndex(filepath.Join(dir, jobsDir, indexName), noItems, time.Time{}).entries
	for _, e := range entries {
		ids = append(ids, e.id)
	}
	return ids, entries != nil
}
