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
	s, err := r.store()
	if err != nil {
		return err
	}
	if id, err = resolveJob(s, id); err != nil {
		return err
	}
	if _, err := s.Load(id); err != nil {
		return explainJob(err)
	}
	_, err = s.Apply(id, edits...)
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

// readableJobs reads every job that can be read, naming each file that
// cannot on stderr: one broken file never hides the others.
func (r *runner) readableJobs() ([]checklist.Job, error) {
	s, err := r.store()
	if err != nil {
		return nil, err
	}
	jobs, problems, err := s.List()
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	r.warnProblems(problems)
	return jobs, nil
}

// readable is readableJobs for what the index answers without reading
// every file: read is one of data.Store's ways to read it, such as
// Digests, or DigestsWithoutTasks for a command that shows no task.
func readable[T any](r *runner, read func(*data.Store) (T, []data.Problem, error)) (T, error) {
	var none T
	s, err := r.store()
	if err != nil {
		return none, err
	}
	answer, problems, err := read(s)
	if err != nil {
		return none, fmt.Errorf("list jobs: %w", err)
	}
	r.warnProblems(problems)
	return answer, nil
}

func (r *runner) warnProblems(problems []data.Problem) {
	for _, p := range problems {
		r.warn(fmt.Sprintf("skipped %s: %v", p.Path, p.Err))
	}
}
