package ui

import (
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestAnAnswerEndsTheChaseOnScreen: a job turned down a week after its
// interview calls none of the tasks the answer made pointless late; they
// say "not needed", and the answer's own list is due.
func TestAnAnswerEndsTheChaseOnScreen(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Initech", "Analyst", testNow.AddDate(0, 0, -10), "Bill Lumbergh")
	j, err := store.Apply(j.ID, checklist.SetStatus{Status: checklist.Rejected, At: testNow.AddDate(0, 0, -3)})
	if err != nil {
		t.Fatal(err)
	}
	m := update(loaded(t, store, 120, 80), jobLoadedMsg{job: j})
	if m.screen != checklistScreen {
		m = send(m, "v")
	}
	if m.open.phase != checklist.After {
		m = send(m, "tab")
	}
	screen := string(render(m))
	if !strings.Contains(screen, "not needed") {
		t.Errorf("no task says it is not needed:\n%s", screen)
	}
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, "late") && !strings.Contains(line, "Thank the hiring manager") &&
			!strings.Contains(line, "thank-you to HR") {
			t.Errorf("a task the answer made pointless is called late: %q", strings.TrimSpace(line))
		}
	}
	if soon, late := m.open.job.DueCounts(testNow); late != 2 || soon != 4 {
		t.Errorf("the job counts %d late and %d soon, want the 2 thanks late and the 4 asks of feedback soon", late, soon)
	}
}
