package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// cmdNew is "prep new": it makes a job from the person's own template, or
// else the default one, and prints its id.
func cmdNew(r *runner) *cobra.Command {
	var company, role, at, where string
	var interviewers []string
	c := &cobra.Command{
		Use:   "new",
		Short: "Add a job and print its id",
		Long: "Add a job, made from your own template if you have one, and print its id.\n\n" +
			`WHEN is like "2026-12-01 10:00", "2026-12-01T10:00", "2026-12-01"` + "\n" +
			`(at 09:00) or "tomorrow 2pm".`,
		Example: `prep new --company "Acme Corp" --role "Backend Engineer" --at "2026-12-01 10:00" \
  --where "1 Main St" --interviewer "Dana Lee" --interviewer "Sam Ng"`,
		Annotations: map[string]string{synopsisKey: "prep new --company C --role R --at WHEN"},
		Args:        args(),
		RunE: func(c *cobra.Command, _ []string) error {
			for _, f := range []struct{ name, value string }{{"company", company}, {"role", role}, {"at", at}} {
				if strings.TrimSpace(f.value) == "" {
					return usagef("--%s is missing; usage: %s", f.name, synopsis(c))
				}
			}
			when, err := checklist.ParseWhen(at, r.now)
			if err != nil {
				return usagef("--at: %v", err)
			}
			d := checklist.Details{Company: company, Role: role, At: when, Where: where, Interviewers: interviewers}
			t, _, warning := data.LoadTemplate(data.ConfigDir(r.env.Getenv))
			if warning != nil {
				r.warn(warning.Error() + "; using the default template")
			}
			j, err := r.store().Create(t, d, r.now)
			if err != nil {
				return fmt.Errorf("create job: %w", err)
			}
			_, err = fmt.Fprintln(r.env.Stdout, safetext.Line(j.ID))
			return err
		},
	}
	f := c.Flags()
	f.StringVar(&company, "company", "", "the company's name, as you will say it")
	f.StringVar(&role, "role", "", "the role you are interviewing for")
	f.StringVar(&at, "at", "", `when the interview is: "2026-12-01 10:00", "tomorrow 2pm"`)
	f.StringVar(&where, "where", "", "where it is: the address or the video link")
	f.StringArrayVar(&interviewers, "interviewer", nil, "the name of someone you will meet; repeat for each")
	return c
}
