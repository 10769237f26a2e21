package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/atomicfile"
	"github.com/prep-cli/prep/safetext"
	"github.com/prep-cli/prep/stats"
)

// cmdTemplate is "prep template": it prints the default template, the
// starting point of a person's own; with --init it writes it where prep
// reads a person's own, and with --check FILE says whether FILE is a
// template prep can use.
func cmdTemplate(r *runner) *cobra.Command {
	var check string
	var initOwn bool
	c := &cobra.Command{
		Use:   "template",
		Short: "Print, start or check your own template",
		Long: "Print the default template: the sections and items every new job starts\n" +
			"with. With --init, write it where prep reads your own, to edit it there:\n" +
			safetext.Line(r.templatePath()) + "\n" +
			"New jobs are made from yours while it is valid; --check says what is wrong.",
		Example: "prep template --init\nprep template --check my-template.json",
		Args:    args(),
		RunE: func(*cobra.Command, []string) error {
			switch {
			case initOwn && check != "":
				return usagef("--init and --check go one at a time")
			case initOwn:
				return r.initTemplate()
			case check != "":
				return r.checkTemplate(check)
			}
			_, err := r.env.Stdout.Write(data.DefaultTemplateJSON())
			return err
		},
	}
	c.Flags().BoolVar(&initOwn, "init", false, "write the default template where prep reads your own, to edit it there")
	c.Flags().StringVar(&check, "check", "", "check that this file is a template prep can use, and say what is wrong if not")
	return c
}

// templatePath is where prep reads the person's own template.
func (r *runner) templatePath() string {
	return data.TemplatePath(data.ConfigDir(r.env.Getenv))
}

// initTemplate writes the default template as the person's own, making its
// folder, and says where. One already there is kept: it is the person's
// work.
func (r *runner) initTemplate() error {
	path := r.templatePath()
	if path == "" {
		return errors.New("there is no folder for your own template: set HOME, or XDG_CONFIG_HOME")
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; edit it, or move it away to start again from the default", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("make the folder for your template: %w", err)
	}
	if err := atomicfile.Write(path, data.DefaultTemplateJSON(), 0o600, false); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, err := fmt.Fprintf(r.out(), "Your own template is %s: edit it there, and new jobs are made from it.\n", safetext.Line(path))
	return err
}

func (r *runner) checkTemplate(path string) error {
	t, err := data.ReadTemplateFile(path)
	if err != nil {
		return err
	}
	items := 0
	for _, s := range t.Sections {
		items += len(s.Items)
	}
	_, err = fmt.Fprintf(r.out(), "%s: ok, %s, %s\n", safetext.Line(path),
		stats.Plural(len(t.Sections), "section", "sections"), stats.Plural(items, "item", "items"))
	return err
}
