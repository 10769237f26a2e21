package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
)

// cet is the fixed time zone the tests run in.
var cet = time.FixedZone("CET", 3600)

// clock is the moment the tests run at: Monday 2026-11-23 09:00 CET.
var clock = time.Date(2026, 11, 23, 9, 0, 0, 0, cet)

type result struct {
	code           int
	stdout, stderr string
}

// run runs prep at the test clock with PREP_DATA_DIR set to dir, and
// XDG_CONFIG_HOME set to an empty folder, so that no template of the
// person running the tests is used.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runAt(t, clock, dir, args...)
}

func runAt(t *testing.T, now time.Time, dir string, args ...string) result {
	t.Helper()
	return runEnv(t, now, map[string]string{"PREP_DATA_DIR": dir, "XDG_CONFIG_HOME": t.TempDir()}, args...)
}

// runEnv runs prep at a time with the given environment variables.
func runEnv(t *testing.T, now time.Time, env map[string]string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := cli.Run(args, cli.Env{
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
		Now:    func() time.Time { return now },
	})
	return result{code, stdout.String(), stderr.String()}
}

// mustRun runs prep and fails the test unless it succeeds quietly on stderr.
func mustRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	res := run(t, dir, args...)
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("prep %s: exit %d, stderr %q", strings.Join(args, " "), res.code, res.stderr)
	}
	return res.stdout
}

// newJob adds a job through the command line and returns its id.
func newJob(t *testing.T, dir string, args ...string) string {
	t.Helper()
	return strings.TrimSpace(mustRun(t, dir, append([]string{"new"}, args...)...))
}

// jobFile reads the file of a job.
func jobFile(t *testing.T, dir, id string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "jobs", id+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// loadJob reads a job as the store does.
func loadJob(t *testing.T, dir, id string) checklist.Job {
	t.Helper()
	j, err := data.NewStore(dir).Load(id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// requireOneErrorLine checks that stderr is one line naming what is at fault.
func requireOneErrorLine(t *testing.T, stderr string, want ...string) {
	t.Helper()
	if !strings.HasPrefix(stderr, "prep: ") || strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
		t.Fatalf("stderr is not one line starting with %q: %q", "prep: ", stderr)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q does not mention %q", stderr, w)
		}
	}
}

// requireEmptyDir checks that nothing was written in the data directory.
func requireEmptyDir(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("data directory has %d entries, want none", len(entries))
	}
}

// item reads one item of a job from its file.
func item(t *testing.T, dir, id, itemID string) checklist.Item {
	t.Helper()
	j := loadJob(t, dir, id)
	it := j.Item(itemID)
	if it == nil {
		t.Fatalf("job %s has no item %s", id, itemID)
	}
	return *it
}
