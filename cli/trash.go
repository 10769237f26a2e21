package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// cmdTrash is "prep trash": the jobs in the trash, the most recently
// trashed first.
func cmdTrash(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:   "trash",
		Short: "List the jobs in the trash",
		Long:  "List the jobs in the trash, the most recently deleted first. prep restore brings one back.",
		Args:  args(),
		RunE:  func(*cobra.Command, []string) error { return r.listTrash() },
	}
}

// cmdRestore is "prep restore JOB": it brings a job back from the trash and
// prints its id, which is a new one when another job has taken the old id
// meanwhile.
func cmdRestore(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:               "restore JOB",
		Short:             "Bring a job back from the trash",
		Long:              "Bring a job back from the trash and print its id. JOB is the name prep trash shows.",
		Args:              args("JOB"),
		ValidArgsFunction: r.completeTrashed,
		RunE:              func(_ *cobra.Command, pos []string) error { return r.restore(pos[0]) },
	}
}

// listTrash writes the trash as a table. Files there that cannot be read
// are named on stderr; they do not make the command fail.
func (r *runner) listTrash() error {
	s, err := r.store()
	if err != nil {
		return err
	}
	trashed, err := s.TrashList()
	if err != nil {
		return fmt.Errorf("list the trash: %w", err)
	}
	rows := [][]string{{"NAME", "COMPANY", "ROLE", "INTERVIEW", "TRASHED"}}
	for _, t := range trashed {
		if t.Err != nil {
			r.warn(fmt.Sprintf("skipped %v", t.Err))
			continue
		}
		rows = append(rows, []string{
			safetext.Line(t.Name), safetext.Line(t.Company), safetext.Line(t.Role),
			r.local(t.InterviewAt), r.local(t.TrashedAt),
		})
	}
	if len(rows) == 1 {
		_, err := fmt.Fprintln(r.out(), "The trash is empty.")
		return err
	}
	return writeTable(r.out(), rows)
}

func (r *runner) restore(name string) error {
	s, err := r.store()
	if err != nil {
		return err
	}
	j, err := s.Restore(name)
	if errors.Is(err, data.ErrNotFound) {
		return fmt.Errorf("%w; prep trash lists what is there", err)
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(r.env.Stdout, safetext.Line(j.ID))
	return err
}
