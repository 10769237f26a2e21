package checklist

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// numericDate is a date in digits at the start of a time: "12/08",
// "25.12.2026", "12-25-26 10:00". An ISO date starts with four digits, and
// is not one.
var numericDate = lazyregexp.New(`^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\.?(?:\s+(.*))?$`)

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
// it reads only one way; a date without a year is the nearest such day.
func numericToISO(s string, now time.Time) (string, error) {
	m := numericDate().FindStringSubmatch(s)
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
		if m[3] == "" {
			t = nearestYear(t, now)
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
