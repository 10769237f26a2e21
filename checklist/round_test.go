package checklist_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// day is the moment n days after the test interview.
func day(n int) time.Time { return interview.AddDate(0, 0, n) }

// roundAt is a round of a test job: its id, its start n days after the
// test interview, and its state.
type roundAt struct {
	id    string
	days  int
	state checklist.RoundState
}

// roundsOf is a job with the given rounds, in this order in its file.
func roundsOf(rounds ...roundAt) checklist.Job {
	j := checklist.Job{ID: "acme", Status: checklist.Upcoming, CreatedAt: created, Rounds: []checklist.Round{}}
	for _, r := range rounds {
		j.Rounds = append(j.Rounds, checklist.Round{ID: r.id, Name: "Round " + r.id, At: day(r.days), State: r.state})
	}
	return j
}

func roundID(r *checklist.Round) string {
	if r == nil {
		return "none"
	}
	return r.ID
}

// TestRoundsOfAJob: which round is next, which is the furthest reached,
// which one the job is about now, and where each stands among the others,
// as the job list and the job screen show them ("Round 2 of 3").
func TestRoundsOfAJob(t *testing.T) {
	sched, held, cancelled := checklist.Scheduled, checklist.Held, checklist.Cancelled
	tests := []struct {
		name    string
		job     checklist.Job
		now     time.Time
		next    string
		held    string // the furthest round reached
		current string
		last    string // the latest not cancelled, for the job's own due times
		numbers string // "id n/of" for each round in time order
		start   time.Time
	}{
		{
			name: "one round still to come",
			job:  roundsOf(roundAt{"r1", 0, sched}), now: day(-1),
			next: "r1", held: "none", current: "r1", last: "r1", numbers: "r1 1/1", start: day(0),
		},
		{
			name: "a round has begun at its start",
			job:  roundsOf(roundAt{"r1", 0, sched}), now: day(0),
			next: "none", held: "r1", current: "r1", last: "r1", numbers: "r1 1/1", start: day(0),
		},
		{
			name: "between the first and the second of three",
			job:  roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, sched}, roundAt{"r3", 14, sched}), now: day(3),
			next: "r2", held: "r1", current: "r2", last: "r3", numbers: "r1 1/3 r2 2/3 r3 3/3", start: day(0),
		},
		{
			name: "after the last of three",
			job:  roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, sched}, roundAt{"r3", 14, sched}), now: day(20),
			next: "none", held: "r3", current: "r3", last: "r3", numbers: "r1 1/3 r2 2/3 r3 3/3", start: day(0),
		},
		{
			name: "a round marked done counts as held before its time",
			job:  roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, held}), now: day(5),
			next: "none", held: "r2", current: "r2", last: "r2", numbers: "r1 1/2 r2 2/2", start: day(0),
		},
		{
			name: "rounds go by time, not by their order in the file",
			job:  roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 10, sched}, roundAt{"r3", 5, sched}), now: day(7),
			next: "r2", held: "r3", current: "r2", last: "r2", numbers: "r1 1/3 r3 2/3 r2 3/3", start: day(0),
		},
		{
			name: "an old round logged later comes first",
			job:  roundsOf(roundAt{"r1", 0, sched}, roundAt{"r2", -30, held}), now: day(-1),
			next: "r1", held: "r2", current: "r1", last: "r1", numbers: "r2 1/2 r1 2/2", start: day(-30),
		},
		{
			name: "a cancelled round is never next, never held, and not counted",
			job:  roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, cancelled}, roundAt{"r3", 14, sched}), now: day(3),
			next: "r3", held: "r1", current: "r3", last: "r3", numbers: "r1 1/2 r2 0/2 r3 2/2", start: day(0),
		},
		{
			name: "a cancelled last round leaves the one before it last",
			job:  roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, cancelled}), now: day(10),
			next: "none", held: "r1", current: "r1", last: "r1", numbers: "r1 1/1 r2 0/1", start: day(0),
		},
		{
			name: "a cancelled first round: the job starts with the next",
			job:  roundsOf(roundAt{"r1", 0, cancelled}, roundAt{"r2", 7, sched}), now: day(-1),
			next: "r2", held: "none", current: "r2", last: "r2", numbers: "r1 0/1 r2 1/1", start: day(7),
		},
		{
			name: "every round cancelled: the latest is still shown",
			job:  roundsOf(roundAt{"r1", 0, cancelled}, roundAt{"r2", 7, cancelled}), now: day(10),
			next: "none", held: "none", current: "r2", last: "none", numbers: "r1 0/0 r2 0/0", start: day(0),
		},
		{
			name: "two rounds at the same time keep their order in the file",
			job:  roundsOf(roundAt{"r2", 3, sched}, roundAt{"r1", 3, sched}), now: day(0),
			next: "r2", held: "none", current: "r2", last: "r1", numbers: "r2 1/2 r1 2/2", start: day(3),
		},
		{
			name: "no rounds: the job starts when it was made",
			job:  roundsOf(), now: day(0),
			next: "none", held: "none", current: "none", last: "none", numbers: "", start: created,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := tt.job
			if got := roundID(j.NextRound(tt.now)); got != tt.next {
				t.Errorf("NextRound = %s, want %s", got, tt.next)
			}
			if got := roundID(j.LastHeld(tt.now)); got != tt.held {
				t.Errorf("LastHeld = %s, want %s", got, tt.held)
			}
			if got := roundID(j.CurrentRound(tt.now)); got != tt.current {
				t.Errorf("CurrentRound = %s, want %s", got, tt.current)
			}
			if got := roundID(j.LastRound()); got != tt.last {
				t.Errorf("LastRound = %s, want %s", got, tt.last)
			}
			var numbers []string
			for _, r := range j.ByTime() {
				n, of := j.Number(r)
				numbers = append(numbers, fmt.Sprintf("%s %d/%d", r.ID, n, of))
			}
			if got := strings.Join(numbers, " "); got != tt.numbers {
				t.Errorf("numbers = %q, want %q", got, tt.numbers)
			}
			if got := j.Start(); !got.Equal(tt.start) {
				t.Errorf("Start = %s, want %s", got, tt.start)
			}
		})
	}
}

