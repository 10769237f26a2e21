package checklist

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Offset is how long after a starting moment a task falls due, written as
// "+Nh" (hours), "+Nd" (calendar days, so a day across a clock change is
// still the same time of day) or "+Nwd" (working days, Monday to Friday),
// or before it: "-24h", "-1d". Leave, "leave", counts back from a round's
// start by the journey to it; only a round's item can have it.
type Offset string

// From returns the moment the offset lands on, counted from start.
func (o Offset) From(start time.Time) (time.Time, error) {
	n, unit, err := o.parse()
	if err != nil {
		return time.Time{}, err
	}
	switch unit {
	case 'd':
		return start.AddDate(0, 0, n), nil
	case 'w':
		return addWorkingDays(start, n), nil
	}
	return start.Add(time.Duration(n) * time.Hour), nil
}

// Before reports whether the offset counts back from its start: a task
// to do before a round.
func (o Offset) Before() bool {
	return o == Leave || strings.HasPrefix(string(o), "-")
}

// addWorkingDays steps n days from t, or back for a negative n, counting
// only Monday to Friday.
func addWorkingDays(t time.Time, n int) time.Time {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		t = t.AddDate(0, 0, step)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return t
}

// Validate reports whether the offset can be read.
func (o Offset) Validate() error {
	if o == Leave {
		return nil
	}
	_, _, err := o.parse()
	return err
}

func (o Offset) parse() (int, byte, error) {
	s := string(o)
	bad := fmt.Errorf("due %q: want +Nh, +Nd or +Nwd (working days) after, -Nh or -Nd before, like +24h, +7d, +2wd or -24h, or leave", s)
	if o == Leave {
		return 0, 0, errors.New("due leave: counts from a round's journey, so only a round's item can have it")
	}
	if len(s) < 3 || (s[0] != '+' && s[0] != '-') || s[1] < '0' || s[1] > '9' {
		return 0, 0, bad
	}
	unit, digits := s[len(s)-1], s[1:len(s)-1]
	switch {
	case strings.HasSuffix(s, "wd"):
		// w stands for working days, never for the last letter alone.
		unit, digits = 'w', s[1:len(s)-2]
	case unit != 'h' && unit != 'd':
		return 0, 0, bad
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 || n > 3660 {
		return 0, 0, bad
	}
	if s[0] == '-' {
		n = -n
	}
	return n, unit, nil
}
