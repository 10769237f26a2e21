package invite

import (
	"strings"
	"testing"
	"time"
)

// Zones whose offset has changed since Windows named them: the display
// name still gives the old one, and Outlook writes what Windows shows.
var renamedOffsets = map[string]bool{
	"Paraguay Standard Time":  true, // on UTC-03:00 all year since 2024
	"Greenland Standard Time": true, // on UTC-02:00 since 2023
	"Jordan Standard Time":    true, // on UTC+03:00 all year since 2022
	"Syria Standard Time":     true, // likewise
	"Volgograd Standard Time": true, // back on UTC+03:00 since 2020
	"Mexico Standard Time 2":  true, // Chihuahua, on UTC-06:00 since 2022
}

// TestWindowsZonesLoad: every zone of the Windows table is in the
// embedded tzdata, its display name reads, and its offset is the zone's
// standard one, unless the zone has changed since.
func TestWindowsZonesLoad(t *testing.T) {
	ids := map[string]bool{}
	for _, z := range windowsZones {
		if z.id != "" && ids[strings.ToLower(z.id)] {
			t.Errorf("%q is in the table twice", z.id)
		}
		ids[strings.ToLower(z.id)] = true
		loc, err := time.LoadLocation(z.iana)
		if err != nil {
			t.Errorf("%q maps to %q: %v", z.id, z.iana, err)
			continue
		}
		off, _, ok := splitDisplay(z.display)
		if !ok {
			t.Errorf("the display name of %q does not read: %q", z.id, z.display)
			continue
		}
		_, jan := time.Date(2026, 1, 15, 12, 0, 0, 0, loc).Zone()
		_, jul := time.Date(2026, 7, 15, 12, 0, 0, 0, loc).Zone()
		if std := min(jan, jul); std != off && !renamedOffsets[z.id] {
			t.Errorf("%q (%s): the display name says %s, the zone %s", z.id, z.iana, formatOffset(off), formatOffset(std))
		}
	}
	if len(ids) < 139 {
		t.Errorf("the table has %d Windows zones; CLDR lists 139", len(ids))
	}
}

func TestZoneNames(t *testing.T) {
	tests := []struct {
		tzid, zone string
		noted      bool // the name was matched loosely, and a note says so
	}{
		{"Europe/Berlin", "Europe/Berlin", false},
		{" America/New_York ", "America/New_York", false},
		{"/mozilla.org/20070129_1/America/New_York", "America/New_York", false},
		{"/softwarestudio.org/Olson_20011030_5/Europe/Paris", "Europe/Paris", false},
		{"W. Europe Standard Time", "Europe/Berlin", false},
		{"w. europe standard time", "Europe/Berlin", false},
		{"Eastern Standard Time", "America/New_York", false},
		{"GMT Standard Time", "Europe/London", false},
		{"India Standard Time", "Asia/Kolkata", false},
		{"AUS Eastern Standard Time", "Australia/Sydney", false},
		{"UTC", "UTC", false},
		{"tzone://Microsoft/Utc", "UTC", false},
		{"(GMT-05.00) Eastern Time (US & Canada)", "America/New_York", false},
		{"(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles", false},
		{"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin", false},
		{"(GMT+01.00) Brussels, Copenhagen, Madrid, Paris", "Europe/Paris", false},
		{"(GMT+05.30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata", false},
		{"(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London", "Europe/London", false},
		{"(UTC+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney", false},
		{"(GMT+02.00) Athens, Beirut, Istanbul, Minsk", "Europe/Bucharest", true},
		{"(GMT-06.00) Central Time (US and Canada), Chicago", "UTC-06:00", true},
		{"(UTC+03:00) Volgograd", "UTC+03:00", true},
		{"UTC+05:30", "UTC+05:30", true},
		{"GMT-3", "UTC-03:00", true},
	}
	for _, tt := range tests {
		nz := nameZone(tt.tzid)
		if nz.loc == nil {
			t.Errorf("%q: no zone, want %s", tt.tzid, tt.zone)
			continue
		}
		if nz.loc.String() != tt.zone || (nz.note != "") != tt.noted {
			t.Errorf("%q: %s (note %q), want %s (noted: %v)", tt.tzid, nz.loc, nz.note, tt.zone, tt.noted)
		}
	}
	for _, tzid := range []string{"Customized Time Zone", "Mars/Olympus_Mons", "Local", "", "../../etc/passwd", "(GMT+99.00) Nowhere"} {
		if nz := nameZone(tzid); nz.loc != nil {
			t.Errorf("%q: %s, want no zone", tzid, nz.loc)
		}
	}
}

// vtimezone reads the VTIMEZONE in an iCalendar snippet.
func vtimezone(t *testing.T, lines ...string) *component {
	t.Helper()
	roots := readComponents("BEGIN:VTIMEZONE\nTZID:Test\n" + strings.Join(lines, "\n") + "\nEND:VTIMEZONE\n")
	if len(roots) != 1 || roots[0].name != "VTIMEZONE" {
		t.Fatalf("no VTIMEZONE in %q", lines)
	}
	return roots[0]
}

func wall(t *testing.T, s string) wallTime {
	t.Helper()
	w, ok := parseWallTime(s)
	if !ok {
		t.Fatalf("%q is not a time", s)
	}
	return w
}

