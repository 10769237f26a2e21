package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/ui"
)

// scriptRun is one start of prep on a script, and where a kill found it.
type scriptRun struct {
	// done is how many commands of the script had finished when it was
	// killed, or all of them when it ended before the kill.
	done   int
	killed bool
	// lines are the moments each command finished, from the first.
	lines []time.Duration
}

// killAfter starts cmd, waits until it has finished its first command and
// kills it after the given time, unless it ends first.
func killAfter(t *testing.T, cmd *exec.Cmd, after time.Duration) scriptRun {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(stdout)
	if line, err := r.ReadString('\n'); line != "1\n" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("prep did not finish its first command: %q %v %s", line, err, stderr.Bytes())
	}
	first := time.Now()
	timer := time.AfterFunc(after, func() { _ = cmd.Process.Kill() })
	var lines []time.Duration
	n := 1
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, time.Since(first))
		n, _ = strconv.Atoi(strings.TrimSpace(line))
	}
	timer.Stop()
	err = cmd.Wait()
	ee, isExit := err.(*exec.ExitError)
	if err != nil && (!isExit || ee.Exited()) {
		t.Fatalf("prep failed: %v: %s", err, stderr.Bytes())
	}
	return scriptRun{done: n, killed: err != nil, lines: lines}
}

// TestKilledWhileMovingJobs is the promise that moves never replace a file
// and never leave a job twice: prep killed with SIGKILL at random moments
// while it trashes and restores jobs, among them a restore into a taken
// id, leaves every job in exactly one place, whole, and the trash as it
// leaves it restorable. Each run starts afresh with two jobs that have one
// id: Acme in the jobs folder and Globex in the trash.
func TestKilledWhileMovingJobs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills prep 200 times")
	}
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	const kills = 200
	id := "acme-corp-backend-engineer-2026-12-01"
	id2 := id + "-2"
	acme, err := checklist.NewJob(data.DefaultTemplate(), checklist.Details{
		Company: "Acme Corp", Role: "Backend Engineer", At: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC),
	}, id, time.Date(2026, 11, 20, 18, 30, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	globex := acme.Clone()
	globex.Company = "Globex"
	files := map[string][]byte{} // company → its file, with the id it was made with
	for _, j := range []checklist.Job{acme, globex} {
		if files[j.Company], err = data.EncodeJob(j); err != nil {
			t.Fatal(err)
		}
	}
	script := [][]string{
		{"list"},
		{"restore", id},    // 2: Globex into the taken id: it becomes id-2
		{"trash-job", id},  // 3: Acme to the trash
		{"trash-job", id2}, // 4: Globex to the trash
		{"restore", id},    // 5: Acme back
		{"restore", id2},   // 6: Globex back
	}
	steps := []string{2: "a restore into a taken id", 3: "a trash", 4: "a trash", 5: "a restore", 6: "a restore", 7: "its exit"}
	base := t.TempDir()
	fresh := func(k int) string {
		dir := filepath.Join(base, strconv.Itoa(k), "data")
		write(t, filepath.Join(dir, "jobs", id+".json"), files["Acme Corp"])
		write(t, filepath.Join(dir, "trash", id+".json"), files["Globex"])
		return dir
	}

	// A run to the end says how long the moves take, and so when to kill.
	whole := killAfter(t, prep(t, fresh(-1), script, 1), time.Hour)
	if whole.killed || whole.done != len(script) || len(whole.lines) != len(script)-1 {
		t.Fatalf("the script did not run to its end: %+v", whole)
	}
	takenRestore, all := whole.lines[0], whole.lines[len(whole.lines)-1]
	t.Logf("the moves took %v, the restore into a taken id %v", all, takenRestore)

	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("PREP_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (set PREP_KILL_SEED to repeat)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	during := map[int]int{}
	landed, ranOut, restored := 0, 0, 0
	for k := 0; landed < kills; k++ {
		if k >= 3*kills {
			t.Fatalf("only %d of %d runs were killed before they ended", landed, k)
		}
		// Half the kills aim at the restore into a taken id, the rest at
		// any moment of the moves.
		window := all
		if k%2 == 0 {
			window = takenRestore
		}
		after := time.Duration(rng.Int64N(int64(window)*5/4 + 1))
		dir := fresh(k)
		r := killAfter(t, prep(t, dir, script, 1), after)
		if !r.killed {
			// A run to the end says again how long the moves take now.
			ranOut++
			takenRestore, all = r.lines[0], r.lines[len(r.lines)-1]
			continue
		}
		landed++
		during[r.done+1]++
		oneEach(t, dir, files, fmt.Sprintf("kill %d, during %s (command %d)", landed, steps[r.done+1], r.done+1))

		// What the kill left can be restored: both jobs back in the jobs
		// folder, each under an id of its own.
		s := data.NewStore(dir)
		trashed, err := s.TrashList()
		if err != nil {
			t.Fatal(err)
		}
		for _, tj := range trashed {
			if _, err := s.Restore(tj.Name); err != nil {
				t.Fatalf("kill %d: restore %s after the kill: %v", landed, tj.Name, err)
			}
			restored++
		}
		jobs, problems, err := s.List()
		if err != nil || len(problems) != 0 || len(jobs) != 2 {
			t.Fatalf("kill %d: after restoring the trash List = %d jobs, %v, %v", landed, len(jobs), problems, err)
		}
		oneEach(t, dir, files, fmt.Sprintf("kill %d, after restoring the trash", landed))
		for _, folder := range []string{"jobs", "trash"} {
			for _, name := range readDir(t, filepath.Join(dir, folder)) {
				if leftOver(name) {
					t.Fatalf("kill %d: %s/%s is left after restoring the trash", landed, folder, name)
				}
			}
		}
		if err := os.RemoveAll(filepath.Dir(dir)); err != nil {
			t.Fatal(err)
		}
	}
	if during[2] == 0 {
		t.Error("no kill landed during the restore into a taken id")
	}
	t.Logf("%d kills (%d runs ended first): %d during the restore into a taken id, %d during a trash, %d during a restore; %d jobs restored from the trash afterwards",
		kills, ranOut, during[2], during[3]+during[4], during[5]+during[6], restored)
}

// oneEach checks that each job of files is in exactly one place in the data
// folder dir, the jobs folder or the trash, whole: its file is as it was
// made, but for the id prep gave it, and in the jobs folder that id is the
// file's name.
func oneEach(t *testing.T, dir string, files map[string][]byte, when string) {
	t.Helper()
	seen := map[string][]string{}
	for _, folder := range []string{"jobs", "trash"} {
		entries, err := os.ReadDir(filepath.Join(dir, folder))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		for _, e := range entries {
			name, ok := strings.CutSuffix(e.Name(), ".json")
			if !ok || strings.HasPrefix(name, ".") {
				continue
			}
			path := filepath.Join(dir, folder, e.Name())
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			j, err := data.DecodeJob(b)
			if err != nil {
				t.Fatalf("%s: %s/%s: %v", when, folder, e.Name(), err)
			}
			if folder == "jobs" && j.ID != name {
				t.Fatalf("%s: jobs/%s holds the id %s", when, e.Name(), j.ID)
			}
			made, ok := files[j.Company]
			if !ok {
				t.Fatalf("%s: %s/%s is of no job made: %s", when, folder, e.Name(), j.Company)
			}
			var first checklist.Job
			if first, err = data.DecodeJob(made); err != nil {
				t.Fatal(err)
			}
			want := bytes.Replace(made, []byte(`"id": "`+first.ID+`"`), []byte(`"id": "`+j.ID+`"`), 1)
			if !bytes.Equal(b, want) {
				t.Fatalf("%s: %s/%s is not the job as it was made, with the id %s", when, folder, e.Name(), j.ID)
			}
			seen[j.Company] = append(seen[j.Company], folder+"/"+e.Name())
		}
	}
	for company := range files {
		if places := seen[company]; len(places) != 1 {
			t.Fatalf("%s: %s is in %d places: %v", when, company, len(places), places)
		}
	}
}

// leftOver reports whether a file of the jobs or trash folder is one a
// killed write left: a hidden file other than the lock folder or the
// index, which stay by design.
func leftOver(name string) bool {
	return strings.HasPrefix(name, ".") && name != ".locks" && name != ".index"
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestKilledWhileWritingLeavesNoStrays is the promise that every temporary
// file is prep's own and goes on the next start or save: prep killed at
// random moments while it adds jobs and exports one with -o leaves
// temporary files, which the next start of the app clears from the jobs
// folder, and the next export from beside its file; a file of the
// person's own there stays.
func TestKilledWhileWritingLeavesNoStrays(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills prep 100 times")
	}
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	const kills = 100
	dir := filepath.Join(t.TempDir(), "data")
	id := newJob(t, dir)
	docs := t.TempDir()
	out := filepath.Join(docs, "out.md")
	mine := filepath.Join(docs, ".out.md.swp")
	write(t, mine, []byte("the person's own\n"))
	script := [][]string{
		{"new", "--company", "Globex", "--role", "SRE", "--at", "2026-12-03 14:00"},
		{"export", id, "-o", out},
	}
	// strays counts the hidden files a write left: in the jobs folder all
	// but the lock files and the index, beside the export all but the
	// person's.
	strays := func() (inJobs, besideExport int) {
		for _, e := range readDir(t, filepath.Join(dir, "jobs")) {
			if leftOver(e) {
				inJobs++
			}
		}
		for _, e := range readDir(t, docs) {
			if strings.HasPrefix(e, ".") && e != filepath.Base(mine) {
				besideExport++
			}
		}
		return inJobs, besideExport
	}
	noStrays := func() bool { n, _ := strays(); return n == 0 }

	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("PREP_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (set PREP_KILL_SEED to repeat)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	env := cli.Env{Stdout: io.Discard, Stderr: io.Discard, Now: now,
		Getenv: func(k string) string {
			if k == "PREP_DATA_DIR" {
				return dir
			}
			return ""
		},
		OpenApp: func(s *data.Store) error { return startAppUntil(s, noStrays) },
	}
	leftInJobs, leftBeside := 0, 0
	for k := range kills {
		r := killAfter(t, prep(t, dir, script, 0), time.Duration(rng.IntN(40_001))*time.Microsecond)
		if !r.killed {
			t.Fatal("prep ended before it was killed")
		}
		inJobs, beside := strays()
		if inJobs > 0 {
			leftInJobs++
			if code := cli.Run(nil, env); code != 0 {
				t.Fatalf("kill %d: starting the app: exit %d", k, code)
			}
			// The index the app writes may still be on its way.
			if !eventually(noStrays) {
				n, _ := strays()
				t.Fatalf("kill %d: the app started and left %d temporary files in the jobs folder", k, n)
			}
		}
		if beside > 0 {
			leftBeside++
			if code := cli.Run([]string{"export", id, "-o", out}, env); code != 0 {
				t.Fatalf("kill %d: the next export: exit %d", k, code)
			}
			if _, n := strays(); n != 0 {
				t.Fatalf("kill %d: the next export left %d temporary files beside it", k, n)
			}
		}
	}
	if b, err := os.ReadFile(mine); err != nil || string(b) != "the person's own\n" {
		t.Errorf("the person's own file beside the export: %q, %v", b, err)
	}
	t.Logf("%d kills; %d left temporary files in the jobs folder, cleared by the next start of the app; %d left them beside the export, cleared by the next export",
		kills, leftInJobs, leftBeside)
	if leftInJobs+leftBeside == 0 {
		t.Log("no kill caught a write in the middle this time")
	}
}

// startAppUntil opens the app on the store with no terminal and quits it
// once until holds, or after ten seconds: the app clears the temporary
// files beside its first frame, not before it.
func startAppUntil(store *data.Store, until func() bool) error {
	p := tea.NewProgram(ui.New(ui.Config{Store: store, Now: now}),
		tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutRenderer(), tea.WithoutSignalHandler())
	ended := make(chan error, 1)
	go func() {
		_, err := p.Run()
		ended <- err
	}()
	eventually(until)
	p.Quit()
	return <-ended
}

// eventually reports whether cond holds within ten seconds.
func eventually(cond func() bool) bool {
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			return false
		}
	}
	return true
}

func readDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
