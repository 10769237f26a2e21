package ui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// opened is the app showing the sample job's checklist at the given size.
func opened(t *testing.T, w, h int) (Model, *checklistView) {
	t.Helper()
	store, j := sampleStore(t)
	m := update(loaded(t, store, w, h), jobLoadedMsg{job: j})
	if m.screen != tonightScreen {
		t.Fatalf("the job of tomorrow morning opened on screen %d, not on the night-before card", m.screen)
	}
	m = send(m, "t")
	if m.screen != checklistScreen {
		t.Fatalf("t on the night-before card went to screen %d, not the checklist", m.screen)
	}
	m.check.cursor[checklist.Before] = m.check.job.Sections[0].Items[0].ID
	m.check.list.scroll()
	return m, m.check
}

// send hands the model keys one after another, as a person types them.
// Their commands are left unrun, except a switch between the open job's
// screens, which the program brings back as the next message.
func send(m Model, keys ...string) Model {
	for _, k := range keys {
		next, cmd := m.Update(keyPress(k))
		m = next.(Model)
		if switchesJobScreen(cmd) {
			m = update(m, cmd())
		}
	}
	return m
}

func switchesJobScreen(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	p := reflect.ValueOf(cmd).Pointer()
	for _, to := range []tea.Cmd{showChecklist, showTonight, showReview} {
		if p == reflect.ValueOf(to).Pointer() {
			return true
		}
	}
	return false
}

func TestTickAndUndo(t *testing.T) {
	m, v := opened(t, 80, 24)
	first := v.list.current().ID
	was := v.list.current().Done
	m = send(m, "space")
	if v.job.Item(first).Done == was {
		t.Fatalf("space did not flip %s", first)
	}
	m = send(m, "u")
	if v.job.Item(first).Done != was {
		t.Fatalf("u did not take the tick back")
	}
	if !strings.Contains(string(render(m)), "[✓] Read up on current trends") {
		t.Errorf("the undone tick is not on screen:\n%s", render(m))
	}
}

func TestTabSwitchesPhase(t *testing.T) {
	m, v := opened(t, 80, 24)
	m = send(m, "tab")
	if v.phase != checklist.After || !strings.Contains(string(render(m)), "Thank-you notes") {
		t.Fatalf("tab did not show the After tab:\n%s", render(m))
	}
	send(m, "tab")
	if v.phase != checklist.Before {
		t.Fatalf("a second tab did not come back to Before")
	}
}

