package ui

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// quick is settle without the waits for the cursor's blink: the import
// screen's boxes start one each time they take the focus, and settle
// would give each its 400 ms.
func quick(m Model, msg tea.Msg) Model {
	queue := []tea.Msg{msg}
	for len(queue) > 0 && len(queue) < 1000 {
		next, cmd := m.Update(queue[0])
		m = next.(Model)
		queue = append(queue[1:], runNow(cmd)...)
	}
	return m
}

func quickKeys(m Model, keys ...string) Model {
	for _, k := range keys {
		m = quick(m, keyPress(k))
	}
	return m
}

// runNow runs a command and the commands its batches and sequences hold,
// one after another, leaving out the library's timers.
func runNow(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || isLibraryTimer(cmd) {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runNow(c)...)
		}
		return out
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runNow(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// invitation is the path of one of package importer's test invitations.
func invitation(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "importer", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// importApp is the app on store with a config folder of its own, in a
// window of the given size, its job list read.
func importApp(t *testing.T, store *data.Store, config string, w, h int) Model {
	t.Helper()
	cfg := testConfig(store)
	cfg.ConfigDir = config
	m := update(New(cfg), tea.WindowSizeMsg{Width: w, Height: h})
	return quick(m, loadJobs(store, 0)())
}

// typeIn pastes text into the box on show and presses enter.
func typeIn(m Model, text string) Model {
	return quick(quick(m, tea.PasteMsg{Content: text}), keyPress("enter"))
}

// TestImportAsksOnceThenSaves: the first import asks for the person's
// address and keeps it; the meeting is shown before anything is saved,
// without the person among its people; enter saves it and opens the job;
// the next import does not ask again.
func TestImportAsksOnceThenSaves(t *testing.T) {
	store, config := newStore(t), t.TempDir()
	m := quickKeys(importApp(t, store, config, 80, 24), "I")
	if m.screen != importScreen || !strings.Contains(string(render(m)), "Which mail address") {
		t.Fatalf("I did not ask for the address:\n%s", render(m))
	}
	m = typeIn(m, "not an address")
	if m.err == nil || m.importer.step != importAskMe {
		t.Fatalf("a bad address was taken: %v", m.err)
	}
	m = quickKeys(m, "ctrl+u")
	m = typeIn(m, "jane.doe@gmail.com")
	if cfg, err := data.LoadConfig(config); err != nil || len(cfg.Me) != 1 || cfg.Me[0] != "jane.doe@gmail.com" {
		t.Fatalf("the address was not kept: %+v %v", cfg, err)
	}
	m = typeIn(m, invitation(t, "teams.ics"))
	screen := string(render(m))
	for _, want := range []string{"A new job: Contoso — Senior Data Engineer", "Tobias Becker", "Microsoft Teams Meeting"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the preview lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "jane.doe@gmail.com") {
		t.Errorf("the person is among the people:\n%s", screen)
	}
	if jobs, _, _ := store.List(); len(jobs) != 0 {
		t.Fatal("the preview saved the job")
	}
	m = quickKeys(m, "ctrl+u")
	m = quick(m, tea.PasteMsg{Content: "Contoso Deutschland"})
	m = quickKeys(m, "enter")
	jobs, _, _ := store.List()
	if len(jobs) != 1 || jobs[0].Company != "Contoso Deutschland" || jobs[0].Rounds[0].Invite == nil {
		t.Fatalf("saved %+v", jobs)
	}
	if m.screen != checklistScreen || m.open.job.ID != jobs[0].ID || !strings.Contains(m.notice, "Imported") {
		t.Errorf("after saving: screen %d, notice %q", m.screen, m.notice)
	}
	m = quickKeys(m, "esc", "I")
	if m.importer.step != importAskPath {
		t.Errorf("the second import asked again (step %d)", m.importer.step)
	}
}

// TestImportFollowsAnUpdate: an update of an imported meeting shows the
// time it had and moves the round on enter.
func TestImportFollowsAnUpdate(t *testing.T) {
	store, config := newStore(t), t.TempDir()
	if err := data.SaveConfig(config, data.Config{Me: []string{"jane.doe@gmail.com"}}); err != nil {
		t.Fatal(err)
	}
	m := quickKeys(importApp(t, store, config, 80, 24), "I")
	m = quickKeys(typeIn(m, invitation(t, "teams.ics")), "enter", "esc", "I")
	m = typeIn(m, invitation(t, "teams-update.ics"))
	screen := string(render(m))
	if !strings.Contains(screen, "An update of Technical at Contoso") || !strings.Contains(screen, "Was ") {
		t.Fatalf("the update's preview:\n%s", screen)
	}
	m = quickKeys(m, "enter")
	jobs, _, _ := store.List()
	if len(jobs) != 1 || jobs[0].Rounds[0].At.Day() != 17 || len(jobs[0].Rounds[0].Interviewers) != 2 {
		t.Fatalf("after the update: %+v", jobs[0].Rounds)
	}
	m = quickKeys(m, "esc", "I")
	m = quickKeys(typeIn(m, invitation(t, "teams.ics")), "enter")
	if m.screen != listScreen || !strings.Contains(m.notice, "nothing to change") {
		t.Errorf("the older version: screen %d, notice %q", m.screen, m.notice)
	}
}

// TestImportBadFileSaysSoAndKeepsThePath: a file that is not an
// invitation is named in the footer; the path stays to be corrected.
func TestImportBadFileSaysSoAndKeepsThePath(t *testing.T) {
	store := newStore(t)
	m := quickKeys(importApp(t, store, "", 80, 24), "I")
	if m.importer.step != importAskPath {
		t.Fatalf("with no config folder it asked for the address (step %d)", m.importer.step)
	}
	for _, path := range []string{"~/no-such-invite.ics", invitation(t, "../../invite/testdata/bad-not-calendar.txt")} {
		m = typeIn(m, path)
		if m.err == nil || m.importer.step != importAskPath || m.importer.input.Value() != path {
			t.Errorf("%s: error %v, step %d, box %q", path, m.err, m.importer.step, m.importer.input.Value())
		}
		m = quickKeys(m, "ctrl+u")
	}
	if jobs, _, _ := store.List(); len(jobs) != 0 {
		t.Error("a bad file saved a job")
	}
	if m = quickKeys(m, "esc"); m.screen != listScreen {
		t.Error("esc did not go back to the list")
	}
}

// TestImportJoinsTheCompanysJob: a meeting with a company that has a job
// is offered as its next round; ctrl+n makes it a job of its own.
func TestImportJoinsTheCompanysJob(t *testing.T) {
	store := newStore(t)
	addJob(t, store, "Contoso", "Senior Data Engineer", testNow.AddDate(0, 0, 3))
	m := typeIn(quickKeys(importApp(t, store, "", 80, 24), "I"), invitation(t, "teams.ics"))
	if m.importer.plan.Action != "new-round" || !strings.Contains(string(render(m)), "A new round of Contoso") {
		t.Fatalf("plan %s:\n%s", m.importer.plan.Action, render(m))
	}
	m = quickKeys(m, "ctrl+n")
	if m.importer.plan.Action != "new-job" {
		t.Errorf("ctrl+n: %s", m.importer.plan.Action)
	}
	m = quickKeys(m, "ctrl+n", "enter")
	jobs, _, _ := store.List()
	if len(jobs) != 1 || len(jobs[0].Rounds) != 2 || jobs[0].Rounds[1].State != checklist.Scheduled {
		t.Errorf("the round did not join the job: %d jobs", len(jobs))
	}
}

func TestImportPreviewScreen(t *testing.T) {
	store, config := newStore(t), t.TempDir()
	if err := data.SaveConfig(config, data.Config{Me: []string{"jane.doe@gmail.com"}}); err != nil {
		t.Fatal(err)
	}
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			m := typeIn(quickKeys(importApp(t, store, config, sz.w, sz.h), "I"), invitation(t, "teams.ics"))
			golden.RequireEqual(t, render(m))
		})
	}
}

