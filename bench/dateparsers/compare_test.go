// Package dateparsers compares three libraries that read dates as people
// type them, on the inputs prep must understand, so that the choice of one
// rests on results. It is a module of its own, so that prep itself depends
// only on the library it chose.
//
// Run with: go test -v . (in this folder). Measured on 2026-12-01: go-dateparser
// got 20 of the 23 right, when 15 and go-naturaldate 10; but go-dateparser's
// package init takes 360 ms and 95 MB on every start (GODEBUG=inittrace=1)
// and adds 9 MB to the binary, and it reads "2026-13-01" as January 13 and
// "10:61" as June 2010 without a word. prep uses when, behind a wrapper
// that reads the ISO forms and offsets itself and checks what when read.
package dateparsers

import (
	"fmt"
	"strings"
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	naturaldate "github.com/tj/go-naturaldate"
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
	{"12/08", refused},
	{"12/08/2026 10:00", refused},
	{"next blursday", refused},
	{"soon", refused},
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
