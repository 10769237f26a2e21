package checklist

import (
	"fmt"
	"strings"
)

// Phase says whether a section belongs before or after the interview.
type Phase string

// The two phases of a checklist.
const (
	Before Phase = "before"
	After  Phase = "after"
)

// Valid reports whether p is one of the known phases.
func (p Phase) Valid() bool { return p == Before || p == After }

// Phases lists the two phases in the order they come.
func Phases() []Phase { return []Phase{Before, After} }

// Heading names the phase as a heading: "Before the interview".
func (p Phase) Heading() string {
	if p == After {
		return "After the interview"
	}
	return "Before the interview"
}

// Status is where a job's application stands.
type Status string

// The statuses a job can have, in the order a person meets them.
const (
	Upcoming    Status = "upcoming"
	Interviewed Status = "interviewed"
	Offer       Status = "offer"
	Rejected    Status = "rejected"
	NoResponse  Status = "no-response"
	Withdrawn   Status = "withdrawn"
)

// Statuses lists every status in display order.
func Statuses() []Status {
	return []Status{Upcoming, Interviewed, Offer, Rejected, NoResponse, Withdrawn}
}

// ParseStatus turns text into a Status, naming the valid ones when it is not.
func ParseStatus(s string) (Status, error) {
	all := Statuses()
	for _, st := range all {
		if string(st) == s {
			return st, nil
		}
	}
	names := make([]string, len(all))
	for i, st := range all {
		names[i] = string(st)
	}
	return "", fmt.Errorf("unknown status %q (valid: %s)", s, strings.Join(names, ", "))
}

// Final reports whether the application is over, one way or another.
func (s Status) Final() bool {
	switch s {
	case Offer, Rejected, NoResponse, Withdrawn:
		return true
	}
	return false
}