// TestImportPicksOneOfSeveral: an invitation with several meetings shows
// one at a time; pgdown and pgup go through them, and enter imports the
// one on show.
func TestImportPicksOneOfSeveral(t *testing.T) {
	store := newStore(t)
	m := typeIn(quickKeys(importApp(t, store, "", 80, 24), "I"), invitation(t, "../../invite/testdata/zones.ics"))
	if !strings.Contains(string(render(m)), "Meeting 1 of 7") {
		t.Fatalf("no count of the meetings:\n%s", render(m))
	}
	m = quickKeys(m, "pgdown", "pgdown", "pgup")
	if m.importer.at != 1 || !strings.Contains(string(render(m)), "Meeting 2 of 7") {
		t.Errorf("on meeting %d:\n%s", m.importer.at+1, render(m))
	}
	m = quick(m, tea.PasteMsg{Content: "Wayne Enterprises"})
	m = quickKeys(m, "tab")
	m = quick(m, tea.PasteMsg{Content: "Engineer"})
	m = quickKeys(m, "enter")
	jobs, _, _ := store.List()
	if len(jobs) != 1 || jobs[0].Rounds[0].Invite == nil || jobs[0].Role != "Engineer" {
		t.Fatalf("saved %+v", jobs)
	}
	if uid := jobs[0].Rounds[0].Invite.UID; uid != "zone-old-outlook-cities@example.com" {
		t.Errorf("imported the meeting with UID %q, not the second", uid)
	}
}
