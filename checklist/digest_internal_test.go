package checklist

import (
	"testing"
	"time"
)

// TestDueKeysTakeWholeSecondsOnly: tasks due at whole seconds are sorted
// as numbers; a fraction of a second, times too far apart for one number,
// or fewer than two tasks are sorted by comparing them.
func TestDueKeysTakeWholeSecondsOnly(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	tasks := func(times ...time.Time) []Due {
		due := make([]Due, len(times))
		for i, t := range times {
			due[i] = Due{sec: t.Unix(), nsec: int32(t.Nanosecond()), place: int32(i)}
		}
		return due
	}
	tests := []struct {
		name string
		due  []Due
		want bool
	}{
		{"whole seconds", tasks(at, at.Add(time.Hour), at.Add(-48*time.Hour)), true},
		{"years 1 and 9999", tasks(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)), true},
		{"a fraction of a second", tasks(at, at.Add(time.Millisecond)), false},
		{"too far apart", tasks(time.Unix(-1<<62, 0), time.Unix(1<<62, 0)), false},
		{"one task", tasks(at), false},
		{"none", nil, false},
	}
	for _, tt := range tests {
		if _, _, ok := dueKeys(tt.due); ok != tt.want {
			t.Errorf("%s: dueKeys ok = %v, want %v", tt.name, ok, tt.want)
		}
	}
}
