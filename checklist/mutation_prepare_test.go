package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// The round to prepare for is offered from exactly SoonWithin ahead.
func TestNextToPrepareFromTwoDaysAhead(t *testing.T) {
	j := newTestJob(t)
	for _, tt := range []struct {
		ahead time.Duration
		want  bool
	}{
		{checklist.SoonWithin, true},
		{checklist.SoonWithin + time.Second, false},
	} {
		if _, ok := checklist.NextToPrepare([]checklist.Job{j}, interview.Add(-tt.ahead)); ok != tt.want {
			t.Errorf("%v ahead: offered %v, want %v", tt.ahead, ok, tt.want)
		}
	}
}

func TestUntil(t *testing.T) {
	tests := []struct {
		ahead time.Duration
		want  string
	}{
		{-time.Minute, "now"},
		{0, "now"},
		{59 * time.Second, "now"},
		{time.Minute, "in 1 min"},
		{40*time.Minute + 30*time.Second, "in 40 min"},
		{time.Hour - time.Second, "in 59 min"},
		{time.Hour, "in 1 h"},
		{20*time.Hour + 59*time.Minute, "in 20 h"},
	}
	for _, tt := range tests {
		if got := checklist.Until(interview, interview.Add(-tt.ahead)); got != tt.want {
			t.Errorf("Until %v ahead = %q, want %q", tt.ahead, got, tt.want)
		}
	}
}

// Due offsets read one digit to four, each unit, and up to ten years.
func TestOffsetsReadEveryDigitUpToTenYears(t *testing.T) {
	tests := []struct {
		offset checklist.Offset
		ok     bool
	}{
		{"+0h", true}, {"+9h", true}, {"-9d", true}, {"+3660d", true}, {"+2wd", true},
		{"+3661d", false}, {"+/h", false}, {"+:h", false}, {"+9", false}, {"9h", false}, {"+9x", false},
	}
	for _, tt := range tests {
		if err := tt.offset.Validate(); (err == nil) != tt.ok {
			t.Errorf("Validate(%q) = %v, want ok %v", tt.offset, err, tt.ok)
		}
	}
}
