package checklist

import (
	"slices"
	"strings"
	"time"
)

// The items of the default template that ask for something a person does
// elsewhere in the app: picking the likely reason, writing the lessons in
// the lessons item's note, giving a round's interviewers' names. Doing it
// ticks the item, so that the checklist does not go on asking. They are
// known by their ids, so that jobs made before this rule follow it too.
const (
	ReasonItem   = "likely-reason"
	LessonsItem  = "lessons"
	NamesItem    = "interviewer-names"
	DecisionItem = "decision-date"
)

// tickOpen ticks the open item with the given id, done at at (not recorded
// when zero), and returns the edit that takes the tick back; nil when the
// job has no such item or it is done already.
func (j *Job) tickOpen(id string, at time.Time) Edit {
	it := j.Item(id)
	if it == nil || it.Done {
		return nil
	}
	undo := restoreDone{ItemID: id, done: false, at: it.DoneAt}
	it.Done, it.DoneAt = true, nil
	if !at.IsZero() {
		it.DoneAt = &at
	}
	return undo
}

// roundItemID is the id of round r's item made from the template's item
// base, such as NamesItem: the template's id, after the round's for rounds
// after the first; "" when the round has none.
func (j *Job) roundItemID(r *Round, base string) string {
	for _, s := range r.Sections {
		for _, it := range s.Items {
			if it.ID == base || it.ID == r.ID+"-"+base {
				return it.ID
			}
		}
	}
	return ""
}

// tickNames ticks round r's names item once the round has names, and
// returns the edit that takes the tick back, or nil.
func (j *Job) tickNames(r *Round, at time.Time) Edit {
	if len(r.Interviewers) == 0 {
		return nil
	}
	if id := j.roundItemID(r, NamesItem); id != "" {
		return j.tickOpen(id, at)
	}
	return nil
}

// tickDecision ticks the item asking for the decision date of the round
// it was said in: the last one not called off that had begun at said, the
// moment the date was recorded. It is done at a time not recorded, and
// nothing is ticked when said is zero. It returns the edit that takes the
// tick back, or nil.
func (j *Job) tickDecision(said time.Time) Edit {
	if j.DecisionBy == nil || said.IsZero() {
		return nil
	}
	var in *Round
	for r := range j.inTime() {
		if r.State != Cancelled && !r.At.After(said) {
			in = r
		}
	}
	if in == nil {
		return nil
	}
	if id := j.roundItemID(in, DecisionItem); id != "" {
		return j.tickOpen(id, time.Time{})
	}
	return nil
}

// noteDoes reports whether writing note on the item with the given id is
// what the item asks for.
func noteDoes(itemID, note string) bool {
	return itemID == LessonsItem && strings.TrimSpace(note) != ""
}

// sequence is edits made as one: applied in order, taken back in reverse.
type sequence []Edit

// then is undo followed by more undos, as one edit; nils are left out.
func then(undo Edit, more ...Edit) Edit {
	s := sequence{}
	for _, e := range more {
		if e != nil {
			s = append(s, e)
		}
	}
	if len(s) == 0 {
		return undo
	}
	slices.Reverse(s)
	return append(s, undo)
}

// Apply implements Edit. A step that fails takes the steps before it
// back, so that the job is left as it was.
func (s sequence) Apply(j *Job) (Edit, error) {
	undos := make(sequence, 0, len(s))
	for _, e := range s {
		u, err := e.Apply(j)
		if err != nil {
			for i := len(undos) - 1; i >= 0; i-- {
				_, _ = undos[i].Apply(j)
			}
			return nil, err
		}
		undos = append(undos, u)
	}
	slices.Reverse(undos)
	return undos, nil
}
