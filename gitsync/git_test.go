package gitsync_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/gitsync"
)

// TestMain runs this test binary as prep's merge driver when git asks for
// it (see driver), and as the tests otherwise.
func TestMain(m *testing.M) {
	if os.Getenv("PREP_TEST_MERGE_DRIVER") == "1" {
		a := os.Args[1:]
		if len(a) != 4 {
			fmt.Fprintln(os.Stderr, "merge driver: want BASE OURS THEIRS PATH, got", a)
			os.Exit(2)
		}
		if err := gitsync.MergeDriver(a[0], a[1], a[2], a[3], os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "prep:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	// Git passes this on to the driver it starts.
	os.Setenv("PREP_TEST_MERGE_DRIVER", "1")
	os.Exit(m.Run())
}

// driver is the merge driver git runs in these tests: this test binary.
func driver(t testing.TB) []string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return []string{exe}
}

func needGit(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		// CI's Linux machine has git; the Windows tests under Wine do not.
		if os.Getenv("CI") == "true" && runtime.GOOS != "windows" {
			t.Fatal("git is not installed")
		}
		t.Skip("git is not installed")
	}
}

// git runs git in dir for a test.
func git(t testing.TB, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// identify gives a test repository its own committer, as CI machines have
// none.
func identify(t testing.TB, dir, name string) {
	t.Helper()
	git(t, dir, "config", "user.name", name)
	git(t, dir, "config", "user.email", name+"@example.com")
}

func clock() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }

func open(t testing.TB, dir string) *gitsync.Repo {
	t.Helper()
	r, err := gitsync.Open(dir, driver(t), clock)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// setup makes a bare repository as the remote and n copies of the data
// folder synced with it, the first made by Init with the job in it, the
// others cloned from the remote and synced once.
func setup(t testing.TB, base checklist.Job, n int) (remote string, dirs []string) {
	t.Helper()
	root := t.TempDir()
	remote = filepath.Join(root, "remote.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", remote).CombinedOutput(); err != nil {
		t.Fatalf("git init --bare: %v: %s", err, out)
	}
	first := filepath.Join(root, "copy0")
	writeJob(t, first, base)
	r := open(t, first)
	if _, err := exec.Command("git", "init", "-q", first).CombinedOutput(); err != nil {
		t.Fatal(err)
	}
	identify(t, first, "copy0")
	if err := r.Init(remote); err != nil {
		t.Fatalf("Init: %v", err)
	}
	if _, err := r.Sync(); err != nil {
		t.Fatalf("first sync: %v", err)
	}
	dirs = append(dirs, first)
	for c := 1; c < n; c++ {
		dir := filepath.Join(root, fmt.Sprintf("copy%d", c))
		if out, err := exec.Command("git", "clone", "-q", remote, dir).CombinedOutput(); err != nil {
			t.Fatalf("git clone: %v: %s", err, out)
		}
		identify(t, dir, fmt.Sprintf("copy%d", c))
		if _, err := open(t, dir).Sync(); err != nil {
			t.Fatalf("first sync of copy %d: %v", c, err)
		}
		dirs = append(dirs, dir)
	}
	return remote, dirs
}

func writeJob(t testing.TB, dir string, j checklist.Job) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "jobs"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "jobs", j.ID+".json"), encode(t, j), 0o600); err != nil {
		t.Fatal(err)
	}
}

// gitWorld is a world of real data folders, each a clone of a bare
// repository, edited through the store and synced by Sync, with this test
// binary as git's merge driver.
type gitWorld struct {
	t     testing.TB
	dirs  []string
	repos []*gitsync.Repo
}

func newGitWorld(t testing.TB, base checklist.Job, n int) *gitWorld {
	_, dirs := setup(t, base, n)
	w := &gitWorld{t: t, dirs: dirs}
	for _, d := range dirs {
		w.repos = append(w.repos, open(t, d))
	}
	return w
}

func (w *gitWorld) job(c int) checklist.Job {
	j, err := data.NewStore(w.dirs[c]).Load(jobID)
	if err != nil {
		w.t.Fatal(err)
	}
	return j
}

func (w *gitWorld) apply(c int, e checklist.Edit) error {
	_, err := data.NewStore(w.dirs[c]).Apply(jobID, e)
	return err
}

