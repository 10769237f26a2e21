package data_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// indexAll has the store index every file at once, however new, for the
// length of the test. File times tick coarsely, so a test that changes a
// file and expects the change seen waits for the next tick (see tick).
func indexAll(t *testing.T) {
	t.Helper()
	old := *data.RacyWindow
	*data.RacyWindow = 0
	t.Cleanup(func() { *data.RacyWindow = old })
}

// tick waits until a file written now has other times than one written
// before the call: Linux stamps files from a clock that moves a few
// milliseconds at a time.
func tick() { time.Sleep(20 * time.Millisecond) }

// generated is a data directory of n generated jobs.
func generated(t *testing.T, n int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	if err := dataset.Generate(dir, n, seed); err != nil {
		t.Fatal(err)
	}
	return dir
}

// sameAsList checks that Digests answers as List does: the digests of the
// same jobs in the same order, the same problems, and the same tasks at
// moments before, among and after the generated interviews.
func sameAsList(t *testing.T, s *data.Store, when string) []checklist.Digest {
	t.Helper()
	jobs, problems, err := s.List()
	if err != nil {
		t.Fatalf("%s: List: %v", when, err)
	}
	digests, dproblems, err := s.Digests()
	if err != nil {
		t.Fatalf("%s: Digests: %v", when, err)
	}
	want := make([]checklist.Digest, len(jobs))
	for i, j := range jobs {
		want[i] = j.Digest()
	}
	if a, b := asJSON(t, want), asJSON(t, digests); a != b {
		t.Fatalf("%s: Digests differ from the jobs' own:\n%s", when, firstDifference(a, b))
	}
	if a, b := fmt.Sprint(problems), fmt.Sprint(dproblems); a != b {
		t.Fatalf("%s: problems differ:\n List:    %s\n Digests: %s", when, a, b)
	}
	for _, days := range []int{-200, -30, 0, 5, 90} {
		now := dataset.Reference.AddDate(0, 0, days)
		a := shownTasks(checklist.DueTasks(jobs, now, 1000*24*time.Hour))
		b := shownTasks(fullTasks(checklist.DigestDue(digests, now, 1000*24*time.Hour)))
		if a != b {
			t.Fatalf("%s: tasks %d days from the reference differ:\n%s", when, days, firstDifference(a, b))
		}
		for _, within := range []time.Duration{checklist.SoonWithin, 1000 * 24 * time.Hour} {
			// Digests has just brought the index up to date: where it
			// could be written, with every file entered however new, and
			// none that does not read, the tasks come from it.
			fromIndex := data.DueFromIndex(t)
			due, dueProblems, err := collectDue(s, now, within)
			_, indexed := data.IndexedIDs(s.Dir())
			if n := fromIndex.Load(); n != 1 && indexed && len(jobs) > 0 && len(problems) == 0 && *data.RacyWindow == 0 {
				t.Fatalf("%s: Due did not take its tasks from the index", when)
			}
			if err != nil {
				t.Fatalf("%s: Due: %v", when, err)
			}
			a := shownTasks(checklist.DueTasks(jobs, now, within))
			if b := shownTasks(fullTasks(due)); a != b {
				t.Fatalf("%s: Due %d days from the reference, within %v, differs:\n%s", when, days, within, firstDifference(a, b))
			}
			if a, b := fmt.Sprint(problems), fmt.Sprint(dueProblems); a != b {
				t.Fatalf("%s: problems differ:\n List: %s\n Due:  %s", when, a, b)
			}
		}
	}
	return digests
}

// collectDue is Due, its tasks gathered.
func collectDue(s *data.Store, now time.Time, within time.Duration) ([]checklist.Due, []data.Problem, error) {
	tasks, problems, err := s.Due(now, within)
	if err != nil {
		return nil, nil, err
	}
	var due []checklist.Due
	for u, err := range tasks {
		if err != nil {
			return nil, nil, err
		}
		due = append(due, u)
	}
	return due, problems, nil
}

// fullTasks are the tasks in full.
func fullTasks(due []checklist.Due) []checklist.Task {
	tasks := make([]checklist.Task, len(due))
	for i, u := range due {
		tasks[i] = u.Task()
	}
	return tasks
}

