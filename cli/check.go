package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
)

// cmdCheck is "prep check JOB ITEM": it ticks an item of a job, and prints
// nothing on success.
func cmdCheck(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:               "check JOB ITEM",
		Short:             "Tick an item (prep show lists the ids)",
		Args:              args("JOB", "ITEM"),
		ValidArgsFunction: r.completeJobThen(r.itemIDs),
		RunE:              func(_ *cobra.Command, pos []string) error { return r.setDone(pos[0], pos[1], true) },
	}
}

// cmdUncheck is "prep uncheck JOB ITEM": it unticks an item of a job, and
// prints nothing on success.
func cmdUncheck(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:               "uncheck JOB ITEM",
		Short:             "Untick an item",
		Args:              args("JOB", "ITEM"),
		ValidArgsFunction: r.completeJobThen(r.itemIDs),
		RunE:              func(_ *cobra.Command, pos []string) error { return r.setDone(pos[0], pos[1], false) },
	}
}

func (r *runner) setDone(id, item string, done bool) error {
	now := r.now
	err := r.apply(id, checklist.SetDone{ItemID: item, Done: done, At: &now})
	if errors.Is(err, checklist.ErrNoItem) {
		return fmt.Errorf("job %s has no item %q; prep show %s lists the item ids", id, item, id)
	}
	return err
}