// TestFurthestRoundAfterAnAnswer: the answer closes the job. The furthest
// round reached stays the last one held before it, also once the time of
// a round still on the calendar has gone by, and nothing is next.
func TestFurthestRoundAfterAnAnswer(t *testing.T) {
	sched, held := checklist.Scheduled, checklist.Held
	tests := []struct {
		name     string
		status   checklist.Status
		statusAt *time.Time
		now      time.Time
		next     string
		held     string
		current  string
	}{
		{"no answer yet, the third to come", checklist.Interviewed, nil, day(10), "r3", "r2", "r3"},
		{"a no after the second: the third will not be", checklist.Rejected, ptr(day(8)), day(10), "none", "r2", "r2"},
		{"a no after the second, the third's time gone by", checklist.Rejected, ptr(day(8)), day(30), "none", "r2", "r2"},
		{"an offer before the third", checklist.Offer, ptr(day(8)), day(30), "none", "r2", "r2"},
		{"withdrawn before the third", checklist.Withdrawn, ptr(day(8)), day(30), "none", "r2", "r2"},
		{"a no given after every round", checklist.Rejected, ptr(day(20)), day(30), "none", "r3", "r3"},
		{"a no recorded with no time", checklist.Rejected, nil, day(10), "none", "r2", "r2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, sched}, roundAt{"r3", 14, sched})
			j.Status, j.StatusAt = tt.status, tt.statusAt
			if got := roundID(j.NextRound(tt.now)); got != tt.next {
				t.Errorf("NextRound = %s, want %s", got, tt.next)
			}
			if got := roundID(j.LastHeld(tt.now)); got != tt.held {
				t.Errorf("LastHeld = %s, want %s", got, tt.held)
			}
			if got := roundID(j.CurrentRound(tt.now)); got != tt.current {
				t.Errorf("CurrentRound = %s, want %s", got, tt.current)
			}
		})
	}
}

