package data

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/internal/endedproc"
)

// TestStrayTempFilesAreCleared is the promise that every temp file is
// prep's own and is removed on the next save or start: what a copy killed
// in the middle of a save left, in the jobs folder or the trash, for a job
// that has a file or for a new one that never got one, is removed by the
// next change of any job and by ClearTempFiles, which the app calls as it
// starts. The temporary file of a copy still at work stays, and so does
// every file that is not prep's.
func TestStrayTempFilesAreCleared(t *testing.T) {
	ended, me := strconv.Itoa(endedproc.PID(t)), strconv.Itoa(os.Getpid())
	changes := map[string]func(t *testing.T, s *Store){
		"Create": func(t *testing.T, s *Store) { create(t, s, globexDetails()) },
		"Apply": func(t *testing.T, s *Store) {
			if _, err := s.Apply(acmeID, checklist.SetNote{ItemID: "news", Note: "x"}); err != nil {
				t.Fatal(err)
			}
		},
		"Trash": func(t *testing.T, s *Store) {
			if err := s.Trash(acmeID); err != nil {
				t.Fatal(err)
			}
		},
		"Restore": func(t *testing.T, s *Store) {
			if _, err := s.Restore("initech-qa-2026-12-05"); err != nil {
				t.Fatal(err)
			}
		},
		"ClearTempFiles": func(_ *testing.T, s *Store) { s.ClearTempFiles() },
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			s, dir := newStore(t)
			j := create(t, s, details())
			good := readFile(t, filepath.Join(dir, "jobs", j.ID+".json"))
			writeFile(t, filepath.Join(dir, "trash", "initech-qa-2026-12-05.json"),
				reshaped(good, "initech-qa-2026-12-05", func(secs []any) []any { return secs }))
			strays := []string{
				filepath.Join("jobs", ".globex-sre-2026-12-03.json.prep-"+ended+"-4242.tmp"), // a killed prep new
				filepath.Join("jobs", "."+j.ID+".json.prep-"+ended+"-17.tmp"),
				filepath.Join("trash", ".initech-qa-2026-12-05.json.prep-"+ended+"-99.tmp"),
			}
			kept := []string{
				filepath.Join("jobs", ".umbrella-2026-12-09.json.prep-"+me+"-5.tmp"), // being written
				filepath.Join("jobs", ".notes.swp"),
				filepath.Join("jobs", "notes.txt"),
				filepath.Join("trash", ".x.json.bak"),
			}
			for _, p := range append(append([]string(nil), strays...), kept...) {
				writeFile(t, filepath.Join(dir, p), good[:len(good)/2])
			}
			change(t, s)
			for _, p := range strays {
				if _, err := os.Lstat(filepath.Join(dir, p)); err == nil {
					t.Errorf("%s was left", p)
				}
			}
			for _, p := range kept {
				if _, err := os.Lstat(filepath.Join(dir, p)); err != nil {
					t.Errorf("%s was removed: %v", p, err)
				}
			}
		})
	}
}

// TestEarlierTempFilesAreClearedUnderTheLock: the temp files earlier
// versions of prep left beside a job (".<id>.json" and digits) go when
// that job is next changed, under its lock; a name that only looks like
// one, another job's, and any in the trash stay.
func TestEarlierTempFilesAreClearedUnderTheLock(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	gone := []string{"." + j.ID + ".json9012", "." + j.ID + ".json3"}
	kept := []string{"." + j.ID + ".json12a", "." + j.ID + ".json", "." + j.ID + ".json-1",
		".globex-sre-2026-12-03.json9012"}
	for _, name := range append(append([]string(nil), gone...), kept...) {
		writeFile(t, filepath.Join(dir, "jobs", name), []byte("{"))
	}
	writeFile(t, filepath.Join(dir, "trash", "."+j.ID+".json9012"), []byte("{"))
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "x"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range gone {
		if _, err := os.Lstat(filepath.Join(dir, "jobs", name)); err == nil {
			t.Errorf("%s was left", name)
		}
	}
	for _, p := range append(kept, filepath.Join("..", "trash", "."+j.ID+".json9012")) {
		if _, err := os.Lstat(filepath.Join(dir, "jobs", p)); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
}
