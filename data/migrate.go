package data

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/prep-cli/prep/checklist"
)

// How job files move to a new format.
//
// Every job file names its format in "version". This build writes version
// checklist.FormatVersion and reads every older version by upgrading the
// file's JSON one version at a time before decoding it. The file on disk is
// left as it is until the job is next changed; then it is saved in the
// current version.
//
// When version 2 comes, it brings:
//
//   - checklist.FormatVersion = 2, and the Go types of the new format;
//   - a step in migrations, keyed by the version it upgrades from:
//
//     var migrations = map[int]migration{
//     	1: func(b []byte) ([]byte, error) { … return the version-2 JSON … },
//     }
//
//   - a test that reads a version-1 file kept under testdata.
//
// A step works on the raw JSON, so it may rename, move or reshape fields
// without keeping the old Go types around; migrate sets "version" after it.
// A file from a newer version than this build is never upgraded or
// rewritten: it is read as well as this build can and is read-only.

// migration turns the JSON of a job file of one version into the next.
type migration func(b []byte) ([]byte, error)

// migrations are the steps from each old version to the next. Version 1 is
// the first, so there are none yet.
var migrations = map[int]migration{}

// upgrade brings a job file of an older version to the current one.
func upgrade(b []byte, version int) ([]byte, error) {
	return migrate(b, version, checklist.FormatVersion, migrations)
}

// migrate upgrades b, a job file of version from, to version to, one step
// of steps at a time.
func migrate(b []byte, from, to int, steps map[int]migration) ([]byte, error) {
	for v := from; v < to; v++ {
		step, ok := steps[v]
		if !ok {
			return nil, fmt.Errorf("version %d: this build cannot upgrade it to version %d", v, v+1)
		}
		out, err := step(b)
		if err != nil {
			return nil, fmt.Errorf("upgrade from version %d to %d: %w", v, v+1, err)
		}
		if b, err = setVersion(out, v+1); err != nil {
			return nil, fmt.Errorf("upgrade from version %d to %d: %w", v, v+1, err)
		}
	}
	return b, nil
}

// setVersion sets the "version" of a job file's JSON, keeping the rest in
// its order.
func setVersion(b []byte, v int) ([]byte, error) {
	ms, ok := objectMembers(b)
	if !ok {
		return nil, fmt.Errorf("not a JSON object")
	}
	val, _ := json.Marshal(v)
	out := []member{{"version", val}}
	for _, m := range ms {
		if !strings.EqualFold(m.key, "version") {
			out = append(out, m)
		}
	}
	return writeObject(out), nil
}
