package checklist

import "reflect"

// HistoryLimit is how many steps a History keeps when its Limit is not set.
const HistoryLimit = 200

// History is the undo and redo history of one open job. It lives in memory
// only. Each step is an edit: Undo and Redo apply it to the job in memory
// and return it, so that the caller can send the same edit to the store.
//
// The zero value is ready to use and keeps HistoryLimit steps.
type History struct {
	// Limit is how many steps back Undo can go; the oldest are dropped
	// past it. Zero or less means HistoryLimit.
	Limit int

	undo, redo []Edit
}

// Do applies e to j and records how to take it back. A new change ends
// what could be redone. An edit that fails, or that changes nothing (a tick
// of an item already done, a move at the edge of a section), leaves the
// history as it was.
func (h *History) Do(j *Job, e Edit) error {
	before := j.Clone()
	undo, err := e.Apply(j)
	if err != nil {
		return err
	}
	if reflect.DeepEqual(before, *j) {
		return nil
	}
	h.undo = h.push(h.undo, guard(undo, j))
	h.redo = nil
	return nil
}

// Undo takes back the last change to j. It returns the edit it applied, for
// the caller to send to the store too, and false when there is nothing to
// undo. If that edit fails, because the job changed in a way the step no
// longer fits, it returns the error and no edit, j is left as it was and
// the step is dropped, so that the next Undo can go on past it.
//
// A step applies only while what it takes back is still as this history
// left it, in j and in the file the returned edit is sent to: where
// something else has changed it since, the step fails with
// ErrChangedElsewhere rather than remove what was written there.
func (h *History) Undo(j *Job) (Edit, bool, error) {
	return h.step(j, &h.undo, &h.redo)
}

// Redo makes again the last change Undo took back, in the same way.
func (h *History) Redo(j *Job) (Edit, bool, error) {
	return h.step(j, &h.redo, &h.undo)
}

// CanUndo reports whether there is a change to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is a change to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// Reset forgets every step, as when another job is opened or the job was
// read afresh from its file.
func (h *History) Reset() {
	h.undo, h.redo = nil, nil
}

// step pops the last edit of from, applies it to j and pushes its inverse
// onto to.
func (h *History) step(j *Job, from, to *[]Edit) (Edit, bool, error) {
	n := len(*from)
	if n == 0 {
		return nil, false, nil
	}
	e := (*from)[n-1]
	(*from)[n-1] = nil
	*from = (*from)[:n-1]
	inverse, err := e.Apply(j)
	if err != nil {
		return nil, true, err
	}
	*to = h.push(*to, guard(inverse, j))
	return e, true, nil
}

// push appends e to a stack, dropping the oldest steps past the limit.
func (h *History) push(stack []Edit, e Edit) []Edit {
	limit := h.Limit
	if limit <= 0 {
		limit = HistoryLimit
	}
	stack = append(stack, e)
	if over := len(stack) - limit; over > 0 {
		// Copy down rather than reslice, so the dropped steps are freed and
		// the stack does not creep through memory.
		n := copy(stack, stack[over:])
		clear(stack[n:])
		stack = stack[:n]
	}
	return stack
}