func TestNoteIsWrittenAndShown(t *testing.T) {
	m, v := opened(t, 80, 24)
	id := v.list.current().ID
	m = send(m, "e")
	if !m.active().Typing() {
		t.Fatal("e did not open the note editor")
	}
	for _, r := range "CEO: Ada" {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = send(m, "esc")
	if got := v.job.Item(id).Note; got != "CEO: Ada" {
		t.Fatalf("note = %q", got)
	}
	if m.active().Typing() {
		t.Fatal("esc left the editor open")
	}
	screen := string(render(m))
	if !strings.Contains(screen, "✎") || !strings.Contains(screen, "CEO: Ada") {
		t.Errorf("the note is not shown under its item:\n%s", screen)
	}
}

func TestAddItemGoesAfterTheSelectedOne(t *testing.T) {
	m, v := opened(t, 80, 24)
	m = send(m, "a")
	for _, r := range "Ask about on-call" {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = send(m, "enter")
	it := v.list.current()
	if it == nil || it.Text != "Ask about on-call" || !it.Own {
		t.Fatalf("selected after adding: %+v", it)
	}
	if got := v.job.Sections[0].Items[1].ID; got != it.ID {
		t.Errorf("the new item is at %s's place, want right after the first", got)
	}
	if !strings.Contains(string(render(m)), "Ask about on-call · mine") {
		t.Errorf("the new item is not marked as the person's own:\n%s", render(m))
	}
}

func TestHideDone(t *testing.T) {
	m, _ := opened(t, 80, 24)
	m = send(m, "j", "f")
	screen := string(render(m))
	if strings.Contains(screen, "Read up on current trends") {
		t.Errorf("f left a done item on screen:\n%s", screen)
	}
	if !strings.Contains(screen, "List the main challenges") {
		t.Errorf("f hid the selected item:\n%s", screen)
	}
	send(m, "j")
	if strings.Contains(string(render(m)), "List the main challenges") {
		t.Errorf("the done item stayed after the cursor left it")
	}
}

func TestMouseTicksAndSwitchesTabs(t *testing.T) {
	m, v := opened(t, 80, 24)
	// line 4 of the screen is the first item of the first section
	m = update(m, tea.MouseClickMsg{X: 4, Y: 5, Button: tea.MouseLeft})
	second := v.job.Sections[0].Items[1]
	if v.list.current().ID != second.ID || second.Done {
		t.Fatalf("a click on the box of %q should select and untick it", second.Text)
	}
	m = update(m, tea.MouseClickMsg{X: 20, Y: 6, Button: tea.MouseLeft})
	if v.list.current().ID != v.job.Sections[0].Items[2].ID || !v.job.Sections[0].Items[2].Done {
		t.Fatalf("a click on an item's text should select it and leave it as it was")
	}
	update(m, tea.MouseClickMsg{X: 18, Y: 1, Button: tea.MouseLeft})
	if v.phase != checklist.After {
		t.Fatalf("a click on After did not switch tabs")
	}
}

func TestTooSmallWindow(t *testing.T) {
	m, _ := opened(t, 50, 12)
	if !strings.Contains(string(render(m)), "Make the window larger") {
		t.Fatalf("a 50×12 window:\n%s", render(m))
	}
}

func typeInto(m Model, text string) Model {
	for _, r := range text {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

func TestRejectedAsksForTheLikelyReason(t *testing.T) {
	m, v := opened(t, 80, 24)
	m = send(m, "s")
	if !strings.Contains(string(render(m)), "Where does it stand?") {
		t.Fatalf("s did not open the status list:\n%s", render(m))
	}
	m = send(m, "r", "enter")
	if v.job.Status != checklist.Rejected {
		t.Fatalf("status = %s", v.job.Status)
	}
	if !strings.Contains(string(render(m)), "The likely reason") {
		t.Fatalf("no reason list after rejected:\n%s", render(m))
	}
	m = send(m, "o", "enter")
	m = typeInto(m, "they hired a friend")
	m = send(m, "enter")
	if v.job.Reason == nil || v.job.Reason.Code != checklist.OtherReason || v.job.Reason.Text != "they hired a friend" {
		t.Fatalf("reason = %+v", v.job.Reason)
	}
	if screen := string(render(m)); !strings.Contains(screen, "If the answer is no") || !strings.Contains(screen, "Other: they hired") {
		t.Errorf("the list for a no, or the reason, is not shown:\n%s", screen)
	}
	m = send(m, "u", "u")
	if v.job.Status != checklist.Upcoming || v.job.Reason != nil {
		t.Errorf("two undos left status %s, reason %+v", v.job.Status, v.job.Reason)
	}
	send(m, "ctrl+r")
	if v.job.Status != checklist.Rejected {
		t.Errorf("redo did not bring the status back")
	}
}

func TestRenameRemoveAndMove(t *testing.T) {
	m, v := opened(t, 80, 24)
	first := v.list.current().ID
	m = send(m, "r")
	m = typeInto(m, " today")
	m = send(m, "enter")
	if got := v.job.Item(first).Text; got != "Read up on current trends in the company's industry today" {
		t.Fatalf("renamed to %q", got)
	}
	m = send(m, "J")
	if v.job.Sections[0].Items[1].ID != first || v.list.current().ID != first {
		t.Fatalf("J did not move the item down with the cursor")
	}
	m = send(m, "K")
	if v.job.Sections[0].Items[0].ID != first {
		t.Fatalf("K did not move it back")
	}
	m = send(m, "D")
	if !strings.Contains(string(render(m)), "Remove “Read up on current trends") {
		t.Fatalf("D did not ask first:\n%s", render(m))
	}
	m = send(m, "n")
	if v.job.Item(first) == nil {
		t.Fatal("n removed the item")
	}
	send(m, "D", "y")
	if v.job.Item(first) != nil {
		t.Fatal("y did not remove the item")
	}
	if v.list.current() == nil || v.list.current().ID != "challenges" {
		t.Errorf("after removing, the cursor is on %+v, want the next item", v.list.current())
	}
}

func TestEditDetailsMovesDueTimes(t *testing.T) {
	m, v := opened(t, 80, 24)
	before := *v.job.Item("thank-interviewers-dana-lee").DueAt
	next, cmd := m.Update(keyPress("E"))
	m = update(next.(Model), cmd())
	if m.screen != formScreen || !strings.Contains(string(render(m)), "Interview") {
		t.Fatalf("E did not open the round's form:\n%s", render(m))
	}
	r := v.job.Rounds[0]
	m = update(m, detailsChosenMsg{edit: checklist.SetRound{RoundID: r.ID, Details: checklist.RoundDetails{
		At: r.At.Add(48 * time.Hour), Interviewers: checklist.People("Dana Lee", "Sam Ng")}}})
	if m.screen != checklistScreen {
		t.Fatalf("the checklist did not come back after the form")
	}
	if got := *v.job.Item("thank-interviewers-dana-lee").DueAt; !got.Equal(before.Add(48 * time.Hour)) {
		t.Errorf("due %v, want %v", got, before.Add(48*time.Hour))
	}
}

// The list's first row is the most urgent task across all jobs; enter
// opens its job at that item.
func TestMostUrgentOpensAtItsItem(t *testing.T) {
	store := newStore(t)
	addJob(t, store, "Globex Corporation", "Site Reliability Engineer", testNow.AddDate(0, 0, -14))
	m := loaded(t, store, 80, 24)
	if !strings.Contains(string(render(m)), "Next up · Globex Corporation") {
		t.Fatalf("no most urgent task on the list:\n%s", render(m))
	}
	next, cmd := m.Update(keyPress("enter"))
	open, ok := cmd().(openJobMsg)
	if !ok || open.item != "notes-discussed" {
		t.Fatalf("enter asked for %+v", open)
	}
	next, cmd = next.(Model).Update(open)
	m = update(next.(Model), cmd())
	if m.check.list.current().ID != "notes-discussed" || m.check.phase != checklist.After {
		t.Errorf("opened at %+v", m.check.list.current())
	}
}

// A round coming up that is not yet prepared comes before any task: the
// first row names it, with how much is left, and enter opens its job at
// the first thing still to do.
func TestNextUpNamesTheRoundToPrepare(t *testing.T) {
	store, j := sampleStore(t)
	m := loaded(t, store, 100, 24)
	screen := string(render(m))
	if !strings.Contains(screen, "Next up · Acme Corp") || !strings.Contains(screen, "Interview at Acme Corp in 14 h · 32 left to prepare") {
		t.Fatalf("the first row does not name the round to prepare:\n%s", screen)
	}
	_, cmd := m.Update(keyPress("enter"))
	if open, ok := cmd().(openJobMsg); !ok || open.id != j.ID || open.item != "news" {
		t.Fatalf("enter asked for %+v, want %s at its first open item", open, j.ID)
	}
}

func TestStatusFromTheList(t *testing.T) {
	store, j := sampleStore(t)
	m := loaded(t, store, 80, 24)
	m = send(m, "j", "s", "o")
	next, cmd := m.Update(keyPress("enter"))
	m = next.(Model)
	if got := m.list.jobs[0].Job; got.ID != j.ID || got.Status != checklist.Offer {
		t.Fatalf("job on the list: %s %s", got.ID, got.Status)
	}
	if !strings.Contains(string(render(m)), "Backend Engineer · offer") {
		t.Errorf("the list does not show the offer:\n%s", render(m))
	}
	if cmd == nil {
		t.Fatal("the new status is not sent to be saved")
	}
}

// A no picked on the list asks for the likely reason next, as the
// checklist's s does; the reason ticks its item, and esc leaves it unsaid.
func TestRejectedFromTheListAsksTheReason(t *testing.T) {
	store, j := sampleStore(t)
	m := settleKeys(loaded(t, store, 80, 24), "j", "s", "r", "enter")
	if got := m.list.jobs[0].Job; got.ID != j.ID || got.Status != checklist.Rejected {
		t.Fatalf("job on the list: %s %s", got.ID, got.Status)
	}
	if screen := string(render(m)); !strings.Contains(screen, "The likely reason") {
		t.Fatalf("a no on the list does not ask for the likely reason:\n%s", screen)
	}
	m = settleKeys(m, "f", "enter")
	saved, err := store.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Reason == nil || saved.Reason.Code != checklist.ReasonCode("filled-internally") || !saved.Item(checklist.ReasonItem).Done {
		t.Errorf("saved reason %+v, item done %v", saved.Reason, saved.Item(checklist.ReasonItem).Done)
	}
	if screen := string(render(m)); strings.Contains(screen, "The likely reason") {
		t.Errorf("the reason's list stays open:\n%s", screen)
	}
}

// A click on a job opens it, the wheel moves through the list, and ctrl+z
// suspends the app.
func TestListMouseAndSuspend(t *testing.T) {
	store, j := sampleStore(t)
	m := loaded(t, store, 80, 24)
	m = update(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if sel := m.list.selected(); sel == nil || sel.ID != j.ID {
		t.Fatalf("the wheel did not move to Acme's row: %+v", sel)
	}
	// Acme's row is the second: after the title, the "Next up" row and a gap
	_, cmd := m.Update(tea.MouseClickMsg{X: 10, Y: 5, Button: tea.MouseLeft})
	if open, ok := cmd().(openJobMsg); !ok || open.id != j.ID {
		t.Fatalf("a click on Acme's row asked for %#v", cmd())
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Fatalf("ctrl+z gave %#v", cmd())
	}
}

// The checklist's header keeps the company whole at 80 columns, however
// long the reason for a no and the round's name: they give way first.
func TestHeaderKeepsTheCompany(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Initech Global Solutions", "Senior Site Reliability Engineer", testNow.Add(-21*24*time.Hour))
	j, err := store.Apply(j.ID,
		checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{Name: "Final onsite with the leadership team",
			Format: checklist.InPerson, At: testNow.Add(-21 * 24 * time.Hour)}},
		checklist.SetStatus{Status: checklist.Rejected, At: testNow.Add(-14 * 24 * time.Hour)},
		checklist.SetReason{Reason: &checklist.Reason{Code: checklist.MoreExperience}})
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{60, 80, 120} {
		m := settle(loaded(t, store, width, 24), jobLoadedMsg{job: j})
		if m.screen == reviewScreen {
			m = settleKeys(m, "v")
		}
		if m.screen != checklistScreen {
			t.Fatalf("the job did not open on its checklist:\n%s", render(m))
		}
		first := strings.Split(string(render(m)), "\n")[0]
		if !strings.Contains(first, "Initech Global Solutions") || !strings.Contains(first, "rejected") {
			t.Errorf("at %d columns the header reads %q; want the company and the status", width, first)
		}
		if width == 120 && !strings.Contains(first, "Another candidate") {
			t.Errorf("at 120 columns the header leaves out the reason: %q", first)
		}
	}
}
