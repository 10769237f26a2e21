package cli

import (
	"errors"
	"fmt"

	"github.com/prep-cli/prep/checklist"
)

// runCheck ticks an item of a job. It prints nothing on success.
func runCheck(r *runner, args []string) error { return r.setDone(args, true) }

// runUncheck unticks an item of a job. It prints nothing on success.
func runUncheck(r *runner, args []string) error { return r.setDone(args, false) }

func (r *runner) setDone(args []string, done bool) error {
	pos, err := r.parse(r.flags(), args, "JOB", "ITEM")
	if err != nil {
		return err
	}
	id, item := pos[0], pos[1]
	now := r.now
	err = r.apply(id, checklist.SetDone{ItemID: item, Done: done, At: &now})
	if errors.Is(err, checklist.ErrNoItem) {
		return fmt.Errorf("job %s has no item %q; prep show %s lists the item ids", id, item, id)
	}
	return err
}
