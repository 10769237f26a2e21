package cli_test

import (
	"bytes"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestStatus(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00")

	if out := mustRun(t, dir, "status", id, "rejected"); out != "" {
		t.Errorf("status printed %q, want nothing", out)
	}
	j := loadJob(t, dir, id)
	if j.Status != checklist.Rejected || j.StatusAt == nil || !j.StatusAt.Equal(clock) {
		t.Fatalf("status %q at %v, want rejected at %v", j.Status, j.StatusAt, clock)
	}
	if due := j.Item("thank-manager").DueAt; due == nil || !due.Equal(clock.AddDate(0, 0, 1)) {
		t.Errorf("thank-manager due %v, want a day after the status changed", due)
	}
	if j.Item("thank-offer").DueAt != nil {
		t.Error("the offer's items got due times on a rejection")
	}

	before := jobFile(t, dir, id)
	mustRun(t, dir, "status", id, "rejected")
	if !bytes.Equal(jobFile(t, dir, id), before) {
		t.Error("setting the same status again changed the file")
	}
}

func TestStatusErrors(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	before := jobFile(t, dir, id)
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown status", []string{"status", id, "hired"}, 2, []string{`"hired"`, "upcoming, interviewed, offer, rejected, no-response, withdrawn"}},
		{"unknown job", []string{"status", "nope", "offer"}, 1, []string{"nope"}},
		{"missing status", []string{"status", id}, 2, []string{"STATUS"}},
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
