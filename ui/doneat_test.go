package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// pressed hands the model one key and the message its command answers
// with, if it answers with an error: what the footer would then say.
func pressed(m Model, k string) Model {
	next, cmd := m.Update(keyPress(k))
	m = next.(Model)
	if cmd != nil {
		if msg, ok := cmd().(errorMsg); ok {
			m = update(m, msg)
		}
	}
	return m
}

// TestTickWithTheTimeItWasDone: X asks when the item was really done; a
// time that cannot be, or cannot be read, is explained and the box keeps
// what was typed; a good one ticks the item at that time, and the label
// says how late it was.
func TestTickWithTheTimeItWasDone(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Umbrella", "QA Lead", testNow.Add(-30*time.Hour), "Ada Wong")
	m := update(loaded(t, store, 100, 40), jobLoadedMsg{job: j})
	if m.screen != checklistScreen {
		m = send(m, "v")
	}
	if m.open.phase != checklist.After {
		m = send(m, "tab")
	}
	id := "thank-interviewers-ada-wong" // due 24 h after the interview: 6 h ago
	m.check.cursor[checklist.After] = id
	m = send(m, "X")
	if !strings.Contains(string(render(m)), "When was “Send a thank-you message to Ada Wong” done?") {
		t.Fatalf("X does not ask when it was done:\n%s", render(m))
	}
	for _, bad := range []struct{ typed, says string }{
		{"whenever", "not a time prep can read"},
		{"tomorrow 08:00", "still to come"},
	} {
		m = typeInto(m, bad.typed)
		m = pressed(m, "enter")
		if m.check.list.editor == nil || m.check.list.editor.Value() != bad.typed {
			t.Fatalf("after %q the box closed or lost the text", bad.typed)
		}
		if m.err == nil || !strings.Contains(m.err.Error(), bad.says) {
			t.Errorf("after %q the app says %v, want it to say %q", bad.typed, m.err, bad.says)
		}
		if !strings.Contains(string(render(m)), bad.says) {
			t.Errorf("after %q the screen does not say %q:\n%s", bad.typed, bad.says, render(m))
		}
		if m.open.job.Item(id).Done {
			t.Errorf("%q ticked the item", bad.typed)
		}
		for range bad.typed {
			m = update(m, tea.KeyPressMsg{Code: tea.KeyBackspace})
		}
	}
	m = typeInto(m, "today 19:00")
	m = send(m, "enter")
	it := m.open.job.Item(id)
	want := time.Date(2026, 11, 30, 19, 0, 0, 0, testNow.Location())
	if !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(want) {
		t.Fatalf("the item is done=%v at %v, want done at %v", it.Done, it.DoneAt, want)
	}
	if screen := string(render(m)); !strings.Contains(screen, "done 5 h late") {
		t.Errorf("the label does not say how late it was done:\n%s", screen)
	}
	m = send(m, "u")
	if m.open.job.Item(id).Done {
		t.Error("undo left the item ticked")
	}
}
