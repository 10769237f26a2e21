package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is a mistake in the command line, reported with exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error {
	return usageError{fmt.Sprintf(format, a...)}
}

// flags starts the flag set of the command being run. Every command accepts
// --data-dir, so that it may follow the command name.
func (r *runner) flags() *flag.FlagSet {
	fs := flag.NewFlagSet("prep "+r.cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&r.dataDir, "data-dir", r.dataDir, "the `dir`ectory where jobs are kept")
	r.fs = fs
	return fs
}

// parse reads the command's flags wherever they stand among its arguments,
// as in "prep show JOB --format md", and checks that exactly the named
// arguments are left, which it returns in order. "--" ends the flags.
func (r *runner) parse(fs *flag.FlagSet, args []string, names ...string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%v; run prep %s --help for usage", err, r.cmd.name)
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			rest = append(rest, left...)
			break
		}
		if len(left) == 0 {
			break
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
	switch {
	case len(rest) < len(names):
		return nil, usagef("missing %s; usage: %s", strings.Join(names[len(rest):], " and "), r.cmd.synopsis())
	case len(rest) > len(names):
		return nil, usagef("unexpected argument %q; usage: %s", rest[len(names)], r.cmd.synopsis())
	}
	return rest, nil
}

// stringList is a flag that may be given many times, keeping every value.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ", ") }

func (l *stringList) Set(s string) error {
	*l = append(*l, s)
	return nil
}
