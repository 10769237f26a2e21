package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/gofrs/flock"
	"github.com/google/renameio/v2"

	"github.com/prep-cli/prep/checklist"
)

// ErrNotFound is returned for a job id with no file.
var ErrNotFound = errors.New("no such job")

const (
	jobsDir  = "jobs"
	trashDir = "trash"
	jobExt   = ".json"
	dirPerm  = 0o700
	filePerm = 0o600
)

// Store keeps one JSON file per job in <dir>/jobs, and deleted jobs in
// <dir>/trash. Every change is a read-modify-write under a lock on that job,
// so two copies of prep working on one job keep each other's changes.
type Store struct {
	dir string
	// writeFile replaces a file atomically; tests swap it to make disks fail.
	writeFile func(path string, data []byte, perm os.FileMode) error
}

// Problem is a job file that could not be read, and why.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return p.Path + ": " + p.Err.Error() }

// Unwrap lets errors.Is see the reason.
func (p Problem) Unwrap() error { return p.Err }

// SaveError is a job file that could not be written, because the disk is
// full or read-only or the folder is gone. The file is as it was before, so
// the same change can be tried again.
type SaveError struct {
	Path string
	Err  error
}

func (e *SaveError) Error() string { return "save " + e.Path + ": " + e.Err.Error() }

// Unwrap lets errors.Is see the reason.
func (e *SaveError) Unwrap() error { return e.Err }

// NewStore returns the store kept in dir. Nothing is created until the
// first job is saved.
func NewStore(dir string) *Store {
	return &Store{dir: dir, writeFile: func(path string, data []byte, perm os.FileMode) error {
		return renameio.WriteFile(path, data, perm)
	}}
}

// Dir is the data directory.
func (s *Store) Dir() string { return s.dir }

// Path is the file of the job with the given id. It refuses ids that could
// name a file outside the jobs folder.
func (s *Store) Path(id string) (string, error) {
	if !checklist.ValidID(id) {
		return "", fmt.Errorf("%q is not a job id: ids are lower-case letters, digits and dashes", id)
	}
	return filepath.Join(s.dir, jobsDir, id+jobExt), nil
}

// Load reads one job.
func (s *Store) Load(id string) (checklist.Job, error) {
	path, err := s.Path(id)
	if err != nil {
		return checklist.Job{}, err
	}
	return s.loadFile(path, id)
}

func (s *Store) loadFile(path, id string) (checklist.Job, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return checklist.Job{}, fmt.Errorf("%w: %s (looked for %s)", ErrNotFound, id, path)
	}
	if err != nil {
		return checklist.Job{}, Problem{Path: path, Err: err}
	}
	j, err := DecodeJob(b)
	if err != nil {
		return j, Problem{Path: path, Err: err}
	}
	if j.ID != id {
		return j, Problem{Path: path, Err: fmt.Errorf("its id %q does not match the file name", j.ID)}
	}
	return j, nil
}

// List reads every job, soonest interview first. Files that cannot be read
// are returned as problems and left untouched; they never hide the others.
func (s *Store) List() ([]checklist.Job, []Problem, error) {
	ids, err := s.ids()
	if err != nil {
		return nil, nil, err
	}
	var jobs []checklist.Job
	var problems []Problem
	for _, id := range ids {
		j, err := s.Load(id)
		var p Problem
		switch {
		case errors.As(err, &p):
			problems = append(problems, p)
		case err != nil:
			problems = append(problems, Problem{Path: filepath.Join(s.dir, jobsDir, id+jobExt), Err: err})
		default:
			jobs = append(jobs, j)
		}
	}
	sort.SliceStable(jobs, func(a, b int) bool { return jobs[a].InterviewAt.Before(jobs[b].InterviewAt) })
	return jobs, problems, nil
}

// ids lists the job ids in the jobs folder, ignoring anything that is not a
// job file: temporary files, lock files, notes a person left there.
func (s *Store) ids() ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(s.dir, jobsDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read jobs folder: %w", err)
	}
	var ids []string
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), jobExt)
		if ok && checklist.ValidID(id) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// Create makes a new job from a template, gives it an id no other job or