// shownTasks is what the commands and the app show of tasks.
func shownTasks(tasks []checklist.Task) string {
	var b strings.Builder
	for _, t := range tasks {
		fmt.Fprintf(&b, "%s|%s|%s|%s|%s|%s|%s|%s\n", t.JobID, t.Company, t.Role, t.RoundID, t.RoundName,
			t.Item.ID, t.Item.Text, t.Due().Format(time.RFC3339Nano))
	}
	return b.String()
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(bl), len(al))
}

// withoutTasksAsList checks that DigestsWithoutTasks answers as List does,
// but for the open items.
func withoutTasksAsList(t *testing.T, s *data.Store, when string) {
	t.Helper()
	jobs, problems, err := s.List()
	if err != nil {
		t.Fatalf("%s: List: %v", when, err)
	}
	digests, dproblems, err := s.DigestsWithoutTasks()
	if err != nil {
		t.Fatalf("%s: DigestsWithoutTasks: %v", when, err)
	}
	want := make([]checklist.Digest, len(jobs))
	for i, j := range jobs {
		want[i] = j.Digest()
		want[i].Open = nil
	}
	if a, b := asJSON(t, want), asJSON(t, digests); a != b {
		t.Fatalf("%s: DigestsWithoutTasks differ from the jobs' own:\n%s", when, firstDifference(a, b))
	}
	if a, b := fmt.Sprint(problems), fmt.Sprint(dproblems); a != b {
		t.Fatalf("%s: problems differ:\n List:                %s\n DigestsWithoutTasks: %s", when, a, b)
	}
}

// indexHolds checks that the index holds exactly the given jobs, but for
// those whose file is a link, which are read every time: the file it
// points to may change with the link untouched.
func indexHolds(t *testing.T, dir string, digests []checklist.Digest, when string) {
	t.Helper()
	var want []string
	for _, d := range digests {
		if info, err := os.Lstat(filepath.Join(dir, "jobs", d.Job.ID+".json")); err == nil && info.Mode().IsRegular() {
			want = append(want, d.Job.ID)
		}
	}
	slices.Sort(want)
	got, ok := data.IndexedIDs(dir)
	if !ok || !slices.Equal(got, want) {
		t.Fatalf("%s: the index holds %v (readable: %v), want %v", when, got, ok, want)
	}
}

// TestDigestsAreListOfAGeneratedFolder: with no index, with the index it
// made, with the index deleted, and on every size of folder generated,
// Digests gives what List does.
func TestDigestsAreListOfAGeneratedFolder(t *testing.T) {
	indexAll(t)
	// 230 jobs are read in three parts when there is no index.
	for _, n := range []int{0, 1, 40, 230} {
		dir := generated(t, n, uint64(n)+7)
		s := data.NewStore(dir)
		index := filepath.Join(dir, "jobs", ".index")
		sameAsList(t, s, fmt.Sprintf("%d jobs, no index", n))
		digests := sameAsList(t, s, fmt.Sprintf("%d jobs, from the index", n))
		withoutTasksAsList(t, s, fmt.Sprintf("%d jobs, from the index, without tasks", n))
		if n > 0 {
			indexHolds(t, dir, digests, fmt.Sprintf("%d jobs", n))
			info, err := os.Stat(index)
			if err != nil {
				t.Fatal(err)
			}
			if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
				t.Errorf("the index is %v, want private to the person (0600)", info.Mode().Perm())
			}
			if err := os.Remove(index); err != nil {
				t.Fatal(err)
			}
		}
		sameAsList(t, s, fmt.Sprintf("%d jobs, index deleted", n))
		if n > 0 {
			if err := os.Remove(index); err != nil {
				t.Fatal(err)
			}
			withoutTasksAsList(t, s, fmt.Sprintf("%d jobs, index deleted, without tasks", n))
			indexHolds(t, dir, digests, fmt.Sprintf("%d jobs, indexed without tasks", n))
			sameAsList(t, s, fmt.Sprintf("%d jobs, from the index made without tasks", n))
		}
	}
}

// TestBrokenIndexIsPassedOver: an index that is damaged, cut short, of
// another version or not a file at all changes no answer, and one that can
// be is written anew.
func TestBrokenIndexIsPassedOver(t *testing.T) {
	indexAll(t)
	dir := generated(t, 12, 3)
	s := data.NewStore(dir)
	index := filepath.Join(dir, "jobs", ".index")
	sameAsList(t, s, "first")
	good, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x10
	later := append([]byte("prep index 99\n"), good[bytes.IndexByte(good, '\n')+1:]...)
	for name, b := range map[string][]byte{
		"empty":           {},
		"garbage":         []byte("{\"not\": \"an index\"}\n"),
		"cut short":       good[:len(good)*2/3],
		"a flipped bit":   flipped,
		"a later version": later,
		"longer":          append(bytes.Clone(good), 0),
	} {
		if err := os.WriteFile(index, b, 0o600); err != nil {
			t.Fatal(err)
		}
		digests := sameAsList(t, s, name)
		indexHolds(t, dir, digests, name+", written anew")
	}
	if err := os.Remove(index); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(index, 0o700); err != nil {
		t.Fatal(err)
	}
	sameAsList(t, s, "a folder where the index would be")
}

