package checklist

import "time"

// SetDecisionDate records when they expect to decide, as they said at the
// end of an interview, or clears it when At is nil. The open items that
// count from it (see Item.DueDecided), such as the follow-up when no word
// comes, are due afresh, and the item that asks for the date is ticked
// (see DecisionItem). The undo puts the old date back, and with it the
// old due times and the tick.
type SetDecisionDate struct {
	At *time.Time
	// Said is when the date was recorded: the item ticked is that of the
	// last round begun by then. None is ticked when it is zero.
	Said time.Time
}

// Apply implements Edit.
func (e SetDecisionDate) Apply(j *Job) (Edit, error) {
	undo := SetDecisionDate{At: j.DecisionBy}
	if j.setDecisionBy(e.At) {
		return then(undo, j.tickDecision(e.Said)), nil
	}
	return undo, nil
}

// setDecisionBy gives the job a copy of at as its decision date, and the
// items that count from it their due times, when it is a new date, and
// reports whether it was.
func (j *Job) setDecisionBy(at *time.Time) bool {
	if timeEq(j.DecisionBy, at) {
		return false
	}
	j.DecisionBy = nil
	if at != nil {
		c := *at
		j.DecisionBy = &c
	}
	j.reschedule()
	return true
}

// FollowUpAfter is when the job's first open item that counts from the
// decision date, the follow-up when no word comes, would be due were the
// decision date at; false when the job has no such item.
func FollowUpAfter(j Job, at time.Time) (time.Time, bool) {
	c := j.Clone()
	c.setDecisionBy(&at)
	for _, s := range c.AllSections() {
		for _, it := range s.Items {
			if it.DueDecided != "" && !it.Done && it.DueAt != nil {
				return *it.DueAt, true
			}
		}
	}
	return time.Time{}, false
}
