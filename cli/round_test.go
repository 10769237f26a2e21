package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// A job's rounds from the command line: added, moved, cancelled and
// removed, each with its own checklist reached by its item ids.
func TestRounds(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--name", "Phone screen", "--format", "phone",
		"--at", "2026-11-24 10:00", "--minutes", "30", "--interviewer", "Kim Patel")
	j := loadJob(t, dir, id)
	if r := j.Rounds[0]; r.Name != "Phone screen" || r.Format != checklist.Phone || r.Minutes != 30 || r.Names()[0] != "Kim Patel" {
		t.Fatalf("first round = %+v", r)
	}

	out := mustRun(t, dir, "round", "add", id, "--name", "Technical", "--at", "2026-11-27 14:00",
		"--link", "https://meet.example.com/abc", "--interviewer", "Dana Lee", "--interviewer", "Sam Ng")
	if strings.TrimSpace(out) != "r2" {
		t.Fatalf("round add printed %q, want the new round's id", out)
	}
	j = loadJob(t, dir, id)
	r2 := j.Round("r2")
	if r2 == nil || r2.Format != checklist.Video || r2.Link != "https://meet.example.com/abc" || len(r2.Interviewers) != 2 {
		t.Fatalf("added round = %+v", r2)
	}
	if j.Item("r2-thank-interviewers-dana-lee") == nil || j.Item("r2-review-notes") == nil {
		t.Error("the second round lacks its own thank-you for Dana Lee or its look over the notes")
	}

	mustRun(t, dir, "check", id, "r2-thank-interviewers-dana-lee")
	if !item(t, dir, id, "r2-thank-interviewers-dana-lee").Done {
		t.Error("check did not reach the round's item")
	}

	mustRun(t, dir, "round", "edit", id, "r2", "--at", "2026-11-28 09:00", "--interviewer", "Dana Lee")
	j = loadJob(t, dir, id)
	r2 = j.Round("r2")
	want := time.Date(2026, 11, 28, 9, 0, 0, 0, r2.At.Location())
	if !r2.At.Equal(want) || len(r2.Interviewers) != 1 || r2.Link != "https://meet.example.com/abc" || r2.Name != "Technical" {
		t.Errorf("edited round = %+v; only the time and the people should change", r2)
	}
	if due := j.Item("r2-handwritten-note").DueAt; due == nil || !due.Equal(want.AddDate(0, 0, 2)) {
		t.Errorf("the round's due times did not move with it: %v", due)
	}

	mustRun(t, dir, "round", "cancel", id, "r2")
	j = loadJob(t, dir, id)
	if r := j.Round("r2"); r.State != checklist.Cancelled || r.Sections == nil {
		t.Errorf("cancelled round = %+v; it should be kept with its checklist", r)
	}

	res := run(t, dir, "round", "remove", id, "r2")
	if j = loadJob(t, dir, id); res.code != 1 || j.Round("r2") == nil {
		t.Fatalf("remove of a round with a tick: exit %d; it should refuse without --force", res.code)
	}
	requireOneErrorLine(t, res.stderr, "round r2 has ticks or notes", "--force")
	mustRun(t, dir, "round", "remove", id, "r2", "--force")
	if j = loadJob(t, dir, id); j.Round("r2") != nil {
		t.Error("remove --force left the round")
	}
}

// Mistakes in a round command are named, exit as the contract says, and
// write nothing.
func TestRoundMistakes(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--at", "2026-11-24 10:00")
	before := jobFile(t, dir, id)
	tests := []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"round", "add", id, "--at", "2026-11-27", "--format", "zoom"}, 2, []string{`unknown format "zoom"`, "in-person, video, phone"}},
		{[]string{"round", "edit", id, "r1", "--state", "maybe"}, 2, []string{`unknown round state "maybe"`, "scheduled, done, cancelled"}},
		{[]string{"round", "add", id}, 2, []string{"--at is missing"}},
		{[]string{"round", "add", id, "--at", "2026-11-27", "--minutes", "0"}, 2, []string{"--minutes 0"}},
		{[]string{"round", "add", id, "--at", "2026-11-27", "--minutes", "1441"}, 2, []string{"--minutes 1441", "1440"}},
		{[]string{"round", "edit", id, "r9", "--at", "2026-11-27"}, 1, []string{`no round "r9"`, "r1"}},
		{[]string{"round", "edit", id, "r1", "--travel", "soon"}, 2, []string{`--travel: journey "soon"`, "45m"}},
		{[]string{"round", "edit", id, "r1", "--travel", "25h"}, 2, []string{"--travel", "from 1 minute to a day"}},
		{[]string{"round", "cancel", id, "r9"}, 1, []string{`no round "r9"`}},
		{[]string{"round", "remove", "no-such-job", "r1"}, 1, []string{"no-such-job"}},
		{[]string{"new", "--company", "A", "--role", "B", "--at", "2026-11-27", "--format", "telepathy"}, 2, []string{`unknown format "telepathy"`}},
	}
	for _, tt := range tests {
		res := run(t, dir, tt.args...)
		if res.code != tt.code {
			t.Errorf("prep %s: exit %d, want %d (stderr %q)", strings.Join(tt.args, " "), res.code, tt.code, res.stderr)
		}
		requireOneErrorLine(t, res.stderr, tt.want...)
	}
	if string(jobFile(t, dir, id)) != string(before) {
		t.Error("a refused command changed the job")
	}
}

