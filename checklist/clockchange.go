package checklist

import (
	"fmt"
	"slices"
	"time"
)

// ClockChangeError is a time of day that names no single moment because
// the clocks change around it: one they skip when they go forward (02:30
// on a spring night in Berlin), or one they pass twice when they go back
// (02:30 on an autumn night there). It says what to write instead.
type ClockChangeError struct {
	// Wall is the date and time of day that was meant: "2026-03-29 02:30".
	Wall string
	// From and To are what the clocks read either side of the change.
	From, To string
	// Choices are the moments to write instead: for a skipped time the
	// nearest one after it, the moment of the change; for a repeated time
	// the first of the two and then the second.
	Choices []time.Time
}

// Skipped reports whether the clocks jump over the time, rather than
// passing it twice.
func (e *ClockChangeError) Skipped() bool { return len(e.Choices) == 1 }

func (e *ClockChangeError) Error() string {
	if e.Skipped() {
		return fmt.Sprintf("%s does not happen: the clocks go forward from %s to %s; the nearest time is %s",
			e.Wall, e.From, e.To, e.Choices[0].Format("2006-01-02 15:04"))
	}
	return fmt.Sprintf("%s happens twice: the clocks go back from %s to %s; write %s for the first or %s for the second",
		e.Wall, e.From, e.To, e.Choices[0].Format(time.RFC3339), e.Choices[1].Format(time.RFC3339))
}

// wallTime is the one moment that the date and time of day name in loc,
// or a *ClockChangeError when a change of the clocks skips or repeats it.
// time.Date alone would quietly move a skipped time on by the change and
// pick one of the two moments of a repeated one.
func wallTime(year int, month time.Month, day, hour, minute int, loc *time.Location) (time.Time, error) {
	guess := time.Date(year, month, day, hour, minute, 0, 0, loc)
	asUTC := time.Date(year, month, day, hour, minute, 0, 0, time.UTC)
	// Only the offsets in force around the day can give the wall time; one
	// day either side reaches past any change near it.
	var moments []time.Time
	for _, near := range []time.Time{guess.Add(-24 * time.Hour), guess, guess.Add(24 * time.Hour)} {
		_, offset := near.Zone()
		m := asUTC.Add(-time.Duration(offset) * time.Second).In(loc)
		if m.Hour() == hour && m.Minute() == minute && m.Day() == day &&
			!slices.ContainsFunc(moments, m.Equal) {
			moments = append(moments, m)
		}
	}
	if len(moments) == 1 {
		return moments[0], nil
	}
	slices.SortFunc(moments, func(a, b time.Time) int { return a.Compare(b) })
	_, before := guess.Add(-24 * time.Hour).Zone()
	change, _ := guess.Add(24 * time.Hour).ZoneBounds()
	e := &ClockChangeError{
		Wall: asUTC.Format("2006-01-02 15:04"),
		From: change.In(time.FixedZone("", before)).Format("15:04"),
		To:   change.In(loc).Format("15:04"),
	}
	if len(moments) == 0 {
		e.Choices = []time.Time{change.In(loc)}
	} else {
		e.Choices = moments
	}
	return time.Time{}, e
}
