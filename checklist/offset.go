package checklist

import (
	"fmt"
	"strconv"
	"time"
)

// Offset is how long after a starting moment a task falls due, written as
// "+Nh" (hours) or "+Nd" (calendar days, so a day across a clock change is
// still the same time of day).
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
	if len(s) < 3 || s[0] != '+' || s[1] < '0' || s[1] > '9' {
		return 0, 0, fmt.Errorf("due %q: want +Nh or +Nd, like +24h or +7d", s)
	}
	unit := s[len(s)-1]
	n, err := strconv.Atoi(s[1 : len(s)-1])
	if err != nil || n < 0 || n > 3660 || (unit != 'h' && unit != 'd') {
		return 0, 0, fmt.Errorf("due %q: want +Nh or +Nd, like +24h or +7d", s)
	}
	return n, unit, nil
}
