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
	var best Preparation
	found := false
	for ji := range jobs {
		j := &jobs[ji]
		r := j.NextRound(now)
		if r == nil || r.At.Sub(now) > SoonWithin || found && !r.At.Before(best.Round.At) {
			continue
		}
		p := Preparation{JobID: j.ID, Company: j.Company, Round: *r}
		for _, s := range j.VisibleSections(Before, r) {
			for _, it := range s.Items {
				if !it.Done {
					if p.Left == 0 {
						p.ItemID = it.ID
					}
					p.Left++
				}
			}
		}
		if p.Left > 0 {
			best, found = p, true
		}
	}
	return best, found
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
