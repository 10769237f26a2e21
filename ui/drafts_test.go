package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
)

// openedAt is the sample job open on its plain checklist, with the first
// item of the Before tab selected.
func openedAt(t *testing.T) (*data.Store, Model, string) {
	t.Helper()
	store, j := sampleStore(t)
	m := settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	m = settleKeys(m, "t")
	return store, m, m.check.list.current().ID
}

func draftsOf(t *testing.T, store *data.Store) []data.Draft {
	t.Helper()
	drafts, problems, err := store.Drafts()
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	return drafts
}

// Text being typed is written as a draft every second, and the draft goes
// once the text is saved.
func TestTypingKeepsADraftUntilSaved(t *testing.T) {
	store, m, id := openedAt(t)
	m = settleKeys(m, "e")
	m = settle(m, tea.PasteMsg{Content: "Ask about the roadmap"})
	m = settle(m, draftTickMsg{})
	drafts := draftsOf(t, store)
	if len(drafts) != 1 || drafts[0].Text != "Ask about the roadmap" || drafts[0].Item != id {
		t.Fatalf("drafts while typing = %+v", drafts)
	}

	m = settleKeys(m, "esc")
	if drafts := draftsOf(t, store); len(drafts) != 0 {
		t.Errorf("the draft outlived the saved note: %+v", drafts)
	}
	if j, _ := store.Load(m.check.job.ID); j.Item(id).Note != "Ask about the roadmap" {
		t.Errorf("the note was not saved: %q", j.Item(id).Note)
	}
}

// A person who quits with a note open has it saved, as esc would.
func TestQuitWithANoteOpenSavesIt(t *testing.T) {
	store, m, id := openedAt(t)
	m = settleKeys(m, "e")
	m = settle(m, tea.PasteMsg{Content: "Half a thought"})
	m = settleKeys(m, "ctrl+c")
	if j, _ := store.Load(m.check.job.ID); j.Item(id).Note != "Half a thought" {
		t.Errorf("quitting with the editor open lost the note: %q", j.Item(id).Note)
	}
	m.keepTyped()
	if drafts := draftsOf(t, store); len(drafts) != 0 {
		t.Errorf("a saved note left a draft: %+v", drafts)
	}
}

// A signal leaves the text where it is, and the end of Run keeps it as a
// draft, which the next start offers back.
func TestTextOpenAtAStopIsOfferedBack(t *testing.T) {
	tests := []struct {
		name   string
		open   func(Model) Model
		resume func(t *testing.T, m Model)
	}{
		{"an item being renamed", func(m Model) Model {
			m = settleKeys(m, "r")
			return settle(m, tea.PasteMsg{Content: " and the annual report"})
		}, func(t *testing.T, m Model) {
			if m.check == nil || m.check.list.editor == nil || m.check.list.editor.kind != editRename ||
				!strings.HasSuffix(m.check.list.editor.line.Value(), " and the annual report") {
				t.Fatalf("the rename did not come back: %+v", m.check)
			}
		}},
		{"a note", func(m Model) Model {
			m = settleKeys(m, "e")
			return settle(m, tea.PasteMsg{Content: "Dana likes Go"})
		}, func(t *testing.T, m Model) {
			if m.check == nil || m.check.list.editor == nil || m.check.list.editor.area.Value() != "Dana likes Go" {
				t.Fatalf("the note did not come back: %+v", m.check)
			}
		}},
		{"a new job's form", func(m Model) Model {
			m = settleKeys(m, "esc", "n")
			return settle(m, tea.PasteMsg{Content: "Orbit Labs"})
		}, func(t *testing.T, m Model) {
			if m.screen != formScreen || m.form.values.company != "Orbit Labs" {
				t.Fatalf("the form did not come back: screen %d", m.screen)
			}
		}},
		{"a job's details", func(m Model) Model {
			m = settleKeys(m, "i", "E")
			return settle(m, tea.PasteMsg{Content: " Europe"})
		}, func(t *testing.T, m Model) {
			if m.screen != formScreen || m.form.values.company != "Acme Corp Europe" {
				t.Fatalf("the details form did not come back: screen %d", m.screen)
			}
		}},
	}
	stops := map[string]tea.Msg{"a signal": stopMsg{}, "ctrl+c": keyPress("ctrl+c")}
	for _, tt := range tests {
		for how, stop := range stops {
			if tt.name == "a note" && how == "ctrl+c" {
				continue // saved rather than kept: TestQuitWithANoteOpenSavesIt
			}
			t.Run(tt.name+" stopped by "+how, func(t *testing.T) {
				store, m, _ := openedAt(t)
				m = tt.open(m)
				m = settle(m, stop)
				m.keepTyped()

				next := loaded(t, store, 100, 30)
				next = settle(next, findDrafts(store)())
				if !strings.Contains(string(render(next)), "Go back to") {
					t.Fatalf("the next start does not offer the draft back:\n%s", render(next))
				}
				next = settleKeys(next, "y")
				tt.resume(t, next)
			})
		}
	}
}

// n throws the draft away for good; esc keeps it for the next start.
func TestDraftOfferAnswers(t *testing.T) {
	store, m, _ := openedAt(t)
	m = settleKeys(m, "r")
	m = settle(m, tea.PasteMsg{Content: "!"})
	m.keepTyped()

	later := settleKeys(settle(loaded(t, store, 100, 30), findDrafts(store)()), "esc")
	if later.offering() != nil || len(draftsOf(t, store)) != 1 {
		t.Error("esc did not put the draft aside for later")
	}
	dropped := settleKeys(settle(loaded(t, store, 100, 30), findDrafts(store)()), "n")
	if dropped.offering() != nil || len(draftsOf(t, store)) != 0 {
		t.Error("n did not throw the draft away")
	}
}

// A new-job form given back empty keeps no draft: there is nothing to
// offer back.
func TestEmptyNewJobFormKeepsNoDraft(t *testing.T) {
	store := newStore(t)
	m := settleKeys(loaded(t, store, 80, 24), "n")
	if m.screen != formScreen {
		t.Fatal("n did not open the new job form")
	}
	m = settleKeys(m, "enter")
	if d := m.typed(); d != nil {
		t.Errorf("an empty form keeps a draft: %+v", d)
	}
}
