package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConflictCopiesAreNamed: the copies Syncthing and Dropbox make in the
// jobs folder when a job changed in two places at once are reported, each
// as a second version of the job it belongs to, made by that tool, with
// what to do; they are not read as jobs, and are left as they are.
func TestConflictCopiesAreNamed(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	jobs := filepath.Join(dir, "jobs")
	good := readFile(t, filepath.Join(jobs, j.ID+".json"))
	gone := "globex-sre-2026-12-03"
	copies := []struct {
		name, job, tool string
	}{
		{j.ID + ".sync-conflict-20261201-101500-ABCDEFG.json", j.ID, "Syncthing"},
		{j.ID + " (conflicted copy 2026-12-01).json", j.ID, "Dropbox"},
		{j.ID + " (Kim Patel's conflicted copy 2026-12-01).json", j.ID, "Dropbox"},
		{gone + ".sync-conflict-20261202-090000-ZYXWVUT.json", gone, "Syncthing"},
	}
	for _, c := range copies {
		writeFile(t, filepath.Join(jobs, c.name), good)
	}
	// Not conflict copies of a job: left alone, and not reported.
	for _, name := range []string{"notes.sync-conflict-20261201-101500-ABCDEFG.txt", "Not An ID (conflicted copy 2026-12-01).json", "todo.txt"} {
		writeFile(t, filepath.Join(jobs, name), []byte("mine\n"))
	}
	before := snapshot(t, dir)

	got, problems, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != j.ID {
		t.Errorf("List = %d jobs, want only %s", len(got), j.ID)
	}
	if len(problems) != len(copies) {
		t.Fatalf("List reported %d problems, want one for each of the %d conflict copies: %v", len(problems), len(copies), problems)
	}
	byPath := map[string]Problem{}
	for _, p := range problems {
		byPath[p.Path] = p
	}
	for _, c := range copies {
		p, ok := byPath[filepath.Join(jobs, c.name)]
		if !ok {
			t.Errorf("no problem for %s", c.name)
			continue
		}
		var cc *ConflictCopy
		if !errors.As(p, &cc) || cc.JobID != c.job || cc.Tool != c.tool {
			t.Errorf("%s: %v; want a conflict copy of %s made by %s", c.name, p.Err, c.job, c.tool)
			continue
		}
		msg := p.Err.Error()
		for _, want := range []string{"second version", c.job, c.tool} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: %q does not say %q", c.name, msg, want)
			}
		}
		// What to do depends on whether the job itself is still there.
		todo := "compare it with " + c.job + ".json"
		if c.job == gone {
			todo = "rename this copy " + c.job + ".json"
		}
		if !strings.Contains(msg, todo) {
			t.Errorf("%s: %q does not say %q", c.name, msg, todo)
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("%s: the reason is more than one line: %q", c.name, msg)
		}
	}
	ids, conflicts, err := s.Scan()
	if err != nil || len(ids) != 1 || len(conflicts) != len(copies) {
		t.Errorf("Scan = %v, %d conflict copies, %v", ids, len(conflicts), err)
	}
	if ids, err := s.IDs(); err != nil || len(ids) != 1 {
		t.Errorf("IDs = %v, %v; want only the job", ids, err)
	}
	sameSnapshot(t, snapshot(t, dir), before)
}

func TestScanOfNoJobsFolder(t *testing.T) {
	s, dir := newStore(t)
	ids, conflicts, err := s.Scan()
	if err != nil || ids != nil || conflicts != nil {
		t.Errorf("Scan of an empty data folder = %v, %v, %v", ids, conflicts, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "jobs")); err == nil {
		t.Error("Scan made the jobs folder")
	}
}
