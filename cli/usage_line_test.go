package cli_test

import (
	"strings"
	"testing"
)

// A wrong number of arguments is answered with how the command is called:
// its arguments, and for new and round add the flags they cannot go
// without.
func TestWrongArgumentsShowHowToCall(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme", "--role", "SRE", "--at", "2026-12-01 10:00")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"check without an item", []string{"check", id}, "check: missing ITEM; usage: prep check JOB ITEM"},
		{"status with one too many", []string{"status", id, "offer", "now"}, `status: unexpected argument "now"; usage: prep status JOB STATUS`},
		{"new with an argument", []string{"new", "Acme"}, `new: unexpected argument "Acme"; usage: prep new --company C --role R --at WHEN`},
		{"round add without a job", []string{"round", "add"}, "add: missing JOB; usage: prep round add JOB --at WHEN [--name NAME] [--format FORMAT] ..."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, dir, tt.args...)
			if res.code != 2 {
				t.Errorf("exit %d, want 2", res.code)
			}
			if want := "prep: " + tt.want + "\n"; res.stderr != want {
				t.Errorf("stderr %q\nwant   %q", res.stderr, want)
			}
		})
	}
}

// A command that fails says which it was, so that a line in a script's log
// names the command at fault; a subcommand by its whole name.
func TestFailuresNameTheirCommand(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args   []string
		prefix string
	}{
		{[]string{"show", "nope"}, "prep: show: "},
		{[]string{"check", "nope", "news"}, "prep: check: "},
		{[]string{"round", "cancel", "nope", "r1"}, "prep: round cancel: "},
	}
	for _, tt := range tests {
		res := run(t, dir, tt.args...)
		if res.code != 1 || !strings.HasPrefix(res.stderr, tt.prefix) || !strings.Contains(res.stderr, "nope") {
			t.Errorf("prep %s: exit %d, stderr %q; want 1 and an error starting %q", strings.Join(tt.args, " "), res.code, res.stderr, tt.prefix)
		}
	}
}