func (w *gitWorld) sync(c int) error {
	res, err := w.repos[c].Sync()
	if err == nil && len(res.Kept) > 0 {
		err = fmt.Errorf("kept both versions: %v", res.Kept)
	}
	return err
}

func (w *gitWorld) file(c int) []byte {
	b, err := os.ReadFile(filepath.Join(w.dirs[c], "jobs", jobID+".json"))
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// TestSyncThroughGitLosesNothing is the model-based test through git.
func TestSyncThroughGitLosesNothing(t *testing.T) {
	needGit(t)
	n := *gitTrials
	if testing.Short() {
		n = 2
	}
	s := seed(t)
	base := baseJob(t)
	for i := range n {
		rng := rand.New(rand.NewPCG(s, uint64(i)))
		copies := 2 + i%2
		runTrial(t, newGitWorld(t, base, copies), copies, rng, base, fmt.Sprintf("git trial %d (seed %d), %d copies", i, s, copies))
	}
}

// TestCloneMadeElsewhere: a plain git clone of the remote, which has no
// merge driver in its config, merges job files item by item from its
// first sync.
func TestCloneMadeElsewhere(t *testing.T) {
	needGit(t)
	base := baseJob(t)
	_, dirs := setup(t, base, 1)
	other := filepath.Join(filepath.Dir(dirs[0]), "elsewhere")
	git(t, dirs[0], "clone", "-q", filepath.Join(filepath.Dir(dirs[0]), "remote.git"), other)
	identify(t, other, "elsewhere")
	if got := strings.TrimSpace(gitOut(other, "config", "merge.prep.driver")); got != "" {
		t.Fatalf("a fresh clone has a merge driver already: %q", got)
	}
	tick := func(dir, item string) {
		at := clock()
		if _, err := data.NewStore(dir).Apply(jobID, checklist.SetDone{ItemID: item, Done: true, At: &at}); err != nil {
			t.Fatal(err)
		}
	}
	tick(dirs[0], "website")
	if _, err := open(t, dirs[0]).Sync(); err != nil {
		t.Fatal(err)
	}
	tick(other, "news")
	res, err := open(t, other).Sync()
	if err != nil {
		t.Fatalf("first sync of the clone: %v", err)
	}
	j, err := data.NewStore(other).Load(jobID)
	if err != nil {
		t.Fatal(err)
	}
	if !j.Item("website").Done || !j.Item("news").Done || !res.Pushed {
		t.Errorf("after the clone's first sync: website %v, news %v, pushed %v", j.Item("website").Done, j.Item("news").Done, res.Pushed)
	}
	if !strings.Contains(gitOut(other, "config", "merge.prep.driver"), "%O %A %B %P") {
		t.Error("the sync did not register the merge driver")
	}
}

func gitOut(dir string, args ...string) string {
	out, _ := exec.Command("git", append([]string{"-C", dir}, args...)...).Output()
	return string(out)
}

// TestSyncFailures: without git, without a remote, with the push refused
// or the key refused, the sync says so plainly, and the change made here
// is committed and stays.
func TestSyncFailures(t *testing.T) {
	needGit(t)
	base := baseJob(t)
	t.Run("git missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		if _, err := gitsync.Open(t.TempDir(), driver(t), clock); !errors.Is(err, gitsync.ErrNoGit) {
			t.Errorf("Open without git = %v, want ErrNoGit", err)
		}
	})
	t.Run("not a repository", func(t *testing.T) {
		dir := t.TempDir()
		writeJob(t, dir, base)
		if _, err := open(t, dir).Sync(); !errors.Is(err, gitsync.ErrNotRepo) {
			t.Errorf("Sync = %v, want ErrNotRepo", err)
		}
	})
	// changed makes a change in a synced copy and checks, after a sync
	// that fails with want, that it is committed there.
	changed := func(t *testing.T, dir string, want error) {
		t.Helper()
		at := clock()
		if _, err := data.NewStore(dir).Apply(jobID, checklist.SetDone{ItemID: "website", Done: true, At: &at}); err != nil {
			t.Fatal(err)
		}
		res, err := open(t, dir).Sync()
		if !errors.Is(err, want) {
			t.Fatalf("Sync = %v, want %v", err, want)
		}
		if len(res.Committed) != 1 || gitOut(dir, "status", "--porcelain") != "" {
			t.Errorf("the change is not committed: %v, %q", res.Committed, gitOut(dir, "status", "--porcelain"))
		}
		if j, _ := data.NewStore(dir).Load(jobID); !j.Item("website").Done {
			t.Error("the change is gone")
		}
		if !strings.Contains(gitOut(dir, "log", "-1", "--format=%s"), jobID) {
			t.Errorf("the commit message does not name the job: %q", gitOut(dir, "log", "-1", "--format=%s"))
		}
	}
	t.Run("no remote", func(t *testing.T) {
		dir := t.TempDir()
		writeJob(t, dir, base)
		git(t, dir, "init", "-q")
		identify(t, dir, "here")
		if err := open(t, dir).Init(""); err != nil {
			t.Fatal(err)
		}
		changed(t, dir, gitsync.ErrNoRemote)
	})
	t.Run("push refused", func(t *testing.T) {
		remote, dirs := setup(t, base, 1)
		hook := filepath.Join(remote, "hooks", "pre-receive")
		if err := os.WriteFile(hook, []byte("#!/bin/sh\necho 'pushes are closed' >&2\nexit 1\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		changed(t, dirs[0], gitsync.ErrPushRefused)
	})
	t.Run("authentication failed", func(t *testing.T) {
		_, dirs := setup(t, base, 1)
		ssh := filepath.Join(t.TempDir(), "ssh")
		if err := os.WriteFile(ssh, []byte("#!/bin/sh\necho 'git@example.com: Permission denied (publickey).' >&2\nexit 255\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv("GIT_SSH_COMMAND", ssh)
		git(t, dirs[0], "remote", "set-url", "origin", "git@example.com:me/jobs.git")
		changed(t, dirs[0], gitsync.ErrAuth)
	})
}

// TestUnmergeableVersionKept: when the other device's version of a job is
// no job file this build can merge (here: broken by hand and pushed with
// git itself), the
// sync keeps this device's version, keeps the other beside it as a
// conflict copy the app reports, and says so.
func TestUnmergeableVersionKept(t *testing.T) {
	needGit(t)
	base := baseJob(t)
	_, dirs := setup(t, base, 2)
	path := func(c int) string { return filepath.Join(dirs[c], "jobs", jobID+".json") }
	if err := os.WriteFile(path(1), []byte(`{"version": 2, "id": "`+jobID+`", broken`), 0o600); err != nil {
		t.Fatal(err)
	}
	git(t, dirs[1], "commit", "-q", "-am", "by hand")
	git(t, dirs[1], "push", "-q", "origin", "HEAD")
	at := clock()
	if _, err := data.NewStore(dirs[0]).Apply(jobID, checklist.SetDone{ItemID: "website", Done: true, At: &at}); err != nil {
		t.Fatal(err)
	}
	res, err := open(t, dirs[0]).Sync()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Kept) != 1 {
		t.Fatalf("Kept = %v, want the other version", res.Kept)
	}
	j, err := data.NewStore(dirs[0]).Load(jobID)
	if err != nil || !j.Item("website").Done {
		t.Fatalf("this device's version: %v", err)
	}
	if _, conflicts, _ := data.NewStore(dirs[0]).Scan(); len(conflicts) != 1 {
		t.Errorf("the kept version is not reported: %v", conflicts)
	}
	if strings.Contains(string(encode(t, j)), "<<<<<<<") || gitOut(dirs[0], "diff", "--name-only", "--diff-filter=U") != "" {
		t.Error("the merge was left unfinished")
	}
}

// TestUnreadableJobNotSent: a job file broken by hand is left out of the
// commit, and so never reaches the other devices; the sync says so.
func TestUnreadableJobNotSent(t *testing.T) {
	needGit(t)
	base := baseJob(t)
	_, dirs := setup(t, base, 1)
	path := filepath.Join(dirs[0], "jobs", jobID+".json")
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, good[:len(good)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := open(t, dirs[0]).Sync()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unreadable) != 1 || len(res.Committed) != 0 || !strings.Contains(res.Summary(), "unreadable") {
		t.Fatalf("Sync = %+v", res)
	}
	if got := gitOut(dirs[0], "show", "HEAD:jobs/"+jobID+".json"); got != string(good) {
		t.Error("the broken file was committed")
	}
	if b, _ := os.ReadFile(path); len(b) != len(good)/2 {
		t.Error("the broken file was changed")
	}
}
