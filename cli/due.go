package cli

import (
	"fmt"
	"iter"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// cmdDue is "prep due": the after-interview tasks of every job that are
// late or due within checklist.SoonWithin, most urgent first, from the
// index where it is up to date (see data.Store.Due); files that cannot be
// read are named on stderr and skipped.
func cmdDue(r *runner) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "due",
		Short: "List what is late or due within 48 hours",
		Long: "List the after-interview tasks of every job that are late or due within\n" +
			"48 hours, most urgent first. It is quick enough for a shell's start-up file.",
		Example: `prep due --json | jq -r '.[] | select(.late) | "prep check \(.id) \(.item)"'`,
		Args:    args(),
		RunE: func(*cobra.Command, []string) error {
			due, err := readable(r, func(s *data.Store) (iter.Seq2[checklist.Due, error], []data.Problem, error) {
				return s.Due(r.now, checklist.SoonWithin)
			})
			if err != nil {
				return err
			}
			if asJSON {
				return r.dueJSON(due)
			}
			return r.dueText(due)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print a JSON array, one object a task")
	return c
}

// dueText writes "prep due": a table of one row a task. Its cells are
// made and measured as the tasks come, while later ones are read; only
// the padding waits for the last.
func (r *runner) dueText(due iter.Seq2[checklist.Due, error]) error {
	// The cells of many rows in one piece, and a label made once for all
	// the tasks due at one time, which come one after another: thousands
	// of tasks can be late. A full piece is followed by a new one, not
	// copied into a larger one.
	const columns, rowsAPiece = 5, 1024
	var rows [][]string
	var cells []string
	var widths [columns]int
	var labelled *checklist.OpenItem
	label := ""
	for u, err := range due {
		if err != nil {
			return fmt.Errorf("list jobs: %w", err)
		}
		j, o := &u.Digest.Job, u.Open
		mark := ""
		if u.Late(r.now) {
			mark = "LATE"
		}
		if labelled == nil || !o.DueAt.Equal(labelled.DueAt) {
			labelled, label = o, checklist.DueLabel(u.Task().Item, r.now)
		}
		row := [columns]string{mark, label, safetext.Line(j.Company), safetext.Line(o.Text), safetext.Line(j.ID)}
		for i, cell := range row {
			widths[i] = max(widths[i], safetext.Width(cell))
		}
		if len(cells) == cap(cells) {
			cells = make([]string, 0, columns*rowsAPiece)
		}
		cells = append(cells, row[:]...)
		rows = append(rows, cells[len(cells)-columns:])
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintf(r.out(), "Nothing due in the next %d hours.\n", int(checklist.SoonWithin.Hours()))
		return err
	}
	return writeColumns(r.out(), rows, widths[:])
}

// dueJSON writes "prep due --json": an array of one object a task, each
// written as it comes, so that an error reading the tasks can come after
// some are out (see data.Store.Due). Its
// keys are part of the command line contract, and name what they name in
// list and in the job file:
//
//	id       the job id, for show, check and uncheck
//	company  the company
//	role     the role
//	item     the item id, for check and uncheck
//	text     the item's text
//	due_at   when it is due, RFC 3339 in the local time zone
//	late     whether that time has passed
func (r *runner) dueJSON(due iter.Seq2[checklist.Due, error]) error {
	loc := r.now.Location()
	w := newJSONWriter(r.env.Stdout)
	w.beginArray()
	for u, err := range due {
		if err != nil {
			return fmt.Errorf("list jobs: %w", err)
		}
		if w.err != nil {
			break // stdout is gone: the rest would be written nowhere
		}
		j, o := &u.Digest.Job, u.Open
		w.beginObject()
		w.stringField("id", j.ID)
		w.stringField("company", j.Company)
		w.stringField("role", j.Role)
		w.stringField("item", o.ID)
		w.stringField("text", o.Text)
		w.timeField("due_at", o.DueAt.In(loc))
		w.boolField("late", u.Late(r.now))
		w.endObject()
	}
	w.endArray()
	return w.finish()
}
