package checklist

import (
	"fmt"
	"time"
)

// Preparation is a round coming up soon with things still to prepare for
// it: the job's own before items and the round's.
type Preparation struct {
	JobID   string
	Company string
	Round   Round
	// Left counts the open items; ItemID is the first of them, in
	// checklist order.
	Left   int
	ItemID string
}

// NextToPrepare is the soonest round, across all jobs, that is to come
// within SoonWithin from now and still has before items open. It reports
// false when there is none.
func NextToPrepare(jobs []Job, now time.Time) (Preparation, bool) {
	var s soonest
	for ji := range jobs {
		j := &jobs[ji]
		if r := j.NextRound(now); s.nearer(r, now) {
			s.take(j, r, j.leftBefore(r))
		}
	}
	return s.best, s.found
}

// DigestNextToPrepare is NextToPrepare of the jobs the digests are of.
func DigestNextToPrepare(digests []Digest, now time.Time) (Preparation, bool) {
	var s soonest
	for di := range digests {
		d := &digests[di]
		if r := d.Job.NextRound(now); s.nearer(r, now) {
			s.take(&d.Job, r, d.Before[d.Job.roundIndex(r)])
		}
	}
	return s.best, s.found
}

// soonest is the round to prepare for found so far.
type soonest struct {
	best  Preparation
	found bool
}

// nearer reports whether r is to come within SoonWithin and sooner than
// the round found so far.
func (s *soonest) nearer(r *Round, now time.Time) bool {
	return r != nil && r.At.Sub(now) <= SoonWithin && (!s.found || r.At.Before(s.best.Round.At))
}

// take keeps round r of job j if anything is left to prepare for it.
func (s *soonest) take(j *Job, r *Round, l Left) {
	if l.Items > 0 {
		s.best = Preparation{JobID: j.ID, Company: j.Company, Round: *r, Left: l.Items, ItemID: l.First}
		s.found = true
	}
}

// Left is what is still to prepare for a round: the open items of its
// checklist before it, the job's own and the round's (VisibleSections),
// and the first of them in checklist order.
type Left struct {
	Items int
	First string
}

func (j *Job) leftBefore(r *Round) Left {
	var l Left
	for _, s := range j.VisibleSections(Before, r) {
		for _, it := range s.Items {
			if !it.Done {
				if l.Items == 0 {
					l.First = it.ID
				}
				l.Items++
			}
		}
	}
	return l
}

// roundIndex is the place of r in j.Rounds.
func (j *Job) roundIndex(r *Round) int {
	for i := range j.Rounds {
		if &j.Rounds[i] == r {
			return i
		}
	}
	return -1
}

// Until says briefly how far ahead t is from now, for a round coming up
// within a couple of days: "in 40 min", "in 20 h"; "now" once it is.
func Until(t, now time.Time) string {
	switch d := t.Sub(now); {
	case d < time.Minute:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("in %d min", int(d/time.Minute))
	default:
		return fmt.Sprintf("in %d h", int(d/time.Hour))
	}
}
