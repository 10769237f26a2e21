package checklist_test

import (
	"errors"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestRealDoneTimes: a tick carries the time it was really done, and the
// label says how early or late that was against the due time, whatever
// moment it was ticked at.
func TestRealDoneTimes(t *testing.T) {
	ticked := interview.Add(3 * 24 * time.Hour) // ticked three days after the interview
	tests := []struct {
		name   string
		was    *time.Time // when it was ticked before, if it was
		doneAt time.Time
		state  checklist.DueState
		label  string
	}{
		{"sent the same evening", nil, interview.Add(9 * time.Hour), checklist.DoneOnTime, "done on time"},
		{"sent the next evening", nil, interview.Add(29 * time.Hour), checklist.DoneLate, "done 5 h late"},
		{"sent on the third day", nil, interview.Add(24*time.Hour + 2*24*time.Hour + 14*time.Hour), checklist.DoneLate, "done 2 days late"},
		{"ticked before, the time corrected", ptr(ticked), interview.Add(20 * time.Hour), checklist.DoneOnTime, "done on time"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := newTestJob(t, "Dana Lee")
			id := "thank-interviewers-dana-lee" // due 24 h after the interview
			if tc.was != nil {
				if _, err := (checklist.SetDone{ItemID: id, Done: true, At: tc.was}).Apply(&j); err != nil {
					t.Fatal(err)
				}
			}
			before := j.Clone()
			undo, err := checklist.DoneAt{ItemID: id, At: tc.doneAt}.Apply(&j)
			if err != nil {
				t.Fatal(err)
			}
			it := *j.Item(id)
			if !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(tc.doneAt) {
				t.Fatalf("item is done=%v at %v, want done at %v", it.Done, it.DoneAt, tc.doneAt)
			}
			now := ticked.Add(time.Hour)
			if got := it.DueState(now); got != tc.state {
				t.Errorf("DueState = %v, want %v", got, tc.state)
			}
			if got := checklist.DueLabel(it, now); got != tc.label {
				t.Errorf("DueLabel = %q, want %q", got, tc.label)
			}
			if _, err := undo.Apply(&j); err != nil {
				t.Fatal(err)
			}
			if got, want := *j.Item(id), *before.Item(id); got.Done != want.Done || !equalTime(got.DoneAt, want.DoneAt) {
				t.Errorf("undo left done=%v at %v, want done=%v at %v", got.Done, got.DoneAt, want.Done, want.DoneAt)
			}
		})
	}
}

func equalTime(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

func TestDoneAtRefusesWhatCannotBe(t *testing.T) {
	j := newTestJob(t)
	if _, err := (checklist.DoneAt{ItemID: "nope", At: interview}).Apply(&j); !errors.Is(err, checklist.ErrNoItem) {
		t.Errorf("an unknown item gives %v", err)
	}
	if _, err := (checklist.DoneAt{ItemID: "website"}).Apply(&j); err == nil {
		t.Error("no time is taken")
	}
	now := interview
	for _, tc := range []struct {
		at time.Time
		ok bool
	}{
		{now.Add(-time.Hour), true}, {now, true}, {now.Add(30 * time.Second), true}, {now.Add(2 * time.Minute), false},
	} {
		if err := checklist.CheckDoneTime(tc.at, now); (err == nil) != tc.ok {
			t.Errorf("CheckDoneTime(%v) = %v", tc.at.Sub(now), err)
		}
	}
}
