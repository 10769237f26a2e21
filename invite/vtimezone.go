package invite

import (
	"strconv"
	"strings"
	"time"
)

// An observance is one STANDARD or DAYLIGHT part of a VTIMEZONE: from each
// of its onsets on, the clock reads UTC plus `to`.
type observance struct {
	start    wallTime // the first onset, in the wall time before it (offset `from`)
	from, to int      // seconds east of UTC before and after each onset
	rule     yearlyRule
	hasRule  bool
	extra    []wallTime // RDATE onsets
}

// yearlyRule is the part of RRULE that time zones use: once a year, in a
// month, on a weekday counted from the start or the end of the month, or
// on a day of the month.
type yearlyRule struct {
	months    []int
	weekday   time.Weekday
	nth       int // 1…5 from the start (5: the last), -1…-5 from the end, 0: none
	byWeekday bool
	monthDays []int
	until     *wallTime
	count     int
}

// tzRules are the observances of one VTIMEZONE, read once.
type tzRules []observance

func readRules(tz *component) tzRules {
	var obs tzRules
	for _, c := range tz.children {
		if c.name == "STANDARD" || c.name == "DAYLIGHT" {
			if o, ok := readObservance(c); ok {
				obs = append(obs, o)
			}
		}
	}
	return obs
}

// offset is the offset, in seconds east of UTC, that the rules give the
// wall time w. It reports false when there is no usable observance.
func (obs tzRules) offset(w wallTime) (int, bool) {
	if len(obs) == 0 {
		return 0, false
	}
	at := w.naive()
	var best, first *observance
	var bestOnset, firstOnset time.Time
	for i := range obs {
		o := &obs[i]
		if s := o.start.naive(); first == nil || s.Before(firstOnset) {
			first, firstOnset = o, s
		}
		if onset, ok := o.lastOnset(at); ok && (best == nil || onset.After(bestOnset)) {
			best, bestOnset = o, onset
		}
	}
	if best == nil {
		// Before the zone's first onset: the clock still read the offset
		// that onset changes from.
		return first.from, true
	}
	return best.to, true
}

func readObservance(c *component) (observance, bool) {
	var o observance
	var ok bool
	if o.start, ok = parseWallTime(c.value("DTSTART")); !ok {
		return o, false
	}
	if o.to, ok = parseOffset(c.value("TZOFFSETTO")); !ok {
		return o, false
	}
	if o.from, ok = parseOffset(c.value("TZOFFSETFROM")); !ok {
		o.from = o.to
	}
	if r := c.value("RRULE"); r != "" {
		o.rule, o.hasRule = parseYearlyRule(r, o.start)
	}
	for _, p := range c.all("RDATE") {
		for v := range strings.SplitSeq(p.value, ",") {
			if w, ok := parseWallTime(v); ok {
				o.extra = append(o.extra, w)
			}
		}
	}
	return o, true
}

// lastOnset is the latest onset of o at or before the wall time at.
func (o *observance) lastOnset(at time.Time) (time.Time, bool) {
	var best time.Time
	found := false
	consider := func(t time.Time) {
		if !t.After(at) && (!found || t.After(best)) {
			best, found = t, true
		}
	}
	consider(o.start.naive())
	for _, w := range o.extra {
		consider(w.naive())
	}
	if o.hasRule {
		years := []int{at.Year(), at.Year() - 1}
		if u := o.rule.until; u != nil && u.year < at.Year() {
			years = append(years, u.year, u.year-1)
		}
		for _, y := range years {
			for _, t := range o.onsetsIn(y) {
				consider(t)
			}
		}
	}
	return best, found
}

