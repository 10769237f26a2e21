package cli_test

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones below load on any machine
)

// prep new --at refuses a time a clock change skips or repeats, says why
// and what to write, and makes no job; what it offers is accepted.
func TestNewRefusesTimesAClockChangeSkipsOrRepeats(t *testing.T) {
	tests := []struct {
		zone, at, says, instead, want string
	}{
		{"Europe/Berlin", "2026-03-29 02:30", "does not happen: the clocks go forward from 02:00 to 03:00; the nearest time is 2026-03-29 03:00",
			"2026-03-29 03:00", "2026-03-29T03:00:00+02:00"},
		{"America/New_York", "2026-03-08 2:30am", "does not happen", "2026-03-08 03:00", "2026-03-08T03:00:00-04:00"},
		{"Europe/Berlin", "2026-10-25 02:30", "happens twice: the clocks go back from 03:00 to 02:00",
			"2026-10-25T02:30:00+01:00", "2026-10-25T02:30:00+01:00"},
		{"America/New_York", "2026-11-01 01:30", "write 2026-11-01T01:30:00-04:00 for the first or 2026-11-01T01:30:00-05:00 for the second",
			"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-04:00"},
	}
	for _, tt := range tests {
		t.Run(tt.zone+" "+tt.at, func(t *testing.T) {
			loc, err := time.LoadLocation(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 2, 1, 12, 0, 0, 0, loc)
			dir := t.TempDir()
			res := runAt(t, now, dir, "new", "--company", "Acme", "--role", "Dev", "--at", tt.at)
			if res.code != 2 || res.stdout != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", res.code, res.stdout)
			}
			requireOneErrorLine(t, res.stderr, "--at: "+tt.at[:10])
			requireOneErrorLine(t, res.stderr, tt.says)
			requireEmptyDir(t, dir)

			res = runAt(t, now, dir, "new", "--company", "Acme", "--role", "Dev", "--at", tt.instead)
			if res.code != 0 {
				t.Fatalf("the time offered, %q, was refused: %s", tt.instead, res.stderr)
			}
			j := loadJob(t, dir, res.stdout[:len(res.stdout)-1])
			if got := j.Rounds[0].At.Format(time.RFC3339); got != tt.want {
				t.Errorf("made for %s, want %s", got, tt.want)
			}
		})
	}
}
