package data

import (
	"fmt"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// ConflictCopy is the reason of the Problem of a file a sync tool made in
// the jobs folder when a job was changed on two devices at once: a second
// version of the job, under a name of the tool's making. prep does not
// read it, so that neither version wins unseen; the person compares them
// and keeps one.
type ConflictCopy struct {
	// JobID is the job it is a version of.
	JobID string
	// Tool is the sync tool that made it, known by how it names the copy.
	Tool string
	// jobThere says whether the job's own file is in the jobs folder too.
	jobThere bool
}

func (c *ConflictCopy) Error() string {
	what := fmt.Sprintf("a second version of job %s, made by %s when it was changed on two devices at once; prep does not read it", c.JobID, c.Tool)
	if !c.jobThere {
		return fmt.Sprintf("%s, and %s.json itself is gone: to keep this version, rename this copy %s.json", what, c.JobID, c.JobID)
	}
	return fmt.Sprintf("%s: compare it with %s.json, copy into that file what you want to keep, then delete this copy", what, c.JobID)
}

// The marks that sync tools put in the name of a conflict copy, and what
// is left of the name before the mark: the job's id.
const (
	// Syncthing: "<id>.sync-conflict-20261201-101500-ABCDEFG.json".
	syncthingMark = ".sync-conflict-"
	// Dropbox, and Nextcloud, which names them the same way:
	// "<id> (conflicted copy 2026-12-01).json", or "(Kim's conflicted copy …)".
	dropboxMark = "conflicted copy"
	// prep sync, when git brought a version of a job it could not merge:
	// "<id>.merge-conflict-20261201-101500.json" (see MergeCopyName).
	mergeMark = ".merge-conflict-"
)

// MergeCopyName is the name of the file prep sync keeps the other version
// of a job in when it cannot merge the two, made at now; a conflict copy
// like a sync tool's.
func MergeCopyName(id string, now time.Time) string {
	return id + mergeMark + now.UTC().Format("20060102-150405") + jobExt
}

// conflictCopy tells whether a file name in the jobs folder is a sync
// tool's conflict copy of a job, and of which.
func conflictCopy(name string) (*ConflictCopy, bool) {
	rest, ok := strings.CutSuffix(name, jobExt)
	if !ok {
		return nil, false
	}
	if id, _, ok := strings.Cut(rest, syncthingMark); ok && checklist.ValidID(id) {
		return &ConflictCopy{JobID: id, Tool: "Syncthing"}, true
	}
	if id, _, ok := strings.Cut(rest, mergeMark); ok && checklist.ValidID(id) {
		return &ConflictCopy{JobID: id, Tool: "prep sync"}, true
	}
	if id, paren, ok := strings.Cut(rest, " ("); ok && checklist.ValidID(id) && strings.Contains(paren, dropboxMark) {
		return &ConflictCopy{JobID: id, Tool: "Dropbox"}, true
	}
	return nil, false
}
