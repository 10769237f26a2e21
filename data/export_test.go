package data

import "github.com/prep-cli/prep/checklist"

// For the tests of package data_test, which can use the generator of
// internal/dataset (itself built on this package).
var (
	DecodeCurrent     = func(b []byte) (checklist.Job, bool) { return decodeCurrent(b, nil) }
	DecodeJobFileSlow = decodeJobFileSlow
)

// DecodeCurrentSharing decodes as LoadMany does, reusing one scratch for
// every file it is given.
func DecodeCurrentSharing() func(b []byte) (checklist.Job, bool) {
	sc := newScratch()
	return func(b []byte) (checklist.Job, bool) { return decodeCurrent(b, sc) }
}
