package checklist

import (
	"fmt"
	"strconv"
	"time"
)

// Offset is how long after a starting moment a task falls due, written as
// "+Nh" (hours) or "+Nd" (calendar days, so a day across a clock change is
// still the same time of day), or before it: "-24h", "-1d".
type Offset string

// From returns the moment the offset lands on, counted from start.
func (o Offset) From(start time.Time) (time.Time, error) {
	n, unit, err := o.parse()
	if err != nil {
		return time.Time{}, err
	}
	if unit == 'd' {
		return start.AddDate(0, 0, n), nil
	}
	return start.Add(time.Duration(n) * time.Hour), nil
}

// Validate reports whether the offset can be read.
func (o Offset) Validate() error {
	_, _, err := o.parse()
	return err
}

func (o Offset) parse() (int, byte, error) {
	s := string(o)
	bad := fmt.Errorf("due %q: want +Nh or +Nd after, -Nh or -Nd before, like +24h, +7d or -24h", s)
	if len(s) < 3 || (s[0] != '+' && s[0] != '-') || s[1] < '0' || s[1] > '9' {
		return 0, 0, bad
	}
	unit := s[len(s)-1]
	n, err := strconv.Atoi(s[1 : len(s)-1])
	if err != nil || n < 0 || n > 3660 || (unit != 'h' && unit != 'd') {
		return 0, 0, bad
	}
	if s[0] == '-' {
		n = -n
	}
	return n, unit, nil
}
