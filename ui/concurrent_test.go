package ui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// Two copies of prep on one note: the one whose editor was opened first
// saves last, and the other's words are still there, with a word to the
// person.
func TestNoteSavedOverAnotherCopysNoteKeepsBoth(t *testing.T) {
	store, j := sampleStore(t)
	m := settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	m = settleKeys(m, "t")
	id := m.check.list.current().ID
	m = settleKeys(m, "e")
	if m.check.list.editor == nil {
		t.Fatal("e opened no editor")
	}
	m = settle(m, tea.PasteMsg{Content: "Ask about the roadmap"})

	if _, err := store.Apply(j.ID, checklist.SetNote{ItemID: id, Note: "Written in the other window"}); err != nil {
		t.Fatal(err)
	}
	m = settleKeys(m, "esc")

	saved, err := store.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	note := saved.Item(id).Note
	for _, want := range []string{"Ask about the roadmap", "Written in the other window"} {
		if !strings.Contains(note, want) {
			t.Errorf("the saved note %q lost %q", note, want)
		}
	}
	if got := m.check.job.Item(id).Note; got != note {
		t.Errorf("the screen shows the note %q, the file holds %q", got, note)
	}
	if !strings.Contains(m.notice, "both texts are kept") {
		t.Errorf("the person was not told the notes were merged; footer: %q %v", m.notice, m.err)
	}
}

// An undo after another copy added to the note leaves the note as it is,
// and says so.
func TestUndoLeavesANoteAnotherCopyAddedTo(t *testing.T) {
	store, j := sampleStore(t)
	m := settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	m = settleKeys(m, "t")
	id := m.check.list.current().ID
	m = settleKeys(m, "e")
	m = settle(m, tea.PasteMsg{Content: "Mine"})
	m = settleKeys(m, "esc")

	if _, err := store.Apply(j.ID, checklist.SetNote{ItemID: id, Note: "Mine\nand the other window's"}); err != nil {
		t.Fatal(err)
	}
	reloaded, _ := store.Load(j.ID)
	m = settle(m, jobReloadedMsg{job: reloaded, changedElsewhere: true})
	m = settleKeys(m, "u")

	saved, _ := store.Load(j.ID)
	if got := saved.Item(id).Note; got != "Mine\nand the other window's" {
		t.Errorf("undo changed the other window's note to %q", got)
	}
	if m.err == nil || !errors.Is(m.err, checklist.ErrChangedElsewhere) {
		t.Errorf("the undo that did nothing said nothing; footer: %v", m.err)
	}
}

// The store refuses the undo too when the file changed after this copy
// last read it.
func TestUndoOfANoteChangedOnDiskSinceIsRefused(t *testing.T) {
	store, j := sampleStore(t)
	m := settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	m = settleKeys(m, "t")
	id := m.check.list.current().ID
	m = settleKeys(m, "e", "M", "esc")
	if _, err := store.Apply(j.ID, checklist.SetNote{ItemID: id, Note: "M and more"}); err != nil {
		t.Fatal(err)
	}
	m = settleKeys(m, "u")
	saved, _ := store.Load(j.ID)
	if got := saved.Item(id).Note; got != "M and more" {
		t.Errorf("undo sent to the changed file made the note %q", got)
	}
	if m.err == nil {
		t.Error("the refused undo said nothing")
	}
	if got := m.check.job.Item(id).Note; got != "M and more" {
		t.Errorf("the screen shows %q after the refused undo, the file holds %q", got, "M and more")
	}
}
