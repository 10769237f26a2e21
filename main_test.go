package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
)

// The tests of this file run the test binary itself as prep, so that they
// exercise the real command line in real processes, which they can kill.
//
//	PREP_TEST_AS_PREP=1        run as prep: main() with the arguments given
//	PREP_TEST_SCRIPT=<json>    instead, run these prep commands ([][]string)
//	                           in one process, one after another, like a
//	                           shell loop, PREP_TEST_REPEAT times (0: until
//	                           killed), printing the number of commands
//	                           finished after each one; ["trash-job", ID]
//	                           moves a job to the trash, as the app's d does
//	PREP_TEST_KILL_DRIVER_AFTER=<µs>
//	                           run as prep's merge driver, killed after this
//	                           long
func TestMain(m *testing.M) {
	if os.Getenv("PREP_TEST_AS_PREP") != "1" {
		os.Exit(m.Run())
	}
	script := os.Getenv("PREP_TEST_SCRIPT")
	if script == "" {
		killDriverLater()
		main()
		return
	}
	var cmds [][]string
	if err := json.Unmarshal([]byte(script), &cmds); err != nil {
		fmt.Fprintln(os.Stderr, "PREP_TEST_SCRIPT:", err)
		os.Exit(2)
	}
	repeat, _ := strconv.Atoi(os.Getenv("PREP_TEST_REPEAT"))
	env := cli.Env{Stdout: io.Discard, Stderr: os.Stderr, Getenv: os.Getenv, Now: now}
	done := 0
	for r := 0; repeat == 0 || r < repeat; r++ {
		for _, args := range cmds {
			if code := runScripted(args, env); code != 0 {
				os.Exit(code)
			}
			done++
			fmt.Println(done)
		}
	}
	os.Exit(0)
}

// killDriverLater kills this process, run by git as prep's merge driver,
// PREP_TEST_KILL_DRIVER_AFTER microseconds from now, wherever it is in
// its merge.
func killDriverLater() {
	after, err := strconv.Atoi(os.Getenv("PREP_TEST_KILL_DRIVER_AFTER"))
	if err != nil || len(os.Args) < 2 || os.Args[1] != "merge-driver" {
		return
	}
	go func() {
		time.Sleep(time.Duration(after) * time.Microsecond)
		p, _ := os.FindProcess(os.Getpid())
		_ = p.Kill()
	}()
}

// runScripted runs one command of a PREP_TEST_SCRIPT.
func runScripted(args []string, env cli.Env) int {
	if len(args) == 2 && args[0] == "trash-job" {
		if err := data.NewStore(os.Getenv("PREP_DATA_DIR")).Trash(args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "trash-job:", err)
			return 1
		}
		return 0
	}
	return cli.Run(args, env)
}

// prep is the command that runs this test binary as prep on dataDir.
func prep(t *testing.T, dataDir string, script [][]string, repeat int, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(),
		"PREP_TEST_AS_PREP=1",
		"PREP_DATA_DIR="+dataDir,
		"XDG_CONFIG_HOME="+filepath.Join(dataDir, "..", "config"), // no template of the person running the tests
		"PREP_TEST_REPEAT="+strconv.Itoa(repeat),
	)
	if script != nil {
		b, err := json.Marshal(script)
		if err != nil {
			t.Fatal(err)
		}
		cmd.Env = append(cmd.Env, "PREP_TEST_SCRIPT="+string(b))
	}
	return cmd
}

// newJob adds a job by running prep new and returns its id.
func newJob(t *testing.T, dataDir string) string {
	t.Helper()
	cmd := prep(t, dataDir, nil, 0, "new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01 10:00")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("prep new: %v: %s", err, stderr.Bytes())
	}
	return strings.TrimSpace(string(out))
}

// withoutItems is the job's file as it would be with the given items
// unticked, to compare everything but them.
func withoutItems(t *testing.T, j checklist.Job, ids ...string) string {
	t.Helper()
	j = j.Clone()
	for _, id := range ids {
		it := j.Item(id)
		it.Done, it.DoneAt = false, nil
	}
	b, err := data.EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var tempFile = regexp.MustCompile(`^\..+\.json\.prep-[0-9]+-[0-9]+\.tmp$`)

// tempFiles counts the temporary files a save left in the jobs folder.
func tempFiles(t *testing.T, dataDir string) int {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dataDir, "jobs"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if tempFile.MatchString(e.Name()) {
			n++
		}
	}
	return n
}