// TestNewFileIsIndexedOnceSettled: a file changed a moment ago could change
// again within the same tick of the file clock and keep its details, so
// it is read every time until it is a second old.
func TestNewFileIsIndexedOnceSettled(t *testing.T) {
	dir := generated(t, 3, 5)
	s := data.NewStore(dir)
	time.Sleep(1100 * time.Millisecond)
	old := sameAsList(t, s, "a second after they were made")
	indexHolds(t, dir, old, "a second after they were made")
	added := time.Now()
	if _, err := s.Create(data.DefaultTemplate(), checklist.Details{Company: "New", Role: "R", At: dataset.Reference}, dataset.Reference); err != nil {
		t.Fatal(err)
	}
	sameAsList(t, s, "just after a job was added")
	if time.Since(added) < *data.RacyWindow {
		indexHolds(t, dir, old, "just after a job was added")
	} else {
		t.Logf("adding and listing took %v on this busy machine: the new file had settled", time.Since(added))
	}
	time.Sleep(1100 * time.Millisecond)
	digests := sameAsList(t, s, "a second later")
	indexHolds(t, dir, digests, "a second later")
	if len(digests) != len(old)+1 {
		t.Fatalf("%d jobs, want %d", len(digests), len(old)+1)
	}
}

// outsideEdit is a change made to the jobs folder by something other than
// this store: another copy of prep, an editor, a sync tool.
type outsideEdit struct {
	name string
	do   func(t *testing.T, s *data.Store, rng *rand.Rand, path string)
}

var outsideEdits = []outsideEdit{
	{"another prep ticks an item", func(t *testing.T, s *data.Store, rng *rand.Rand, path string) {
		id := strings.TrimSuffix(filepath.Base(path), ".json")
		j, err := s.Load(id)
		if err != nil {
			return // a broken or removed file: nothing to tick
		}
		items := j.AllSections()[rng.IntN(len(j.AllSections()))].Items
		if len(items) == 0 {
			return
		}
		tick, err := checklist.Tick(j, items[rng.IntN(len(items))].ID, dataset.Reference)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Apply(id, tick); err != nil && !errors.Is(err, data.ErrReadOnly) {
			t.Fatal(err)
		}
	}},
	{"another prep changes the status", func(t *testing.T, s *data.Store, rng *rand.Rand, path string) {
		id := strings.TrimSuffix(filepath.Base(path), ".json")
		st := checklist.Statuses()[rng.IntN(len(checklist.Statuses()))]
		var p data.Problem
		if _, err := s.Apply(id, checklist.SetStatus{Status: st, At: dataset.Reference}); err != nil && !errors.Is(err, data.ErrReadOnly) && !errors.As(err, &p) {
			t.Fatal(err)
		}
	}},
	{"an editor writes it in place, longer", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		rewrite(t, path, false, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"company": "`), []byte(`"company": "New `), 1)
		})
	}},
	{"a sync tool writes it in place, same size and time", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		rewrite(t, path, true, sameSizeChange)
	}},
	{"a sync tool replaces it, same size and time", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		info, err := os.Stat(path)
		if err != nil {
			return
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		tmp := filepath.Join(filepath.Dir(path), ".sync-tmp")
		if err := os.WriteFile(tmp, sameSizeChange(b), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(tmp, time.Time{}, info.ModTime()); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
	}},
	{"it is removed", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		_ = os.Remove(path)
	}},
	{"another prep adds a job", func(t *testing.T, s *data.Store, rng *rand.Rand, _ string) {
		at := dataset.Reference.AddDate(0, 0, rng.IntN(60)-30)
		d := checklist.Details{Company: "Added " + strconv.Itoa(rng.IntN(1000)), Role: "Engineer", At: at}
		if _, err := s.Create(data.DefaultTemplate(), d, dataset.Reference); err != nil {
			t.Fatal(err)
		}
	}},
	{"a hand edit breaks it", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		rewrite(t, path, false, func(b []byte) []byte { return b[:len(b)/2] })
	}},
	{"a newer prep writes it", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		// Its time kept where the file's identity tells the change apart.
		rewrite(t, path, identityKnown, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"version": 2,`), []byte(`"version": 3,`), 1)
		})
	}},
	{"it becomes a link to a copy elsewhere, which an editor then changes", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		b, err := os.ReadFile(path)
		if err != nil {
			return
		}
		elsewhere := filepath.Join(t.TempDir(), filepath.Base(path))
		if err := os.WriteFile(elsewhere, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(elsewhere, path); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
		if _, _, err := data.NewStore(filepath.Dir(filepath.Dir(path))).Digests(); err != nil {
			t.Fatal(err)
		}
		tick()
		rewrite(t, elsewhere, true, sameSizeChange)
	}},
	{"a sync tool leaves a conflict copy", func(t *testing.T, _ *data.Store, _ *rand.Rand, path string) {
		b, err := os.ReadFile(path)
		if err != nil {
			return
		}
		copyPath := strings.TrimSuffix(path, ".json") + ".sync-conflict-20261201-101500-ABCDEFG.json"
		if err := os.WriteFile(copyPath, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}},
}

