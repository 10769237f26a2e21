package cli

import (
	"errors"
	"fmt"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// runTrash lists the jobs in the trash, the most recently trashed first.
// Files there that cannot be read are named on stderr; they do not make the
// command fail.
func runTrash(r *runner, args []string) error {
	if _, err := r.parse(r.flags(), args); err != nil {
		return err
	}
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
		_, err := fmt.Fprintln(r.env.Stdout, "The trash is empty.")
		return err
	}
	return writeTable(r.env.Stdout, rows)
}

// runRestore brings a job back from the trash and prints its id, which is
// a new one when another job has taken the old id meanwhile.
func runRestore(r *runner, args []string) error {
	pos, err := r.parse(r.flags(), args, "JOB")
	if err != nil {
		return err
	}
	s, err := r.store()
	if err != nil {
		return err
	}
	j, err := s.Restore(pos[0])
	if errors.Is(err, data.ErrNotFound) {
		return fmt.Errorf("%w; prep trash lists what is there", err)
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(r.env.Stdout, safetext.Line(j.ID))
	return err
}