// TestKilledWhileSaving is promise 1: prep killed with SIGKILL at random
// moments while it ticks and unticks items leaves a job file that parses,
// each item in its state before or after the change under way, and no
// temporary file that List would show.
func TestKilledWhileSaving(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills prep 200 times")
	}
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	const kills = 200
	dir := filepath.Join(t.TempDir(), "data")
	id := newJob(t, dir)
	store := data.NewStore(dir)
	start, err := store.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	items := []string{"mission", "news", "route", "outfit-ready"}
	// The loop: tick the four items, then untick them, and again.
	var script [][]string
	for _, verb := range []string{"check", "uncheck"} {
		for _, it := range items {
			script = append(script, []string{verb, id, it})
		}
	}
	rest := withoutItems(t, start, items...)
	// after gives the items' states once n commands of the loop are done.
	after := func(from map[string]bool, n int) map[string]bool {
		m := map[string]bool{}
		for k, v := range from {
			m[k] = v
		}
		for i := range n {
			c := script[i%len(script)]
			m[c[2]] = c[0] == "check"
		}
		return m
	}
	states := func(j checklist.Job) map[string]bool {
		m := map[string]bool{}
		for _, it := range items {
			m[it] = j.Item(it).Done
		}
		return m
	}

	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("PREP_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (set PREP_KILL_SEED to repeat)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	cur := states(start)
	total, leftBehind, midChange := 0, 0, 0
	for k := range kills {
		cmd := prep(t, dir, script, 0)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The clock starts once prep has made its first change, so that
		// the kill lands among changes, not while the process starts.
		r := bufio.NewReader(stdout)
		if line, err := r.ReadString('\n'); line != "1\n" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("kill %d: prep did not make its first change: %q %v %s", k, line, err, stderr.Bytes())
		}
		time.Sleep(time.Duration(rng.IntN(20_001)) * time.Microsecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		out, _ := io.ReadAll(r)
		err = cmd.Wait()
		if ee, ok := err.(*exec.ExitError); !ok || ee.Exited() {
			t.Fatalf("kill %d: prep ended before it was killed: %v: %s", k, err, stderr.Bytes())
		}
		lines := strings.Fields(string(out))
		n := 1
		if len(lines) > 0 {
			n, _ = strconv.Atoi(lines[len(lines)-1])
		}
		total += n

		// The file is whole, and in the state after the n commands prep
		// reported, or after the one it was doing when killed.
		j, err := store.Load(id)
		if err != nil {
			t.Fatalf("kill %d, after %d changes: %v", k, n, err)
		}
		got := states(j)
		old, next := after(cur, n), after(cur, n+1)
		switch {
		case fmt.Sprint(got) == fmt.Sprint(old):
		case fmt.Sprint(got) == fmt.Sprint(next):
			midChange++ // killed after the rename, before it said so
		default:
			t.Fatalf("kill %d, after %d changes: items %v, want %v or %v", k, n, got, old, next)
		}
		for _, it := range items {
			if i := j.Item(it); i.Done != (i.DoneAt != nil) {
				t.Fatalf("kill %d: item %s done %v with done_at %v", k, it, i.Done, i.DoneAt)
			}
		}
		if w := withoutItems(t, j, items...); w != rest {
			t.Fatalf("kill %d: the rest of the job changed:\n%s", k, w)
		}
		cur = got
		if tempFiles(t, dir) > 0 {
			leftBehind++
		}
	}

	// No temporary file shows: every job file in the folder parses, and
	// List finds the one job and no problem.
	stray := tempFiles(t, dir)
	jobs, problems, err := store.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Fatalf("after the kills List = %d jobs, %v, %v", len(jobs), problems, err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "jobs"))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			b, err := os.ReadFile(filepath.Join(dir, "jobs", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := data.DecodeJob(b); err != nil {
				t.Errorf("%s: %v", e.Name(), err)
			}
		}
	}
	// The next change clears what the killed copies left.
	if out, err := prep(t, dir, nil, 0, "check", id, "mission").CombinedOutput(); err != nil {
		t.Fatalf("prep check after the kills: %v: %s", err, out)
	}
	if n := tempFiles(t, dir); n != 0 {
		t.Errorf("%d temporary files left after the next change", n)
	}
	t.Logf("%d kills; %d changes finished; %d kills landed after a rename and before prep reported it; %d kills left temporary files (%d at the end), cleared by the next change",
		kills, total, midChange, leftBehind, stray)
	if leftBehind+midChange == 0 {
		t.Log("no kill caught a save in the middle this time")
	}
}

// TestTwoWritersLoseNothing is promise 2: two copies of prep tick 100
// items each in one job, at the same time; all 200 ticks are in the file.
func TestTwoWritersLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two copies of prep making 100 changes each")
	}
	const each = 100
	dir := filepath.Join(t.TempDir(), "data")
	id := newJob(t, dir)
	store := data.NewStore(dir)
	var add []checklist.Edit
	var ids []string
	for _, w := range []string{"a", "b"} {
		for i := range each {
			iid := fmt.Sprintf("%s-%d", w, i)
			ids = append(ids, iid)
			add = append(add, checklist.AddItem{SectionID: "research",
				Item: checklist.Item{ID: iid, Text: "Item " + iid, Own: true}})
		}
	}
	start, err := store.Apply(id, add...)
	if err != nil {
		t.Fatal(err)
	}
	rest := withoutItems(t, start, ids...)

	var wg sync.WaitGroup
	errs := make([]error, 2)
	outs := make([][]byte, 2)
	begin := time.Now()
	for n, w := range []string{"a", "b"} {
		var script [][]string
		for i := range each {
			script = append(script, []string{"check", id, fmt.Sprintf("%s-%d", w, i)})
		}
		cmd := prep(t, dir, script, 1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[n], errs[n] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	for n := range errs {
		if errs[n] != nil {
			// The end of its output, where the error is.
			t.Fatalf("writer %d: %v: …%s", n, errs[n], outs[n][max(0, len(outs[n])-300):])
		}
	}
	final, err := store.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, iid := range ids {
		if it := final.Item(iid); it == nil || !it.Done {
			lost++
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d changes lost", lost, len(ids))
	}
	if w := withoutItems(t, final, ids...); w != rest {
		t.Error("the rest of the job changed")
	}
	t.Logf("2 processes, %d changes each, %d present at the end, in %v", each, len(ids)-lost, time.Since(begin).Round(time.Millisecond))
}