// sameSizeChange changes a letter of the company's name: the file keeps
// its size.
func sameSizeChange(b []byte) []byte {
	key := []byte(`"company": "`)
	i := bytes.Index(b, key)
	if i < 0 || i+len(key) >= len(b) {
		return b
	}
	b = bytes.Clone(b)
	if c := &b[i+len(key)]; *c == 'Z' {
		*c = 'Y'
	} else {
		*c = 'Z'
	}
	return b
}

// rewrite writes the file in place, as editors and sync tools may, with
// the change made; with sameTime, its modification time is put back.
func rewrite(t *testing.T, path string, sameTime bool, change func([]byte) []byte) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, change(b), 0o600); err != nil {
		t.Fatal(err)
	}
	if sameTime {
		if err := os.Chtimes(path, time.Time{}, info.ModTime()); err != nil {
			t.Fatal(err)
		}
	}
}

// identityKnown says whether Go's file details here hold a file's identity
// and change time (see fileid_*.go). Where they do not (Windows), a file
// rewritten with the same size and modification time cannot be told from
// the one indexed.
var identityKnown = slices.Contains([]string{"linux", "darwin", "freebsd", "netbsd"}, runtime.GOOS)

// TestDigestsSeeEveryOutsideEdit: after each of a run of random changes
// made from outside, the answers from the index are those from reading
// every file, bad files and conflict copies reported alike, and the index
// holds every job that reads.
func TestDigestsSeeEveryOutsideEdit(t *testing.T) {
	indexAll(t)
	seed := uint64(time.Now().UnixNano())
	if v, err := strconv.ParseUint(os.Getenv("PREP_INDEX_SEED"), 10, 64); err == nil {
		seed = v
	}
	t.Logf("seed %d (set PREP_INDEX_SEED to repeat)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	dir := generated(t, 20, seed)
	s := data.NewStore(dir)
	sameAsList(t, s, "at first")
	done := map[string]int{}
	for step := range 60 {
		all, err := filepath.Glob(filepath.Join(dir, "jobs", "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		var paths []string // the job files, not the conflict copies
		for _, p := range all {
			if checklist.ValidID(strings.TrimSuffix(filepath.Base(p), ".json")) {
				paths = append(paths, p)
			}
		}
		if len(paths) == 0 {
			t.Fatal("no job files left")
		}
		e := outsideEdits[rng.IntN(len(outsideEdits))]
		if step < len(outsideEdits) {
			e = outsideEdits[step] // each at least once
		}
		if !identityKnown && strings.Contains(e.name, "same size and time") {
			continue
		}
		tick()
		e.do(t, s, rng, paths[rng.IntN(len(paths))])
		done[e.name]++
		// Every other edit is seen first by a list without tasks, which
		// brings the index up to date without reading their part of it.
		if step%2 == 1 {
			withoutTasksAsList(t, s, fmt.Sprintf("step %d, after %s, without tasks", step, e.name))
		}
		digests := sameAsList(t, s, fmt.Sprintf("step %d, after %s", step, e.name))
		indexHolds(t, dir, digests, fmt.Sprintf("step %d, after %s", step, e.name))
	}
	t.Logf("edits: %v", done)
}
