package checklist

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when"
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
var offsetAtEnd = regexp.MustCompile(`(?i)(?:^|\s|(\d))(?:([+-])(\d{2}):?(\d{2})|(z)|(utc))$`)

// cutOffset takes an offset off the end of s, and gives the zone it names,
// or loc when s has none.
func cutOffset(s string, loc *time.Location) (string, *time.Location, error) {
	m := offsetAtEnd.FindStringSubmatchIndex(s)
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

// numericDate is a date in digits at the start of a time: "12/08",
// "25.12.2026", "12-25-26 10:00". An ISO date starts with four digits, and
// is not one.
var numericDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\.?(?:\s+(.*))?$`)

// AmbiguousDateError is a date in digits that reads two ways, day first or
// month first: "12/08" is 12 August to some and December 8 to others.
type AmbiguousDateError struct {
	// Typed is the date as written: "12/08".
	Typed string
	// DayFirst and MonthFirst are the two days it could be.
	DayFirst, MonthFirst time.Time
}

func (e *AmbiguousDateError) Error() string {
	return fmt.Sprintf("%q could be %s or %s: write %s or %s",
		e.Typed, e.DayFirst.Format("2 Jan"), e.MonthFirst.Format("Jan 2"),
		e.DayFirst.Format(time.DateOnly), e.MonthFirst.Format(time.DateOnly))
}

// numericToISO writes a numeric date at the start of s as an ISO date, when
// it reads only one way; a date without a year is the next such day.
func numericToISO(s string, now time.Time) (string, error) {
	m := numericDate.FindStringSubmatch(s)
	if m == nil {
		return s, nil
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	day := func(d, month int) (time.Time, bool) {
		year := now.Year()
		if m[3] != "" {
			year, _ = strconv.Atoi(m[3])
			if len(m[3]) == 2 {
				year += now.Year() / 100 * 100
			}
		}
		t := time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || int(t.Month()) != month {
			return t, false
		}
		if m[3] == "" && t.Before(time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)) {
			t = t.AddDate(1, 0, 0)
		}
		return t, true
	}
	dayFirst, okDay := day(a, b)
	monthFirst, okMonth := day(b, a)
	typed := strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(s, m[4])), ".")
	var d time.Time
	switch {
	case okDay && okMonth && !dayFirst.Equal(monthFirst):
		return "", &AmbiguousDateError{Typed: typed, DayFirst: dayFirst, MonthFirst: monthFirst}
	case okDay:
		d = dayFirst
	case okMonth:
		d = monthFirst
	default:
		return "", fmt.Errorf("%q is not a date: write it like 2026-12-01 or Dec 1", typed)
	}
	return strings.TrimSpace(d.Format(time.DateOnly) + " " + m[4]), nil
}

var errNotISO = fmt.Errorf("not an ISO date")

// isoWall reads an ISO date, and the time after it if any, as a wall clock
// (in UTC, which has no clock changes); errNotISO when s does not start
// with one.
func isoWall(s string) (time.Time, error) {
	if len(s) < len(time.DateOnly) || (len(s) > len(time.DateOnly) && s[len(time.DateOnly)] != ' ' && s[len(time.DateOnly)] != 'T') {
		return time.Time{}, errNotISO
	}
	datePart, clockPart := s[:len(time.DateOnly)], strings.TrimSpace(s[min(len(s), len(time.DateOnly)+1):])
	if !isoShape.MatchString(datePart) {
		return time.Time{}, errNotISO
	}
	day, err := time.Parse(time.DateOnly, datePart)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date: write it like 2026-12-01 10:00", s)
	}
	hour, minute := DefaultHour, 0
	if clockPart != "" {
		c, err := parseClock(clockPart)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time of day: write it like 10:00 or 2:30pm", clockPart)
		}
		hour, minute = c.Hour(), c.Minute()
	}
	return day.Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute), nil
}

var isoShape = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// clockWords are the times of day written in s: "11am", "2:30 pm", "11a",
// "14:30", "9h".
var clockWords = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.h]\d{1,2})?\s*(?:[ap]\.?m\b\.?|[ap]\b)|\b\d{1,2}[:h]\d{1,2}\b|\b\d{1,2}h\b`)

// relativeClock is a span in hours or minutes, which moves the time of day.
var relativeClock = regexp.MustCompile(`(?i)\b(?:hours?|hrs?|minutes?|mins?)\b`)

// dayWords are the words that name a time of day without digits.
var dayWords = regexp.MustCompile(`(?i)\b(?:noon|midday|midnight|now|morning|afternoon|evening|tonight)\b`)

// wordsWall reads s with the olebedev/when library as a wall clock, counted
// from now's. It is refused unless the library read all of s, and unless
// each time of day written in s is one and reads as the library read it:
// the library passes over "13pm" or "11.30am" without a word.
func wordsWall(s string, now time.Time) (time.Time, error) {
	base := time.Date(now.Year(), now.Month(), now.Day(), now.Hour(), now.Minute(), 0, 0, time.UTC)
	r, err := when.EN.Parse(s, base)
	if err != nil || r == nil || !strings.EqualFold(strings.TrimSpace(r.Text), s) {
		return time.Time{}, fmt.Errorf("%q is not a time prep can read: write it like 2026-12-01 10:00, friday 11am or Dec 3 2pm", s)
	}
	t := r.Time.Truncate(time.Minute)
	clocks := clockWords.FindAllString(s, -1)
	for _, c := range clocks {
		at, err := parseClock(c)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time of day: write it like 10:00 or 2:30pm", c)
		}
		if len(clocks) == 1 && (at.Hour() != t.Hour() || at.Minute() != t.Minute()) {
			return time.Time{}, fmt.Errorf("%q is not a time of day prep can read in %q: write it like 10:00 or 2:30pm", c, s)
		}
	}
	if len(clocks) == 0 && !relativeClock.MatchString(s) && !dayWords.MatchString(s) {
		t = time.Date(t.Year(), t.Month(), t.Day(), DefaultHour, 0, 0, 0, time.UTC)
	}
	return t, nil
}

func parseClock(s string) (time.Time, error) {
	s = strings.ToLower(strings.NewReplacer(" ", "", ".", "").Replace(s))
	if strings.HasSuffix(s, "a") || strings.HasSuffix(s, "p") {
		s += "m"
	}
	var err error
	for _, layout := range []string{"15:04", "3pm", "3:04pm", "15h04", "15h"} {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}
