package data

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/internal/atomicfile"
	"github.com/prep-cli/prep/internal/reorder"
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
// from. The index holds them in the order of their ids, the order Scan
// gives the files in, so the two are read side by side.
type indexEntry struct {
	id     string
	file   fileKey
	digest *checklist.Digest
}

// indexed is an index as read: its entries, in the order of their ids,
// and their digests, in one slice in the same order (the digest of
// entries[i] is digests[i]); and for Due, the tasks of its open items, as
// they are read (see decodeIndexDue).
type indexed struct {
	entries []indexEntry
	digests []checklist.Digest
	due     *dueStream
}

// fileKey is what tells one version of a job file from another without
// reading it. Only a regular file has one (see keyOf and statKeys); the
// zero key of a link or anything else means the file is read every time.
type fileKey struct {
	// mtime and ctime are in nanoseconds; ctime, dev and ino are zero
	// where the system's file details do not hold them.
	size, mtime, ctime int64
	dev, ino           uint64
	// mode is the permissions and kind as the system gives them: it
	// catches a change of permissions where there is no ctime.
	mode uint32
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
func (s *Store) Digests() ([]checklist.Digest, []Problem, error) { return s.digests(true) }

// DigestsWithoutTasks is Digests for a list that shows no task, such as
// "prep list": the digests have no open items (Digest.Open is nil), which
// are most of what the index holds, and are passed over in it.
func (s *Store) DigestsWithoutTasks() ([]checklist.Digest, []Problem, error) {
	return s.digests(false)
}

// looked is the jobs folder at a look: the ids of its job files, in
// order, and their keys; its conflict copies, as problems; and its index,
// as read meanwhile.
type looked struct {
	ids       []string
	keys      []fileKey
	conflicts []Problem
	read      indexed
}

// look looks at the jobs folder, and reads its index with read.
func (s *Store) look(read func(path string) indexed) (looked, error) {
	jobs := filepath.Join(s.dir, jobsDir)
	// The index is decoded while the folder is read and the files looked
	// at: on two cores, the one costs about nothing beside the other.
	decoded := make(chan indexed, 1)
	go func() { decoded <- read(filepath.Join(jobs, indexName)) }()
	ids, conflicts, err := s.Scan()
	keys := statKeys(jobs, ids)
	return looked{ids, keys, conflicts, <-decoded}, err
}

// current reports whether the index describes every job file as it is,
// and no other.
func (l *looked) current() bool {
	old := l.read.entries
	if len(old) != len(l.ids) {
		return false
	}
	for i, id := range l.ids {
		if old[i].id != id || l.keys[i] != old[i].file || l.keys[i] == (fileKey{}) {
			return false
		}
	}
	return true
}

// digests is Digests, with the open items if open is set.
func (s *Store) digests(open bool) ([]checklist.Digest, []Problem, error) {
	now := time.Now()
	index := filepath.Join(s.dir, jobsDir, indexName)
	l, err := s.look(func(path string) indexed { return readIndex(path, open) })
	if err != nil {
		return nil, nil, err
	}
	ids, keys, read := l.ids, l.keys, l.read
	old := read.entries
	// Each job's entry, from the index where its file is the one the
	// entry was made from, or else made afresh below; nil for a file
	// that did not read. Both ids and old are in the order of the ids.
	entries := make([]*indexEntry, len(ids))
	fromIndex := make([]bool, len(ids))
	var missing []int
	kept := 0
	for i, next := 0, 0; i < len(ids); i++ {
		var found bool
		if next, found = entryOf(old, next, ids[i]); found && keys[i] == old[next].file && keys[i] != (fileKey{}) {
			entries[i], fromIndex[i], kept = &old[next], true, kept+1
			continue
		}
		missing = append(missing, i)
	}
	changed := kept != len(old)
	var problems []Problem
	// The files are read a part at a time, so that only a part's whole
	// jobs are held at once: a first run over a thousand files otherwise
	// held them all, twice the memory of the app with its index.
	fresh := make([]indexEntry, len(missing))
	for start := 0; start < len(missing); start += digestPart {
		part := missing[start:min(start+digestPart, len(missing))]
		partIDs := make([]string, len(part))
		for n, i := range part {
			partIDs[n] = ids[i]
		}
		for n, f := range s.loadAll(partIDs) {
			i, id := part[n], partIDs[n]
			if f.err != nil {
				if p, ok := s.problem(id, f.err); ok {
					problems = append(problems, p)
				}
				continue
			}
			e := &fresh[start+n]
			d := f.job.Digest()
			e.id, e.digest, entries[i] = id, &d, e
			if k, ok := keyOf(f.stamp.info); ok && f.link == "" && k.settled(now) {
				e.file, changed = k, true
			}
		}
	}
	if changed {
		// Only a cache: the next call reads the files again if this fails.
		_ = atomicfile.Write(index, encodeIndex(indexAgain(index, entries, fromIndex, open)), filePerm, false)
	}
	if !open {
		for _, e := range entries {
			if e != nil {
				e.digest.Open = nil
			}
		}
	}
	// When every entry is the index's, its digests are all of them, in
	// the order of the entries, and are put in order where they are.
	var own []checklist.Digest
	if kept == len(ids) && kept == len(old) {
		own = read.digests
	}
	return soonestFirst(entries, own), append(problems, l.conflicts...), nil
}

// entryOf finds the entry of id in entries, which are in the order of
// their ids, looking from the place from on: Digests looks for the ids in
// their order, so each search starts where the one before ended. It gives
// the place where the search ended, and whether the entry is there.
func entryOf(entries []indexEntry, from int, id string) (int, bool) {
	for from < len(entries) && entries[from].id < id {
		from++
	}
	return from, from < len(entries) && entries[from].id == id
}

// soonestFirst is the digests of the entries there are, soonest interview
// first. They are sorted by place, then each is moved once: a digest is
// some hundreds of bytes. With own, the entries' digests, all of them and
// in the entries' order, they are moved where they are; else they are
// copied out. Each job's start is found once: it walks the job's rounds.
// Jobs that start at the same time keep the order of their ids, as a
// stable sort would, at the speed of one that is not.
func soonestFirst(entries []*indexEntry, own []checklist.Digest) []checklist.Digest {
	type placed struct {
		start time.Time
		at    int
		e     *indexEntry
	}
	var order []placed
	for i, e := range entries {
		if e != nil {
			order = append(order, placed{e.digest.Job.Start(), i, e})
		}
	}
	slices.SortFunc(order, func(a, b placed) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	if own != nil {
		from := make([]int, len(order))
		for n, p := range order {
			from[n] = p.at
		}
		reorder.Apply(own, from)
		return own
	}
	out := make([]checklist.Digest, len(order))
	for n, p := range order {
		out[n] = *p.e.digest
	}
	return out
}

// indexAgain is what the index at path is to hold now: the entries of
// the files as they are, but for those changed too lately to enter (see
// racyWindow). When the entries taken from the index were read without
// their open items (open unset), they get them from it again, and are
// left out if it has changed since: an entry without them would lose the
// job's tasks.
func indexAgain(path string, entries []*indexEntry, fromIndex []bool, open bool) []indexEntry {
	var full []indexEntry
	if !open {
		full = readIndex(path, true).entries
	}
	var again []indexEntry
	next := 0
	for i, e := range entries {
		if e == nil || e.file == (fileKey{}) {
			continue
		}
		entry := *e
		if fromIndex[i] && !open {
			var found bool
			if next, found = entryOf(full, next, e.id); !found || full[next].file != e.file {
				continue
			}
			// A digest of its own: the one read is what the list is given.
			d := *entry.digest
			d.Open = full[next].digest.Open
			entry.digest = &d
		}
		again = append(again, entry)
	}
	return again
}

// digestPart is how many files Digests reads at a time.
const digestPart = 100

// readIndex reads the index file, or gives no entries when there is none
// or it is not one this build reads. The digests hold their open items
// only if open is set.
func readIndex(path string, open bool) indexed {
	b, err := os.ReadFile(path)
	if err != nil {
		return indexed{}
	}
	read, err := decodeIndex(b, open)
	if err != nil {
		return indexed{}
	}
	return read
}