// TestRuleOffset computes the offset of a wall time from a VTIMEZONE's
// own rules, as Outlook, Exchange, Google and Apple write them.
func TestRuleOffset(t *testing.T) {
	europe := vtimezone(t,
		"BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
		"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
		"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT")
	sydney := vtimezone(t,
		"BEGIN:STANDARD", "DTSTART:20080406T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
		"RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "TZNAME:AEST", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:20081005T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
		"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "TZNAME:AEDT", "END:DAYLIGHT")
	weekFive := vtimezone(t, // Windows' "week 5": the last Sunday, also in a month of four
		"BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
		"RRULE:FREQ=YEARLY;BYDAY=5SU;BYMONTH=10", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
		"RRULE:FREQ=YEARLY;BYDAY=5SU;BYMONTH=2", "END:DAYLIGHT")
	monthDays := vtimezone(t, // the second Sunday in March, written the long way
		"BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYMONTHDAY=8,9,10,11,12,13,14", "END:DAYLIGHT",
		"BEGIN:STANDARD", "DTSTART:19701101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
		"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD")
	ended := vtimezone(t, // clock changes until 2014, then standard time all year
		"BEGIN:DAYLIGHT", "DTSTART:20110327T020000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0400",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20140323T230000Z", "END:DAYLIGHT",
		"BEGIN:STANDARD", "DTSTART:20141026T020000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0300", "END:STANDARD")
	rdates := vtimezone(t,
		"BEGIN:STANDARD", "DTSTART:20001029T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
		"RDATE:20261025T030000,20271031T030000", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:20000326T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
		"RDATE:20260329T020000", "RDATE:20270328T020000", "END:DAYLIGHT")
	tests := []struct {
		name string
		tz   *component
		at   string
		want string
	}{
		{"Europe, winter", europe, "20261201T100000", "UTC+01:00"},
		{"Europe, summer", europe, "20260701T100000", "UTC+02:00"},
		{"Europe, the minute before spring", europe, "20260329T015900", "UTC+01:00"},
		{"Europe, spring", europe, "20260329T030000", "UTC+02:00"},
		{"Europe, the autumn hour, first", europe, "20261025T025900", "UTC+02:00"},
		{"Europe, autumn", europe, "20261025T030000", "UTC+01:00"},
		{"Europe, New Year's Day", europe, "20270101T000000", "UTC+01:00"},
		{"Sydney, January", sydney, "20270115T100000", "UTC+11:00"},
		{"Sydney, June", sydney, "20260601T100000", "UTC+10:00"},
		{"week five in a four-Sunday February: its last Sunday", weekFive, "20260222T030000", "UTC+02:00"},
		{"week five, the day before", weekFive, "20260221T120000", "UTC+01:00"},
		{"month days, the second Sunday", monthDays, "20260308T030000", "UTC-04:00"},
		{"month days, the day before", monthDays, "20260307T120000", "UTC-05:00"},
		{"clock changes ended", ended, "20260701T120000", "UTC+03:00"},
		{"before clock changes ended", ended, "20130701T120000", "UTC+04:00"},
		{"before the first onset", ended, "20100701T120000", "UTC+03:00"},
		{"RDATE, summer", rdates, "20260701T120000", "UTC+02:00"},
		{"RDATE, winter", rdates, "20261201T120000", "UTC+01:00"},
	}
	for _, tt := range tests {
		off, ok := readRules(tt.tz).offset(wall(t, tt.at))
		if !ok || formatOffset(off) != tt.want {
			t.Errorf("%s: %s (%v), want %s", tt.name, formatOffset(off), ok, tt.want)
		}
	}
	if _, ok := readRules(vtimezone(t, "X-NOTHING:here")).offset(wall(t, "20260101T000000")); ok {
		t.Error("a VTIMEZONE without observances gave an offset")
	}
}

// TestPlaceInAClockChange: a time the clocks skip is moved on, and a note
// says so.
func TestPlaceInAClockChange(t *testing.T) {
	z := newZones(time.UTC, nil)
	got, notes, err := z.place(wall(t, "20260329T023000"), "Europe/Berlin", time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if got.Format(time.RFC3339) != "2026-03-29T03:30:00+02:00" || len(notes) != 1 || !strings.Contains(notes[0], "does not exist") {
		t.Errorf("got %s, %q", got.Format(time.RFC3339), notes)
	}
}

// TestPlaceByRulesInTheRepeatedHour: in the hour the clocks go back, the
// invitation's rules choose which of the two it is, and the time is still
// shown in the zone its name gives.
func TestPlaceByRulesInTheRepeatedHour(t *testing.T) {
	cal := readComponents("BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\n" +
		"BEGIN:STANDARD\nDTSTART:19961027T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n" +
		"BEGIN:DAYLIGHT\nDTSTART:19810329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n" +
		"END:VTIMEZONE\nEND:VCALENDAR\n")
	z := newZones(time.UTC, cal)
	got, notes, err := z.place(wall(t, "20261025T023000"), "Europe/Berlin", time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if got.Format(time.RFC3339) != "2026-10-25T02:30:00+02:00" || got.Location().String() != "Europe/Berlin" || len(notes) != 0 {
		t.Errorf("got %s in %s, notes %q; want 02:30 summer time in Europe/Berlin", got.Format(time.RFC3339), got.Location(), notes)
	}
}
