package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// TestLookBackKeepsTheWholeStory: the look back uses the whole width,
// wraps a note rather than cutting it, says where the round was and who
// was there, how late a late task was left, and calls the reason the app
// recorded done.
func TestLookBackKeepsTheWholeStory(t *testing.T) {
	store, j := finishedStore(t)
	long := "They asked about the migration from the old billing system, and I said I would send the write-up by Friday, with the numbers from the pilot."
	j, err := store.Apply(j.ID, checklist.SetNote{ItemID: "notes-discussed", Note: long},
		checklist.SetDone{ItemID: checklist.ReasonItem, Done: false})
	if err != nil {
		t.Fatal(err)
	}
	m := update(loaded(t, store, 120, 200), jobLoadedMsg{job: j})
	if m.screen != reviewScreen {
		t.Fatalf("the finished job opened on screen %d", m.screen)
	}
	screen := string(render(m))
	flat := strings.Join(strings.Fields(strings.ReplaceAll(screen, "│", "")), " ")
	if !strings.Contains(flat, long) {
		t.Errorf("the note is cut:\n%s", screen)
	}
	for _, want := range []string{"At 1 Main St, Springfield", "With Bill Lumbergh", "not done · ", "recorded"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the look back lacks %q:\n%s", want, screen)
		}
	}
	if lines := strings.Split(screen, "\n"); safetext.Width(lines[1]) < 118 {
		t.Errorf("the look back's rule is %d wide in a window of 120", safetext.Width(lines[1]))
	}
}

// TestAnOfferWithOpenTasksIsNotReadOnly: an offer whose list is still to
// do opens on its checklist, where it can be worked, not on the look back.
func TestAnOfferWithOpenTasksIsNotReadOnly(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Globex", "Designer", testNow.AddDate(0, 0, -5))
	j, err := store.Apply(j.ID, checklist.SetStatus{Status: checklist.Offer, At: testNow.Add(-2 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	m := update(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	if m.screen != checklistScreen {
		t.Fatalf("an offer with its list open opened on screen %d", m.screen)
	}
	if strings.Contains(string(render(m)), "Read-only") {
		t.Errorf("the offer is read-only:\n%s", render(m))
	}
}
