package stats

import (
	"fmt"
	"strings"
)

// The figures in words, the same in the app and on the command line.

// Plural is "1 job", "2 jobs".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// String lists the outcomes that happened: "1 offer · 2 noes · 1 still
// open"; "none yet" when there is no job.
func (o Outcomes) String() string {
	var parts []string
	for _, p := range []struct {
		n         int
		one, many string
	}{
		{o.Offers, "offer", "offers"}, {o.Noes, "no", "noes"}, {o.NoAnswers, "no answer", "no answers"},
		{o.Withdrawn, "withdrawn", "withdrawn"}, {o.Open, "still open", "still open"},
	} {
		if p.n > 0 {
			parts = append(parts, Plural(p.n, p.one, p.many))
		}
	}
	if len(parts) == 0 {
		return "none yet"
	}
	return strings.Join(parts, " · ")
}

// Label names the stage: "Round 2", or "No round yet".
func (s Stage) Label() string {
	if s.Number == 0 {
		return "No round yet"
	}
	return fmt.Sprintf("Round %d", s.Number)
}

// String says how the tasks went: "4 of 7 on time (57%) · 1 late · 2
// missed", or "none due yet" when none has fallen due.
func (t Timeliness) String() string {
	share, ok := t.OnTimeShare()
	if !ok {
		return "none due yet"
	}
	out := fmt.Sprintf("%d of %d on time (%.0f%%)", t.OnTime, t.Total(), share*100)
	if t.Late > 0 {
		out += fmt.Sprintf(" · %d late", t.Late)
	}
	if t.Missed > 0 {
		out += fmt.Sprintf(" · %d missed", t.Missed)
	}
	return out
}

// String is "Company research: 2 of 2".
func (u Undone) String() string { return fmt.Sprintf("%s: %d of %d", u.Title, u.Jobs, u.Of) }

// Reached says how far the job got: "round 2 of 3, Final", or "no round
// held yet".
func (r Reach) Reached() string {
	if r.Number == 0 {
		return "no round held yet"
	}
	if r.Round == "" {
		return fmt.Sprintf("round %d of %d", r.Number, r.Of)
	}
	return fmt.Sprintf("round %d of %d, %s", r.Number, r.Of, r.Round)
}

// Name is the job as a person reads it: "Acme Corp · Backend Engineer".
func (j JobRef) Name() string { return j.Company + " · " + j.Role }

// UndoneList is a heading and the sections left undone under it.
type UndoneList struct {
	Title    string
	Sections []Undone
}

// UndoneLists are the sections left undone before a no and before an
// offer, each only once there has been such an answer.
func (s Summary) UndoneLists() []UndoneList {
	var out []UndoneList
	if s.Outcomes.Noes > 0 {
		out = append(out, UndoneList{"Left undone before a no", s.UndoneBeforeNo})
	}
	if s.Outcomes.Offers > 0 {
		out = append(out, UndoneList{"Left undone before an offer", s.UndoneBeforeOffer})
	}
	return out
}
