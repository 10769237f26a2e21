package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestWriteErrorLeavesTheFileIntact is promise 5 through the store's seam:
// the disk fills up in the middle of a change.
func TestWriteErrorLeavesTheFileIntact(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	before := fileState(t, path)
	s.writeFile = func(p string, b []byte, perm os.FileMode) error {
		// Half the bytes reach a temporary file before the disk is full,
		// as a write cut short leaves them; the file itself is not touched.
		tmp, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p))
		if err != nil {
			return err
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		if _, err := tmp.Write(b[:len(b)/2]); err != nil {
			return err
		}
		return &os.PathError{Op: "write", Path: tmp.Name(), Err: syscall.ENOSPC}
	}
	_, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "lost?"})
	var se *SaveError
	if !errors.As(err, &se) {
		t.Fatalf("Apply on a full disk: %v, want a *SaveError", err)
	}
	if se.Path != path || !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), path) {
		t.Errorf("SaveError %q: path %q, want %q and ENOSPC", err, se.Path, path)
	}
	if got := fileState(t, path); got != before {
		t.Error("the job file changed although the write failed")
	}
	jobs, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Errorf("after the failed save List = %d jobs, %v, %v", len(jobs), problems, err)
	}

	// Once there is room again, the same edit goes through.
	s.writeFile = writeAtomically
	saved, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "lost?"})
	if err != nil || saved.Item("news").Note != "lost?" {
		t.Errorf("retry: %v", err)
	}
}

// TestSavesStayInTheJobsFolder: the temporary file of a save is made beside
// the job file, never in the system's temporary folder, and files with
// temporary names are never loaded, and are cleared by the next change.
func TestSavesStayInTheJobsFolder(t *testing.T) {
	sysTmp := t.TempDir()
	t.Setenv("TMPDIR", sysTmp)
	s, dir := newStore(t)
	j := create(t, s, details())
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "x"}); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(sysTmp); len(entries) != 0 {
		t.Errorf("a save wrote %d files in the system's temporary folder", len(entries))
	}

	// What a copy of prep killed mid-save leaves: complete and cut-off
	// temporary files, which must not show as jobs or problems.
	jobsDir := filepath.Join(dir, "jobs")
	good := readFile(t, filepath.Join(jobsDir, j.ID+".json"))
	leftovers := []string{
		"." + j.ID + ".json5577006791947779410",
		"." + j.ID + ".json8674665223082153551",
	}
	writeFile(t, filepath.Join(jobsDir, leftovers[0]), good)
	writeFile(t, filepath.Join(jobsDir, leftovers[1]), good[:100])
	other := "." + j.ID + "-2.json123" // another job's: not this job's to clear
	writeFile(t, filepath.Join(jobsDir, other), good[:100])
	jobs, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Fatalf("List with temporary files = %d jobs, %v, %v; want the one job", len(jobs), problems, err)
	}
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "y"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range leftovers {
		if _, err := os.Lstat(filepath.Join(jobsDir, name)); err == nil {
			t.Errorf("%s was not cleared", name)
		}
	}
	if _, err := os.Lstat(filepath.Join(jobsDir, other)); err != nil {
		t.Errorf("another job's temporary file was removed: %v", err)
	}
}

