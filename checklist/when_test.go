package checklist_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestParseWhen(t *testing.T) {
	loc := berlin(t)
	// A Monday evening in Berlin, the night before a Tuesday interview.
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, loc)
	// The evening before the clocks go forward (Sunday 2026-03-29 02:00).
	beforeSpring := time.Date(2026, 3, 28, 20, 0, 0, 0, loc)
	tests := []struct {
		name string
		in   string
		now  time.Time
		want time.Time
	}{
		{"date and time", "2026-12-01 10:00", now, time.Date(2026, 12, 1, 10, 0, 0, 0, loc)},
		{"date T time", "2026-12-01T10:00", now, time.Date(2026, 12, 1, 10, 0, 0, 0, loc)},
		{"date alone means nine o'clock", "2026-12-01", now, time.Date(2026, 12, 1, 9, 0, 0, 0, loc)},
		{"surrounding spaces", "  2026-12-01 10:00 \n", now, time.Date(2026, 12, 1, 10, 0, 0, 0, loc)},
		{"tomorrow", "tomorrow 14:30", now, time.Date(2026, 12, 1, 14, 30, 0, 0, loc)},
		{"tomorrow alone", "tomorrow", now, time.Date(2026, 12, 1, 9, 0, 0, 0, loc)},
		{"today pm", "today 2pm", now, time.Date(2026, 11, 30, 14, 0, 0, 0, loc)},
		{"today with minutes pm", "today 2:30pm", now, time.Date(2026, 11, 30, 14, 30, 0, 0, loc)},
		{"date with minutes pm", "2026-12-01 2:30pm", now, time.Date(2026, 12, 1, 14, 30, 0, 0, loc)},
		{"pm with a space", "2026-12-01 2 pm", now, time.Date(2026, 12, 1, 14, 0, 0, 0, loc)},
		{"noon", "2026-12-01 12pm", now, time.Date(2026, 12, 1, 12, 0, 0, 0, loc)},
		{"upper-case PM", "2026-12-01 2:30PM", now, time.Date(2026, 12, 1, 14, 30, 0, 0, loc)},
		{"capitalised Today", "Today 2pm", now, time.Date(2026, 11, 30, 14, 0, 0, 0, loc)},
		{"capitalised Tomorrow", "Tomorrow 14:30", now, time.Date(2026, 12, 1, 14, 30, 0, 0, loc)},
		{"upper-case TOMORROW", "TOMORROW 9:00", now, time.Date(2026, 12, 1, 9, 0, 0, 0, loc)},
		{"tomorrow across the spring clock change", "tomorrow 10:00", beforeSpring, time.Date(2026, 3, 29, 10, 0, 0, 0, loc)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := checklist.ParseWhen(tt.in, tt.now)
			if err != nil {
				t.Fatalf("ParseWhen(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseWhen(%q) = %s, want %s", tt.in, got, tt.want)
			}
			if got.Location() != tt.now.Location() {
				t.Errorf("ParseWhen(%q) is in %s, want the local zone %s", tt.in, got.Location(), tt.now.Location())
			}
		})
	}
}

func TestParseWhenKeepsAnRFC3339Offset(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, berlin(t))
	tests := []struct {
		name, in   string
		wantOffset int
	}{
		{"New York", "2026-12-01T10:00:00-05:00", -5 * 60 * 60},
		{"India", "2026-12-01T10:00:00+05:30", 5*60*60 + 30*60},
		{"UTC", "2026-12-01T10:00:00Z", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := checklist.ParseWhen(tt.in, now)
			if err != nil {
				t.Fatalf("ParseWhen(%q): %v", tt.in, err)
			}
			if _, off := got.Zone(); off != tt.wantOffset {
				t.Errorf("ParseWhen(%q) has offset %ds, want %ds", tt.in, off, tt.wantOffset)
			}
			if s := got.Format(time.RFC3339); s != tt.in {
				t.Errorf("ParseWhen(%q) formats back as %q", tt.in, s)
			}
		})
	}
}

