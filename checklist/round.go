package checklist

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"
)

// Round is one interview of a job: a recruiter call, a technical round, an
// onsite. It holds the sections done again for each round: the day's
// materials, dress, logistics and courtesy, and the tasks after it, whose
// due times count from the round's start.
type Round struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Format  Format    `json:"format"`
	At      time.Time `json:"at"`
	Minutes int       `json:"minutes,omitempty"`
	Where   string    `json:"where,omitempty"`
	// TravelMinutes is how long the journey to a round in person takes,
	// as the person set it; the item to leave by counts back from the
	// start by it (see Leave). None set counts DefaultTravel.
	TravelMinutes int        `json:"travel_minutes,omitempty"`
	Link          string     `json:"link,omitempty"`
	Interviewers  []Person   `json:"interviewers,omitempty"`
	State         RoundState `json:"state"`
	// Invite is the calendar invitation the round came from, so that a
	// later one with the same UID updates it.
	Invite   *Invite   `json:"invite,omitempty"`
	Sections []Section `json:"sections"`
}

// Person is someone met in a round.
type Person struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

// Invite identifies a calendar invitation and the version of it the
// round holds: a later invitation with the same UID has a higher Sequence,
// or the same one and a later Stamp.
type Invite struct {
	UID      string `json:"uid"`
	Sequence int    `json:"sequence"`
	// Stamp is the invitation's DTSTAMP, which orders two versions sent
	// with the same Sequence; nil when it had none.
	Stamp *time.Time `json:"stamp,omitempty"`
}

// clone copies the invite, so that two jobs never share it.
func (inv *Invite) clone() *Invite {
	if inv == nil {
		return nil
	}
	c := *inv
	if inv.Stamp != nil {
		at := *inv.Stamp
		c.Stamp = &at
	}
	return &c
}

// Format is how a round is held.
type Format string

// The formats a round can have.
const (
	InPerson Format = "in-person"
	Video    Format = "video"
	Phone    Format = "phone"
)

// Formats lists every format in display order.
func Formats() []Format { return []Format{InPerson, Video, Phone} }

// ParseFormat turns text into a Format, naming the valid ones when it is
// not one.
func ParseFormat(s string) (Format, error) {
	return parseChoice("format", s, Formats())
}

// Label is the format as a person reads it.
func (f Format) Label() string {
	switch f {
	case InPerson:
		return "in person"
	case Video:
		return "video call"
	case Phone:
		return "phone call"
	}
	return string(f)
}

// RoundState is whether a round is still to come, held, or called off.
type RoundState string

// The states of a round. A scheduled round whose time has passed counts as
// held (see Round.Held); done says so for good.
const (
	Scheduled RoundState = "scheduled"
	Held      RoundState = "done"
	Cancelled RoundState = "cancelled"
)

// RoundStates lists every state in display order.
func RoundStates() []RoundState { return []RoundState{Scheduled, Held, Cancelled} }

// ParseRoundState turns text into a RoundState, naming the valid ones when
// it is not one.
func ParseRoundState(s string) (RoundState, error) {
	return parseChoice("round state", s, RoundStates())
}

func parseChoice[T ~string](what, s string, all []T) (T, error) {
	names := make([]string, len(all))
	for i, v := range all {
		if string(v) == s {
			return v, nil
		}
		names[i] = string(v)
	}
	return "", fmt.Errorf("unknown %s %q (valid: %s)", what, s, strings.Join(names, ", "))
}

// RoundNames are the names offered for a new round; any text is fine.
func RoundNames() []string {
	return []string{"Recruiter call", "Phone screen", "Technical", "Take-home", "Onsite", "Panel", "Final"}
}

// DefaultMinutes is a round's length when none is given.
const DefaultMinutes = 60

// Ends is when the round is over: its start and its length.
func (r Round) Ends() time.Time {
	m := r.Minutes
	if m <= 0 {
		m = DefaultMinutes
	}
	return r.At.Add(time.Duration(m) * time.Minute)
}

// Held reports whether the round has taken place by now: marked done, or
// scheduled and begun. A cancelled round never has.
func (r Round) Held(now time.Time) bool {
	return r.State == Held || r.State == Scheduled && !now.Before(r.At)
}

// Ahead reports whether the round is still to come at now.
func (r Round) Ahead(now time.Time) bool {
	return r.State == Scheduled && now.Before(r.At)
}

