package ui

import "github.com/prep-cli/prep/checklist"

// saver queues each job's edits and hands them to the store one batch at a
// time: many quick ticks make few writes, and two writes to one job never
// race each other. A batch the disk refuses goes back to the front of the
// queue, to be tried again with the next edit, on a timer or on quit.
type saver struct {
	pending  map[string][]checklist.Edit
	inFlight map[string][]checklist.Edit
	// refused counts each job's saves refused in a row.
	refused map[string]int
}

func newSaver() saver {
	return saver{pending: map[string][]checklist.Edit{}, inFlight: map[string][]checklist.Edit{},
		refused: map[string]int{}}
}

// add queues an edit and returns the batch to write now, if the job has no
// write under way.
func (s *saver) add(id string, e checklist.Edit) []checklist.Edit {
	s.pending[id] = append(s.pending[id], e)
	return s.next(id)
}

// next moves the job's queued edits into flight and returns them, unless a
// write is already under way or nothing is queued.
func (s *saver) next(id string) []checklist.Edit {
	if len(s.inFlight[id]) > 0 || len(s.pending[id]) == 0 {
		return nil
	}
	batch := s.pending[id]
	delete(s.pending, id)
	s.inFlight[id] = batch
	return batch
}

// done records the end of a job's write. A batch the disk refused is
// queued again, ahead of anything added since.
func (s *saver) done(id string, retry bool) {
	if retry {
		s.pending[id] = append(s.inFlight[id], s.pending[id]...)
		s.refused[id]++
	} else {
		delete(s.refused, id)
	}
	delete(s.inFlight, id)
}

// refusals is how many of the job's saves were refused in a row.
func (s *saver) refusals(id string) int { return s.refused[id] }

// writing reports whether any write is under way.
func (s *saver) writing() bool { return len(s.inFlight) > 0 }

// unsaved reports whether any job has edits not yet on disk.
func (s *saver) unsaved() bool { return len(s.pending) > 0 || len(s.inFlight) > 0 }

// queued reports whether the job has edits waiting or being written, so a
// saved copy of it is already out of date.
func (s *saver) queued(id string) bool { return len(s.pending[id]) > 0 || len(s.inFlight[id]) > 0 }

// retryAll returns every job's queued edits as batches to write now.
func (s *saver) retryAll() map[string][]checklist.Edit {
	out := map[string][]checklist.Edit{}
	for id := range s.pending {
		if b := s.next(id); b != nil {
			out[id] = b
		}
	}
	return out
}
