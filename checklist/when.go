package checklist

import (
	"fmt"
	"strings"
	"time"
)

// DefaultHour is the hour an interview given only by its date starts at.
const DefaultHour = 9

// ParseWhen reads an interview time as a person types it, in now's time zone:
// "2026-12-01 10:00", "2026-12-01T10:00", an RFC 3339 time with its own
// offset, or a date alone ("2026-12-01"), which means 09:00. "today" and
// "tomorrow" may stand in for the date, and the time may be written "14:30",
// "2pm" or "2:30pm".
//
// A time that a change of the clocks skips or passes twice is refused with
// a *ClockChangeError, which says what to write instead.
func ParseWhen(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	norm := s
	if len(s) > len(time.DateOnly) && s[len(time.DateOnly)] == 'T' {
		// "2026-12-01T10:00": only the T after a date separates date and time;
		// the T of "Today" or "TOMORROW" is part of the word.
		norm = s[:len(time.DateOnly)] + " " + s[len(time.DateOnly)+1:]
	}
	datePart, clockPart, _ := strings.Cut(norm, " ")
	clockPart = strings.TrimSpace(clockPart)
	loc := now.Location()
	var day time.Time
	switch strings.ToLower(datePart) {
	case "today":
		day = now
	case "tomorrow":
		day = now.AddDate(0, 0, 1)
	default:
		d, err := time.ParseInLocation(time.DateOnly, datePart, loc)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a date: write it like 2026-12-01 10:00", s)
		}
		day = d
	}
	hour, minute := DefaultHour, 0
	if clockPart != "" {
		c, err := parseClock(clockPart)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time of day: write it like 10:00 or 2:30pm", clockPart)
		}
		hour, minute = c.Hour(), c.Minute()
	}
	return wallTime(day.Year(), day.Month(), day.Day(), hour, minute, loc)
}

func parseClock(s string) (time.Time, error) {
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	var err error
	for _, layout := range []string{"15:04", "3pm", "3:04pm", "15h04", "15h"} {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}
