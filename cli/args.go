package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// usageError is a mistake in the command line, reported with exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error {
	return usageError{fmt.Sprintf(format, a...)}
}

// args checks that a command got exactly the arguments named, such as
// "JOB" and "ITEM", and says which are missing or which one is too many.
func args(names ...string) cobra.PositionalArgs {
	return func(c *cobra.Command, got []string) error {
		switch {
		case len(got) < len(names):
			return usagef("%s: missing %s; usage: %s", c.Name(), strings.Join(names[len(got):], " and "), synopsis(c))
		case len(got) > len(names):
			return usagef("%s: unexpected argument %q; usage: %s", c.Name(), got[len(names)], synopsis(c))
		}
		return nil
	}
}

// synopsisKey is the annotation that gives a command's synopsis when its
// Use line leaves out flags it cannot go without.
const synopsisKey = "synopsis"

// synopsis is how a command is called, as "prep check JOB ITEM".
func synopsis(c *cobra.Command) string {
	if s := c.Annotations[synopsisKey]; s != "" {
		return s
	}
	return "prep " + c.Use
}

// flagError makes a flag the command does not know, or one without its
// value, a usage error that says where the help is.
func flagError(c *cobra.Command, err error) error {
	if !c.HasParent() {
		return usagef("%v; run prep --help for usage", err)
	}
	return usagef("%s: %v; run prep %s --help for usage", c.Name(), err, c.Name())
}
