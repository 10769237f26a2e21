package data_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestKilledWhileIndexing is the promise that a kill never leaves a
// damaged index: a copy of this test binary that ticks items and writes
// the index over and over (TestIndexingUntilKilled), killed with SIGKILL
// at random moments, leaves an index that reads whole, or none, and
// answers as the files do; what a kill left half written goes with the
// next change.
func TestKilledWhileIndexing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a process 30 times")
	}
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	indexAll(t)
	const kills = 30
	dir := generated(t, 20, 11)
	s := data.NewStore(dir)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	torn := 0
	for k := range kills {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIndexingUntilKilled$")
		cmd.Env = append(os.Environ(), "PREP_INDEX_CHILD="+dir, "PREP_INDEX_CHILD_SEED="+strconv.Itoa(k))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(out)
		if line, err := r.ReadString('\n'); line != "indexing\n" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("the child did not start: %q %v", line, err)
		}
		time.Sleep(time.Duration(rng.IntN(40_000)) * time.Microsecond)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		when := fmt.Sprintf("kill %d", k)
		if _, err := os.Stat(filepath.Join(dir, "jobs", ".index")); err == nil {
			if _, ok := data.IndexedIDs(dir); !ok {
				t.Fatalf("%s: the index does not read", when)
			}
		}
		for _, name := range hidden(t, dir) {
			if name != ".index" {
				torn++
			}
		}
		sameAsList(t, s, when)
		s.ClearTempFiles()
		for _, name := range hidden(t, dir) {
			if name != ".index" {
				t.Fatalf("%s: %s is left after clearing the temporary files", when, name)
			}
		}
	}
	t.Logf("%d kills, %d of them left a file half written", kills, torn)
}

// hidden lists the hidden files of the jobs folder but the locks.
func hidden(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, "jobs"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && e.Name() != ".locks" {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestIndexingUntilKilled is the child of TestKilledWhileIndexing: it
// ticks an item of a random job and lists the jobs, which writes the
// index, until it is killed.
func TestIndexingUntilKilled(t *testing.T) {
	dir := os.Getenv("PREP_INDEX_CHILD")
	if dir == "" {
		t.Skip("run by TestKilledWhileIndexing")
	}
	indexAll(t)
	seed, _ := strconv.ParseUint(os.Getenv("PREP_INDEX_CHILD_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, 1))
	s := data.NewStore(dir)
	fmt.Println("indexing")
	for {
		jobs, _, err := s.List()
		if err != nil || len(jobs) == 0 {
			t.Fatalf("List: %d jobs, %v", len(jobs), err)
		}
		j := jobs[rng.IntN(len(jobs))]
		items := j.AllSections()[0].Items
		tick, err := checklist.Tick(j, items[rng.IntN(len(items))].ID, dataset.Reference)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Apply(j.ID, tick); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Digests(); err != nil {
			t.Fatal(err)
		}
	}
}
