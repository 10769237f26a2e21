package ui

import (
	"strings"
	"testing"
	"time"

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

// TestNoCardForAFinishedInterview: t on an interview that has taken place
// stays where it is and says why there is no night-before card.
func TestNoCardForAFinishedInterview(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Initech", "Analyst", testNow.AddDate(0, 0, -2))
	m := update(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	if m.screen != checklistScreen {
		m = send(m, "v")
	}
	next, cmd := m.Update(keyPress("t"))
	m = next.(Model)
	if cmd != nil {
		m = update(m, cmd())
	}
	if m.screen != checklistScreen {
		t.Fatalf("t went to screen %d", m.screen)
	}
	if screen := string(render(m)); !strings.Contains(screen, "took place 2 days ago: the night-before card is for an interview still to come") {
		t.Errorf("t does not say why there is no card:\n%s", screen)
	}
}

// TestCardOfAMovedRoundSendsNobodyToBed: everything ticked for a round
// moved to three days from now, the card says when to come back rather
// than to go to sleep.
func TestCardOfAMovedRoundSendsNobodyToBed(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	at := testNow.Add(-time.Hour)
	var edits []checklist.Edit
	for _, s := range j.VisibleSections(checklist.Before, &j.Rounds[0]) {
		for _, it := range s.Items {
			edits = append(edits, checklist.SetDone{ItemID: it.ID, Done: true, At: &at})
		}
	}
	r := j.Rounds[0]
	edits = append(edits, checklist.SetRound{RoundID: r.ID, Details: checklist.RoundDetails{
		Name: r.Name, Format: r.Format, At: testNow.Add(62 * time.Hour), Where: r.Where}})
	j, err := store.Apply(j.ID, edits...)
	if err != nil {
		t.Fatal(err)
	}
	m := update(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	if m.screen != tonightScreen {
		m = send(m, "t")
	}
	if m.screen != tonightScreen {
		t.Fatalf("on screen %d, not the card", m.screen)
	}
	// What the card says once the last ticked item is off the screen.
	said := strings.Join(m.tonight.allDone(), "\n")
	if strings.Contains(said, "go to sleep") || !strings.Contains(said, "Come back the evening before Thu 10:00") {
		t.Errorf("the card of a round three days off says:\n%s", said)
	}
}
