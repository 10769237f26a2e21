package cli_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestCheckAndUncheck(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")

	if out := mustRun(t, dir, "check", id, "news"); out != "" {
		t.Errorf("check printed %q, want nothing", out)
	}
	it := item(t, dir, id, "news")
	if !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(clock) {
		t.Fatalf("after check: done %v at %v, want done at %v", it.Done, it.DoneAt, clock)
	}

	later := clock.Add(2 * time.Hour)
	if res := runAt(t, later, dir, "check", id, "news"); res.code != 0 {
		t.Fatalf("check again: exit %d, stderr %q", res.code, res.stderr)
	}
	if it := item(t, dir, id, "news"); !it.DoneAt.Equal(clock) {
		t.Errorf("checking again moved done_at to %v, want the first time %v", it.DoneAt, clock)
	}

	if out := mustRun(t, dir, "uncheck", "--data-dir", dir, id, "news"); out != "" {
		t.Errorf("uncheck printed %q, want nothing", out)
	}
	if it := item(t, dir, id, "news"); it.Done || it.DoneAt != nil {
		t.Errorf("after uncheck: done %v at %v, want not done", it.Done, it.DoneAt)
	}
}

// TestCheckAt: a tick carries the time it was really done, given in the
// words --at takes; an item done already takes the new time.
func TestCheckAt(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	mustRun(t, dir, "check", id, "news", "--at", "today 08:15")
	want := time.Date(clock.Year(), clock.Month(), clock.Day(), 8, 15, 0, 0, clock.Location())
	if it := item(t, dir, id, "news"); !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(want) {
		t.Fatalf("done %v at %v, want done at %v", it.Done, it.DoneAt, want)
	}
	mustRun(t, dir, "check", id, "news", "--at", "today 07:00")
	if it := item(t, dir, id, "news"); !it.DoneAt.Equal(want.Add(-75 * time.Minute)) {
		t.Errorf("the time was not corrected: done at %v", it.DoneAt)
	}
}

func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	before := jobFile(t, dir, id)
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown job", []string{"check", "nope", "news"}, 1, []string{"nope"}},
		{"unknown item", []string{"check", id, "nap"}, 1, []string{`"nap"`, "prep show " + id}},
		{"unknown item to uncheck", []string{"uncheck", id, "nap"}, 1, []string{`"nap"`}},
		{"missing item", []string{"check", id}, 2, []string{"ITEM"}},
		{"missing both", []string{"uncheck"}, 2, []string{"JOB and ITEM"}},
		{"unknown flag", []string{"check", "--all", id, "news"}, 2, []string{"-all"}},
		{"done time not a date", []string{"check", id, "news", "--at", "whenever"}, 2, []string{"--at", "whenever"}},
		{"done time still to come", []string{"check", id, "news", "--at", "tomorrow 10:00"}, 2, []string{"--at", "still to come"}},
		{"done time for an unknown item", []string{"check", id, "nap", "--at", "today 08:00"}, 1, []string{`"nap"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, dir, tt.args...)
			if res.code != tt.code {
				t.Errorf("exit %d, want %d", res.code, tt.code)
			}
			requireOneErrorLine(t, res.stderr, tt.want...)
			if !bytes.Equal(jobFile(t, dir, id), before) {
				t.Error("the job file changed")
			}
		})
	}
}

func TestCheckUnknownJobLeavesNoTrace(t *testing.T) {
	dir := t.TempDir()
	if res := run(t, dir, "check", "nope", "news"); res.code != 1 {
		t.Errorf("exit %d, want 1", res.code)
	}
	requireEmptyDir(t, dir)
}

func TestDoubleDashEndsFlags(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	mustRun(t, dir, "check", "--", id, "news")
	if !item(t, dir, id, "news").Done {
		t.Error("the item is not done")
	}
}

// TestDecisionDate: the date they expect to decide by sets when the
// follow-up is due; none clears it; a date that cannot be read is a usage
// error that changes nothing.
func TestDecisionDate(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01 10:00")
	week := item(t, dir, id, "follow-up-call").DueAt
	mustRun(t, dir, "decision", id, "2026-12-04 17:00") // a Friday
	if got := item(t, dir, id, "follow-up-call").DueAt; got == nil || !got.Equal(time.Date(2026, 12, 8, 17, 0, 0, 0, clock.Location())) {
		t.Errorf("the follow-up is due %v, want two working days after the Friday", got)
	}
	if out := mustRun(t, dir, "show", id); !strings.Contains(out, "Decision by:") {
		t.Errorf("show does not give the decision date:\n%s", out)
	}
	before := jobFile(t, dir, id)
	if res := run(t, dir, "decision", id, "soonish"); res.code != 2 || !strings.Contains(res.stderr, "soonish") {
		t.Errorf("a bad date: exit %d, %q", res.code, res.stderr)
	}
	if !bytes.Equal(jobFile(t, dir, id), before) {
		t.Error("a bad date changed the file")
	}
	mustRun(t, dir, "decision", id, "none")
	if got := item(t, dir, id, "follow-up-call").DueAt; !got.Equal(*week) {
		t.Errorf("with the date cleared the follow-up is due %v, want %v", got, week)
	}
}