// onsetsIn is the onsets the rule makes in one year.
func (o *observance) onsetsIn(year int) []time.Time {
	r := o.rule
	if year < o.start.year || (r.count > 0 && year-o.start.year >= r.count) {
		return nil
	}
	var out []time.Time
	for _, m := range r.months {
		day, ok := r.dayIn(year, m)
		if !ok {
			continue
		}
		t := time.Date(year, time.Month(m), day, o.start.hour, o.start.min, o.start.sec, 0, time.UTC)
		if t.Before(o.start.naive()) {
			continue
		}
		if u := r.until; u != nil {
			limit := u.naive()
			if u.utc { // UNTIL in UTC: compare the onset's moment
				t := t.Add(-time.Duration(o.from) * time.Second)
				if t.After(limit) {
					continue
				}
			} else if t.After(limit) {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// dayIn is the day of month m in year on which the rule falls.
func (r yearlyRule) dayIn(year, m int) (int, bool) {
	last := daysIn(year, m)
	switch {
	case r.byWeekday && r.nth != 0:
		return nthWeekday(year, m, r.weekday, r.nth)
	case r.byWeekday && len(r.monthDays) > 0:
		best := 0
		for _, d := range r.monthDays {
			if d < 0 {
				d = last + 1 + d
			}
			if d < 1 || d > last {
				continue
			}
			wd := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()
			if wd == r.weekday && (best == 0 || d < best) {
				best = d
			}
		}
		return best, best != 0
	case len(r.monthDays) > 0:
		d := r.monthDays[0]
		if d < 0 {
			d = last + 1 + d
		}
		return d, d >= 1 && d <= last
	}
	return 0, false
}

// nthWeekday is the day of the nth wd in the month; a fifth that the month
// lacks is read as its last, as Windows means "week 5".
func nthWeekday(year, m int, wd time.Weekday, nth int) (int, bool) {
	last := daysIn(year, m)
	if nth > 0 {
		first := time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Weekday()
		d := 1 + (int(wd)-int(first)+7)%7 + (nth-1)*7
		if d > last {
			if nth < 5 {
				return 0, false
			}
			d -= 7
		}
		return d, true
	}
	lastWd := time.Date(year, time.Month(m), last, 0, 0, 0, 0, time.UTC).Weekday()
	d := last - (int(lastWd)-int(wd)+7)%7 + (nth+1)*7
	return d, d >= 1
}

var weekdays = map[string]time.Weekday{
	"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday, "WE": time.Wednesday,
	"TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday,
}

// parseYearlyRule reads the RRULE of an observance. It reports false for a
// rule that is not yearly or names no day, which leaves only the
// observance's DTSTART and RDATEs.
func parseYearlyRule(v string, start wallTime) (yearlyRule, bool) {
	var r yearlyRule
	freq := ""
	for part := range strings.SplitSeq(strings.ToUpper(v), ";") {
		key, val, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch key {
		case "FREQ":
			freq = val
		case "BYMONTH":
			for s := range strings.SplitSeq(val, ",") {
				if m, err := strconv.Atoi(s); err == nil && m >= 1 && m <= 12 {
					r.months = append(r.months, m)
				}
			}
		case "BYDAY":
			first, _, _ := strings.Cut(val, ",")
			if len(first) < 2 {
				return r, false
			}
			wd, ok := weekdays[first[len(first)-2:]]
			if !ok {
				return r, false
			}
			r.weekday, r.byWeekday = wd, true
			if n := first[:len(first)-2]; n != "" {
				nth, err := strconv.Atoi(n)
				if err != nil || nth == 0 || nth > 5 || nth < -5 {
					return r, false
				}
				r.nth = nth
			}
		case "BYMONTHDAY":
			for s := range strings.SplitSeq(val, ",") {
				if d, err := strconv.Atoi(s); err == nil && d != 0 && d >= -31 && d <= 31 {
					r.monthDays = append(r.monthDays, d)
				}
			}
		case "UNTIL":
			if u, ok := parseWallTime(val); ok {
				r.until = &u
			}
		case "COUNT":
			if n, err := strconv.Atoi(val); err == nil && n > 0 {
				r.count = n
			}
		}
	}
	if freq != "YEARLY" {
		return r, false
	}
	if len(r.months) == 0 {
		r.months = []int{start.month}
	}
	if !r.byWeekday && len(r.monthDays) == 0 {
		r.monthDays = []int{start.day}
	}
	return r, true
}
