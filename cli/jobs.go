package cli

import (
	"errors"
	"fmt"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// apply makes edits to a job as one change. It reads the job first, so that
// a mistyped id is reported before the store makes its folder or a lock.
func (r *runner) apply(id string, edits ...checklist.Edit) error {
	s := r.store()
	if _, err := s.Load(id); err != nil {
		return explainJob(err)
	}
	_, err := s.Apply(id, edits...)
	return explainJob(err)
}

// explainJob adds where to find the job ids to an error about a job that
// does not exist.
func explainJob(err error) error {
	if errors.Is(err, data.ErrNotFound) {
		return fmt.Errorf("%w; prep list shows the jobs", err)
	}
	return err
}
