// Package gitsync keeps prep's data folder in git: it makes the folder a
// repository, and syncs it with a remote by committing, fetching, merging
// and pushing, with prep's own merge driver for job files, so that two
// devices' changes to one job are merged item by item (see
// data.MergeJobFiles). It runs the git command line, which already knows
// the person's remotes, keys and credential helpers.
package gitsync

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// git runs git in the data folder and returns its standard output.
func (r *Repo) git(args ...string) (string, error) {
	out, _, err := r.gitErr(args...)
	return out, err
}

// gitErr is git that also returns what git wrote to standard error. The
// error of a failed command carries that text.
func (r *Repo) gitErr(args ...string) (stdout, stderr string, err error) {
	cmd := exec.Command(r.gitPath, append([]string{"-C", r.Dir}, args...)...)
	cmd.Env = append(os.Environ(),
		// Never wait for a password on a terminal that is not there, or that
		// the app is drawing on: fail, and say so.
		"GIT_TERMINAL_PROMPT=0",
		"LC_ALL=C",
	)
	if os.Getenv("GIT_SSH_COMMAND") == "" {
		cmd.Env = append(cmd.Env, "GIT_SSH_COMMAND=ssh -o BatchMode=yes")
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	if err != nil {
		err = &gitError{args: args, stderr: strings.TrimSpace(errb.String()), err: err}
	}
	return out.String(), errb.String(), err
}

// gitError is a git command that failed, with what it said.
type gitError struct {
	args   []string
	stderr string
	err    error
}

func (e *gitError) Error() string {
	msg := e.stderr
	if msg == "" {
		msg = e.err.Error()
	}
	// git's last line is the one that says what went wrong.
	if lines := strings.Split(msg, "\n"); len(lines) > 3 {
		msg = strings.Join(lines[len(lines)-3:], " ")
	}
	return fmt.Sprintf("git %s: %s", e.args[0], strings.ReplaceAll(msg, "\n", " "))
}

func (e *gitError) Unwrap() error { return e.err }

// said reports whether a failed git command's error says any of the words.
func said(err error, words ...string) bool {
	var ge *gitError
	if !errors.As(err, &ge) {
		return false
	}
	low := strings.ToLower(ge.stderr)
	for _, w := range words {
		if strings.Contains(low, strings.ToLower(w)) {
			return true
		}
	}
	return false
}
