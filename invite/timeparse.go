package invite

import (
	"strconv"
	"strings"
	"time"
)

// wallTime is a DATE or DATE-TIME value as written, before a time zone
// places it.
type wallTime struct {
	year, month, day, hour, min, sec int
	date                             bool // a DATE: no time of day
	utc                              bool // ends in Z
}

var dateSeparators = strings.NewReplacer("-", "", ":", "")

// parseWallTime reads 20261201, 20261201T100000 and 20261201T100000Z, and,
// because some producers write them, the same with dashes and colons
// (2026-12-01T10:00:00) and without seconds.
func parseWallTime(v string) (wallTime, bool) {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ",/"); i >= 0 { // a list or a PERIOD: its first time
		v = v[:i]
	}
	v = dateSeparators.Replace(v)
	var w wallTime
	if n := len(v); n > 0 && (v[n-1] == 'Z' || v[n-1] == 'z') {
		w.utc, v = true, v[:n-1]
	}
	date, clock, hasClock := strings.Cut(strings.ToUpper(v), "T")
	if len(date) != 8 || !allDigits(date) {
		return wallTime{}, false
	}
	w.year, _ = strconv.Atoi(date[:4])
	w.month, _ = strconv.Atoi(date[4:6])
	w.day, _ = strconv.Atoi(date[6:])
	switch {
	case !hasClock:
		w.date = true
		w.utc = false
	case (len(clock) == 6 || len(clock) == 4) && allDigits(clock):
		w.hour, _ = strconv.Atoi(clock[:2])
		w.min, _ = strconv.Atoi(clock[2:4])
		if len(clock) == 6 {
			w.sec, _ = strconv.Atoi(clock[4:])
		}
	default:
		return wallTime{}, false
	}
	if w.month < 1 || w.month > 12 || w.day < 1 || w.day > daysIn(w.year, w.month) ||
		w.hour > 23 || w.min > 59 || w.sec > 60 {
		return wallTime{}, false
	}
	return w, true
}

// naive is the wall time as if it were UTC: a value to compare and do
// sums on before the real offset is known.
func (w wallTime) naive() time.Time {
	return time.Date(w.year, time.Month(w.month), w.day, w.hour, w.min, w.sec, 0, time.UTC)
}

// in places the wall time in loc.
func (w wallTime) in(loc *time.Location) time.Time {
	return time.Date(w.year, time.Month(w.month), w.day, w.hour, w.min, w.sec, 0, loc)
}

func wallOf(t time.Time) wallTime {
	return wallTime{year: t.Year(), month: int(t.Month()), day: t.Day(),
		hour: t.Hour(), min: t.Minute(), sec: t.Second()}
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// maxDuration bounds a duration, so no sum overflows: a century is far
// past any meeting.
const maxDuration = 100 * 365 * 24 * time.Hour

// maxDurationNumber bounds each number in a duration while it is read: a
// century in seconds.
const maxDurationNumber = int(maxDuration / time.Second)

// parseDuration reads an RFC 5545 duration: P1W, PT45M, P1DT2H30M, -PT15M.
func parseDuration(v string) (time.Duration, bool) {
	v = strings.ToUpper(strings.TrimSpace(v))
	sign := time.Duration(1)
	switch {
	case strings.HasPrefix(v, "-"):
		sign, v = -1, v[1:]
	case strings.HasPrefix(v, "+"):
		v = v[1:]
	}
	if !strings.HasPrefix(v, "P") || len(v) < 3 {
		return 0, false
	}
	v = v[1:]
	var d time.Duration
	inTime, num, seen := false, -1, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			if num < 0 {
				num = 0
			}
			if num = num*10 + int(c-'0'); num > maxDurationNumber {
				return 0, false
			}
			continue
		case c == 'T' && !inTime && num < 0:
			inTime = true
			continue
		case num < 0:
			return 0, false
		}
		var unit time.Duration
		switch {
		case c == 'W' && !inTime:
			unit = 7 * 24 * time.Hour
		case c == 'D' && !inTime:
			unit = 24 * time.Hour
		case c == 'H' && inTime:
			unit = time.Hour
		case c == 'M' && inTime:
			unit = time.Minute
		case c == 'S' && inTime:
			unit = time.Second
		default:
			return 0, false
		}
		if time.Duration(num) > maxDuration/unit {
			return 0, false
		}
		if d += time.Duration(num) * unit; d > maxDuration {
			return 0, false
		}
		num, seen = -1, true
	}
	if num >= 0 || !seen {
		return 0, false
	}
	return sign * d, true
}

// parseOffset reads a UTC offset as VTIMEZONE writes it, +0100 or -053000,
// into seconds east of UTC.
func parseOffset(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if len(v) != 5 && len(v) != 7 || (v[0] != '+' && v[0] != '-') || !allDigits(v[1:]) {
		return 0, false
	}
	h, _ := strconv.Atoi(v[1:3])
	m, _ := strconv.Atoi(v[3:5])
	s := 0
	if len(v) == 7 {
		s, _ = strconv.Atoi(v[5:])
	}
	if h > 23 || m > 59 || s > 59 {
		return 0, false
	}
	off := h*3600 + m*60 + s
	if v[0] == '-' {
		off = -off
	}
	return off, true
}

// formatOffset writes seconds east of UTC as UTC+01:00.
func formatOffset(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	s := "UTC" + sign + twoDigits(off/3600) + ":" + twoDigits(off%3600/60)
	return s
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
