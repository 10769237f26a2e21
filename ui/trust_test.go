package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// A change made to the open job by something else — another copy of prep,
// the command line, a sync tool — shows up without leaving the screen.
func TestOpenJobFollowsChangesOnDisk(t *testing.T) {
	store, j := sampleStore(t)
	a := startApp(t, store, 100, 30)
	a.waitForText("Acme Corp")
	a.key("j") // past the most urgent task, to Acme's row
	a.key("enter")
	a.waitFor("Acme's checklist", func(s snapshot) bool { return s.onJob() && s.job.ID == j.ID })
	at := testNow
	if _, err := store.Apply(j.ID, checklist.SetDone{ItemID: "news", Done: true, At: &at}); err != nil {
		t.Fatal(err)
	}
	a.waitFor("the tick made elsewhere", func(s snapshot) bool {
		it := s.job.Item("news")
		return it != nil && it.Done
	})
	a.quit()
}

// Text from a hand-edited or shared file never reaches the terminal raw.
func TestHostileTextIsDrawnInert(t *testing.T) {
	store := newStore(t)
	evil := "Evil\x1b]0;pwned\x07\x1b[2J\rCorp\u202e"
	j := addJob(t, store, evil, "Role\x1b[31m", testNow.Add(24*time.Hour))
	note := checklist.SetNote{ItemID: "news", Note: "line one\x1b[1A\u009bline two"}
	if _, err := store.Apply(j.ID, note); err != nil {
		t.Fatal(err)
	}
	j, _ = store.Load(j.ID)
	for name, m := range map[string]Model{
		"list":      loaded(t, store, 100, 30),
		"checklist": send(update(loaded(t, store, 100, 30), jobLoadedMsg{job: j}), "j", "j", "j"),
	} {
		view := m.View().Content
		for _, bad := range []string{"\x1b]", "\x07", "\x1b[2J", "\x1b[31m", "\r", "\u202e", "\x1b[1A", "\u009b"} {
			if strings.Contains(view, bad) {
				t.Errorf("%s: %q reached the screen", name, bad)
			}
		}
		if !strings.Contains(view, "␛") {
			t.Errorf("%s: the escape is not shown as ␛", name)
		}
	}
}

// A broken file is named with its reason, and every other job still opens.
func TestBrokenFileIsReportedAndOthersOpen(t *testing.T) {
	store, _ := sampleStore(t)
	bad := filepath.Join(store.Dir(), "jobs", "broken-2026-12-01.json")
	if err := os.WriteFile(bad, []byte(`{"version": 1, "id": "broken-2026-12-01", "company": "Bro`), 0o600); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, store, 80, 24)
	screen := string(render(m))
	if !strings.Contains(screen, "1 job file could not be read") || !strings.Contains(screen, "Acme Corp") {
		t.Fatalf("list with a broken file:\n%s", screen)
	}
	m = send(m, "!")
	golden.RequireEqual(t, render(m))
	send(m, "esc")
	if m.list.showProblems {
		t.Errorf("esc did not close the problems")
	}
	if b, _ := os.ReadFile(bad); !strings.HasSuffix(string(b), `"Bro`) {
		t.Errorf("the broken file was changed: %q", b)
	}
}

// A save the disk refuses keeps the change, says so, and is tried again
// with the next change; quitting tries once more and, if it still fails,
// warns before quitting without it.
func TestFailedSaveIsKeptAndRetried(t *testing.T) {
	m, v := opened(t, 80, 24)
	id := v.list.current().ID
	was := v.job.Item(id).Done
	next, cmd := m.Update(keyPress("space"))
	m = update(next.(Model), cmd())
	refused := &data.SaveError{Path: "jobs/acme.json", Err: errors.New("no space left on device")}
	m = update(m, jobSavedMsg{id: v.job.ID, err: refused})
	if v.job.Item(id).Done == was {
		t.Fatal("the change was dropped from the screen")
	}
	if !strings.Contains(string(render(m)), "not saved yet, will retry") {
		t.Fatalf("the footer does not say the save failed:\n%s", render(m))
	}
	if !m.saver.unsaved() {
		t.Fatal("the refused change is not kept to try again")
	}
	next, cmd = m.Update(keyPress("ctrl+c"))
	m = next.(Model)
	if cmd == nil || !m.quitting {
		t.Fatal("quit did not try the unsaved change again first")
	}
	m = update(m, jobSavedMsg{id: v.job.ID, err: refused})
	if !strings.Contains(string(render(m)), "press ctrl+c again to quit without these") {
		t.Fatalf("no warning about unsaved changes:\n%s", render(m))
	}
	_, cmd = m.Update(keyPress("ctrl+c"))
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("a second ctrl+c did not quit")
	}
}

// A job written by a newer prep opens to be read, and every change is
// refused with the reason, before anything is sent to the disk.
func TestReadOnlyJobRefusesChanges(t *testing.T) {
	m, v := opened(t, 80, 24)
	v.readOnly = fmt.Errorf("%w: written by a newer version of prep", data.ErrReadOnly)
	before := v.job.Clone()
	for _, k := range []string{"space", "x", "e", "a", "r", "D", "J", "s", "u"} {
		next, cmd := m.Update(keyPress(k))
		m = next.(Model)
		if cmd == nil {
			t.Fatalf("%s: no word about the job being read-only", k)
		}
		if msg, ok := cmd().(errorMsg); !ok || !errors.Is(msg.err, data.ErrReadOnly) {
			t.Fatalf("%s: got %#v", k, cmd())
		}
	}
	if fmt.Sprint(v.job) != fmt.Sprint(before) {
		t.Fatal("a read-only job was changed")
	}
	if !strings.Contains(string(render(m)), "Read-only: read-only: written by a newer version") {
		t.Errorf("the screen does not say why:\n%s", render(m))
	}
}
