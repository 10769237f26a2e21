package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestMovesNeverReplace: the move trash and restore make refuses to replace
// a file, on this system's own way and on the portable one.
func TestMovesNeverReplace(t *testing.T) {
	for name, move := range map[string]func(from, to string) error{
		"this system's": moveNoReplace,
		"portable":      linkThenUnlink,
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			from, to := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
			writeFile(t, from, []byte("a\n"))
			writeFile(t, to, []byte("b\n"))
			if err := move(from, to); !errors.Is(err, fs.ErrExist) {
				t.Errorf("move onto a file: %v, want an error matching fs.ErrExist", err)
			}
			if string(readFile(t, from)) != "a\n" || string(readFile(t, to)) != "b\n" {
				t.Error("a refused move changed a file")
			}
			free := filepath.Join(dir, "c.json")
			if err := move(from, free); err != nil {
				t.Fatalf("move to a free name: %v", err)
			}
			if _, err := os.Lstat(from); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the file is still at its old name: %v", err)
			}
			if string(readFile(t, free)) != "a\n" {
				t.Error("the moved file changed")
			}
		})
	}
}

// TestTrashingAtTheSameMomentLosesNothing is the race of issue 9: x and x-2
// are trashed at the same moment while the trash already holds an x. Both
// would take the name x-2, and one job would replace the other. Every
// trashed job must be in the trash, whole, under a name of its own.
func TestTrashingAtTheSameMomentLosesNothing(t *testing.T) {
	const trials = 300
	j, err := checklist.NewJob(DefaultTemplate(), details(), "x", now)
	if err != nil {
		t.Fatal(err)
	}
	file := func(id, company string) []byte {
		j := j.Clone()
		j.ID, j.Company = id, company
		b, err := EncodeJob(j)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	want := [][]byte{file("x", "Trashed before"), file("x", "One"), file("x-2", "Two")}
	for trial := range trials {
		s, dir := newStore(t)
		writeFile(t, filepath.Join(dir, "trash", "x.json"), want[0])
		writeFile(t, filepath.Join(dir, "jobs", "x.json"), want[1])
		writeFile(t, filepath.Join(dir, "jobs", "x-2.json"), want[2])
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, 2)
		for i, id := range []string{"x", "x-2"} {
			wg.Go(func() {
				<-start
				errs[i] = s.Trash(id)
			})
		}
		close(start)
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		entries, err := os.ReadDir(filepath.Join(dir, "trash"))
		if err != nil {
			t.Fatal(err)
		}
		var got [][]byte
		for _, e := range entries {
			b := readFile(t, filepath.Join(dir, "trash", e.Name()))
			// The trash keeps each file byte for byte.
			got = append(got, b)
		}
		slices.SortFunc(got, bytes.Compare)
		sorted := slices.Clone(want)
		slices.SortFunc(sorted, bytes.Compare)
		if !slices.EqualFunc(got, sorted, bytes.Equal) {
			t.Fatalf("trial %d: the trash holds %d files (%s), want the 3 jobs, each once", trial, len(got), names(entries))
		}
	}
}

func names(entries []os.DirEntry) string {
	var s []string
	for _, e := range entries {
		s = append(s, e.Name())
	}
	return fmt.Sprint(s)
}

// TestMovesSyncBothFolders: trash and restore flush both folders to the
// disk once the file has moved, so that the move survives a power cut.
func TestMovesSyncBothFolders(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	jobs, trash := filepath.Join(dir, "jobs"), filepath.Join(dir, "trash")
	// where says where the job's file is: "jobs", "trash" or "both".
	where := func(name, id string) string {
		_, inJobs := os.Lstat(filepath.Join(jobs, id+".json"))
		_, inTrash := os.Lstat(filepath.Join(trash, name+".json"))
		switch {
		case inJobs == nil && inTrash == nil:
			return "both"
		case inJobs == nil:
			return "jobs"
		case inTrash == nil:
			return "trash"
		}
		return "nowhere"
	}
	var synced []string
	old := syncDir
	t.Cleanup(func() { syncDir = old })
	watch := func(name, id string) {
		synced = nil
		syncDir = func(d string) {
			synced = append(synced, filepath.Base(d)+" with the job in "+where(name, id))
			old(d)
		}
	}
	check := func(what, in string) {
		t.Helper()
		want := []string{"jobs with the job in " + in, "trash with the job in " + in}
		slices.Sort(synced)
		if !slices.Equal(synced, want) {
			t.Errorf("%s synced %q, want %q", what, synced, want)
		}
	}

	if err := os.Mkdir(trash, 0o700); err != nil {
		t.Fatal(err)
	}
	watch(j.ID, j.ID)
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	check("Trash", "trash")

	watch(j.ID, j.ID)
	if _, err := s.Restore(j.ID); err != nil {
		t.Fatal(err)
	}
	check("Restore", "jobs")

	// Restore under a new id: the trashed file gets the id where it is,
	// which syncs the trash on its own, before the move.
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	create(t, s, details())
	watch(j.ID, j.ID+"-2")
	if _, err := s.Restore(j.ID); err != nil {
		t.Fatal(err)
	}
	synced = slices.DeleteFunc(synced, func(s string) bool { return s == "trash with the job in trash" })
	check("Restore under a new id", "jobs")
}
