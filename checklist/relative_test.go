package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestRelative(t *testing.T) {
	loc := berlin(t)
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, loc) }
	// Tuesday 2026-12-01, 10:00 in Berlin.
	now := at(2026, 12, 1, 10, 0)
	tests := []struct {
		name string
		t    time.Time
		now  time.Time
		want string
	}{
		{"now", now, now, "today 10:00"},
		{"later today", at(2026, 12, 1, 23, 59), now, "today 23:59"},
		{"earlier today", at(2026, 12, 1, 0, 0), now, "today 00:00"},
		{"tomorrow just after midnight", at(2026, 12, 2, 0, 1), now, "tomorrow 00:01"},
		{"tomorrow evening", at(2026, 12, 2, 22, 0), now, "tomorrow 22:00"},
		{"yesterday", at(2026, 11, 30, 23, 59), now, "yesterday 23:59"},
		{"this week", at(2026, 12, 4, 14, 30), now, "Fri 14:30"},
		{"six days on", at(2026, 12, 7, 9, 0), now, "Mon 09:00"},
		{"a week on", at(2026, 12, 8, 9, 0), now, "Dec 8 09:00"},
		{"later this year", at(2026, 12, 31, 18, 0), now, "Dec 31 18:00"},
		{"next year", at(2027, 1, 5, 9, 0), now, "Jan 5 2027 09:00"},
		{"two days ago", at(2026, 11, 29, 10, 0), now, "2 days ago"},
		{"thirteen days ago", at(2026, 11, 18, 10, 0), now, "13 days ago"},
		{"two weeks ago", at(2026, 11, 17, 10, 0), now, "2 weeks ago"},
		{"seven weeks ago", at(2026, 10, 13, 10, 0), now, "7 weeks ago"},
		{"two months ago", at(2026, 10, 1, 10, 0), now, "2 months ago"},
		{"sixty days ago", at(2026, 10, 2, 10, 0), now, "2 months ago"},
		{"fifty-nine days ago", at(2026, 10, 3, 10, 0), now, "8 weeks ago"},
		{"almost a year ago", at(2025, 12, 5, 10, 0), now, "12 months ago"},
		{"364 days ago", at(2025, 12, 2, 10, 0), now, "12 months ago"},
		{"a year ago to the day", at(2025, 12, 1, 10, 0), now, "Dec 2025"},
		{"over a year ago", at(2025, 11, 1, 10, 0), now, "Nov 2025"},
		{"long ago", at(2019, 3, 14, 10, 0), now, "Mar 2019"},
		{"shown in now's zone", time.Date(2026, 12, 1, 23, 30, 0, 0, time.UTC), now, "tomorrow 00:30"},
		{"tomorrow from just before midnight", at(2026, 12, 2, 0, 10), at(2026, 12, 1, 23, 50), "tomorrow 00:10"},
		{"yesterday from just after midnight", at(2026, 12, 1, 23, 50), at(2026, 12, 2, 0, 10), "yesterday 23:50"},
		{"tomorrow across the spring clock change", at(2026, 3, 29, 12, 0), at(2026, 3, 28, 12, 0), "tomorrow 12:00"},
		{"yesterday across the autumn clock change", at(2026, 10, 24, 23, 30), at(2026, 10, 25, 23, 30), "yesterday 23:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checklist.Relative(tt.t, tt.now); got != tt.want {
				t.Errorf("Relative(%s, now %s) = %q, want %q", tt.t, tt.now, got, tt.want)
			}
		})
	}
}
