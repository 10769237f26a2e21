package data

import (
	"iter"
	"os"
	"sync"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// Due is checklist.DigestDue of the digests Digests gives, with the same
// problems: the tasks of every job late or due within the duration given
// of now, most urgent first, to be ranged over once.
//
// When the index describes every job file as it is, the tasks come from it
// as its open items are read, most urgent first, and the reading stops at
// the first item due after the window: "prep due" writes out the first
// tasks while the later ones are read. Else Digests reads the files the
// index does not describe, and the folder is looked at again.
//
// An index whose open items turn out not to read, past the tasks already
// given, gives the rest from the files. An error doing that is given once,
// with no task, and ends the tasks.
func (s *Store) Due(now time.Time, within time.Duration) (iter.Seq2[checklist.Due, error], []Problem, error) {
	l, err := s.look(func(path string) indexed { return readIndexDue(path, now, within) })
	stream := l.read.due
	fromIndex := err == nil && stream != nil && l.current()
	answered(fromIndex)
	if !fromIndex {
		stream.stop()
		if err != nil {
			return nil, nil, err
		}
		due, problems, err := s.dueFromFiles(now, within)
		if err != nil {
			return nil, nil, err
		}
		return eachDue(due), problems, nil
	}
	return func(yield func(checklist.Due, error) bool) {
		defer stream.stop()
		given := 0
		for part := range stream.parts {
			for _, u := range part {
				if !yield(u, nil) {
					return
				}
				given++
			}
		}
		if !stream.damaged {
			return
		}
		// The index described every file, so every file read when it
		// was made: there are no problems but the conflict copies, given
		// already.
		due, _, err := s.dueFromFiles(now, within)
		if err != nil {
			yield(checklist.Due{}, err)
			return
		}
		for _, u := range due[min(given, len(due)):] {
			if !yield(u, nil) {
				return
			}
		}
	}, l.conflicts, nil
}

// answered is told whether each call of Due takes its tasks from the
// index: the answers are the same either way, and only the tests ask.
var answered = func(fromIndex bool) {}

// dueFromFiles is Due the long way: Digests, then their tasks.
func (s *Store) dueFromFiles(now time.Time, within time.Duration) ([]checklist.Due, []Problem, error) {
	digests, problems, err := s.Digests()
	if err != nil {
		return nil, nil, err
	}
	return checklist.DigestDue(digests, now, within), problems, nil
}

func eachDue(due []checklist.Due) iter.Seq2[checklist.Due, error] {
	return func(yield func(checklist.Due, error) bool) {
		for _, u := range due {
			if !yield(u, nil) {
				return
			}
		}
	}
}

// readIndexDue is readIndex for Due (see decodeIndexDue).
func readIndexDue(path string, now time.Time, within time.Duration) indexed {
	b, err := os.ReadFile(path)
	if err != nil {
		return indexed{}
	}
	read, err := decodeIndexDue(b, now, within)
	if err != nil {
		return indexed{}
	}
	return read
}

// decodeIndexDue is decodeIndex for Due: it reads the entries and their
// digests, without their open items, and returns. The tasks of the open
// items at now, within the duration given, are then read on a goroutine
// of their own, and come in read.due as they are.
func decodeIndexDue(b []byte, now time.Time, within time.Duration) (indexed, error) {
	r, read, counts := decodeHead(b)
	places, n := newItemPlaces(counts)
	if r.count() != n || r.err != nil {
		return indexed{}, errBadIndex
	}
	// Room for every part, so that sending one never waits: the reader
	// may stop taking them.
	read.due = &dueStream{parts: make(chan []checklist.Due, n/duePart+1), done: make(chan struct{})}
	go read.due.read(r, read.digests, counts, places, checklist.NewOrderedDue(read.digests, now, within))
	return read, nil
}

// duePart is how many open items dueStream reads before it sends their
// tasks on.
const duePart = 256

// dueStream is the tasks of an index's open items as they are read, a part
// at a time, most urgent first.
type dueStream struct {
	// parts closes after the last part.
	parts chan []checklist.Due
	// damaged is set, before parts closes, when the items after those
	// sent do not read.
	damaged bool
	// done closes when no more parts are wanted.
	done     chan struct{}
	stopping sync.Once
}

// read reads the open items r starts at, whose places are given, and
// sends their tasks on, until the first due after the window.
func (s *dueStream) read(r *indexReader, digests []checklist.Digest, counts []int, places itemPlaces, tasks *checklist.OrderedDue) {
	defer close(s.parts)
	var order itemOrder
	for n := len(places.taken); n > 0; {
		select {
		case <-s.done:
			return
		default:
		}
		items := make([]checklist.PlacedItem, 0, min(n, duePart))
		for len(items) < cap(items) {
			it, at, ok := r.placedItem(digests, counts, &order)
			if !ok {
				s.damaged = true
				return
			}
			if _, free := places.take(it.Digest, at); !free {
				s.damaged = true
				return
			}
			items = append(items, it)
		}
		n -= len(items)
		due, more := tasks.Append(make([]checklist.Due, 0, len(items)), items)
		if len(due) > 0 {
			s.parts <- due
		}
		if !more {
			return
		}
	}
}

// stop tells the stream, if there is one, that no more parts are wanted.
func (s *dueStream) stop() {
	if s != nil {
		s.stopping.Do(func() { close(s.done) })
	}
}
