package data

import (
	"bytes"
	"fmt"

	"github.com/prep-cli/prep/checklist"
)

// MergeJobFiles merges two versions of a job file, ours and theirs, made
// from base (see checklist.MergeJobs), and returns the merged file: always
// a whole job file of this version, keeping the fields this build does not
// know from ours. An empty base is a job both sides added. It fails, and
// nothing is merged, when ours or theirs is not a job file this build can
// write (broken, or written by a newer prep); a base that cannot be read
// counts as empty, so that both sides keep everything.
func MergeJobFiles(base, ours, theirs []byte) ([]byte, []checklist.Clash, error) {
	o, oRaw, err := decodeJobFile(ours)
	if err != nil {
		return nil, nil, fmt.Errorf("this version: %w", err)
	}
	t, _, err := decodeJobFile(theirs)
	if err != nil {
		return nil, nil, fmt.Errorf("the other version: %w", err)
	}
	for _, j := range []checklist.Job{o, t} {
		if j.Version > checklist.FormatVersion {
			return nil, nil, fmt.Errorf("written by a newer prep (file version %d)", j.Version)
		}
	}
	if o.ID != t.ID {
		return nil, nil, fmt.Errorf("the two versions are of different jobs: %s and %s", o.ID, t.ID)
	}
	var b checklist.Job
	if len(bytes.TrimSpace(base)) > 0 {
		if bj, err := DecodeJob(base); err == nil && bj.ID == o.ID {
			b = bj
		}
	}
	merged, clashes := checklist.MergeJobs(b, o, t)
	if err := checkFields(merged); err != nil {
		return nil, nil, fmt.Errorf("the merged job would not be valid: %w", err)
	}
	out, err := encodeJobOver(merged, oRaw)
	if err != nil {
		return nil, nil, fmt.Errorf("encode the merged job: %w", err)
	}
	return out, clashes, nil
}
