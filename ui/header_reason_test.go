package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestHeaderKeepsTheCompanyBesideALongReason: the checklist's first line
// names the company before anything else; the round, the status and the
// reason make room for it, and from 80 columns the reason is still shown.
func TestHeaderKeepsTheCompanyBesideALongReason(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Northwind Traders", "Staff Engineer", testNow.Add(-50*time.Hour))
	j, err := store.Apply(j.ID,
		checklist.SetStatus{Status: checklist.Rejected, At: testNow.Add(-2 * time.Hour)},
		checklist.SetReason{Reason: &checklist.Reason{Code: checklist.OtherReason, Text: "They went with someone who had led a platform team of twenty for years"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{60, 80, 120} {
		m := update(loaded(t, store, width, 24), jobLoadedMsg{job: j})
		if m.screen != checklistScreen {
			m = send(m, "v")
		}
		if m.screen != checklistScreen {
			t.Fatalf("the checklist did not open (screen %d)", m.screen)
		}
		first := strings.Split(string(render(m)), "\n")[0]
		if !strings.Contains(first, "Northwind Traders") {
			t.Errorf("at %d columns the header is %q", width, first)
		}
		if width >= 80 && !strings.Contains(first, "Other: They") {
			t.Errorf("at %d columns the header has no reason: %q", width, first)
		}
	}
}
