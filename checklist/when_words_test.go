package checklist_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// The times people type, read on a Monday evening in Berlin, and the moment
// each must give.
func TestParseWhenReadsWhatPeopleType(t *testing.T) {
	loc := berlin(t)
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, loc)
	at := func(month time.Month, day, hour, minute int) time.Time {
		return time.Date(2026, month, day, hour, minute, 0, 0, loc)
	}
	tests := []struct {
		in   string
		want time.Time
	}{
		{"friday 11am", at(12, 4, 11, 0)},
		{"Friday 11:00", at(12, 4, 11, 0)},
		{"fri 3pm", at(12, 4, 15, 0)},
		{"3pm friday", at(12, 4, 15, 0)},
		{"next monday 10am", at(12, 7, 10, 0)},
		{"tuesday 9:30", at(12, 1, 9, 30)},
		{"friday", at(12, 4, checklist.DefaultHour, 0)},
		{"Dec 3 2pm", at(12, 3, 14, 0)},
		{"dec 3rd 2pm", at(12, 3, 14, 0)},
		{"3 Dec 2026 14:00", at(12, 3, 14, 0)},
		{"December 3 2:30pm", at(12, 3, 14, 30)},
		{"8 Dec", at(12, 8, checklist.DefaultHour, 0)},
		{"3 Dec 14:00", at(12, 3, 14, 0)},
		{"3rd Dec 2:30pm", at(12, 3, 14, 30)},
		{"3 December 9:05", at(12, 3, 9, 5)},
		{"3 Dec 2026", at(12, 3, checklist.DefaultHour, 0)},
		{"Dec 3, 2026 2pm", at(12, 3, 14, 0)},
		{"December 3rd, 2026, 2pm", at(12, 3, 14, 0)},
		{"3 Jan 2027 9am", time.Date(2027, 1, 3, 9, 0, 0, 0, loc)},
		{"Jan 3 9am", time.Date(2027, 1, 3, 9, 0, 0, 0, loc)},
		{"Nov 20 10:00", at(11, 20, 10, 0)},
		{"29 Feb 2028 10:00", time.Date(2028, 2, 29, 10, 0, 0, 0, loc)},
		// From the 30th, February's days are still February's.
		{"Feb 28 10:00", time.Date(2027, 2, 28, 10, 0, 0, 0, loc)},
		{"28 Feb 2027", time.Date(2027, 2, 28, checklist.DefaultHour, 0, 0, 0, loc)},
		{"tomorrow noon", at(12, 1, 12, 0)},
		{"friday noon", at(12, 4, 12, 0)},
		{"friday 11a", at(12, 4, 11, 0)},
		{"friday 2:30 p.m.", at(12, 4, 14, 30)},
		{"in 3 days", at(12, 3, checklist.DefaultHour, 0)},
		{"in 3 days at 2pm", at(12, 3, 14, 0)},
		{"in 2 hours", at(11, 30, 22, 0)},
		{"tomorrow 2pm", at(12, 1, 14, 0)},
		{"tomorrow 2 pm", at(12, 1, 14, 0)},
		{"tomorrow 14:30", at(12, 1, 14, 30)},
		{"today 21:15", at(11, 30, 21, 15)},
		{"yesterday 10:00", at(11, 29, 10, 0)},
		{"2026-12-01 10:00", at(12, 1, 10, 0)},
		{"2026-12-01T10:00", at(12, 1, 10, 0)},
		{"2026-12-01 2:30pm", at(12, 1, 14, 30)},
		{"2026-12-01", at(12, 1, checklist.DefaultHour, 0)},
		{"2026-12-01T10:00:00", at(12, 1, 10, 0)},
		{"2026-12-01 10:00:00 +01:00", at(12, 1, 10, 0)},
		{"2026-12-01 at 2pm", at(12, 1, 14, 0)},
		{"2026-12-01 noon", at(12, 1, 12, 0)},
		{"25/12/2026 10:00", at(12, 25, 10, 0)},
		{"12/25/2026", at(12, 25, checklist.DefaultHour, 0)},
		{"12/12 15:00", at(12, 12, 15, 0)},
		{"24-12-2026 10:00", at(12, 24, 10, 0)},
		{"2026-12-01T10:00:00+01:00", at(12, 1, 10, 0)},
		{"2026-12-01 10:00 +0000", at(12, 1, 11, 0)},
		{"2026-12-01T10:00-05:00", at(12, 1, 16, 0)},
		{"2026-12-01 10:00Z", at(12, 1, 11, 0)},
		{"friday 11am +0000", at(12, 4, 12, 0)},
		{"friday 11am UTC", at(12, 4, 12, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := checklist.ParseWhen(tt.in, now)
			if err != nil {
				t.Fatalf("ParseWhen(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseWhen(%q) = %s, want %s", tt.in, got.Format("Mon 2006-01-02 15:04 -0700"), tt.want.Format("Mon 2006-01-02 15:04 -0700"))
			}
		})
	}
}

