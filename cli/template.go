package cli

import "github.com/prep-cli/prep/data"

// runTemplate prints the default template, the starting point of a person's
// own.
func runTemplate(r *runner, args []string) error {
	if _, err := r.parse(r.flags(), args); err != nil {
		return err
	}
	_, err := r.env.Stdout.Write(data.DefaultTemplateJSON())
	return err
}
