package checklist

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// DefaultHour is the hour an interview given only by its day starts at.
const DefaultHour = 9

// ParseWhen reads a time as a person types it, in now's time zone unless it
// carries an offset of its own. It takes the ISO forms ("2026-12-01 10:00",
// "2026-12-01T10:00", RFC 3339, a date alone), and words, which the olebedev/when
// library reads: "friday 11am", "next monday 10am", "Dec 3 2pm", "3 Dec 2026
// 14:00", "tomorrow noon", "in 3 days". Times may be 12- or 24-hour, and any
// of these may end in an offset: "+0100", "-05:00", "Z" or "UTC". A day
// given without a time of day means DefaultHour.
//
// A numeric date that reads two ways ("12/08") is refused with an
// *AmbiguousDateError that offers both; a time that a change of the clocks
// skips or passes twice, with a *ClockChangeError.
func ParseWhen(s string, now time.Time) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if s == "" {
		return time.Time{}, fmt.Errorf(`"" is not a time: write it like 2026-12-01 10:00 or friday 11am`)
	}
	text, loc, err := cutOffset(s, now.Location())
	if err != nil {
		return time.Time{}, err
	}
	text, err = numericToISO(text, now.In(loc))
	if err != nil {
		return time.Time{}, err
	}
	wall, err := isoWall(text)
	if err == errNotISO {
		wall, err = wordsWall(text, now.In(loc))
	}
	if err != nil {
		return time.Time{}, err
	}
	return wallTime(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), loc)
}

// offsetAtEnd is an offset after a time: "+0100", "-05:00", "Z", "UTC".
var offsetAtEnd = lazyregexp.New(`(?i)(?:^|\s|(\d))(?:([+-])(\d{2}):?(\d{2})|(z)|(utc))$`)

// cutOffset takes an offset off the end of s, and gives the zone it names,
// or loc when s has none.
func cutOffset(s string, loc *time.Location) (string, *time.Location, error) {
	m := offsetAtEnd().FindStringSubmatchIndex(s)
	if m == nil {
		return s, loc, nil
	}
	sub := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	// The digit before a "Z" or "+01:00" belongs to the time.
	rest := strings.TrimSpace(s[:m[0]] + sub(1))
	if rest == "" {
		return s, loc, fmt.Errorf("%q is only an offset: put the time before it, like 2026-12-01 10:00 +0100", s)
	}
	if sub(5) != "" || sub(6) != "" {
		return rest, time.UTC, nil
	}
	h, _ := strconv.Atoi(sub(3))
	mins, _ := strconv.Atoi(sub(4))
	if h > 14 || mins > 59 {
		return s, loc, fmt.Errorf("%q is not an offset: write it like +0100 or -05:00", sub(2)+sub(3)+sub(4))
	}
	secs := (h*60 + mins) * 60
	if sub(2) == "-" {
		secs = -secs
	}
	return rest, time.FixedZone("", secs), nil
}

var errNotISO = errors.New("not an ISO date")

// isoDate is an ISO date at the start of a time, and what follows it.
var isoDate = lazyregexp.New(`^(\d{4}-\d{2}-\d{2})(?:[T ](.*))?$`)

// isoWall reads an ISO date, and the time of day after it if any, as a
// wall clock (in UTC, which has no clock changes); errNotISO when s does
// not start with one.
func isoWall(s string) (time.Time, error) {
	m := isoDate().FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, errNotISO
	}
	day, err := time.Parse(time.DateOnly, m[1])
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date: write it like 2026-12-01 10:00", s)
	}
	hour, minute := DefaultHour, 0
	if clockPart := strings.TrimSpace(m[2]); clockPart != "" {
		c, err := parseClock(clockPart)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time of day: write it like 10:00 or 2:30pm", clockPart)
		}
		hour, minute = c.Hour(), c.Minute()
	}
	return day.Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute), nil
}

// parseClock reads a time of day: "14:30", "14:30:00", "2pm", "2:30 p.m.",
// "11a", "14h30", "noon", with an "at" before it or not.
func parseClock(s string) (time.Time, error) {
	s = strings.TrimPrefix(strings.ToLower(s), "at ")
	s = strings.NewReplacer(" ", "", ".", "").Replace(s)
	switch s {
	case "noon", "midday":
		s = "12:00"
	case "midnight":
		s = "00:00"
	}
	if strings.HasSuffix(s, "a") || strings.HasSuffix(s, "p") {
		s += "m"
	}
	var err error
	for _, layout := range []string{"15:04", "15:04:05", "3pm", "3:04pm", "15h04", "15h"} {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}
