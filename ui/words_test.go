package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// Undo and redo say what they took back and made again.
func TestUndoAndRedoSayWhatTheyDid(t *testing.T) {
	m, v := opened(t, 80, 24)
	it := v.list.current()
	verb := "ticked "
	if it.Done {
		verb = "unticked "
	}
	m = settleKeys(m, "space", "u")
	if want := "Undid: " + verb + it.Text; m.notice != want {
		t.Errorf("after u the footer says %q, want %q", m.notice, want)
	}
	if !strings.Contains(string(render(m)), "Undid: "+verb) {
		t.Errorf("the undo's words are not on screen:\n%s", render(m))
	}
	m = settle(m, tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl})
	if want := "Redid: " + verb + it.Text; m.notice != want {
		t.Errorf("after ctrl+r the footer says %q, want %q", m.notice, want)
	}
}

// Help offers undo only once there is something to undo.
func TestUndoIsOfferedOnceItCanAct(t *testing.T) {
	m, _ := opened(t, 80, 24)
	if footer := lastLine(render(m)); strings.Contains(footer, "undo") {
		t.Errorf("the footer offers undo with nothing done: %q", footer)
	}
	m = settleKeys(m, "space")
	if footer := lastLine(render(m)); !strings.Contains(footer, "u undo") {
		t.Errorf("the footer does not offer undo after a tick: %q", footer)
	}
}

func lastLine(screen []byte) string {
	lines := strings.Split(string(screen), "\n")
	return lines[len(lines)-1]
}

// The night-before card and the look back name their way back to the
// checklist for what it is, not for the screen already on show.
func TestCardAndLookBackNameTheirKeys(t *testing.T) {
	m, _ := opened(t, 80, 24)
	m = send(m, "t")
	if m.screen != tonightScreen {
		t.Fatalf("t went to screen %d, not the card", m.screen)
	}
	footer := lastLine(render(m))
	if strings.Contains(footer, "tonight") || !strings.Contains(footer, "t checklist") {
		t.Errorf("the card's footer: %q", footer)
	}
	m = send(m, "t")
	if m.screen != checklistScreen {
		t.Fatalf("t on the card went to screen %d, not the checklist", m.screen)
	}
	m = send(m, "v")
	footer = lastLine(render(m))
	if strings.Contains(footer, "look back") || !strings.Contains(footer, "v checklist") {
		t.Errorf("the look back's footer: %q", footer)
	}
}

// Hiding the done items says how many are hidden.
func TestHiddenDoneItemsAreCounted(t *testing.T) {
	m, v := opened(t, 80, 24)
	m = settleKeys(m, "down", "f")
	want := 0
	for _, s := range v.job.VisibleSections(checklist.Before, v.round()) {
		for _, it := range s.Items {
			if it.Done && it.ID != v.list.current().ID {
				want++
			}
		}
	}
	if want == 0 {
		t.Fatal("the sample has no done items to hide")
	}
	if got := fmt.Sprintf("%d done hidden", want); !strings.Contains(string(render(m)), got) {
		t.Errorf("the header does not say %q:\n%s", got, render(m))
	}
	m = settleKeys(m, "f")
	if strings.Contains(string(render(m)), "done hidden") {
		t.Errorf("the count stays after f shows the done items again:\n%s", render(m))
	}
}

// A filter that is on is named in the title with how many jobs it lets
// through.
func TestTheFilterIsShownInTheTitle(t *testing.T) {
	store, _ := sampleStore(t)
	addJob(t, store, "Cobalt Labs", "Platform Engineer", testNow.AddDate(0, 0, 5))
	m := loaded(t, store, 80, 24)
	// Set as typing and enter leave it, without the matching the list
	// runs in a command of its own, whose timing is not this test's.
	m.list.list.SetFilterText("cobalt")
	m.list.setTitle()
	if got, want := m.list.list.Title, "Jobs · cobalt · 1 of 3"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if !strings.Contains(string(render(m)), "Jobs · cobalt · 1 of 3") {
		t.Errorf("the filter is not on screen:\n%s", render(m))
	}
	m = settleKeys(m, "esc")
	if got, want := m.list.list.Title, "Jobs (3)"; got != want {
		t.Errorf("title after esc %q, want %q", got, want)
	}
}

// Deleting a job says how to bring it back, and u on the list does.
func TestDeletedJobComesBackWithU(t *testing.T) {
	store, j := sampleStore(t)
	m := loaded(t, store, 80, 24)
	for m.list.selectedID() != j.ID {
		m = settleKeys(m, "down")
	}
	m = settleKeys(m, "d", "y")
	if _, err := os.Stat(filepath.Join(store.Dir(), "trash", j.ID+".json")); err != nil {
		t.Fatalf("the job is not in the trash: %v", err)
	}
	if want := "Moved Acme Corp · Backend Engineer to the trash · press u to bring it back."; m.notice != want {
		t.Errorf("after the delete the footer says %q, want %q", m.notice, want)
	}
	if !strings.Contains(lastLine(render(m)), "u bring back") {
		t.Errorf("the footer does not offer u: %q", lastLine(render(m)))
	}
	m = settleKeys(m, "u")
	if _, err := store.Load(j.ID); err != nil {
		t.Fatalf("u did not bring the job back: %v", err)
	}
	if m.notice != "Brought back Acme Corp · Backend Engineer." {
		t.Errorf("after u the footer says %q", m.notice)
	}
	if m.list.selectedID() != j.ID {
		t.Errorf("the job brought back is not selected: %q", m.list.selectedID())
	}
	m = settleKeys(m, "u")
	if !strings.Contains(m.notice, "The trash is empty") {
		t.Errorf("u with an empty trash says %q", m.notice)
	}
}

// The form shows how it read the time before anything is saved, and why
// a date that reads two ways is not taken.
func TestFormShowsHowItReadTheTime(t *testing.T) {
	store := newStore(t)
	m := update(loaded(t, store, 80, 24), newJobMsg{})
	m = typeInto(m, "Acme")
	m = settleKeys(m, "enter")
	m = typeInto(m, "SRE")
	m = settleKeys(m, "enter")
	m = typeInto(m, "friday 11am")
	if screen := string(render(m)); !strings.Contains(screen, "Friday 4 December 2026, 11:00") {
		t.Errorf("the form does not show how it read friday 11am:\n%s", screen)
	}
	for range "friday 11am" {
		m = update(m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	m = typeInto(m, "12/08 10:00")
	screen := string(render(m))
	for _, s := range []string{"12 Aug", "Dec 8"} {
		if !strings.Contains(screen, s) {
			t.Errorf("the form does not offer %q for 12/08:\n%s", s, screen)
		}
	}
	if ids, _ := store.IDs(); len(ids) != 0 {
		t.Errorf("a job was saved while the form was open: %v", ids)
	}
}

// Counts say "1 day", never "1 days".
func TestCountdownSaysOneDay(t *testing.T) {
	for d, want := range map[time.Duration]string{
		25 * time.Hour:                "in 1 day 1 h",
		50*time.Hour + 30*time.Minute: "in 2 days 2 h",
	} {
		if got := countdown(d); got != want {
			t.Errorf("countdown(%s) = %q, want %q", d, got, want)
		}
	}
}
