// Package dateparsers compares three libraries that read dates as people
// type them, on the inputs prep must understand, so that the choice of one
// rests on results. It is a module of its own, so that prep itself depends
// only on the library it chose.
//
// Run with: go test -v . (in this folder). Measured on 2026-12-01, of the 29
// inputs: go-dateparser 24 right, when 16, go-naturaldate 11, and prep's
// ParseWhen (when behind a wrapper that reads the ISO forms, offsets and
// numeric dates itself and checks what when read) 28. go-dateparser reads
// best alone, but its package init takes 360 ms and 95 MB at every start of
// prep (GODEBUG=inittrace=1), which prep due in a shell's start-up file
// cannot carry, and adds 9 MB to the binary; when adds 0.8 MB and no start-up
// time.
package dateparsers

import (
	"fmt"
	"strings"
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	naturaldate "github.com/tj/go-naturaldate"

	"github.com/prep-cli/prep/checklist"
)

// berlin is the zone the inputs are typed in; now is a Monday evening there.
var (
	berlin, _ = time.LoadLocation("Europe/Berlin")
	now       = time.Date(2026, 11, 30, 20, 0, 0, 0, berlin)
)

func at(month time.Month, day, hour, minute int) time.Time {
	return time.Date(2026, month, day, hour, minute, 0, 0, berlin)
}

// refused marks an input that must not give a time: it is ambiguous or no
// date at all.
var refused = time.Time{}

var inputs = []struct {
	in   string
	want time.Time
}{
	{"friday 11am", at(12, 4, 11, 0)},
	{"Friday 11:00", at(12, 4, 11, 0)},
	{"next monday 10am", at(12, 7, 10, 0)},
	{"tuesday 9:30", at(12, 1, 9, 30)},
	{"Dec 3 2pm", at(12, 3, 14, 0)},
	{"3 Dec 2026 14:00", at(12, 3, 14, 0)},
	{"December 3 2:30pm", at(12, 3, 14, 30)},
	{"tomorrow noon", at(12, 1, 12, 0)},
	{"friday noon", at(12, 4, 12, 0)},
	// The libraries keep the time of day it is now; prep, by design, gives
	// a day without a time of day 09:00, so it "misses" this one.
	{"in 3 days", at(12, 3, 20, 0)},
	{"tomorrow 2pm", at(12, 1, 14, 0)},
	{"tomorrow 14:30", at(12, 1, 14, 30)},
	{"today 21:15", at(11, 30, 21, 15)},
	{"2026-12-01 10:00", at(12, 1, 10, 0)},
	{"2026-12-01T10:00", at(12, 1, 10, 0)},
	{"2026-12-01 2:30pm", at(12, 1, 14, 30)},
	{"2026-12-01T10:00:00+01:00", at(12, 1, 10, 0)},
	{"2026-12-01 10:00 +0000", at(12, 1, 11, 0)},
	{"friday 11am +0000", at(12, 4, 12, 0)},
	{"3 Dec 14:00", at(12, 3, 14, 0)},
	{"Jan 3 9am", time.Date(2027, 1, 3, 9, 0, 0, 0, berlin)},
	{"Feb 28 10:00", time.Date(2027, 2, 28, 10, 0, 0, 0, berlin)},
	{"3 Jan 2027 9am", time.Date(2027, 1, 3, 9, 0, 0, 0, berlin)},
	{"12/08", refused},
	{"12/08/2026 10:00", refused},
	{"next blursday", refused},
	{"soon", refused},
	{"today 13pm", refused},
	{"2026-13-01", refused},
}

var parsers = []struct {
	name  string
	parse func(string) (time.Time, error)
}{
	{"go-dateparser", func(s string) (time.Time, error) {
		d, err := dateparser.Parse(&dateparser.Configuration{
			Languages:           []string{"en"},
			CurrentTime:         now,
			PreferredDateSource: dateparser.Future,
		}, s)
		return d.Time, err
	}},
	{"when", func(s string) (time.Time, error) {
		r, err := when.EN.Parse(s, now)
		if err != nil {
			return time.Time{}, err
		}
		if r == nil {
			return time.Time{}, fmt.Errorf("no date")
		}
		if strings.TrimSpace(r.Text) != strings.TrimSpace(s) {
			return r.Time, fmt.Errorf("read only %q", r.Text)
		}
		return r.Time, nil
	}},
	{"go-naturaldate", func(s string) (time.Time, error) {
		return naturaldate.Parse(s, now, naturaldate.WithDirection(naturaldate.Future))
	}},
	{"prep (when and its wrapper)", func(s string) (time.Time, error) {
		return checklist.ParseWhen(s, now)
	}},
}

func TestCompare(t *testing.T) {
	for _, p := range parsers {
		right := 0
		for _, tt := range inputs {
			got, err := p.parse(tt.in)
			ok := err == nil && got.Equal(tt.want)
			if tt.want.IsZero() {
				ok = err != nil
			}
			if ok {
				right++
			}
			t.Logf("%-15s %-28q %-5v got %s err %v", p.name, tt.in, ok, got.Format("Mon 2006-01-02 15:04 -0700"), err)
		}
		t.Logf("%s: %d of %d right", p.name, right, len(inputs))
	}
}
