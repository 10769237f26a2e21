package checklist

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// The library reads a month's day well only month first ("Dec 3 14:00";
// "3 Dec 14:00" comes out as December 14), and in the current year
// whatever year is written. So a day and month are put month first, and
// the year taken out to be set afterwards.
var (
	dayMonth = lazyregexp.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + months + `)\b\.?`)
	monthDay = lazyregexp.New(`(?i)\b(` + months + `)\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b,?(?:\s*((?:19|20)\d{2})\b,?)?`)
)

const months = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// leapYear stands for the year of a day written without one, so that
// February 29 is a day.
const leapYear = 2024

// monthFirst rewrites the day and month in s month first and without a
// year, for the library, and gives the month, day and year written; a
// zero month when s names none.
func monthFirst(s string) (text string, month time.Month, day, year int) {
	text = dayMonth().ReplaceAllString(s, "$2 $1")
	m := monthDay().FindStringSubmatchIndex(text)
	if m == nil {
		return text, 0, 0, 0
	}
	name := text[m[2]:m[3]]
	t, err := time.Parse("Jan", strings.ToUpper(name[:1])+strings.ToLower(name[1:3]))
	if err != nil {
		return text, 0, 0, 0
	}
	day, _ = strconv.Atoi(text[m[4]:m[5]])
	if m[6] >= 0 {
		year, _ = strconv.Atoi(text[m[6]:m[7]])
	}
	text = strings.Join(strings.Fields(text[:m[0]]+name+" "+text[m[4]:m[5]]+" "+text[m[1]:]), " ")
	return text, t.Month(), day, year
}

// nearestYear moves a day and month given without a year to the year that
// puts it nearest to now: "Jan 3" in late November is the coming one, "Nov
// 20" the one just gone.
func nearestYear(t, now time.Time) time.Time {
	best := t
	for _, c := range []time.Time{t.AddDate(-1, 0, 0), t.AddDate(1, 0, 0)} {
		if c.Day() == t.Day() && c.Sub(now).Abs() < best.Sub(now).Abs() {
			best = c
		}
	}
	return best
}

// clockWords are the times of day written in s: "11am", "2:30 pm", "11a",
// "14:30", "9h".
var clockWords = lazyregexp.New(`(?i)\b\d{1,2}(?:[:.h]\d{1,2})?\s*(?:[ap]\.?m\b\.?|[ap]\b)|\b\d{1,2}[:h]\d{1,2}\b|\b\d{1,2}h\b`)

// relativeClock is a span in hours or minutes, which moves the time of day.
var relativeClock = lazyregexp.New(`(?i)\b(?:hours?|hrs?|minutes?|mins?)\b`)

// dayWords are the words that name a time of day without digits.
var dayWords = lazyregexp.New(`(?i)\b(?:noon|midday|midnight|now|morning|afternoon|evening|tonight)\b`)

// wordsWall reads s with the olebedev/when library as a wall clock, counted
// from now's. It is refused unless the library read all of s, and unless
// each time of day written in s is one and reads as the library read it:
// the library passes over "13pm" or "11.30am" without a word.
func wordsWall(s string, now time.Time) (time.Time, error) {
	base := time.Date(now.Year(), now.Month(), now.Day(), now.Hour(), now.Minute(), 0, 0, time.UTC)
	text, month, day, year := monthFirst(s)
	from := base
	if month != 0 {
		if d := time.Date(cmp.Or(year, leapYear), month, day, 0, 0, 0, 0, time.UTC); d.Day() != day {
			in := month.String()
			if year != 0 {
				in += " " + strconv.Itoa(year)
			}
			return time.Time{}, fmt.Errorf("%q is not a date: %s has no day %d", s, in, day)
		}
		// The library reads the day in the year of the moment it counts
		// from, and sets the month before the day: from the 30th, "Feb 28"
		// would come out as March 28. A day named in full needs nothing of
		// the moment but its year, so it counts from the first of January.
		from = time.Date(cmp.Or(year, base.Year()), 1, 1, base.Hour(), base.Minute(), 0, 0, time.UTC)
	}
	unread := fmt.Errorf("%q is not a time prep can read: write it like 2026-12-01 10:00, friday 11am or Dec 3 2pm", s)
	r, err := readEnglish(text, from)
	if err != nil || r == nil || !strings.EqualFold(strings.TrimSpace(r.Text), text) {
		return time.Time{}, unread
	}
	t := r.Time.Truncate(time.Minute)
	if month != 0 {
		if t.Month() != month || t.Day() != day || year != 0 && t.Year() != year {
			return time.Time{}, unread
		}
		if year == 0 {
			t = nearestYear(t, base)
		}
	}
	clocks := clockWords().FindAllString(s, -1)
	for _, c := range clocks {
		at, err := parseClock(c)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a time of day: write it like 10:00 or 2:30pm", c)
		}
		if len(clocks) == 1 && (at.Hour() != t.Hour() || at.Minute() != t.Minute()) {
			return time.Time{}, fmt.Errorf("%q is not a time of day prep can read in %q: write it like 10:00 or 2:30pm", c, s)
		}
	}
	if len(clocks) == 0 && !relativeClock().MatchString(s) && !dayWords().MatchString(s) {
		t = time.Date(t.Year(), t.Month(), t.Day(), DefaultHour, 0, 0, 0, time.UTC)
	}
	return t, nil
}
