// Package cli is prep's command line: it reads the arguments, opens the store
// in the chosen data directory, and runs one non-interactive command, or
// hands over to the interactive app when no command is given.
//
// The command tree is cobra's, dressed by fang: root.go holds the root and
// the list of commands, and each command is one file with a constructor
// that takes the runner (cmdNew in new.go, cmdList in list.go, ...).
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"charm.land/fang/v2"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/ascii"
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
	// Stdin is what prep import - reads; nil reads nothing.
	Stdin io.Reader
	// Getenv reads an environment variable, as os.Getenv does.
	Getenv func(string) string
	// Now is the current time; times are shown in its time zone.
	Now func() time.Time
	// OpenApp runs the interactive app on the store.
	OpenApp func(store *data.Store) error
	// Terminal reports whether the app can draw: standard output is a
	// terminal. Nil means it can.
	Terminal func() bool
	// Version and Commit are what a release build was stamped with; empty,
	// the build's own record says (see version.go).
	Version, Commit string
}

// Run runs prep with the given arguments (without the program name) and
// returns the exit status: 0 on success, 1 on a failure, 2 on a usage error.
// Errors are written to env.Stderr as one line starting with "prep: ".
func Run(args []string, env Env) int {
	r := &runner{env: env, now: env.Now(), ascii: ascii.Needed(env.Getenv)}
	root := r.rootCommand()
	// Never nil: cobra would read os.Args instead.
	root.SetArgs(append([]string{}, args...))
	version, commit := r.version()
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(version), fang.WithCommit(commit),
		fang.WithoutManpage(), // man.go writes it where the command's output goes
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) { r.warnTo(w, err.Error()) }))
	var u usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		return exitUsage
	}
	return exitFailure
}

// runner carries one run of prep: its surroundings and the flags all
// commands share.
type runner struct {
	env Env
	now time.Time
	// ascii is set when the terminal takes no UTF-8 (see out).
	ascii   bool
	dataDir string
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

// out is where text for people goes: stdout, drawn in ASCII when the
// terminal takes no UTF-8. JSON, Markdown, calendars and templates are
// data, and go to stdout as they are.
func (r *runner) out() io.Writer {
	if r.ascii {
		return ascii.Writer(r.env.Stdout)
	}
	return r.env.Stdout
}

// warn writes one line to stderr, made inert: messages may quote job files.
func (r *runner) warn(msg string) { r.warnTo(r.env.Stderr, msg) }

func (r *runner) warnTo(w io.Writer, msg string) {
	line := "prep: " + safetext.Line(msg)
	if r.ascii {
		line = ascii.Replace(line)
	}
	fmt.Fprintln(w, line)
}
