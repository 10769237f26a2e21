package data

import (
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/internal/atomicfile"
)

// The index: the digest of every job (see checklist.Digest), kept in the
// jobs folder as indexName, so that "prep list" and "prep due" answer from
// one small file and a stat of each job file, where reading every job
// file would take a hundred times as long.
//
// It is only a cache, and never trusted over the files. Each entry holds
// the details of the file it was made from (fileKey: size, modification
// time, permissions, and where the system has them, device, inode and
// change time); a file whose details differ, because an editor, a sync
// tool or another copy of prep changed it, is read again and its entry
// made afresh. A
// file that does not read is never entered, so it is reported exactly as
// List reports it, every time. Deleting the index costs nothing but
// time; an index that is damaged, or of another version, is passed over
// and written anew. Two copies of prep writing it at once each replace
// it whole (atomicfile), so the last one wins, and either is right.

// indexName is the index file in the jobs folder. Scan passes it over: it
// is not a job file's name.
const indexName = ".index"

// racyWindow is how long after a file last changed its entry is first
// kept. File times tick coarsely (a few milliseconds on Linux, two seconds
// on FAT), so a file written again in place within the same tick as the
// write before keeps its details; a file that changed this recently is
// read every time, and entered only once it is older, as git does for its
// own index. Tests set it to 0.
var racyWindow = time.Second

// indexEntry is a job's digest and the details of the file it was made
// from.
type indexEntry struct {
	file   fileKey
	digest checklist.Digest
}

// fileKey is what tells one version of a job file from another without
// reading it.
type fileKey struct {
	size, mtime, ctime int64
	dev, ino           uint64
	// mode catches a change of permissions where there is no ctime.
	mode os.FileMode
}

// keyOf is the key of a regular file; others (links, the files they point
// to, anything else) are read every time.
func keyOf(info os.FileInfo) (fileKey, bool) {
	if !info.Mode().IsRegular() {
		return fileKey{}, false
	}
	k := fileKey{size: info.Size(), mtime: info.ModTime().UnixNano(), mode: info.Mode()}
	k.dev, k.ino, k.ctime = fileIdentity(info)
	return k, true
}

// settled reports whether a file of key k has not changed since before
// the window up to now (see racyWindow).
func (k fileKey) settled(now time.Time) bool {
	before := now.Add(-racyWindow).UnixNano()
	return k.mtime < before && k.ctime < before
}

// Digests is List for what lists of jobs need (checklist.Digest): the
// digest of every job, soonest interview first, with the same problems in
// the same order, in the time of one stat of each job file and one read
// of the index for the jobs whose files have not changed since the last
// call. It reads the other files, and writes the index when anything in
// it changed; a failure to write it is passed over, as the next call
// reads those files again.
func (s *Store) Digests() ([]checklist.Digest, []Problem, error) {
	now := time.Now()
	jobs := filepath.Join(s.dir, jobsDir)
	index := filepath.Join(jobs, indexName)
	// The index is decoded while the folder is read and the files looked
	// at: on two cores, the one costs about nothing beside the other.
	decoded := make(chan map[string]indexEntry, 1)
	go func() { decoded <- readIndex(index) }()
	ids, conflicts, err := s.Scan()
	keys := make([]fileKey, len(ids))
	for i, id := range ids {
		if info, err := os.Lstat(filepath.Join(jobs, id+jobExt)); err == nil {
			keys[i], _ = keyOf(info)
		}
	}
	old := <-decoded
	if err != nil {
		return nil, nil, err
	}
	kept := make(map[string]indexEntry, len(ids))
	digests := make([]checklist.Digest, len(ids))
	read := make([]bool, len(ids))
	var missing []string
	var at []int
	for i, id := range ids {
		if e, ok := old[id]; ok && keys[i] == e.file && keys[i] != (fileKey{}) {
			digests[i], read[i], kept[id] = e.digest, true, e
			continue
		}
		missing, at = append(missing, id), append(at, i)
	}
	changed := len(kept) != len(old)
	var problems []Problem
	// The files are read a part at a time, so that only a part's whole
	// jobs are held at once: a first run over a thousand files otherwise
	// held them all, twice the memory of the app with its index.
	for start := 0; start < len(missing); start += digestPart {
		part := missing[start:min(start+digestPart, len(missing))]
		for n, f := range s.loadAll(part) {
			i, id := at[start+n], part[n]
			if f.err != nil {
				if p, ok := s.problem(id, f.err); ok {
					problems = append(problems, p)
				}
				continue
			}
			digests[i], read[i] = f.job.Digest(), true
			if k, ok := keyOf(f.stamp.info); ok && f.link == "" && k.settled(now) {
				kept[id], changed = indexEntry{file: k, digest: digests[i]}, true
			}
		}
	}
	if changed {
		// Only a cache: the next call reads the files again if this fails.
		_ = atomicfile.Write(index, encodeIndex(kept), filePerm, false)
	}
	// Sorted by place, not moved about: a digest is some hundreds of bytes.
	var order []int
	for i := range digests {
		if read[i] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return digests[a].Job.Start().Compare(digests[b].Job.Start()) })
	out := make([]checklist.Digest, len(order))
	for n, i := range order {
		out[n] = digests[i]
	}
	return out, append(problems, conflicts...), nil
}

// digestPart is how many files Digests reads at a time.
const digestPart = 100

// readIndex reads the index file, or gives nil when there is none or it
// is not one this build reads.
func readIndex(path string) map[string]indexEntry {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	entries, err := decodeIndex(b)
	if err != nil {
		return nil
	}
	return entries
}
