package cli

import (
	"time"

	"github.com/prep-cli/prep/checklist"
)

// runStatus sets where a job's application stands. It prints nothing on
// success.
func runStatus(r *runner, args []string) error {
	pos, err := r.parse(r.flags(), args, "JOB", "STATUS")
	if err != nil {
		return err
	}
	st, err := checklist.ParseStatus(pos[1])
	if err != nil {
		return usageError{err.Error()}
	}
	now := r.now
	return r.apply(pos[0], setStatus{Status: st, At: &now})
}

// setStatus changes a job's status and notes when. The sections that belong
// to the new status get their due times, counted from that moment. Setting
// the status a job already has changes nothing.
type setStatus struct {
	Status checklist.Status
	At     *time.Time
}

// Apply implements checklist.Edit.
func (e setStatus) Apply(j *checklist.Job) (checklist.Edit, error) {
	undo := setStatus{Status: j.Status, At: j.StatusAt}
	if j.Status == e.Status {
		return undo, nil
	}
	j.Status, j.StatusAt = e.Status, e.At
	if e.At == nil {
		return undo, nil
	}
	for si := range j.Sections {
		s := &j.Sections[si]
		if s.When != e.Status {
			continue
		}
		for ii := range s.Items {
			it := &s.Items[ii]
			if it.Due == "" {
				continue
			}
			if at, err := it.Due.From(*e.At); err == nil {
				it.DueAt = &at
			}
		}
	}
	return undo, nil
}
