package cli_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

func TestStatusBackKeepsTicksAndNotes(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00")
	mustRun(t, dir, "status", id, "rejected")
	mustRun(t, dir, "check", id, "thank-manager")
	if _, err := data.NewStore(dir).Apply(id, checklist.SetNote{ItemID: "lessons", Note: "slow down"}); err != nil {
		t.Fatal(err)
	}
	mustRun(t, dir, "status", id, "interviewed")
	j := loadJob(t, dir, id)
	if !j.Item("thank-manager").Done || j.Item("lessons").Note != "slow down" {
		t.Error("taking the rejection back lost a tick or a note")
	}
	if j.Item("ask-feedback").DueAt != nil {
		t.Error("an open rejection task is still due after the rejection was taken back")
	}

	later := clock.Add(72 * time.Hour)
	if res := runAt(t, later, dir, "status", id, "rejected"); res.code != 0 {
		t.Fatalf("status: %+v", res)
	}
	j = loadJob(t, dir, id)
	if !j.Item("thank-manager").Done || j.Item("lessons").Note != "slow down" {
		t.Error("rejecting again lost a tick or a note")
	}
	if due := j.Item("ask-feedback").DueAt; due == nil || !due.Equal(later.AddDate(0, 0, 3)) {
		t.Errorf("ask-feedback due %v, want three days after the second rejection", due)
	}
}

func TestStatusUnknownWritesNothing(t *testing.T) {
	dir := t.TempDir()
	res := run(t, dir, "status", "acme-corp-backend-engineer-2026-11-20", "hired")
	if res.code != 2 {
		t.Errorf("exit %d, want 2", res.code)
	}
	requireOneErrorLine(t, res.stderr, `"hired"`, "upcoming, interviewed, offer, rejected, no-response, withdrawn")
	requireEmptyDir(t, dir)
}
