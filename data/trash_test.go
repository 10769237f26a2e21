package data

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// setTime sets a file's modification time.
func setTime(t *testing.T, path string, at time.Time) {
	t.Helper()
	if err := os.Chtimes(path, at, at); err != nil {
		t.Fatal(err)
	}
}

func globexDetails() checklist.Details {
	d := details()
	d.Company, d.Role = "Globex", "SRE"
	d.At = time.Date(2026, 12, 3, 14, 0, 0, 0, cet)
	d.Interviewers = nil
	return d
}

func TestTrashListEmpty(t *testing.T) {
	s, dir := newStore(t)
	got, err := s.TrashList()
	if err != nil || len(got) != 0 {
		t.Errorf("TrashList of a new store = %v, %v", got, err)
	}
	create(t, s, details())
	if err := os.MkdirAll(filepath.Join(dir, "trash"), 0o700); err != nil {
		t.Fatal(err)
	}
	got, err = s.TrashList()
	if err != nil || len(got) != 0 {
		t.Errorf("TrashList of an empty trash = %v, %v", got, err)
	}
}

func TestTrashList(t *testing.T) {
	s, dir := newStore(t)
	acme := create(t, s, details())
	globex := create(t, s, globexDetails())
	for _, id := range []string{acme.ID, globex.ID} {
		if err := s.Trash(id); err != nil {
			t.Fatal(err)
		}
	}
	trash := filepath.Join(dir, "trash")
	early := time.Date(2026, 11, 21, 8, 0, 0, 0, cet)
	late := time.Date(2026, 11, 22, 20, 15, 0, 0, cet)
	setTime(t, filepath.Join(trash, acme.ID+".json"), early)
	setTime(t, filepath.Join(trash, globex.ID+".json"), late)
	// Things that are not trashed jobs, and one that cannot be read.
	writeFile(t, filepath.Join(trash, "broken.json"), []byte(`{"version": 2, "id": `))
	setTime(t, filepath.Join(trash, "broken.json"), early.Add(-time.Hour))
	writeFile(t, filepath.Join(trash, "notes.txt"), []byte("hello"))
	writeFile(t, filepath.Join(trash, "Not An ID.json"), readFile(t, filepath.Join(trash, acme.ID+".json")))
	if err := os.Mkdir(filepath.Join(trash, "folder.json"), 0o700); err != nil {
		t.Fatal(err)
	}

	got, err := s.TrashList()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("TrashList = %d entries, want 3: %+v", len(got), got)
	}
	g, a, b := got[0], got[1], got[2]
	if g.Name != globex.ID || g.ID != globex.ID || g.Company != "Globex" || g.Role != "SRE" ||
		!g.InterviewAt.Equal(globex.Rounds[0].At) || !g.TrashedAt.Equal(late) || g.Err != nil {
		t.Errorf("first entry = %+v, want Globex trashed at %s", g, late)
	}
	if g.Path != filepath.Join(trash, globex.ID+".json") {
		t.Errorf("path = %q", g.Path)
	}
	if a.Name != acme.ID || a.Company != "Acme Corp" || !a.TrashedAt.Equal(early) || a.Err != nil {
		t.Errorf("second entry = %+v, want Acme trashed at %s", a, early)
	}
	if b.Name != "broken" || b.Err == nil || !strings.Contains(b.Err.Error(), filepath.Join(trash, "broken.json")) || b.ID != "" {
		t.Errorf("third entry = %+v, want the broken file with an error naming it", b)
	}
}

func TestTrashRecordsWhenTheJobWasTrashed(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	saved := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	setTime(t, filepath.Join(dir, "jobs", j.ID+".json"), saved)
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.TrashList()
	if err != nil || len(got) != 1 {
		t.Fatalf("TrashList = %v, %v", got, err)
	}
	if !got[0].TrashedAt.After(saved) {
		t.Errorf("trashed at %s, the time of the last save; want the time it was trashed", got[0].TrashedAt)
	}
}

