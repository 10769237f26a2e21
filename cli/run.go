// Package cli is prep's command line: it reads the arguments, opens the store
// in the chosen data directory, and runs one non-interactive command, or
// hands over to the interactive app when no command is given.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// Exit statuses, as the command line contract promises.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// Env is everything a command needs from the outside world.
type Env struct {
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable, as os.Getenv does.
	Getenv func(string) string
	// Now is the current time; times are shown in its time zone.
	Now func() time.Time
	// OpenApp runs the interactive app on the store.
	OpenApp func(store *data.Store) error
}

// Run runs prep with the given arguments (without the program name) and
// returns the exit status: 0 on success, 1 on a failure, 2 on a usage error.
// Errors are written to env.Stderr as one line starting with "prep: ".
func Run(args []string, env Env) int {
	r := &runner{env: env, now: env.Now()}
	err := r.run(args)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		r.printHelp()
		return exitOK
	}
	r.warn(err.Error())
	var u usageError
	if errors.As(err, &u) {
		return exitUsage
	}
	return exitFailure
}

// runner carries one run of prep: its surroundings and the flags read so far.
type runner struct {
	env     Env
	now     time.Time
	dataDir string
	// cmd and fs are the command being run and its flags, nil before one is
	// chosen.
	cmd *command
	fs  *flag.FlagSet
}

func (r *runner) run(args []string) error {
	fs := flag.NewFlagSet("prep", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&r.dataDir, "data-dir", "", "the `dir`ectory where jobs are kept")
	version := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%v; run prep --help for usage", err)
	}
	if *version {
		_, err := fmt.Fprintln(r.env.Stdout, "prep "+buildVersion())
		return err
	}
	args = fs.Args()
	if len(args) == 0 {
		return r.openApp()
	}
	name := args[0]
	if name == "help" {
		return flag.ErrHelp
	}
	for i := range commands {
		if commands[i].name == name {
			r.cmd = &commands[i]
			if err := r.cmd.run(r, args[1:]); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			return nil
		}
	}
	return usagef("unknown command %q; run prep --help to see the commands", name)
}

func (r *runner) openApp() error {
	s, err := r.store()
	if err != nil {
		return err
	}
	if r.env.OpenApp == nil {
		return errors.New("this build has no interactive app")
	}
	s.ClearTempFiles()
	return r.env.OpenApp(s)
}

// store is the job store in the data directory the flags and environment
// chose; an error when they chose none (see data.DataDir).
func (r *runner) store() (*data.Store, error) {
	dir, err := data.DataDir(r.dataDir, r.env.Getenv)
	if err != nil {
		return nil, err
	}
	return data.NewStore(dir), nil
}

// warn writes one line to stderr, made inert: messages may quote job files.
func (r *runner) warn(msg string) {
	fmt.Fprintln(r.env.Stderr, "prep: "+safetext.Line(msg))
}
