//go:build !windows

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prep-cli/prep/data"
)

// syncCopies makes a bare repository and two data folders synced with it
// by prep sync, each holding the job, and returns them with the job's id.
func syncCopies(t *testing.T) (remote, a, b, id string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	root := t.TempDir()
	remote = filepath.Join(root, "remote.git")
	a, b = filepath.Join(root, "a"), filepath.Join(root, "b")
	gitIn(t, root, "init", "-q", "--bare", remote)
	id = newJob(t, a)
	gitIn(t, root, "init", "-q", a)
	identity(t, a, "a")
	mustPrep(t, a, "sync", "--init", remote)
	gitIn(t, root, "clone", "-q", remote, b)
	identity(t, b, "b")
	mustPrep(t, b, "sync")
	return remote, a, b, id
}

func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v: %s", args, err, out)
	}
	return string(out)
}

func identity(t *testing.T, dir, name string) {
	t.Helper()
	gitIn(t, dir, "config", "user.name", name)
	gitIn(t, dir, "config", "user.email", name+"@example.com")
}

func mustPrep(t *testing.T, dir string, args ...string) {
	t.Helper()
	if out, err := prep(t, dir, nil, 0, args...).CombinedOutput(); err != nil {
		t.Fatalf("prep %v in %s: %v: %s", args, dir, err, out)
	}
}

// TestKilledWhileSyncing: prep sync killed at random moments, with git and
// the merge driver it started, and then run again, loses nothing: both
// devices' ticks are in the job on both, the repository has nothing left
// unmerged or uncommitted, and the job file parses.
func TestKilledWhileSyncing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills prep sync many times")
	}
	_, a, b, id := syncCopies(t)
	items := itemIDs(t, a, id)
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("PREP_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (set PREP_KILL_SEED to repeat)", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	kills := min(syncKills(), len(items)/2-1) // each kill ticks two items
	midMerge, uncommitted := 0, 0
	for k := range kills {
		// Each device ticks its own item of the same job, so that the
		// sync merges the job through the driver.
		mustPrep(t, b, "check", id, items[2*k])
		mustPrep(t, b, "sync")
		mustPrep(t, a, "check", id, items[2*k+1])
		cmd := prep(t, a, nil, 0, "sync")
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(400_000)) * time.Microsecond)
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		if _, err := os.Stat(filepath.Join(a, ".git", "MERGE_HEAD")); err == nil {
			midMerge++
		}
		if st, _ := exec.Command("git", "-C", a, "status", "--porcelain").Output(); len(st) > 0 {
			uncommitted++
		}
		mustPrep(t, a, "sync")
		mustPrep(t, b, "sync")
		for _, dir := range []string{a, b} {
			checkSynced(t, dir, id, items[:2*k+2])
		}
	}
	t.Logf("%d kills: %d in the middle of a merge, %d before the change was committed", kills, midMerge, uncommitted)
}

// TestDriverKilled: the merge driver killed at random moments while it
// merges a job leaves the sync to finish the merge itself: nothing is
// lost and nothing is left unmerged.
func TestDriverKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills the merge driver many times")
	}
	_, a, b, id := syncCopies(t)
	items := itemIDs(t, a, id)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 2))
	kills := min(syncKills(), len(items)/2-1) // each kill ticks two items
	for k := range kills {
		mustPrep(t, b, "check", id, items[2*k])
		mustPrep(t, b, "sync")
		mustPrep(t, a, "check", id, items[2*k+1])
		cmd := prep(t, a, nil, 0, "sync")
		cmd.Env = append(cmd.Env, "PREP_TEST_KILL_DRIVER_AFTER="+strconv.Itoa(rng.IntN(30_000)))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kill %d: prep sync with the driver killed: %v: %s", k, err, out)
		}
		mustPrep(t, b, "sync")
		for _, dir := range []string{a, b} {
			checkSynced(t, dir, id, items[:2*k+2])
		}
	}
}

// syncKills is how many syncs a kill test kills: a few, for CI, whose
// root package runs every kill test; PREP_SYNC_KILLS asks for more.
func syncKills() int {
	if n, err := strconv.Atoi(os.Getenv("PREP_SYNC_KILLS")); err == nil && n > 0 {
		return n
	}
	return 6
}

func itemIDs(t *testing.T, dir, id string) []string {
	t.Helper()
	j, err := data.NewStore(dir).Load(id)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

// checkSynced fails the test unless the job in dir has every item ticked,
// and the repository is clean.
func checkSynced(t *testing.T, dir, id string, ticked []string) {
	t.Helper()
	j, err := data.NewStore(dir).Load(id)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	for _, it := range ticked {
		if !j.Item(it).Done {
			t.Fatalf("%s: the tick of %s is lost; the history:\n%s", dir, it, gitIn(t, dir, "log", "--graph", "--format=%h %an %s", "-n", "30"))
		}
	}
	if st := gitIn(t, dir, "status", "--porcelain"); strings.TrimSpace(st) != "" {
		t.Fatalf("%s: left uncommitted: %s", dir, st)
	}
	if _, err := os.Stat(filepath.Join(dir, ".git", "MERGE_HEAD")); err == nil {
		t.Fatalf("%s: a merge is left unfinished", dir)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "jobs"))
	for _, e := range entries {
		if strings.Contains(e.Name(), "conflict") {
			b, _ := os.ReadFile(filepath.Join(dir, "jobs", e.Name()))
			t.Fatalf("%s: a conflict copy was left: %s\n%s", dir, e.Name(), bytes.TrimSpace(b)[:min(200, len(b))])
		}
	}
}
