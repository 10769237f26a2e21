package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/prep-cli/prep/checklist"
)

// MergedCopy is a sync tool's conflict copy that MergeConflictCopies merged
// into its job and moved to the trash.
type MergedCopy struct {
	// JobID is the job it was merged into; Tool the sync tool that made it.
	JobID, Tool string
	// Trashed is where the copy is now.
	Trashed string
	// Clashes are what both versions changed in different ways.
	Clashes []checklist.Clash
}

func (c MergedCopy) String() string {
	return fmt.Sprintf("merged the second version of %s that %s made into it (the copy is in the trash)", c.JobID, c.Tool)
}

// MergeConflictCopies merges each conflict copy a sync tool left in the
// jobs folder (see ConflictCopy) into its job, against the version last
// synced (see RecordSynced; with none, nothing either version holds is
// dropped), and moves the copy to the trash. A copy that cannot be merged,
// or whose job is gone, stays where it is, and Scan reports it as before;
// the problems say why.
func (s *Store) MergeConflictCopies() ([]MergedCopy, []Problem) {
	_, conflicts, err := s.Scan()
	if err != nil {
		return nil, []Problem{{Path: filepath.Join(s.dir, jobsDir), Err: err}}
	}
	var merged []MergedCopy
	var problems []Problem
	for _, p := range conflicts {
		c := p.Err.(*ConflictCopy)
		if !c.jobThere {
			continue
		}
		m, err := s.mergeCopy(p.Path, c)
		if err != nil {
			problems = append(problems, Problem{Path: p.Path, Err: err})
			continue
		}
		merged = append(merged, m)
	}
	return merged, problems
}

func (s *Store) mergeCopy(copyPath string, c *ConflictCopy) (MergedCopy, error) {
	path, err := s.Path(c.JobID)
	if err != nil {
		return MergedCopy{}, err
	}
	unlock, err := s.lockFor(path, "."+c.JobID+".lock")
	if err != nil {
		return MergedCopy{}, err
	}
	defer unlock()
	f, err := s.loadFile(path, c.JobID)
	if err != nil {
		return MergedCopy{}, err
	}
	if err := readOnly(path, f.job, f.link); err != nil {
		return MergedCopy{}, err
	}
	theirs, _, _, err := readFileLimited(copyPath, nil)
	if err != nil {
		return MergedCopy{}, err
	}
	b, clashes, err := MergeJobFiles(s.synced(c.JobID), f.raw, theirs)
	if err != nil {
		return MergedCopy{}, fmt.Errorf("could not merge it into %s.json: %w", c.JobID, err)
	}
	if err := s.writeFile(path, b, filePerm); err != nil {
		return MergedCopy{}, &SaveError{Path: path, Err: err}
	}
	if err := s.RecordSynced([]string{c.JobID}); err != nil {
		return MergedCopy{}, err
	}
	trashed, err := s.trashCopy(copyPath, c.JobID)
	if err != nil {
		return MergedCopy{}, err
	}
	return MergedCopy{JobID: c.JobID, Tool: c.Tool, Trashed: trashed, Clashes: clashes}, nil
}

// trashCopy moves a merged conflict copy to the trash, under a name of its
// own that never replaces a file there.
func (s *Store) trashCopy(from, id string) (string, error) {
	if err := s.ensureTrash(); err != nil {
		return "", err
	}
	trash := filepath.Join(s.dir, trashDir)
	lost := map[string]bool{}
	for {
		name := checklist.UniqueID(id+"-conflict-copy", func(n string) bool {
			_, err := os.Lstat(filepath.Join(trash, n+jobExt))
			return lost[n] || err == nil
		})
		to := filepath.Join(trash, name+jobExt)
		err := moveNoReplace(from, to)
		if errors.Is(err, fs.ErrExist) {
			lost[name] = true
			continue
		}
		if err != nil {
			return "", fmt.Errorf("move the merged copy %s to the trash: %w", from, err)
		}
		syncDir(filepath.Dir(from))
		syncDir(trash)
		return to, nil
	}
}