func TestParseWhenErrorShowsTheInput(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, berlin(t))
	tests := []struct {
		name, in string
		shows    string // the part of the input the message must quote
	}{
		{"empty", "", `""`},
		{"words", "next blursday", "next blursday"},
		{"day first", "01/12/2026 10:00", "01/12/2026"},
		{"month 13", "2026-13-01", "2026-13-01"},
		{"February 30", "2026-02-30 10:00", "2026-02-30 10:00"},
		{"hour 25", "2026-12-01 25:00", "25:00"},
		{"minute 61", "2026-12-01 10:61", "10:61"},
		{"13pm", "today 13pm", "13pm"},
		{"trailing words", "2026-12-01 10:00 sharp", "10:00 sharp"},
		{"clock only with a bad date", "someday 10:00", "someday 10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
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

func TestOffsetFrom(t *testing.T) {
	loc := berlin(t)
	winter := time.Date(2026, 12, 1, 10, 0, 0, 0, cet)
	// Clocks go forward in Berlin on 2026-03-29 and back on 2026-10-25.
	spring := time.Date(2026, 3, 28, 10, 0, 0, 0, loc)
	autumn := time.Date(2026, 10, 24, 10, 0, 0, 0, loc)
	tests := []struct {
		name   string
		offset checklist.Offset
		start  time.Time
		want   time.Time
	}{
		{"hours", "+6h", winter, time.Date(2026, 12, 1, 16, 0, 0, 0, cet)},
		{"a day in hours", "+24h", winter, time.Date(2026, 12, 2, 10, 0, 0, 0, cet)},
		{"a week in days", "+7d", winter, time.Date(2026, 12, 8, 10, 0, 0, 0, cet)},
		{"zero", "+0h", winter, winter},
		{"days over the month end", "+2d", time.Date(2026, 11, 30, 10, 0, 0, 0, cet), time.Date(2026, 12, 2, 10, 0, 0, 0, cet)},
		{"days keep the wall clock in spring", "+2d", spring, time.Date(2026, 3, 30, 10, 0, 0, 0, loc)},
		{"one day keeps the wall clock in spring", "+1d", spring, time.Date(2026, 3, 29, 10, 0, 0, 0, loc)},
		{"hours shift the wall clock in spring", "+24h", spring, time.Date(2026, 3, 29, 11, 0, 0, 0, loc)},
		{"two days of hours shift in spring", "+48h", spring, time.Date(2026, 3, 30, 11, 0, 0, 0, loc)},
		{"days keep the wall clock in autumn", "+1d", autumn, time.Date(2026, 10, 25, 10, 0, 0, 0, loc)},
		{"hours shift the wall clock in autumn", "+24h", autumn, time.Date(2026, 10, 25, 9, 0, 0, 0, loc)},
		{"a day before in hours", "-24h", winter, time.Date(2026, 11, 30, 10, 0, 0, 0, cet)},
		{"hours before", "-2h", winter, time.Date(2026, 12, 1, 8, 0, 0, 0, cet)},
		{"a day before", "-1d", winter, time.Date(2026, 11, 30, 10, 0, 0, 0, cet)},
		{"zero before", "-0h", winter, winter},
		{"days before over the month start", "-2d", winter, time.Date(2026, 11, 29, 10, 0, 0, 0, cet)},
		{"days before over the year start", "-7d", time.Date(2027, 1, 3, 10, 0, 0, 0, cet), time.Date(2026, 12, 27, 10, 0, 0, 0, cet)},
		{"a day before keeps the wall clock in spring", "-1d", time.Date(2026, 3, 29, 10, 0, 0, 0, loc), time.Date(2026, 3, 28, 10, 0, 0, 0, loc)},
		{"hours before shift the wall clock in spring", "-24h", time.Date(2026, 3, 29, 10, 0, 0, 0, loc), time.Date(2026, 3, 28, 9, 0, 0, 0, loc)},
		{"hours before shift the wall clock in autumn", "-24h", time.Date(2026, 10, 25, 10, 0, 0, 0, loc), time.Date(2026, 10, 24, 11, 0, 0, 0, loc)},
		// 2026-12-01 is a Tuesday.
		{"two working days in the week", "+2wd", winter, time.Date(2026, 12, 3, 10, 0, 0, 0, cet)},
		{"two working days from a Thursday skip the weekend", "+2wd", time.Date(2026, 12, 3, 10, 0, 0, 0, cet), time.Date(2026, 12, 7, 10, 0, 0, 0, cet)},
		{"two working days from a Saturday", "+2wd", time.Date(2026, 12, 5, 10, 0, 0, 0, cet), time.Date(2026, 12, 8, 10, 0, 0, 0, cet)},
		{"a working day before a Monday", "-1wd", time.Date(2026, 12, 7, 10, 0, 0, 0, cet), time.Date(2026, 12, 4, 10, 0, 0, 0, cet)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.offset.From(tt.start)
			if err != nil {
				t.Fatalf("Offset(%q).From: %v", tt.offset, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("Offset(%q).From(%s) = %s, want %s", tt.offset, tt.start, got, tt.want)
			}
			if err := tt.offset.Validate(); err != nil {
				t.Errorf("Offset(%q).Validate() = %v, want nil", tt.offset, err)
			}
		})
	}
}

func TestOffsetInvalid(t *testing.T) {
	for _, o := range []checklist.Offset{"", "24h", "+x", "+5m", "+h", "+d", "+2w", "+wd", "+2dw", "+-1d", "+1.5h", "+1 d", "1d", "+24H", "+99999d", "24h+", "++1d",
		"-", "-x", "-h", "--1d", "-+1d", "-5m", "-1.5h", "-99999d", "- 1d", "-24H"} {
		t.Run(string(o), func(t *testing.T) {
			got, err := o.From(interview)
			if err == nil {
				t.Fatalf("Offset(%q).From = %s, want an error", o, got)
			}
			if !strings.Contains(err.Error(), `"`+string(o)+`"`) {
				t.Errorf("Offset(%q) error %q does not show the offset", o, err)
			}
			if o.Validate() == nil {
				t.Errorf("Offset(%q).Validate() = nil, want an error", o)
			}
		})
	}
}

func loadZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return loc
}

// A time the clocks skip, or one they pass twice, names no moment: it is
// refused with the reason and what to write instead, and what it offers is
// itself accepted.
func TestParseWhenRefusesClockChanges(t *testing.T) {
	tests := []struct {
		name, zone, in string
		// choices are the moments offered instead: the nearest after a
		// skipped time, the first and the second of a repeated one.
		choices []string
		says    []string
	}{
		{"Berlin skips 02:30 in spring", "Europe/Berlin", "2026-03-29 02:30",
			[]string{"2026-03-29T03:00:00+02:00"},
			[]string{"2026-03-29 02:30 does not happen", "from 02:00 to 03:00", "nearest time is 2026-03-29 03:00"}},
		{"Berlin skips 02:00 itself", "Europe/Berlin", "2026-03-29 2am",
			[]string{"2026-03-29T03:00:00+02:00"}, []string{"does not happen"}},
		{"New York skips 2:30am in spring", "America/New_York", "2026-03-08 2:30am",
			[]string{"2026-03-08T03:00:00-04:00"},
			[]string{"2026-03-08 02:30 does not happen", "from 02:00 to 03:00", "nearest time is 2026-03-08 03:00"}},
		{"Lord Howe skips half an hour", "Australia/Lord_Howe", "2026-10-04 02:15",
			[]string{"2026-10-04T02:30:00+11:00"}, []string{"from 02:00 to 02:30"}},
		{"Berlin has 02:30 twice in autumn", "Europe/Berlin", "2026-10-25 02:30",
			[]string{"2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+01:00"},
			[]string{"2026-10-25 02:30 happens twice", "back from 03:00 to 02:00",
				"2026-10-25T02:30:00+02:00 for the first", "2026-10-25T02:30:00+01:00 for the second"}},
		{"New York has 1:30am twice in autumn", "America/New_York", "2026-11-01 1:30am",
			[]string{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00"},
			[]string{"2026-11-01 01:30 happens twice", "back from 02:00 to 01:00"}},
		{"tomorrow names the day", "America/New_York", "tomorrow 01:30",
			[]string{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00"},
			[]string{"2026-11-01 01:30 happens twice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := loadZone(t, tt.zone)
			// The evening before the clock change the input is on.
			now := time.Date(2026, 10, 31, 20, 0, 0, 0, loc)
			got, err := checklist.ParseWhen(tt.in, now)
			if err == nil {
				t.Fatalf("ParseWhen(%q) in %s = %s, want a refusal", tt.in, tt.zone, got)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("ParseWhen(%q) error %q does not say %q", tt.in, err, s)
				}
			}
			var change *checklist.ClockChangeError
			if !errors.As(err, &change) {
				t.Fatalf("ParseWhen(%q) error %q is not a ClockChangeError", tt.in, err)
			}
			var choices []string
			for _, c := range change.Choices {
				choices = append(choices, c.Format(time.RFC3339))
				for _, written := range []string{c.Format(time.RFC3339), c.Format("2006-01-02 15:04")} {
					if len(change.Choices) > 1 && !strings.Contains(written, "T") {
						continue // a repeated time needs its offset
					}
					if back, err := checklist.ParseWhen(written, now); err != nil || !back.Equal(c) {
						t.Errorf("the choice %q is not accepted as itself: %s, %v", written, back, err)
					}
				}
			}
			if !slices.Equal(choices, tt.choices) {
				t.Errorf("ParseWhen(%q) offers %q, want %q", tt.in, choices, tt.choices)
			}
		})
	}
}

// The minutes either side of a clock change exist once and are kept.
func TestParseWhenNextToClockChanges(t *testing.T) {
	tests := []struct{ zone, in, want string }{
		{"Europe/Berlin", "2026-03-29 01:59", "2026-03-29T01:59:00+01:00"},
		{"Europe/Berlin", "2026-03-29 03:00", "2026-03-29T03:00:00+02:00"},
		{"Europe/Berlin", "2026-10-25 01:59", "2026-10-25T01:59:00+02:00"},
		{"Europe/Berlin", "2026-10-25 03:00", "2026-10-25T03:00:00+01:00"},
		{"America/New_York", "2026-03-08 01:59", "2026-03-08T01:59:00-05:00"},
		{"America/New_York", "2026-11-01 00:59", "2026-11-01T00:59:00-04:00"},
		{"America/New_York", "2026-11-01 02:00", "2026-11-01T02:00:00-05:00"},
		{"America/New_York", "2026-11-01", "2026-11-01T09:00:00-05:00"},
		{"Europe/Berlin", "2026-10-25T02:30:00+01:00", "2026-10-25T02:30:00+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.zone+" "+tt.in, func(t *testing.T) {
			now := time.Date(2026, 1, 15, 12, 0, 0, 0, loadZone(t, tt.zone))
			got, err := checklist.ParseWhen(tt.in, now)
			if err != nil {
				t.Fatalf("ParseWhen(%q): %v", tt.in, err)
			}
			if s := got.Format(time.RFC3339); s != tt.want {
				t.Errorf("ParseWhen(%q) = %s, want %s", tt.in, s, tt.want)
			}
		})
	}
}
