package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// prep sync in a data folder that is not kept in git says what to run,
// and a remote given without --init is a usage error.
func TestSyncNeedsInit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	res := run(t, dir, "sync")
	if res.code != 1 || !strings.Contains(res.stderr, "prep: sync: the data folder is not kept in git yet: run prep sync --init") {
		t.Errorf("prep sync outside git: exit %d, stderr %q", res.code, res.stderr)
	}
	res = run(t, dir, "sync", "git@example.com:me/jobs.git")
	if res.code != 2 || !strings.Contains(res.stderr, "--init") {
		t.Errorf("prep sync REMOTE: exit %d, stderr %q", res.code, res.stderr)
	}
}

// prep sync --auto on turns on the sync on start and quit in the config
// file, keeping what else the file holds.
func TestSyncAuto(t *testing.T) {
	config := t.TempDir()
	path := filepath.Join(config, "prep", "config.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(`{"theme": "dark"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PREP_DATA_DIR": t.TempDir(), "XDG_CONFIG_HOME": config}
	if res := runEnv(t, clock, env, "sync", "--auto", "on"); res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), `"sync_on_start_and_quit": true`) || !strings.Contains(string(b), `"theme": "dark"`) {
		t.Errorf("config.json = %s", b)
	}
	if res := runEnv(t, clock, env, "sync", "--auto", "maybe"); res.code != 2 {
		t.Errorf("--auto maybe: exit %d", res.code)
	}
}
