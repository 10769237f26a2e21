package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// writeJobs writes n jobs straight into the jobs folder, quicker than
// Create, interviews a day apart, newest first by file name.
func writeJobs(t *testing.T, dir string, n int) []string {
	t.Helper()
	var ids []string
	for i := range n {
		d := details()
		d.At = d.At.AddDate(0, 0, n-i)
		id := fmt.Sprintf("job-%03d", i)
		j, err := checklist.NewJob(DefaultTemplate(), d, id, now)
		if err != nil {
			t.Fatal(err)
		}
		b, err := EncodeJob(j)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "jobs", id+".json"), b)
		ids = append(ids, id)
	}
	return ids
}

func TestIDs(t *testing.T) {
	s, dir := newStore(t)
	if ids, err := s.IDs(); err != nil || ids != nil {
		t.Fatalf("IDs of a folder with no jobs folder = %v, %v; want none", ids, err)
	}
	want := writeJobs(t, dir, 3)
	jobs := filepath.Join(dir, "jobs")
	for _, name := range []string{".job-000.lock", ".job-000.json123", "README.txt", "Job-9.json", "x.json.bak", "a..b.json"} {
		writeFile(t, filepath.Join(jobs, name), []byte("{}"))
	}
	writeFile(t, filepath.Join(jobs, "broken.json"), []byte("{"))
	want = append(want, "broken")
	slices.Sort(want)
	ids, err := s.IDs()
	if err != nil || !reflect.DeepEqual(ids, want) {
		t.Errorf("IDs = %v, %v; want %v", ids, err, want)
	}
}

func TestLoadManyKeepsTheOrderGivenAndReportsBadFiles(t *testing.T) {
	s, dir := newStore(t)
	ids := writeJobs(t, dir, 3)
	bad := filepath.Join(dir, "jobs", "broken.json")
	writeFile(t, bad, []byte(`{"version": 2, "id": "broken", "status": "upcoming"`))
	asked := []string{ids[2], "broken", "gone-since", ids[0], "../escape", ids[1]}
	jobs, problems := s.LoadMany(asked)
	var got []string
	for _, j := range jobs {
		got = append(got, j.ID)
	}
	if want := []string{ids[2], ids[0], ids[1]}; !reflect.DeepEqual(got, want) {
		t.Errorf("LoadMany loaded %v, want %v", got, want)
	}
	if len(problems) != 2 {
		t.Fatalf("problems = %v, want the broken file and the bad id", problems)
	}
	if problems[0].Path != bad || !strings.Contains(problems[0].Error(), "ends too early") {
		t.Errorf("first problem = %v, want %s cut off", problems[0], bad)
	}
	if !strings.Contains(problems[1].Error(), "is not a job id") {
		t.Errorf("second problem = %v, want the bad id", problems[1])
	}
	if jobs, problems := s.LoadMany(nil); len(jobs)+len(problems) != 0 {
		t.Errorf("LoadMany(nil) = %v, %v", jobs, problems)
	}
}

// TestLoadManyInPagesIsList: the app loads IDs and then LoadMany a page at
// a time; put together and sorted, the pages are what List gives, on one
// core or several.
func TestLoadManyInPagesIsList(t *testing.T) {
	s, dir := newStore(t)
	writeJobs(t, dir, 40)
	writeFile(t, filepath.Join(dir, "jobs", "broken.json"), []byte("{"))
	for _, procs := range []int{1, 4} {
		t.Run(fmt.Sprintf("GOMAXPROCS=%d", procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			list, listProblems, err := s.List()
			if err != nil {
				t.Fatal(err)
			}
			ids, err := s.IDs()
			if err != nil {
				t.Fatal(err)
			}
			var jobs []checklist.Job
			var problems []Problem
			for page := range slices.Chunk(ids, 15) {
				j, p := s.LoadMany(page)
				jobs, problems = append(jobs, j...), append(problems, p...)
			}
			sort.SliceStable(jobs, func(a, b int) bool { return jobs[a].Start().Before(jobs[b].Start()) })
			if len(list) != 40 || !reflect.DeepEqual(jobs, list) {
				t.Errorf("pages gave %d jobs, List %d, or they differ", len(jobs), len(list))
			}
			if !reflect.DeepEqual(problems, listProblems) || len(problems) != 1 {
				t.Errorf("pages gave problems %v, List %v", problems, listProblems)
			}
			for i := 1; i < len(list); i++ {
				if list[i].Start().Before(list[i-1].Start()) {
					t.Fatalf("List is not soonest first at %d", i)
				}
			}
		})
	}
}

// TestLoadManyPassesOverJobsTrashedMeanwhile: an id from IDs whose file is
// trashed before it is read is neither a job nor a problem.
func TestLoadManyPassesOverJobsTrashedMeanwhile(t *testing.T) {
	s, dir := newStore(t)
	ids := writeJobs(t, dir, 20)
	for _, id := range ids[:10] {
		if err := s.Trash(id); err != nil {
			t.Fatal(err)
		}
	}
	jobs, problems := s.LoadMany(ids)
	if len(jobs) != 10 || len(problems) != 0 {
		t.Errorf("LoadMany = %d jobs, problems %v; want the 10 left and no problems", len(jobs), problems)
	}
	_, err := s.Load(ids[0])
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Load of a trashed job = %v, want ErrNotFound", err)
	}
}
