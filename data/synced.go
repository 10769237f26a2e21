package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/prep-cli/prep/internal/atomicfile"
)

// SyncedDir is the hidden folder of the data directory where prep keeps
// the version of each job it last synced: the common version that a sync
// tool's conflict copy and the job were both changed from (see
// MergeConflictCopies). It is never synced itself.
const SyncedDir = ".prep-synced"

// RecordSynced keeps the job files of the given ids, as they are now, as
// the versions last synced, and those of the jobs that have none kept yet.
// Files already kept as they are are not written again.
func (s *Store) RecordSynced(ids []string) error {
	dir := filepath.Join(s.dir, SyncedDir)
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return fmt.Errorf("make %s: %w", dir, err)
	}
	all, err := s.IDs()
	if err != nil {
		return err
	}
	for _, id := range all {
		if _, err := os.Lstat(filepath.Join(dir, id+jobExt)); errors.Is(err, fs.ErrNotExist) {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		path, err := s.Path(id)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("read job %s: %w", id, err)
		}
		to := filepath.Join(dir, id+jobExt)
		if old, err := os.ReadFile(to); err == nil && bytes.Equal(old, b) {
			continue
		}
		if err := atomicfile.Write(to, b, filePerm, false); err != nil {
			return fmt.Errorf("keep the synced version of %s: %w", id, err)
		}
	}
	return nil
}

// synced is the version of a job last synced, or nil if none is kept.
func (s *Store) synced(id string) []byte {
	b, err := os.ReadFile(filepath.Join(s.dir, SyncedDir, id+jobExt))
	if err != nil {
		return nil
	}
	return b
}
