package cli_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestNonUTF8Terminal: with a locale that is not UTF-8, what the commands
// draw for people is ASCII, errors too, while JSON and Markdown, which are
// data, are written as they are.
func TestNonUTF8Terminal(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	dueJobs(t, dir)
	env := map[string]string{"PREP_DATA_DIR": dir, "XDG_CONFIG_HOME": t.TempDir(), "LC_ALL": "C"}
	for name, args := range map[string][]string{
		"show": {"show", id},
		"list": {"list"},
		"due":  {"due"},
	} {
		t.Run(name, func(t *testing.T) {
			res := runEnv(t, clock, env, args...)
			if res.code != 0 || res.stderr != "" {
				t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
			}
			requireASCII(t, res.stdout)
			golden.RequireEqual(t, []byte(res.stdout))
		})
	}
	t.Run("error", func(t *testing.T) {
		res := runEnv(t, clock, env, "template", "--check", "/no/such/“mine” — v2\x1b.json")
		requireOneErrorLine(t, res.stderr, `/no/such/"mine" - v2?.json`)
		requireASCII(t, res.stderr)
	})
	t.Run("data", func(t *testing.T) {
		utf8 := map[string]string{"PREP_DATA_DIR": dir, "XDG_CONFIG_HOME": env["XDG_CONFIG_HOME"]}
		for _, args := range [][]string{{"show", id, "--format", "md"}, {"show", id, "--format", "json"}, {"list", "--json"}} {
			if got, want := runEnv(t, clock, env, args...).stdout, runEnv(t, clock, utf8, args...).stdout; got != want {
				t.Errorf("prep %s differs under LC_ALL=C", strings.Join(args, " "))
			}
		}
	})
}

func requireASCII(t *testing.T, s string) {
	t.Helper()
	for i, r := range s {
		if r >= 0x80 {
			t.Fatalf("%q at byte %d in:\n%s", r, i, s)
		}
	}
}
