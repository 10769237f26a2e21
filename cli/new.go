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
	var company, role string
	var round roundFlags
	c := &cobra.Command{
		Use:   "new",
		Short: "Add a job and print its id",
		Long: "Add a job, made from your own template if you have one, with its first round,\n" +
			"and print its id. Add later rounds with prep round add.\n\n" +
			`WHEN is like "2026-12-01 10:00", "friday 11am", "next monday 10am",` + "\n" +
			`"Dec 3 2pm", "tomorrow noon" or "in 3 days"; a day alone means 09:00, and` + "\n" +
			`an offset such as +0100 may follow. A date in digits that reads two ways,` + "\n" +
			`like 12/08, is refused: write the month's name or the ISO form.`,
		Example: `prep new --company "Acme Corp" --role "Backend Engineer" --at "2026-12-01 10:00" \
  --where "1 Main St" --interviewer "Dana Lee" --interviewer "Sam Ng"
prep new --company Orbit --role SRE --name "Phone screen" --format phone --at "friday 11:00" --minutes 30`,
		Annotations: map[string]string{synopsisKey: "prep new --company C --role R --at WHEN"},
		Args:        args(),
		RunE: func(c *cobra.Command, _ []string) error {
			for _, f := range []struct{ name, value string }{{"company", company}, {"role", role}, {"at", round.at}} {
				if strings.TrimSpace(f.value) == "" {
					return usagef("--%s is missing; usage: %s", f.name, synopsis(c))
				}
			}
			rd, err := round.details(c, r, checklist.RoundDetails{})
			if err != nil {
				return err
			}
			d := checklist.Details{Company: company, Role: role, Name: rd.Name, Format: rd.Format, At: rd.At,
				Minutes: rd.Minutes, Where: rd.Where, TravelMinutes: rd.TravelMinutes, Link: rd.Link, Interviewers: rd.Names()}
			t, _, warning := data.LoadTemplate(data.ConfigDir(r.env.Getenv))
			if warning != nil {
				r.warn(warning.Error() + "; using the default template")
			}
			s, err := r.store()
			if err != nil {
				return err
			}
			j, err := s.Create(t, d, r.now)
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
	round.register(c, "")
	return c
}
