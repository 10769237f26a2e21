package checklist

import (
	"fmt"
	"time"
)

// Relative describes t as a person would from the moment now: "today 10:00",
// "tomorrow 10:00", "Thu 10:00", "Dec 1 10:00", "yesterday 10:00",
// "3 days ago", "5 weeks ago", "Mar 2025". t is shown in now's time zone.
func Relative(t, now time.Time) string {
	t = t.In(now.Location())
	days := calendarDays(now, t)
	clock := t.Format("15:04")
	switch {
	case days == 0:
		return "today " + clock
	case days == 1:
		return "tomorrow " + clock
	case days == -1:
		return "yesterday " + clock
	case days > 1 && days < 7:
		return t.Format("Mon ") + clock
	case days > 0 && t.Year() == now.Year():
		return t.Format("Jan 2 ") + clock
	case days > 0:
		return t.Format("Jan 2 2006 ") + clock
	case days > -14:
		return fmt.Sprintf("%d days ago", -days)
	case days > -60:
		return fmt.Sprintf("%d weeks ago", -days/7)
	case days > -365:
		return fmt.Sprintf("%d months ago", -days/30)
	}
	return t.Format("Jan 2006")
}

// calendarDays counts midnights between a and b in a's time zone: 1 when b
// is tomorrow, whatever the hours.
func calendarDays(a, b time.Time) int {
	y1, m1, d1 := a.Date()
	y2, m2, d2 := b.In(a.Location()).Date()
	da := time.Date(y1, m1, d1, 12, 0, 0, 0, time.UTC)
	db := time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}
