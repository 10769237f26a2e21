package cli

import (
	"github.com/prep-cli/prep/checklist"
)

// runStatus sets where a job's application stands. It prints nothing on
// success. An unknown status is a usage error, and nothing is written.
func runStatus(r *runner, args []string) error {
	pos, err := r.parse(r.flags(), args, "JOB", "STATUS")
	if err != nil {
		return err
	}
	st, err := checklist.ParseStatus(pos[1])
	if err != nil {
		return usageError{err.Error()}
	}
	return r.apply(pos[0], checklist.SetStatus{Status: st, At: r.now})
}
