package checklist

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// ErrNoRound is returned by an edit aimed at a round the job does not have.
var ErrNoRound = errors.New("no such round")

func (j *Job) mustRound(id string) (*Round, error) {
	if r := j.Round(id); r != nil {
		return r, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNoRound, id)
}

// AddRound adds the next round of a job, with its own sections made from
// the template as NewJob makes the first round's. The job's own after
// tasks then count from the latest round.
//
// Names given for the round do what its item for writing them down asks
// (see NamesItem): it is ticked, done at At, or at a time not recorded when
// At is zero.
type AddRound struct {
	Template Template
	Details  RoundDetails
	At       time.Time
}

// Apply implements Edit. The undo removes the round.
func (e AddRound) Apply(j *Job) (Edit, error) {
	if err := e.Details.Validate(); err != nil {
		return nil, err
	}
	if err := e.Template.Validate(); err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	r := j.newRound(e.Template, e.Details)
	j.Rounds = append(j.Rounds, r)
	j.reschedule()
	j.tickNames(&j.Rounds[len(j.Rounds)-1], e.At)
	return RemoveRound{RoundID: r.ID}, nil
}

// RemoveRound takes a round out of the job, with its sections. A round
// with ticks or notes holds the person's work: ask before removing it (see
// Round.Touched); cancelling keeps it.
type RemoveRound struct {
	RoundID string
}

// Apply implements Edit. The undo puts the round back where it was.
func (e RemoveRound) Apply(j *Job) (Edit, error) {
	i := slices.IndexFunc(j.Rounds, func(r Round) bool { return r.ID == e.RoundID })
	if i < 0 {
		return nil, fmt.Errorf("%w: %s", ErrNoRound, e.RoundID)
	}
	undo := insertRound{index: i, round: j.Clone().Rounds[i]}
	j.Rounds = slices.Delete(j.Rounds, i, i+1)
	j.reschedule()
	return undo, nil
}

// insertRound puts a removed round back, as it was.
type insertRound struct {
	index int
	round Round
}

// Apply implements Edit.
func (e insertRound) Apply(j *Job) (Edit, error) {
	if j.Round(e.round.ID) != nil {
		return nil, fmt.Errorf("round %s is there already", e.round.ID)
	}
	at := min(max(e.index, 0), len(j.Rounds))
	// A copy, so that the jobs this edit is applied to (the app's and the
	// file's) never share the round's items.
	r := Job{Rounds: []Round{e.round}}.Clone().Rounds[0]
	j.Rounds = slices.Insert(j.Rounds, at, r)
	j.reschedule()
	return RemoveRound{RoundID: e.round.ID}, nil
}

// Touched reports whether the person has ticked or noted anything in the
// round.
func (r Round) Touched() bool {
	for _, s := range r.Sections {
		for _, it := range s.Items {
			if it.Done || it.Note != "" {
				return true
			}
		}
	}
	return false
}

// SetRoundState marks a round done or cancelled, or scheduled again. A
// cancelled round is kept with its ticks and notes, and nothing in it is
// chased any more; the job's own after tasks count from the last round not
// cancelled.
type SetRoundState struct {
	RoundID string
	State   RoundState
}

// Apply implements Edit.
func (e SetRoundState) Apply(j *Job) (Edit, error) {
	if _, err := ParseRoundState(string(e.State)); err != nil {
		return nil, err
	}
	r, err := j.mustRound(e.RoundID)
	if err != nil {
		return nil, err
	}
	undo := SetRoundState{RoundID: r.ID, State: r.State}
	r.State = e.State
	j.reschedule()
	return undo, nil
}

// SetRound changes a round's details. A new time moves the due times of
// its open items, and of the job's own after tasks when it is the latest
// round. A new list of interviewers changes the items made once per
// interviewer (see interviewers.go).
//
// The undo puts back the previous details and the items exactly. Applied
// to a copy of the job read afresh, it keeps the ticks and notes made
// there since, and any item added there since.
//
// Names given for the round tick its item for writing them down, done at
// At, as AddRound does.
type SetRound struct {
	RoundID string
	Details RoundDetails
	At      time.Time
}

// Apply implements Edit.
func (e SetRound) Apply(j *Job) (Edit, error) {
	if err := e.Details.Validate(); err != nil {
		return nil, err
	}
	r, err := j.mustRound(e.RoundID)
	if err != nil {
		return nil, err
	}
	before := captureRound(r)
	d := e.Details.tidy()
	if d.At.Equal(r.At) {
		// The same moment in another zone is no move: the round and its
		// due times keep the zone they were written in.
		d.At = r.At
	}
	r.Name, r.Format, r.At, r.Minutes, r.Where, r.Link = d.Name, d.Format, d.At, d.Minutes, d.Where, d.Link
	r.TravelMinutes = d.TravelMinutes
	if d.Invite != nil {
		r.Invite = d.Invite.clone()
	}
	old, names := r.Names(), d.Interviewers
	r.Interviewers = names
	if now := r.Names(); !slices.Equal(old, now) {
		added, removed := without(now, old), without(old, now)
		for si := range r.Sections {
			j.syncInterviewerItems(&r.Sections[si], added, removed)
		}
	}
	for _, s := range r.Sections {
		for _, it := range s.Items {
			before.known[it.ID] = true
		}
	}
	j.reschedule()
	return then(before, j.tickNames(r, e.At)), nil
}

// roundState is a round as it was before SetRound changed it. Restoring
// it keeps the ticks and notes the round's items have by then, and the
// items they have that neither side of the change had.
type roundState struct {
	round Round
	known map[string]bool
}

func captureRound(r *Round) roundState {
	c := Job{Rounds: []Round{*r}}.Clone().Rounds[0]
	known := map[string]bool{}
	for _, s := range c.Sections {
		for _, it := range s.Items {
			known[it.ID] = true
		}
	}
	return roundState{round: c, known: known}
}

// Apply implements Edit.
func (e roundState) Apply(j *Job) (Edit, error) {
	r, err := j.mustRound(e.round.ID)
	if err != nil {
		return nil, err
	}
	undo := captureRound(r)
	for k := range e.known {
		undo.known[k] = true
	}
	want := e.round
	sections := r.Sections
	*r = Job{Rounds: []Round{want}}.Clone().Rounds[0]
	r.Sections = sections
	for si := range r.Sections {
		s := &r.Sections[si]
		for _, w := range want.Sections {
			if w.ID == s.ID {
				s.Items = restoreItems(s.Items, w.Items, e.known)
			}
		}
	}
	j.reschedule()
	return undo, nil
}

// restoreItems is want with the ticks and notes of the items in cur, and
// the items of cur that are neither in want nor known to the change being
// taken back: added since, by someone else.
func restoreItems(cur, want []Item, known map[string]bool) []Item {
	now := map[string]Item{}
	for _, it := range cur {
		now[it.ID] = it
	}
	inWant := map[string]bool{}
	items := make([]Item, 0, len(want))
	for _, it := range want {
		inWant[it.ID] = true
		if c, ok := now[it.ID]; ok {
			it.Done, it.DoneAt, it.Note = c.Done, c.DoneAt, c.Note
		}
		items = append(items, it)
	}
	for _, c := range cur {
		if !inWant[c.ID] && !known[c.ID] {
			items = append(items, c)
		}
	}
	return items
}
