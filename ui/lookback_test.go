package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// threeJobs is a folder of three jobs at testNow (Monday evening):
//
//   - Acme Corp, interviewed by Dana Lee ten days ago: her thank-you sent
//     the same evening, then a no on Wednesday for more experience, with
//     two lessons written; it used the story "A launch that slipped", and
//     one since gone from the bank;
//   - Globex, an onsite two weeks ago and an offer last Tuesday;
//   - Initech, tomorrow morning.
func threeJobs(t *testing.T) *data.Store {
	t.Helper()
	store := newStore(t)
	acme := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.AddDate(0, 0, -10).Add(-10*time.Hour), "Dana Lee")
	globex := addJob(t, store, "Globex", "Site Reliability Engineer", testNow.AddDate(0, 0, -14))
	addJob(t, store, "Initech", "Designer", testNow.Add(14*time.Hour))
	st, err := store.AddStory(checklist.StoryDetails{Title: "A launch that slipped", Situation: "The launch was two weeks late.",
		Action: "I cut the scope and told the client early.", Result: "We shipped, and they signed again.", Tags: "ownership, failure"}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	sent, wednesday := testNow.AddDate(0, 0, -10).Add(-2*time.Hour), testNow.AddDate(0, 0, -5)
	apply(t, store, acme.ID,
		checklist.SetDone{ItemID: "thank-interviewers-dana-lee", Done: true, At: &sent},
		checklist.SetStatus{Status: checklist.Rejected, At: wednesday},
		checklist.SetReason{Reason: &checklist.Reason{Code: checklist.MoreExperience}},
		checklist.SetNote{ItemID: "lessons", Note: "Have a story about a failure ready.\nDraw the design first, then talk."},
		checklist.LinkStory{StoryID: st.ID, Linked: true},
		checklist.LinkStory{StoryID: "old-story", Linked: true})
	apply(t, store, globex.ID, checklist.SetStatus{Status: checklist.Offer, At: testNow.AddDate(0, 0, -6)})
	return store
}

func apply(t *testing.T, store *data.Store, id string, edits ...checklist.Edit) {
	t.Helper()
	if _, err := store.Apply(id, edits...); err != nil {
		t.Fatal(err)
	}
}

// manyJobs is a generated folder of 300 jobs.
func manyJobs(t *testing.T) *data.Store {
	t.Helper()
	dir := driveDir(t)
	if err := (dataSet{name: "look-back-300", jobs: 60, copies: 4}).freshCopy(dir); err != nil {
		t.Fatal(err)
	}
	return data.NewStore(dir)
}

// lookingBack is the app on the look back across every interview, the
// folder read.
func lookingBack(t *testing.T, store *data.Store, w, h int) Model {
	t.Helper()
	return lookingBackAt(t, store, w, h, nil)
}

// lookingBackAt is lookingBack with the folder's figures read already, if
// read is not nil: a test that draws one folder at many sizes reads it once.
func lookingBackAt(t *testing.T, store *data.Store, w, h int, read *lookBackLoadedMsg) Model {
	t.Helper()
	m := update(loaded(t, store, w, h), keyPress("v"))
	if m.screen != listScreen {
		t.Fatalf("v went to screen %d before its command ran", m.screen)
	}
	m = update(m, showLookBackMsg{})
	if m.screen != lookBackScreen {
		t.Fatalf("the look back is not on show: screen %d", m.screen)
	}
	if !strings.Contains(string(render(m)), "Reading your interviews") {
		t.Errorf("nothing says the folder is being read:\n%s", render(m))
	}
	if read != nil {
		msg := *read
		msg.gen = m.lookBack.gen
		return update(m, msg)
	}
	return update(m, loadLookBack(store, testNow, m.lookBack.gen)())
}

