package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// chaseTemplate has an item of every kind an answer can make pointless: a
// round's before item due the day before, a round's after task, the job's
// "no word yet" follow-up, and each outcome's list.
func chaseTemplate() checklist.Template {
	return checklist.Template{
		Version: checklist.TemplateVersion, Name: "chase",
		Sections: []checklist.TemplateSection{
			{ID: "logistics", Title: "Logistics", Phase: checklist.Before, Scope: checklist.RoundScope, Items: []checklist.TemplateItem{
				{ID: "confirm", Text: "Confirm the time", Due: "-24h"},
			}},
			{ID: "thanks", Title: "Thanks", Phase: checklist.After, Scope: checklist.RoundScope, Items: []checklist.TemplateItem{
				{ID: "thank", Text: "Thank them", Due: "+24h"},
			}},
			{ID: "follow-up", Title: "Follow-up", Phase: checklist.After, Scope: checklist.JobScope, Items: []checklist.TemplateItem{
				{ID: "no-word", Text: "No word yet? Call them", Due: "+7d"},
			}},
			{ID: "if-no", Title: "If no", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Rejected, Items: []checklist.TemplateItem{
				{ID: "feedback", Text: "Ask for feedback", Due: "+3d"},
			}},
			{ID: "offer", Title: "Offer", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Offer, Items: []checklist.TemplateItem{
				{ID: "in-writing", Text: "Get it in writing", Due: "+2d"},
			}},
		},
	}
}

// TestDueStatesAfterEachStatus follows one job through every status, ten
// days after its interview, and asks each item where it stands: what an
// answer made pointless is "not needed" and counted nowhere, what it asks
// for is due from the answer.
func TestDueStatesAfterEachStatus(t *testing.T) {
	now := interview.AddDate(0, 0, 10)
	answeredAt := now.Add(-2 * time.Hour)
	const (
		late   = checklist.DueLate
		later  = checklist.DueLater
		soon   = checklist.DueSoon
		none   = checklist.DueNone
		moot   = checklist.NotNeeded
		notSet = checklist.DueState(-1) // the item's section is not shown
	)
	tests := []struct {
		status checklist.Status
		// the states of confirm, thank, no-word, feedback, in-writing
		want  [5]checklist.DueState
		tasks []string
	}{
		{checklist.Upcoming, [5]checklist.DueState{moot, late, late, notSet, notSet}, []string{"no-word", "thank"}},
		{checklist.Interviewed, [5]checklist.DueState{moot, late, late, notSet, notSet}, []string{"no-word", "thank"}},
		{checklist.Rejected, [5]checklist.DueState{moot, moot, moot, later, notSet}, []string{"feedback"}},
		{checklist.Offer, [5]checklist.DueState{moot, moot, moot, notSet, soon}, []string{"in-writing"}},
		{checklist.NoResponse, [5]checklist.DueState{moot, late, late, notSet, notSet}, []string{"no-word", "thank"}},
		{checklist.Withdrawn, [5]checklist.DueState{moot, moot, moot, notSet, notSet}, nil},
	}
	for _, tc := range tests {
		t.Run(string(tc.status), func(t *testing.T) {
			j, err := checklist.NewJob(chaseTemplate(), testDetails(), "acme", created)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := (checklist.SetStatus{Status: tc.status, At: answeredAt}).Apply(&j); err != nil {
				t.Fatal(err)
			}
			for i, id := range []string{"confirm", "thank", "no-word", "feedback", "in-writing"} {
				s, ii, ok := j.Find(id)
				if !ok {
					t.Fatalf("no item %s", id)
				}
				got := notSet
				if s.Visible(j.Status) {
					got = j.ItemDueState(s, s.Items[ii], now)
				}
				if got == none {
					t.Errorf("%s has no due time", id)
				}
				if got != tc.want[i] {
					t.Errorf("%s is %v, want %v", id, got, tc.want[i])
				}
				if label := j.ItemDueLabel(s, s.Items[ii], now); (got == moot) != (label == "not needed") {
					t.Errorf("%s is labelled %q while %v", id, label, got)
				}
			}
			if ids := taskIDs(j.Tasks(now)); !equalIDs(ids, tc.tasks) {
				t.Errorf("Tasks = %v, want %v", ids, tc.tasks)
			}
			wantSoon, wantLate := 0, 0
			for _, st := range tc.want {
				wantSoon += b2i(st == soon)
				wantLate += b2i(st == late)
			}
			if soonN, lateN := j.DueCounts(now); soonN != wantSoon || lateN != wantLate {
				t.Errorf("DueCounts = %d soon, %d late; want %d, %d", soonN, lateN, wantSoon, wantLate)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func equalIDs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, id := range a {
		seen[id]++
	}
	for _, id := range b {
		seen[id]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}
