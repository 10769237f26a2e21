package checklist

import "time"

// SetDecisionDate records when they expect to decide, as they said at the
// end of an interview, or clears it when At is nil. The open items that
// count from it (see Item.DueDecided), such as the follow-up when no word
// comes, are due afresh. The undo puts the old date back, and with it the
// old due times.
type SetDecisionDate struct {
	At *time.Time
}

// Apply implements Edit.
func (e SetDecisionDate) Apply(j *Job) (Edit, error) {
	undo := SetDecisionDate{At: j.DecisionBy}
	j.DecisionBy = nil
	if e.At != nil {
		at := *e.At
		j.DecisionBy = &at
	}
	j.reschedule()
	return undo, nil
}