// TestEffectiveStatusWithRounds: an upcoming job is shown as interviewed
// only once no round is left ahead and one has begun.
func TestEffectiveStatusWithRounds(t *testing.T) {
	sched, held, cancelled := checklist.Scheduled, checklist.Held, checklist.Cancelled
	tests := []struct {
		name string
		job  checklist.Job
		now  time.Time
		want checklist.Status
	}{
		{"between two rounds", roundsOf(roundAt{"r1", 0, sched}, roundAt{"r2", 7, sched}), day(3), checklist.Upcoming},
		{"after the last", roundsOf(roundAt{"r1", 0, sched}, roundAt{"r2", 7, sched}), day(8), checklist.Interviewed},
		{"the next one cancelled", roundsOf(roundAt{"r1", 0, held}, roundAt{"r2", 7, cancelled}), day(3), checklist.Interviewed},
		{"the only one cancelled", roundsOf(roundAt{"r1", 0, cancelled}), day(3), checklist.Upcoming},
		{"no rounds", roundsOf(), day(3), checklist.Upcoming},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.job.EffectiveStatus(tt.now); got != tt.want {
				t.Errorf("EffectiveStatus = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestRoundEnds(t *testing.T) {
	tests := []struct {
		minutes int
		want    time.Time
	}{
		{0, interview.Add(time.Hour)},
		{30, interview.Add(30 * time.Minute)},
		{240, interview.Add(4 * time.Hour)},
	}
	for _, tt := range tests {
		r := checklist.Round{At: interview, Minutes: tt.minutes}
		if got := r.Ends(); !got.Equal(tt.want) {
			t.Errorf("a round of %d minutes ends at %s, want %s", tt.minutes, got, tt.want)
		}
	}
}

func TestParseFormatAndRoundState(t *testing.T) {
	for _, f := range checklist.Formats() {
		if got, err := checklist.ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	for _, s := range checklist.RoundStates() {
		if got, err := checklist.ParseRoundState(string(s)); err != nil || got != s {
			t.Errorf("ParseRoundState(%q) = %q, %v", s, got, err)
		}
	}
	tests := []struct {
		name  string
		parse func(string) error
		in    string
		valid []string
	}{
		{"format", func(s string) error { _, err := checklist.ParseFormat(s); return err }, "zoom", []string{"in-person", "video", "phone"}},
		{"format", func(s string) error { _, err := checklist.ParseFormat(s); return err }, "Video", []string{"in-person", "video", "phone"}},
		{"round state", func(s string) error { _, err := checklist.ParseRoundState(s); return err }, "held", []string{"scheduled", "done", "cancelled"}},
		{"round state", func(s string) error { _, err := checklist.ParseRoundState(s); return err }, "", []string{"scheduled", "done", "cancelled"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.in, func(t *testing.T) {
			err := tt.parse(tt.in)
			if err == nil {
				t.Fatalf("%q was accepted", tt.in)
			}
			msg := err.Error()
			if !strings.Contains(msg, `"`+tt.in+`"`) || !strings.Contains(msg, strings.Join(tt.valid, ", ")) {
				t.Errorf("error %q should quote the input and list the valid ones", msg)
			}
		})
	}
}

// TestRoundEditsOnUnknownRounds: an edit aimed at a round the job does not
// have names it and changes nothing.
func TestRoundEditsOnUnknownRounds(t *testing.T) {
	d := checklist.RoundDetails{At: interview}
	for _, e := range []checklist.Edit{
		checklist.RemoveRound{RoundID: "r9"},
		checklist.SetRoundState{RoundID: "r9", State: checklist.Cancelled},
		checklist.SetRound{RoundID: "r9", Details: d},
	} {
		j := newTestJob(t)
		_, err := e.Apply(&j)
		if !errors.Is(err, checklist.ErrNoRound) || !strings.Contains(err.Error(), "r9") {
			t.Errorf("%T: error %v, want ErrNoRound naming r9", e, err)
		}
		if !reflect.DeepEqual(j, newTestJob(t)) {
			t.Errorf("%T on an unknown round changed the job", e)
		}
	}
}
