package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
)

// cmdCheck is "prep check JOB ITEM [--at WHEN]": it ticks an item of a
// job, done now or at the time given, and prints nothing on success.
func cmdCheck(r *runner) *cobra.Command {
	var at string
	c := &cobra.Command{
		Use:   "check JOB ITEM",
		Short: "Tick an item (prep show lists the ids)",
		Example: `prep check acme news
# it was really done last night
prep check acme thank-hr --at "today 08:30"`,
		Args:              args("JOB", "ITEM"),
		ValidArgsFunction: r.completeJobThen(r.itemIDs),
		RunE: func(c *cobra.Command, pos []string) error {
			if c.Flags().Changed("at") {
				return r.doneAt(pos[0], pos[1], at)
			}
			return r.setDone(pos[0], pos[1], true)
		},
	}
	c.Flags().StringVar(&at, "at", "", "when it was really done, if not now (like \"today 08:30\"); an item done already takes this time")
	return c
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
	return r.applyToItem(id, item, checklist.SetDone{ItemID: item, Done: done, At: &now})
}

// doneAt ticks an item as done at the time typed.
func (r *runner) doneAt(id, item, when string) error {
	at, err := checklist.ParseWhen(when, r.now)
	if err == nil {
		err = checklist.CheckDoneTime(at, r.now)
	}
	if err != nil {
		return usagef("--at: %v", err)
	}
	return r.applyToItem(id, item, checklist.DoneAt{ItemID: item, At: at})
}

// applyToItem makes an edit of one item, naming the item when the job has
// no such one.
func (r *runner) applyToItem(id, item string, e checklist.Edit) error {
	err := r.apply(id, e)
	if errors.Is(err, checklist.ErrNoItem) {
		return fmt.Errorf("job %s has no item %q; prep show %s lists the item ids", id, item, id)
	}
	return err
}