// TestMissingJobLeavesNoLockFile: Apply and Trash of a job that does not
// exist create nothing, not even a lock file.
func TestMissingJobLeavesNoLockFile(t *testing.T) {
	s, dir := newStore(t)
	create(t, s, details())
	before := snapshot(t, dir)
	missing := "globex-dev-2026-12-01"
	if _, err := s.Apply(missing, checklist.SetNote{ItemID: "news", Note: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("Apply: %v, want ErrNotFound", err)
	}
	if err := s.Trash(missing); !errors.Is(err, ErrNotFound) {
		t.Errorf("Trash: %v, want ErrNotFound", err)
	}
	sameSnapshot(t, snapshot(t, dir), before)

	empty, emptyDir := newStore(t)
	if _, err := empty.Apply(missing); !errors.Is(err, ErrNotFound) {
		t.Errorf("Apply in an empty data folder: %v, want ErrNotFound", err)
	}
	if entries, _ := os.ReadDir(emptyDir); len(entries) != 0 {
		t.Error("Apply of a missing job made the jobs folder")
	}
}

// TestStamp: a stamp changes with every save, by this copy or another, and
// not otherwise.
func TestStamp(t *testing.T) {
	s, _ := newStore(t)
	j := create(t, s, details())
	loaded, st, err := s.LoadStamped(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameJob(t, loaded, j)
	now1, err := s.Stamp(j.ID)
	if err != nil || !now1.Equal(st) {
		t.Fatalf("Stamp of an unchanged file = %v, %v; want the stamp Load gave", now1, err)
	}
	// Re-saving the same bytes is still a new version of the file.
	if _, err := NewStore(s.Dir()).Apply(j.ID); err != nil {
		t.Fatal(err)
	}
	now2, err := s.Stamp(j.ID)
	if err != nil || now2.Equal(st) {
		t.Errorf("Stamp after another copy saved = %v, %v; want a new stamp", now2, err)
	}
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	gone, err := s.Stamp(j.ID)
	if !errors.Is(err, ErrNotFound) || !gone.Equal(Stamp{}) || gone.Equal(now2) {
		t.Errorf("Stamp of a trashed job = %v, %v; want the zero stamp and ErrNotFound", gone, err)
	}
}

// TestIDsNeverEscapeTheJobsFolder is promise 6 for ids: whatever a person
// types as a job id, no store call reads or writes outside the jobs folder.
func TestIDsNeverEscapeTheJobsFolder(t *testing.T) {
	outside := t.TempDir()
	bait := filepath.Join(outside, "x.json")
	ids := []string{
		"../x", "../../x", "..", ".", "", "/etc/passwd", bait, strings.TrimSuffix(bait, ".json"),
		"x\x00", "\x00../x", "x/../../x", `..\x`, "a/b", "X", "-x", "x-", "x--y", "x.json",
		strings.Repeat("a", 201), strings.Repeat("a", 10000), strings.Repeat("../", 100) + "x",
	}
	for _, id := range ids {
		t.Run("", func(t *testing.T) {
			s, dir := newStore(t)
			j := create(t, s, details())
			jobFile := readFile(t, filepath.Join(dir, "jobs", j.ID+".json"))
			// What "../x" would reach from the jobs folder, and beyond.
			writeFile(t, filepath.Join(dir, "x.json"), jobFile)
			writeFile(t, bait, jobFile)
			before, outsideBefore := snapshot(t, dir), snapshot(t, outside)

			if _, err := s.Path(id); err == nil {
				t.Errorf("Path accepted %.40q", id)
			}
			if _, err := s.Load(id); err == nil {
				t.Errorf("Load accepted %.40q", id)
			}
			if _, err := s.Stamp(id); err == nil {
				t.Errorf("Stamp accepted %.40q", id)
			}
			if _, err := s.Apply(id, checklist.SetNote{ItemID: "news", Note: "x"}); err == nil {
				t.Errorf("Apply accepted %.40q", id)
			}
			if err := s.Trash(id); err == nil {
				t.Errorf("Trash accepted %.40q", id)
			}
			if _, err := s.Restore(id); err == nil {
				t.Errorf("Restore accepted %.40q", id)
			}
			bad := j
			bad.ID = id
			if err := s.ReadOnly(bad); err == nil {
				t.Errorf("ReadOnly accepted %.40q", id)
			}
			if err := s.save(bad); err == nil {
				t.Errorf("save accepted %.40q", id)
			}
			sameSnapshot(t, snapshot(t, dir), before)
			sameSnapshot(t, snapshot(t, outside), outsideBefore)
		})
	}

	// Create makes the id itself from the details: whatever they hold, the
	// file lands in the jobs folder.
	s, dir := newStore(t)
	for _, company := range []string{"../../etc", "/etc/passwd", "a\x00b", bait, strings.Repeat("é/", 500)} {
		d := details()
		d.Company = company
		j, err := s.Create(DefaultTemplate(), d, now)
		if err != nil {
			t.Errorf("Create with company %.40q: %v", company, err)
			continue
		}
		if !checklist.ValidID(j.ID) {
			t.Errorf("Create made the id %q", j.ID)
		}
		if _, err := os.Stat(filepath.Join(dir, "jobs", j.ID+".json")); err != nil {
			t.Errorf("Create with company %.40q: %v", company, err)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 1 {
		t.Errorf("the folder outside holds %d entries, want only the bait", len(entries))
	}
}

// TestUnchangedSaveIsByteIdentical guards encodeJobOver's fast path: with
// no unknown fields, a save is exactly EncodeJob.
func TestUnchangedSaveIsByteIdentical(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	over, err := encodeJobOver(j, b)
	if err != nil || !bytes.Equal(over, b) {
		t.Errorf("encodeJobOver of a file with nothing unknown differs: %v", err)
	}
}

// TestSaveSyncsTheFolderAfterTheRename: a save flushes the jobs folder
// once the new file has its name, so that the rename survives a power cut.
func TestSaveSyncsTheFolderAfterTheRename(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	var synced []string
	old := syncDir
	syncDir = func(d string) {
		// At this moment the file must already be the new one.
		if bytes.Contains(readFile(t, path), []byte("synced?")) {
			synced = append(synced, d)
		}
		old(d)
	}
	defer func() { syncDir = old }()
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "synced?"}); err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "jobs"); len(synced) != 1 || synced[0] != want {
		t.Errorf("folders synced after the rename = %v, want [%s]", synced, want)
	}
}

// TestStampSeesAnEditInPlace: a file written over in place, as some
// editors save, with the same size, is a new version once its time moved.
func TestStampSeesAnEditInPlace(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	before, err := s.Stamp(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "jobs", j.ID+".json")
	b := readFile(t, path)
	edited := bytes.Replace(b, []byte(`"Acme Corp"`), []byte(`"Acme Co.p"`), 1)
	if bytes.Equal(edited, b) {
		t.Fatal("the edit did not apply")
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(edited, 0); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	later := info.ModTime().Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	after, err := s.Stamp(j.ID)
	if err != nil || after.Equal(before) {
		t.Errorf("Stamp after an edit in place = %v, %v; want a new stamp", after, err)
	}
}
