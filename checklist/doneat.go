package checklist

import (
	"errors"
	"time"
)

// DoneAt ticks an item as done at the moment it was really done ("I sent
// it last night"), which may be well before it was ticked. An item done
// already takes this time in place of the one it had. The undo puts the
// tick and its time back exactly as they were.
type DoneAt struct {
	ItemID string
	At     time.Time
}

// Apply implements Edit.
func (e DoneAt) Apply(j *Job) (Edit, error) {
	if e.At.IsZero() {
		return nil, errors.New("no time given for when it was done")
	}
	s, ii, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	it := &s.Items[ii]
	undo := restoreDone{ItemID: e.ItemID, done: it.Done, at: it.DoneAt}
	at := e.At
	it.Done, it.DoneAt = true, &at
	return undo, nil
}

// restoreDone puts an item's tick and its time back exactly.
type restoreDone struct {
	ItemID string
	done   bool
	at     *time.Time
}

// Apply implements Edit.
func (e restoreDone) Apply(j *Job) (Edit, error) {
	s, ii, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	it := &s.Items[ii]
	undo := restoreDone{ItemID: e.ItemID, done: it.Done, at: it.DoneAt}
	it.Done, it.DoneAt = e.done, e.at
	return undo, nil
}

// ErrDoneLater is returned for a time something was done that is still to
// come.
var ErrDoneLater = errors.New("that time is still to come: give the time it was done, such as today 08:30")

// CheckDoneTime reports whether at can be when something was done, seen
// from now: not later than now. A minute's leeway lets "now" typed a
// moment ago pass.
func CheckDoneTime(at, now time.Time) error {
	if at.After(now.Add(time.Minute)) {
		return ErrDoneLater
	}
	return nil
}