func TestRestore(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "industry-trends", Note: "AI everywhere"}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "jobs", j.ID+".json")
	content := readFile(t, path)
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}

	got, err := s.Restore(j.ID)
	if err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if got.ID != j.ID || got.Item("industry-trends").Note != "AI everywhere" {
		t.Errorf("restored job = %s with note %q", got.ID, got.Item("industry-trends").Note)
	}
	if !bytes.Equal(readFile(t, path), content) {
		t.Error("the restored file differs from the job file before it was trashed")
	}
	if _, err := os.Stat(filepath.Join(dir, "trash", j.ID+".json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the file is still in the trash: %v", err)
	}
	if jobs, problems, err := s.List(); err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Errorf("List after Restore = %d jobs, %v, %v", len(jobs), problems, err)
	}
	if left, _ := s.TrashList(); len(left) != 0 {
		t.Errorf("TrashList after Restore = %+v", left)
	}
}

// TestRestoreWhenTheIDIsTakenAgain restores jobs whose id a job in the jobs
// folder has again: each gets the next free id, in its file name and inside.
func TestRestoreWhenTheIDIsTakenAgain(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	jobPath := filepath.Join(dir, "jobs", j.ID+".json")
	content := readFile(t, jobPath)
	// Trashed twice: the second copy is trash/<id>-2.json.
	for range 2 {
		writeFile(t, jobPath, content)
		if err := s.Trash(j.ID); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, jobPath, content) // and the id is in use again

	for _, tc := range []struct{ name, want string }{
		{j.ID, j.ID + "-2"},
		{j.ID + "-2", j.ID + "-3"},
	} {
		got, err := s.Restore(tc.name)
		if err != nil {
			t.Fatalf("Restore(%s): %v", tc.name, err)
		}
		if got.ID != tc.want {
			t.Errorf("Restore(%s) gave id %s, want %s", tc.name, got.ID, tc.want)
		}
		loaded, err := s.Load(tc.want)
		if err != nil {
			t.Fatalf("Load(%s): %v", tc.want, err)
		}
		sameJob(t, loaded, got)
		want := j
		want.ID = tc.want
		sameJob(t, loaded, want)
		// Only the id changed in the file.
		wantFile := bytes.Replace(content, []byte(`"id": "`+j.ID+`"`), []byte(`"id": "`+tc.want+`"`), 1)
		if got := readFile(t, filepath.Join(dir, "jobs", tc.want+".json")); !bytes.Equal(got, wantFile) {
			t.Errorf("restored file =\n%s\nwant\n%s", got, wantFile)
		}
		if _, err := os.Stat(filepath.Join(dir, "trash", tc.name+".json")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still in the trash: %v", tc.name, err)
		}
	}
	if !bytes.Equal(readFile(t, jobPath), content) {
		t.Error("the job that had the id was changed")
	}
	if jobs, problems, _ := s.List(); len(jobs) != 3 || len(problems) != 0 {
		t.Errorf("List = %d jobs, %v; want 3", len(jobs), problems)
	}
}

// TestRestoreNumberedName restores a job trashed under a numbered name
// while its own id is free: it gets its own id back.
func TestRestoreNumberedName(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	content := readFile(t, filepath.Join(dir, "jobs", j.ID+".json"))
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "trash", j.ID+".json"), filepath.Join(dir, "trash", j.ID+"-2.json")); err != nil {
		t.Fatal(err)
	}
	got, err := s.Restore(j.ID + "-2")
	if err != nil || got.ID != j.ID {
		t.Fatalf("Restore = %s, %v; want %s", got.ID, err, j.ID)
	}
	if !bytes.Equal(readFile(t, filepath.Join(dir, "jobs", j.ID+".json")), content) {
		t.Error("the restored file changed")
	}
}