// trashed job has, and saves it.
func (s *Store) Create(t checklist.Template, d checklist.Details, now time.Time) (checklist.Job, error) {
	if err := d.Validate(); err != nil {
		return checklist.Job{}, err
	}
	if err := s.ensureDirs(); err != nil {
		return checklist.Job{}, err
	}
	unlock, err := s.lock(".new.lock")
	if err != nil {
		return checklist.Job{}, err
	}
	defer unlock()
	id := checklist.UniqueID(checklist.JobID(d.Company, d.Role, d.At), s.taken)
	j, err := checklist.NewJob(t, d, id, now)
	if err != nil {
		return j, err
	}
	return j, s.save(j)
}

func (s *Store) taken(id string) bool {
	for _, dir := range []string{jobsDir, trashDir} {
		if _, err := os.Lstat(filepath.Join(s.dir, dir, id+jobExt)); err == nil {
			return true
		}
	}
	return false
}

// Apply makes edits to a job as one change: under the job's lock it reads
// the file afresh, applies each edit in turn and writes the result. If any
// edit fails, nothing is written. It returns the job as saved.
func (s *Store) Apply(id string, edits ...checklist.Edit) (checklist.Job, error) {
	path, err := s.Path(id)
	if err != nil {
		return checklist.Job{}, err
	}
	unlock, err := s.lock("." + id + ".lock")
	if err != nil {
		return checklist.Job{}, err
	}
	defer unlock()
	j, err := s.loadFile(path, id)
	if err != nil {
		return j, err
	}
	for _, e := range edits {
		if _, err := e.Apply(&j); err != nil {
			return j, fmt.Errorf("job %s: %w", id, err)
		}
	}
	return j, s.save(j)
}

func (s *Store) save(j checklist.Job) error {
	path, err := s.Path(j.ID)
	if err != nil {
		return err
	}
	b, err := EncodeJob(j)
	if err != nil {
		return fmt.Errorf("encode job %s: %w", j.ID, err)
	}
	if err := s.writeFile(path, b, filePerm); err != nil {
		return &SaveError{Path: path, Err: err}
	}
	return nil
}

// Trash moves a job's file to the trash folder. A job already there under
// the same name is kept; the newcomer gets a numbered name.
func (s *Store) Trash(id string) error {
	path, err := s.Path(id)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if err := os.MkdirAll(filepath.Join(s.dir, trashDir), dirPerm); err != nil {
		return fmt.Errorf("make trash folder: %w", err)
	}
	unlock, err := s.lock("." + id + ".lock")
	if err != nil {
		return err
	}
	defer unlock()
	name := checklist.UniqueID(id, func(n string) bool {
		_, err := os.Lstat(filepath.Join(s.dir, trashDir, n+jobExt))
		return err == nil
	})
	dst := filepath.Join(s.dir, trashDir, name+jobExt)
	if err := os.Rename(path, dst); err != nil {
		return fmt.Errorf("move job %s to trash: %w", id, err)
	}
	// The file's time says when it was trashed (see TrashList); a rename
	// keeps the time of the last save.
	_ = os.Chtimes(dst, time.Time{}, time.Now())
	return nil
}

func (s *Store) ensureDirs() error {
	dir := filepath.Join(s.dir, jobsDir)
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return &SaveError{Path: dir, Err: err}
	}
	return nil
}

// lock takes an exclusive lock on a file in the jobs folder, waiting for
// another copy of prep to finish its change first.
func (s *Store) lock(name string) (unlock func(), err error) {
	if err := s.ensureDirs(); err != nil {
		return nil, err
	}
	l := flock.New(filepath.Join(s.dir, jobsDir, name), flock.SetPermissions(filePerm))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("lock %s: %w", l.Path(), err)
	}
	return func() { _ = l.Unlock() }, nil
}