// Two rounds at one time, or a round from before the job was added, are
// kept, with a word on stderr.
func TestRoundOddTimesAreKeptAndNamed(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--at", "2026-11-24 10:00")
	res := run(t, dir, "round", "add", id, "--at", "2026-11-24 10:00")
	if res.code != 0 || !strings.Contains(res.stderr, "same time as round r1") {
		t.Errorf("a clash: exit %d, stderr %q", res.code, res.stderr)
	}
	res = run(t, dir, "round", "add", id, "--name", "Recruiter call", "--at", "2026-10-01 09:00")
	if res.code != 0 || !strings.Contains(res.stderr, "before the job was added") {
		t.Errorf("an old round: exit %d, stderr %q", res.code, res.stderr)
	}
	if n := len(loadJob(t, dir, id).Rounds); n != 3 {
		t.Errorf("%d rounds, want all 3 kept", n)
	}
	// Moved onto another round's time, a round is named the same way.
	res = run(t, dir, "round", "edit", id, "r3", "--at", "2026-11-24 10:00")
	if res.code != 0 || !strings.Contains(res.stderr, "round r3 is at the same time as round r1") {
		t.Errorf("an edit onto r1's time: exit %d, stderr %q", res.code, res.stderr)
	}
	// A round called off clashes with nothing.
	res = run(t, dir, "round", "edit", id, "r3", "--at", "2026-11-24 10:00", "--state", "cancelled")
	if res.code != 0 || res.stderr != "" {
		t.Errorf("a cancelled round at r1's time: exit %d, stderr %q", res.code, res.stderr)
	}
}

// prep list --json gives each job's next round; once all are past, its
// last.
func TestListJSONGivesTheNextRound(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--at", "2026-11-20 10:00")
	mustRun(t, dir, "round", "add", id, "--name", "Onsite", "--at", "2026-11-30 10:00", "--where", "1 Orbit Way")
	var got []struct {
		InterviewAt string `json:"interview_at"`
		Rounds      int    `json:"rounds"`
		Round       struct {
			ID, Name, Where string
			Number, Of      int
		} `json:"round"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "list", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Round.ID != "r2" || got[0].Round.Name != "Onsite" || got[0].Round.Number != 2 ||
		got[0].Round.Of != 2 || got[0].Rounds != 2 || !strings.HasPrefix(got[0].InterviewAt, "2026-11-30T10:00") {
		t.Errorf("list --json = %+v, want the onsite as the next round", got)
	}
}

// A round may last from one minute to a whole day, and keep or change its
// name; prep show names its people only when it has some.
func TestRoundLengthsNamesAndPeople(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--at", "2026-11-24 10:00", "--minutes", "1440", "--interviewer", "Kim Patel")
	mustRun(t, dir, "round", "add", id, "--name", "Quick call", "--at", "2026-11-25 10:00", "--minutes", "1")
	mustRun(t, dir, "round", "add", id, "--name", "Onsite", "--at", "2026-11-26 09:00", "--minutes", "1440")
	mustRun(t, dir, "round", "edit", id, "r2", "--name", "Recruiter call")
	mustRun(t, dir, "round", "edit", id, "r3", "--minutes", "90")
	j := loadJob(t, dir, id)
	if r := j.Round("r1"); r.Minutes != 1440 {
		t.Errorf("r1 lasts %d min, want 1440", r.Minutes)
	}
	if r := j.Round("r2"); r.Name != "Recruiter call" || r.Minutes != 1 {
		t.Errorf("r2 = %q, %d min; want Recruiter call, 1 min", r.Name, r.Minutes)
	}
	if r := j.Round("r3"); r.Name != "Onsite" || r.Minutes != 90 {
		t.Errorf("r3 = %q, %d min; want Onsite kept, 90 min", r.Name, r.Minutes)
	}
	out := mustRun(t, dir, "show", id)
	if n := strings.Count(out, "Interviewers:"); n != 1 || !strings.Contains(out, "Interviewers:  Kim Patel") {
		t.Errorf("want one Interviewers line, for the first round:\n%s", out)
	}
}

// The journey to a round in person sets when to leave, shown with the
// round and followed when it changes.
func TestRoundJourney(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--at", "2026-11-24 10:00", "--where", "Orbit HQ", "--travel", "45m")
	leave := func() (string, time.Time) {
		it := item(t, dir, id, "leave-by")
		return it.Text, *it.DueAt
	}
	j := loadJob(t, dir, id)
	r1 := j.Round("r1")
	start := r1.At
	if text, due := leave(); r1.TravelMinutes != 45 || text != "Leave by 09:00" || !due.Equal(start.Add(-time.Hour)) {
		t.Errorf("with a 45 min journey: %d min, %q due %v", r1.TravelMinutes, text, due)
	}
	if out := mustRun(t, dir, "show", id); !strings.Contains(out, "Journey:       45 min\n") {
		t.Errorf("show does not say the journey:\n%s", out)
	}
	mustRun(t, dir, "round", "edit", id, "r1", "--travel", "1h 10m")
	if text, due := leave(); text != "Leave by 08:35" || !due.Equal(start.Add(-85*time.Minute)) {
		t.Errorf("with a journey of 1 h 10 min: %q due %v", text, due)
	}
	mustRun(t, dir, "round", "edit", id, "r1", "--travel", "0")
	if text, _ := leave(); text != "Leave by 09:15" {
		t.Errorf("with the journey cleared: %q, want the 30 min counted", text)
	}
	if out := mustRun(t, dir, "show", id); !strings.Contains(out, "not set, 30 min counted") {
		t.Errorf("show does not say no journey is set:\n%s", out)
	}
}
