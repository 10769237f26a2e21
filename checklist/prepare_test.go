package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestNextToPrepare(t *testing.T) {
	soon := newTestJob(t) // the interview is 2026-12-01 10:00
	soon.ID = "soon"
	later := newTestJob(t)
	later.ID = "later"
	later.Rounds[0].At = interview.Add(10 * time.Hour)
	ready := newTestJob(t)
	ready.ID = "ready"
	ready.Rounds[0].At = interview.Add(-time.Hour)
	for _, s := range ready.AllSections() {
		for i := range s.Items {
			if s.Phase == checklist.Before {
				s.Items[i].Done = true
			}
		}
	}
	tests := []struct {
		name string
		now  time.Time
		jobs []checklist.Job
		want string
		left int
	}{
		{"the soonest not yet prepared", interview.Add(-20 * time.Hour), []checklist.Job{later, ready, soon}, "soon", 3},
		{"too far ahead", interview.Add(-49 * time.Hour), []checklist.Job{soon}, "", 0},
		{"all prepared", interview.Add(-20 * time.Hour), []checklist.Job{ready}, "", 0},
		{"begun already", interview.Add(time.Minute), []checklist.Job{soon, later}, "later", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := checklist.NextToPrepare(tc.jobs, tc.now)
			if ok != (tc.want != "") || p.JobID != tc.want || p.Left != tc.left {
				t.Errorf("NextToPrepare = %q with %d left (%v), want %q with %d", p.JobID, p.Left, ok, tc.want, tc.left)
			}
			if ok && p.ItemID != "website" {
				t.Errorf("the first open item is %q, want website", p.ItemID)
			}
		})
	}
	if got := checklist.Until(interview, interview.Add(-20*time.Hour-5*time.Minute)); got != "in 20 h" {
		t.Errorf("Until = %q", got)
	}
}
