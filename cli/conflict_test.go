package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConflictCopiesAreNamedOnStderr: prep list and prep due name each
// conflict copy a sync tool left in the jobs folder, as a second version of
// its job, with what to do, and go on with the jobs.
func TestConflictCopiesAreNamedOnStderr(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	good := jobFile(t, dir, id)
	copies := map[string]string{
		id + ".sync-conflict-20261201-101500-ABCDEFG.json": "Syncthing",
		id + " (conflicted copy 2026-12-01).json":          "Dropbox",
	}
	for name := range copies {
		if err := os.WriteFile(filepath.Join(dir, "jobs", name), good, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"list"}, {"list", "--json"}, {"due"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			res := run(t, dir, args...)
			if res.code != 0 {
				t.Fatalf("exit %d: %s", res.code, res.stderr)
			}
			if args[0] == "list" && !strings.Contains(res.stdout, id) {
				t.Errorf("the job is not listed:\n%s", res.stdout)
			}
			lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
			if len(lines) != len(copies) {
				t.Fatalf("stderr has %d lines, want one for each conflict copy:\n%s", len(lines), res.stderr)
			}
			for name, tool := range copies {
				found := false
				for _, l := range lines {
					if strings.Contains(l, name) {
						found = true
						for _, want := range []string{"prep: ", "second version of job " + id, tool, "compare it with " + id + ".json"} {
							if !strings.Contains(l, want) {
								t.Errorf("%q does not say %q", l, want)
							}
						}
					}
				}
				if !found {
					t.Errorf("stderr does not name %s:\n%s", name, res.stderr)
				}
			}
		})
	}
}