// Numeric dates that read two ways are refused, and the refusal offers both.
func TestParseWhenRefusesAmbiguousDates(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, berlin(t))
	tests := []struct {
		in                   string
		dayFirst, monthFirst string
		says                 []string
	}{
		{"12/08", "2026-08-12", "2026-12-08", []string{`"12/08"`, "12 Aug", "Dec 8", "2026-08-12", "2026-12-08"}},
		{"12/08/2026 10:00", "2026-08-12", "2026-12-08", []string{`"12/08/2026"`, "2026-08-12", "2026-12-08"}},
		{"3.4.2027", "2027-04-03", "2027-03-04", []string{"3 Apr", "Mar 4"}},
		{"05-06-26 9:00", "2026-06-05", "2026-05-06", []string{`"05-06-26"`}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := checklist.ParseWhen(tt.in, now)
			var amb *checklist.AmbiguousDateError
			if !errors.As(err, &amb) {
				t.Fatalf("ParseWhen(%q) = %s, %v; want an AmbiguousDateError", tt.in, got, err)
			}
			if d := amb.DayFirst.Format(time.DateOnly); d != tt.dayFirst {
				t.Errorf("day first = %s, want %s", d, tt.dayFirst)
			}
			if d := amb.MonthFirst.Format(time.DateOnly); d != tt.monthFirst {
				t.Errorf("month first = %s, want %s", d, tt.monthFirst)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not say %q", err, s)
				}
			}
		})
	}
}

// What the library passes over or misreads is refused, with the part at
// fault quoted, rather than read as some other time.
func TestParseWhenRefusesWhatItCannotRead(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, berlin(t))
	tests := []struct{ in, shows string }{
		{"next blursday", "next blursday"},
		{"soon", "soon"},
		{"today 13pm", "13pm"},
		{"friday 25:00", "friday 25:00"},
		{"friday 11.30am", "11.30am"},
		{"friday sharp", "friday sharp"},
		{"32/12/2026", "32/12/2026"},
		{"Feb 30 10am", "February has no day 30"},
		{"29 Feb 2027", "February 2027 has no day 29"},
		{"2026-12-01 10:00 +2500", "+2500"},
		{"+0100", "+0100"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := checklist.ParseWhen(tt.in, now)
			if err == nil {
				t.Fatalf("ParseWhen(%q) = %s, want an error", tt.in, got)
			}
			if !strings.Contains(err.Error(), tt.shows) {
				t.Errorf("ParseWhen(%q) error %q does not show %q", tt.in, err, tt.shows)
			}
		})
	}
}

// A time typed in words keeps the refusal of a time the clocks skip.
func TestParseWhenWordsRefuseClockChanges(t *testing.T) {
	loc := berlin(t)
	// Saturday evening before the clocks go forward on Sunday 2026-03-29.
	now := time.Date(2026, 3, 28, 20, 0, 0, 0, loc)
	for _, in := range []string{"tomorrow 2:30am", "sunday 2:30am", "Mar 29 2:30am"} {
		_, err := checklist.ParseWhen(in, now)
		var change *checklist.ClockChangeError
		if !errors.As(err, &change) || !change.Skipped() {
			t.Errorf("ParseWhen(%q) = %v, want a skipped ClockChangeError", in, err)
		}
	}
}
