package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/safetext"
	"github.com/prep-cli/prep/stats"
)

// cmdLessons is "prep lessons": every lesson written down, newest first.
func cmdLessons(r *runner) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "lessons",
		Short: "List every lesson written down, newest first",
		Long: "List every lesson written down after an interview, newest first, each with\n" +
			"its job: the note on \"Write down the lessons for your next interview\".",
		Args: args(),
		RunE: func(*cobra.Command, []string) error {
			jobs, err := r.readableJobs()
			if err != nil {
				return err
			}
			lessons := stats.Lessons(jobs)
			if asJSON {
				return writeJSON(r.env.Stdout, lessonsJSON(lessons, r.now.Location()))
			}
			_, err = fmt.Fprint(r.out(), lessonsText(lessons, r.now.Location()))
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print a JSON array, one object a lesson")
	return c
}

func lessonsText(lessons []stats.Lesson, loc *time.Location) string {
	if len(lessons) == 0 {
		return "No lessons written down yet. After an interview, the note on the lessons item keeps them.\n"
	}
	var b strings.Builder
	for i, l := range lessons {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s  %s  (%s)\n", l.At.In(loc).Format(time.DateOnly), safetext.Line(l.Job.Name()), l.Job.ID)
		for _, t := range strings.Split(safetext.Block(l.Text), "\n") {
			b.WriteString("  " + t + "\n")
		}
	}
	return b.String()
}
