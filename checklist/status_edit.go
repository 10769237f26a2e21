package checklist

import "time"

// SetStatus changes where a job's application stands, and notes when: At,
// or no time when At is zero. Setting the status a job already has changes
// nothing, not even the time.
//
// The open items of the sections that belong to the new status (the "If
// the answer is no" list for rejected, the offer's list for offer) get due
// times counted from At, afresh each time the job comes to that status.
// The open items of the sections of the status left behind lose theirs, so
// that they are not reported late. Items already done keep their due time,
// and no edit of status ever touches a tick or a note: a section that has
// some shows on (see Section.Visible).
//
// The undo puts back the previous status, its time and every due time the
// change touched, exactly.
type SetStatus struct {
	Status Status
	At     time.Time
}

// Apply implements Edit.
func (e SetStatus) Apply(j *Job) (Edit, error) {
	if _, err := ParseStatus(string(e.Status)); err != nil {
		return nil, err
	}
	undo := captureStatus(j)
	if j.Status == e.Status {
		return undo, nil
	}
	left := j.Status
	j.Status, j.StatusAt = e.Status, nil
	if !e.At.IsZero() {
		at := e.At
		j.StatusAt = &at
	}
	for si := range j.Sections {
		s := &j.Sections[si]
		if s.When == "" || (s.When != left && s.When != e.Status) {
			continue
		}
		for ii := range s.Items {
			it := &s.Items[ii]
			if it.Done {
				continue
			}
			switch {
			case s.When == e.Status && j.StatusAt != nil && it.Due != "":
				if at, err := it.Due.From(*j.StatusAt); err == nil {
					it.setDueAt(&at)
				}
			case s.When == left:
				it.setDueAt(nil)
			}
		}
	}
	return undo, nil
}

// statusState is a job's status, its time and the due times of the items
// in outcome sections: what SetStatus changes, and what its undo restores.
type statusState struct {
	status Status
	at     *time.Time
	dues   []itemDue
}

// itemDue is an item's due time as it stands, readable or not.
type itemDue struct {
	id   string
	at   *time.Time
	text string
}

func captureStatus(j *Job) statusState {
	st := statusState{status: j.Status, at: j.StatusAt}
	for _, s := range j.Sections {
		if s.When == "" {
			continue
		}
		for _, it := range s.Items {
			st.dues = append(st.dues, itemDue{id: it.ID, at: it.DueAt, text: it.dueAtText})
		}
	}
	return st
}

// Apply implements Edit. Items gone from the job since are passed over.
func (e statusState) Apply(j *Job) (Edit, error) {
	undo := captureStatus(j)
	j.Status, j.StatusAt = e.status, e.at
	for _, d := range e.dues {
		if it := j.Item(d.id); it != nil {
			it.DueAt, it.dueAtText = d.at, d.text
		}
	}
	return undo, nil
}
