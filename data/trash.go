package data

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TrashedJob is a job in the trash folder, as "prep trash" lists it.
type TrashedJob struct {
	// Name is the file's name without ".json", what Restore takes. It is
	// the job's id, or the id with a number when the same id was trashed
	// before.
	Name string
	// Path is the file in the trash folder.
	Path string
	// ID, Company, Role and InterviewAt are read from the file.
	ID          string
	Company     string
	Role        string
	InterviewAt time.Time
	// TrashedAt is when the job was moved to the trash: the file's time.
	TrashedAt time.Time
	// Err says why the file could not be read; the fields read from it are
	// then empty. Such a file stays in the trash until it is mended.
	Err error
}

// TrashList lists the jobs in the trash, the most recently trashed first.
// Files that cannot be read are listed too, with Err set.
func (s *Store) TrashList() ([]TrashedJob, error) {
	dir := filepath.Join(s.dir, trashDir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read trash folder: %w", err)
	}
	var out []TrashedJob
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), jobExt)
		if !ok || !checklist.ValidID(name) || !e.Type().IsRegular() {
			continue
		}
		tj := TrashedJob{Name: name, Path: filepath.Join(dir, e.Name())}
		info, err := e.Info()
		if err != nil {
			// Gone since the folder was read: restored by another copy.
			continue
		}
		tj.TrashedAt = info.ModTime()
		j, err := readJobFile(tj.Path)
		if err != nil {
			tj.Err = err
		} else {
			tj.ID, tj.Company, tj.Role, tj.InterviewAt = j.ID, j.Company, j.Role, j.Start()
		}
		out = append(out, tj)
	}
	slices.SortStableFunc(out, func(a, b TrashedJob) int {
		return cmp.Or(b.TrashedAt.Compare(a.TrashedAt), cmp.Compare(a.Name, b.Name))
	})
	return out, nil
}

// Restore moves a job from the trash back among the jobs and returns it.
// Name is as TrashList gives it. The job keeps its id unless a job with
// that id exists again; then it gets the next free one (id-2, id-3…),
// written into the file too. A trashed file that cannot be read is left
// where it is, and the error names it.
//
// The job is always in exactly one place, whenever prep is stopped: the
// file moves in one step that never replaces a file (see moveNoReplace),
// and a new id is written into it in the trash first, where a stop leaves
// it to be restored again under that id. Both folders are flushed to the
// disk after the move.
func (s *Store) Restore(name string) (checklist.Job, error) {
	if !checklist.ValidID(name) {
		return checklist.Job{}, fmt.Errorf("%q is not a job in the trash: names are lower-case letters, digits and dashes", name)
	}
	from := filepath.Join(s.dir, trashDir, name+jobExt)
	info, err := os.Lstat(from)
	if errors.Is(err, fs.ErrNotExist) {
		return checklist.Job{}, fmt.Errorf("%w in the trash: %s (looked for %s)", ErrNotFound, name, from)
	}
	// The lock Create takes, so that no new job claims the id meanwhile.
	unlock, err := s.lock(".new.lock")
	if err != nil {
		return checklist.Job{}, err
	}
	defer unlock()
	s.ClearTempFiles()
	b, j, err := readJobBytes(from)
	if errors.Is(err, fs.ErrNotExist) {
		return j, fmt.Errorf("%w in the trash: %s (looked for %s)", ErrNotFound, name, from)
	}
	if err != nil {
		return j, err
	}
	own := j.ID
	// Ids taken since they were looked at, by a sync tool.
	lost := map[string]bool{}
	for {
		id := checklist.UniqueID(own, func(id string) bool {
			_, err := os.Lstat(filepath.Join(s.dir, jobsDir, id+jobExt))
			return lost[id] || err == nil
		})
		to, err := s.Path(id)
		if err != nil {
			return j, err
		}
		if id != j.ID {
			if b, j, err = s.giveID(from, b, id, info); err != nil {
				return j, err
			}
		}
		err = moveNoReplace(from, to)
		if errors.Is(err, fs.ErrExist) {
			lost[id] = true
			continue
		}
		if err != nil {
			return j, fmt.Errorf("restore %s: %w", name, err)
		}
		syncDir(filepath.Join(s.dir, jobsDir))
		syncDir(filepath.Join(s.dir, trashDir))
		return j, nil
	}
}

// giveID writes the id id into the trashed file at from, whose bytes are b
// and whose details were info, and returns the new bytes and the job. Only
// the id changes in the file, so that whatever else it holds, even keys
// this build does not know, comes back as it was; the file keeps its time,
// which says when it was trashed.
func (s *Store) giveID(from string, b []byte, id string, info fs.FileInfo) ([]byte, checklist.Job, error) {
	b, err := replaceID(b, id)
	if err != nil {
		return nil, checklist.Job{}, Problem{Path: from, Err: err}
	}
	j, err := DecodeJob(b)
	if err != nil || j.ID != id {
		return nil, j, Problem{Path: from, Err: fmt.Errorf("could not give it the id %s", id)}
	}
	if err := s.writeFile(from, b, filePerm); err != nil {
		return nil, j, &SaveError{Path: from, Err: err}
	}
	_ = os.Chtimes(from, time.Time{}, info.ModTime())
	return b, j, nil
}

// replaceID returns a job file's bytes with the value of its top-level
// "id" key replaced by id, and every other byte as it was.
func replaceID(b []byte, id string) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("the file does not hold a job object")
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, err
		}
		if key != "id" {
			continue
		}
		end := int(dec.InputOffset())
		start := end - len(value)
		out := make([]byte, 0, len(b)+len(id))
		out = append(out, b[:start]...)
		out = strconv.AppendQuote(out, id)
		return append(out, b[end:]...), nil
	}
	return nil, errors.New(`the file has no "id"`)
}

// readJobFile reads and checks a job file, naming it in any error.
func readJobFile(path string) (checklist.Job, error) {
	_, j, err := readJobBytes(path)
	return j, err
}

// readJobBytes is readJobFile that also returns the file's bytes. An error
// for a missing file matches fs.ErrNotExist.
func readJobBytes(path string) ([]byte, checklist.Job, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, checklist.Job{}, err
	}
	if err != nil {
		return nil, checklist.Job{}, Problem{Path: path, Err: err}
	}
	j, err := DecodeJob(b)
	if err != nil {
		return nil, checklist.Job{}, Problem{Path: path, Err: err}
	}
	return b, j, nil
}
