package cli

import (
	"fmt"
	"strings"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// runNew makes a job from the person's own template, or else the default
// one, and prints its id.
func runNew(r *runner, args []string) error {
	fs := r.flags()
	var company, role, at, where string
	var interviewers stringList
	fs.StringVar(&company, "company", "", "the `company` name, as you will say it")
	fs.StringVar(&role, "role", "", "the `role` you are interviewing for")
	fs.StringVar(&at, "at", "", "`when` the interview is: \"2026-12-01 10:00\", \"tomorrow 2pm\"")
	fs.StringVar(&where, "where", "", "`where` it is: the address or the video link")
	fs.Var(&interviewers, "interviewer", "the `name` of someone you will meet; repeat for each")
	if _, err := r.parse(fs, args); err != nil {
		return err
	}
	for _, f := range []struct{ name, value string }{{"company", company}, {"role", role}, {"at", at}} {
		if strings.TrimSpace(f.value) == "" {
			return usagef("--%s is missing; usage: %s", f.name, r.cmd.synopsis())
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
}