func TestLookBackScreen(t *testing.T) {
	stores := []struct {
		name string
		make func(*testing.T) *data.Store
	}{{"0-jobs", newStore}, {"3-jobs", threeJobs}, {"300-jobs", manyJobs}}
	var many *lookBackLoadedMsg
	for _, s := range stores {
		store := s.make(t)
		read := loadLookBack(store, testNow, 0)().(lookBackLoadedMsg)
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s-%dx%d", s.name, sz.w, sz.h), func(t *testing.T) {
				m := lookingBackAt(t, store, sz.w, sz.h, &read)
				golden.RequireEqual(t, render(m))
			})
		}
		many = &read
	}
	t.Run("300-jobs-bottom-80x24", func(t *testing.T) {
		golden.RequireEqual(t, render(send(lookingBackAt(t, newStore(t), 80, 24, many), "G")))
	})
}

func TestLookBackFigures(t *testing.T) {
	m := lookingBack(t, threeJobs(t), 120, 40)
	view := ansi.Strip(strings.Join(m.lookBack.lines(), "\n"))
	for _, want := range []string{
		"3 jobs · 2 rounds held",
		"1 offer · 1 no · 1 still open",
		"Round 1       2 jobs: 1 offer · 1 no",
		"1  Another candidate had more experience or connections",
		"Thank-yous  ",
		"│ Have a story about a failure ready.",
		"A launch that slipped",
		"used for Acme Corp · Backend Engineer",
		"old-story · no longer in the story bank",
	} {
		if !strings.Contains(view, want) {
			t.Errorf("the look back lacks %q:\n%s", want, view)
		}
	}
	if empty := string(render(lookingBack(t, newStore(t), 80, 24))); !strings.Contains(empty, "Nothing to look back on yet") ||
		strings.Contains(empty, "0 of") || strings.Contains(empty, "%") {
		t.Errorf("an empty folder shows figures:\n%s", empty)
	}
}

// The look back scrolls through 300 jobs a line or a page at a time, and
// never past its ends, and every frame fits the window.
func TestLookBackScrolls(t *testing.T) {
	m := lookingBack(t, manyJobs(t), 60, 16)
	lines := len(m.lookBack.lines())
	if lines < 300 {
		t.Fatalf("%d lines for 300 jobs", lines)
	}
	steps := []struct {
		key  string
		want int
	}{
		{"j", 1}, {"k", 0}, {"k", 0}, {"pgdown", 11}, {"space", 22}, {"pgup", 11}, {"G", lines - 12}, {"j", lines - 12}, {"g", 0},
	}
	for _, s := range steps {
		m = update(m, keyPressNamed(t, s.key))
		if m.lookBack.offset != s.want {
			t.Errorf("after %s: line %d, want %d", s.key, m.lookBack.offset, s.want)
		}
		if got := strings.Count(string(render(m)), "\n") + 1; got != 16 {
			t.Errorf("after %s: %d lines drawn in a window of 16", s.key, got)
		}
	}
	for _, k := range []string{"esc", "q", "v"} {
		next, cmd := m.Update(keyPress(k))
		if cmd == nil {
			t.Fatalf("%s does nothing", k)
		}
		if _, ok := cmd().(showListMsg); !ok || next.(Model).screen != lookBackScreen {
			t.Errorf("%s does not go back to the list", k)
		}
	}
}

func keyPressNamed(t *testing.T, name string) tea.KeyPressMsg {
	t.Helper()
	k, ok := keyNamed(name)
	if !ok {
		t.Fatalf("no key %q", name)
	}
	return k
}

// An older loading's figures never replace a newer one's.
func TestLookBackDropsAnOlderLoading(t *testing.T) {
	store := threeJobs(t)
	m := lookingBack(t, store, 80, 24)
	stale := loadLookBack(newStore(t), testNow, m.lookBack.gen)()
	m = update(m, showLookBackMsg{})
	m = update(m, loadLookBack(store, testNow, m.lookBack.gen)())
	m = update(m, stale)
	if m.lookBack.summary.Jobs != 3 {
		t.Errorf("an older loading replaced the figures: %d jobs", m.lookBack.summary.Jobs)
	}
}
