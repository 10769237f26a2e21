package dataset

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

func TestGenerateIsDeterministic(t *testing.T) {
	t.Parallel()
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := Generate(dir, 12, 7); err != nil {
			t.Fatal(err)
		}
	}
	fa, fb := jobFiles(t, a), jobFiles(t, b)
	if len(fa) != 12 || len(fb) != 12 {
		t.Fatalf("made %d and %d job files, want 12 each", len(fa), len(fb))
	}
	for name, x := range fa {
		if !bytes.Equal(x, fb[name]) {
			t.Errorf("%s differs between two folders made with the same seed", name)
		}
	}

	c := t.TempDir()
	if err := Generate(c, 12, 8); err != nil {
		t.Fatal(err)
	}
	same := 0
	for name, x := range jobFiles(t, c) {
		if bytes.Equal(x, fa[name]) {
			same++
		}
	}
	if same == 12 {
		t.Error("another seed made the same folder")
	}
}

func TestGenerateMakesRealisticJobs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := Generate(dir, 80, 1); err != nil {
		t.Fatal(err)
	}
	jobs, problems, err := data.NewStore(dir).List()
	if err != nil || len(problems) > 0 {
		t.Fatalf("List: %v %v", err, problems)
	}
	if len(jobs) != 80 {
		t.Fatalf("%d jobs, want 80", len(jobs))
	}
	statuses := map[checklist.Status]int{}
	var past, future, items, done, noted, interviewers, reasons int
	rounds := map[int]int{}
	for _, j := range jobs {
		statuses[j.Status]++
		rounds[len(j.Rounds)]++
		if j.Rounds[0].At.Before(Reference) {
			past++
		} else {
			future++
		}
		if len(j.Rounds[0].Interviewers) > 0 {
			interviewers++
		}
		if j.Status == checklist.Rejected {
			if j.Reason == nil {
				t.Errorf("%s: rejected with no reason", j.ID)
			}
			reasons++
		}
		for _, s := range j.AllSections() {
			for _, it := range s.Items {
				items++
				if it.Done {
					done++
					if it.DoneAt == nil {
						t.Errorf("%s/%s: done with no done_at", j.ID, it.ID)
					}
				}
				if it.Note != "" {
					noted++
				}
			}
		}
	}
	for n := 1; n <= 4; n++ {
		if rounds[n] == 0 {
			t.Errorf("no job has %d rounds: %v", n, rounds)
		}
	}
	for _, st := range checklist.Statuses() {
		if statuses[st] == 0 && st != checklist.Interviewed {
			t.Errorf("no job is %s: %v", st, statuses)
		}
	}
	switch {
	case past == 0 || future == 0:
		t.Errorf("%d past and %d future interviews, want both", past, future)
	case done == 0 || done == items:
		t.Errorf("%d of %d items done, want some", done, items)
	case noted == 0:
		t.Error("no notes")
	case interviewers == 0:
		t.Error("no interviewers")
	case reasons == 0:
		t.Error("no reasons")
	}
	if tasks := checklist.DueTasks(jobs, Reference, checklist.SoonWithin); len(tasks) == 0 {
		t.Error("nothing is due or late at Reference")
	}
}

func TestGenerateRefusesAFolderWithJobs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := Generate(dir, 1, 1); err != nil {
		t.Fatal(err)
	}
	if err := Generate(dir, 1, 1); err == nil {
		t.Fatal("Generate added to a folder that already held jobs")
	}
}

func jobFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "jobs", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = b
	}
	return out
}