func TestRestoreRefusals(t *testing.T) {
	tests := []struct {
		name     string
		restore  string
		setup    func(t *testing.T, s *Store, dir string)
		notFound bool
		want     string
	}{
		{"nothing in the trash", acmeID, func(*testing.T, *Store, string) {}, true, acmeID},
		{"a job that is not trashed", acmeID, func(t *testing.T, s *Store, _ string) { create(t, s, details()) }, true, acmeID},
		{"a file that cannot be read", "broken", func(t *testing.T, _ *Store, dir string) {
			writeFile(t, filepath.Join(dir, "trash", "broken.json"), []byte("{"))
		}, false, filepath.Join("trash", "broken.json")},
		{"a file with an unsafe id inside", "sneaky", func(t *testing.T, _ *Store, dir string) {
			writeFile(t, filepath.Join(dir, "trash", "sneaky.json"), []byte(`{"version": 2, "id": "../../x", "status": "upcoming", "sections": []}`))
		}, false, "sneaky.json"},
	}
	for _, id := range []string{"../jobs/" + acmeID, "../" + acmeID, "/etc/passwd", "", ".", "..", "A", "a/b", `..\x`, "a\x00b"} {
		tests = append(tests, struct {
			name     string
			restore  string
			setup    func(t *testing.T, s *Store, dir string)
			notFound bool
			want     string
		}{fmt.Sprintf("unsafe name %q", id), id, func(t *testing.T, s *Store, dir string) {
			create(t, s, details())
			if err := s.Trash(acmeID); err != nil {
				t.Fatal(err)
			}
			// What "../<id>" would reach from the trash folder.
			writeFile(t, filepath.Join(dir, acmeID+".json"), readFile(t, filepath.Join(dir, "trash", acmeID+".json")))
		}, false, "not a job in the trash"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := newStore(t)
			tt.setup(t, s, dir)
			before := snapshot(t, dir)
			_, err := s.Restore(tt.restore)
			if err == nil {
				t.Fatal("Restore succeeded")
			}
			if got := errors.Is(err, ErrNotFound); got != tt.notFound {
				t.Errorf("Restore: %v; ErrNotFound %v, want %v", err, got, tt.notFound)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Restore: %v; want it to mention %q", err, tt.want)
			}
			after := snapshot(t, dir)
			// Taking the lock may make the jobs folder, the lock folder
			// and its lock file; nothing else may change.
			for p := range after {
				if _, ok := before[p]; !ok && (p == "jobs" || p == filepath.Join("jobs", ".locks") || strings.HasSuffix(p, ".lock")) {
					delete(after, p)
				}
			}
			sameSnapshot(t, after, before)
		})
	}
}

// TestRestoreUnderANewIDKeepsTheRestOfTheFile restores a hand-edited file,
// in its own layout and with a key prep does not know, under a new id.
func TestRestoreUnderANewIDKeepsTheRestOfTheFile(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	trashed := []byte(`{"version":2,"mood":{"id":"not this one"},"id":"` + acmeID + `","company":"Acme Corp",` +
		`"role":"Backend Engineer","interview_at":"2026-12-01T10:00:00+01:00","status":"upcoming","sections":[]}` + "\n")
	writeFile(t, filepath.Join(dir, "trash", acmeID+".json"), trashed)

	got, err := s.Restore(acmeID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != j.ID+"-2" {
		t.Errorf("id = %s, want %s-2", got.ID, j.ID)
	}
	want := bytes.Replace(trashed, []byte(`"id":"`+acmeID+`"`), []byte(`"id":"`+acmeID+`-2"`), 1)
	if b := readFile(t, filepath.Join(dir, "jobs", acmeID+"-2.json")); !bytes.Equal(b, want) {
		t.Errorf("restored file =\n%s\nwant\n%s", b, want)
	}
	if _, err := s.Load(acmeID + "-2"); err != nil {
		t.Errorf("Load of the restored job: %v", err)
	}
}

func TestRestoreWhenTheDiskFails(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	content := readFile(t, filepath.Join(dir, "jobs", j.ID+".json"))
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "jobs", j.ID+".json"), content)
	before := snapshot(t, dir)
	s.writeFile = func(string, []byte, os.FileMode) error { return errors.New("no space left on device") }

	_, err := s.Restore(j.ID)
	var se *SaveError
	if !errors.As(err, &se) {
		t.Fatalf("Restore: %v, want a SaveError", err)
	}
	sameSnapshot(t, snapshot(t, dir), before)
}