// Names lists the round's interviewers' names.
func (r Round) Names() []string {
	names := make([]string, 0, len(r.Interviewers))
	for _, p := range r.Interviewers {
		names = append(names, p.Name)
	}
	return names
}

// Round returns the round with the given id, or nil.
func (j *Job) Round(id string) *Round {
	for ri := range j.Rounds {
		if j.Rounds[ri].ID == id {
			return &j.Rounds[ri]
		}
	}
	return nil
}

// ByTime lists the job's rounds in the order they happen, cancelled ones
// included; rounds at the same time keep their order in the file.
func (j *Job) ByTime() []*Round {
	out := make([]*Round, len(j.Rounds))
	for ri := range j.Rounds {
		out[ri] = &j.Rounds[ri]
	}
	slices.SortStableFunc(out, func(a, b *Round) int { return a.At.Compare(b.At) })
	return out
}

// inTime yields the rounds in the order ByTime lists them, without making
// that list when the rounds are in time order already, as they nearly
// always are: the job list asks each job for its rounds on every frame.
func (j *Job) inTime() iter.Seq[*Round] {
	return func(yield func(*Round) bool) {
		for i := 1; i < len(j.Rounds); i++ {
			if j.Rounds[i].At.Before(j.Rounds[i-1].At) {
				for _, r := range j.ByTime() {
					if !yield(r) {
						return
					}
				}
				return
			}
		}
		for i := range j.Rounds {
			if !yield(&j.Rounds[i]) {
				return
			}
		}
	}
}

// NextRound is the first round still to come, or nil.
func (j *Job) NextRound(now time.Time) *Round {
	for r := range j.inTime() {
		if j.ahead(r, now) {
			return r
		}
	}
	return nil
}

// ahead reports whether r is still to come at now (see Round.Ahead). Once
// the job has its answer none is: the answer closes the job.
func (j *Job) ahead(r *Round, now time.Time) bool {
	return !j.Status.Final() && r.Ahead(now)
}

// LastHeld is the latest round held by now, or nil: the furthest the job
// has got, also after an answer.
func (j *Job) LastHeld(now time.Time) *Round {
	var last *Round
	for r := range j.inTime() {
		if j.held(r, now) {
			last = r
		}
	}
	return last
}

// held reports whether r has taken place by now (see Round.Held). A round
// still scheduled for after the job's answer never did, even once its
// time has gone by: nobody cancels the rounds a no called off.
func (j *Job) held(r *Round, now time.Time) bool {
	if r.State == Scheduled && j.Status.Final() && j.StatusAt != nil && !r.At.Before(*j.StatusAt) {
		return false
	}
	return r.Held(now)
}

// LastRound is the latest round not cancelled, held or not: the one the
// job's own after tasks, such as the follow-up when no word comes, count
// from.
func (j *Job) LastRound() *Round {
	var last *Round
	for r := range j.inTime() {
		if r.State != Cancelled {
			last = r
		}
	}
	return last
}

// CurrentRound is the round that matters now: the next one to come, else
// the last held, else the last of all.
func (j *Job) CurrentRound(now time.Time) *Round {
	if r := j.NextRound(now); r != nil {
		return r
	}
	if r := j.LastHeld(now); r != nil {
		return r
	}
	var last *Round
	for r := range j.inTime() {
		last = r
	}
	return last
}

// Number is the round's place among the job's rounds in time, from 1, and
// how many there are, cancelled ones not counted: "Round 2 of 3".
func (j *Job) Number(r *Round) (n, of int) {
	for x := range j.inTime() {
		if x.State == Cancelled {
			continue
		}
		of++
		if x == r {
			n = of
		}
	}
	return n, of
}

// Start is when the job's first round is, cancelled ones aside if there
// are others; a job with no round at all starts when it was made. Lists of
// jobs are in this order.
func (j *Job) Start() time.Time {
	first := (*Round)(nil)
	for r := range j.inTime() {
		if r.State != Cancelled {
			return r.At
		}
		if first == nil {
			first = r
		}
	}
	if first != nil {
		return first.At
	}
	return j.CreatedAt
}

// ListedAt is the moment a job is listed by: its current round's (see
// CurrentRound), or when it was made if it has none.
func (j *Job) ListedAt(now time.Time) time.Time {
	if r := j.CurrentRound(now); r != nil {
		return r.At
	}
	return j.CreatedAt
}
