package cli

import (
	"fmt"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// runTemplate prints the default template, the starting point of a person's
// own, or with --check FILE says whether FILE is a template prep can use.
func runTemplate(r *runner, args []string) error {
	fs := r.flags()
	check := fs.String("check", "", "check that `file` is a valid template, and say what is wrong if not")
	if _, err := r.parse(fs, args); err != nil {
		return err
	}
	if *check == "" {
		_, err := r.env.Stdout.Write(data.DefaultTemplateJSON())
		return err
	}
	t, err := data.ReadTemplateFile(*check)
	if err != nil {
		return err
	}
	items := 0
	for _, s := range t.Sections {
		items += len(s.Items)
	}
	_, err = fmt.Fprintf(r.env.Stdout, "%s: ok, %d sections, %d items\n", safetext.Line(*check), len(t.Sections), items)
	return err
}
