package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// interviewed is the app open at an item of a job whose interview with
// Dana Lee was two days ago, the notes on what was discussed written.
func interviewed(t *testing.T, item string) (Model, *data.Store) {
	t.Helper()
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.AddDate(0, 0, -2), "Dana Lee")
	apply(t, store, j.ID, checklist.SetNote{ItemID: "notes-discussed", Note: "Their move to event sourcing\nthe on-call rota"})
	j, err := store.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	m := update(loaded(t, store, 80, 24), jobLoadedMsg{job: j, item: item})
	if m.screen != checklistScreen || m.check.list.current().ID != item {
		t.Fatalf("the job did not open at %s", item)
	}
	return m, store
}

// run runs a command and those it batches, and returns their messages; it
// must only be given commands that do not wait.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

func TestWriteAThankYouDraft(t *testing.T) {
	m, _ := interviewed(t, "thank-interviewers-dana-lee")
	m = send(m, "w")
	l := m.check.list
	if l.editor == nil || l.editor.kind != editNote {
		t.Fatal("w opened no note editor")
	}
	draft := l.editor.Value()
	for _, want := range []string{"Dear Dana,", "Backend Engineer role at Acme Corp", "our conversation about their move to event sourcing."} {
		if !strings.Contains(draft, want) {
			t.Errorf("the draft lacks %q:\n%s", want, draft)
		}
	}
	if view := string(render(m)); !strings.Contains(view, "prep never sends it") {
		t.Errorf("the editor does not say the draft stays here:\n%s", view)
	}
	m = send(m, "esc")
	if got := m.check.job.Item("thank-interviewers-dana-lee").Note; got != draft {
		t.Errorf("the note saved is %q, want the draft", got)
	}
	if len(m.sh.made) != 0 || !m.saver.unsaved() {
		t.Error("the draft was not handed on to be saved")
	}
}

func TestADraftGoesAfterANoteAlreadyWritten(t *testing.T) {
	m, _ := interviewed(t, "thank-interviewers-dana-lee")
	m = send(m, "e")
	m.check.list.editor.area.SetValue("Mention the rota.")
	m = send(m, "esc", "w")
	got := m.check.list.editor.Value()
	if !strings.HasPrefix(got, "Mention the rota.\n\nDear Dana,") {
		t.Errorf("the draft took the note's place:\n%s", got)
	}
	if m.check.list.editor.was != "Mention the rota." {
		t.Errorf("the editor writes over %q", m.check.list.editor.was)
	}
}

func TestNoDraftOnOtherItems(t *testing.T) {
	m, _ := interviewed(t, "notes-discussed")
	next, cmd := m.Update(keyPress("w"))
	if next.(Model).check.list.editor != nil {
		t.Error("w opened the editor on an item that is not a thank-you")
	}
	if msgs := run(cmd); len(msgs) != 1 || !strings.Contains(fmt.Sprint(msgs[0]), "thank-you item") {
		t.Errorf("w says %v", msgs)
	}
	if help := m.check.list.learnKeys(); help.Draft.Enabled() || !help.Copy.Enabled() {
		t.Error("the help offers w on an item that is not a thank-you, or not y on one with a note")
	}
}

func TestCopyANoteToTheClipboard(t *testing.T) {
	m, _ := interviewed(t, "notes-discussed")
	_, cmd := m.Update(keyPress("y"))
	msgs := run(cmd)
	copied := slices.ContainsFunc(msgs, func(msg tea.Msg) bool {
		return fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" && fmt.Sprint(msg) == "Their move to event sourcing\nthe on-call rota"
	})
	if !copied || !slices.Contains(msgs, tea.Msg(noticeMsg{text: "Note copied to the clipboard."})) {
		t.Errorf("y gave %#v", msgs)
	}
	m = send(m, "j")
	_, cmd = m.Update(keyPress("y"))
	if msgs := run(cmd); len(msgs) != 1 || msgs[0] != (noticeMsg{text: "This item has no note to copy yet."}) {
		t.Errorf("y on an item without a note gave %#v", msgs)
	}
}

// storyBank is the app on the story bank of a job, at its stories item,
// the bank read.
func storyBank(t *testing.T, store *data.Store, j checklist.Job, w, h int) Model {
	t.Helper()
	m := update(loaded(t, store, w, h), jobLoadedMsg{job: j, item: "value-stories"})
	_, cmd := m.Update(keyPress("o"))
	if msgs := run(cmd); len(msgs) != 1 || msgs[0] != (showStoriesMsg{}) {
		t.Fatalf("o gave %v", msgs)
	}
	m = update(m, showStoriesMsg{})
	if m.screen != storiesScreen {
		t.Fatalf("the story bank is not on show: screen %d", m.screen)
	}
	return update(m, loadStories(store, m.stories.gen)())
}

func TestWriteAStoryAndUseIt(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	m := storyBank(t, store, j, 80, 24)
	if view := string(render(m)); !strings.Contains(view, "No stories yet. Press n") {
		t.Errorf("an empty bank says:\n%s", view)
	}
	m = send(m, "n")
	m.stories.form.editor.line.SetValue("A launch that slipped")
	m = send(m, "enter")
	m.stories.form.editor.area.SetValue("The launch was late.")
	m = send(m, "esc", "esc", "esc", "esc") // situation kept; task, action and result skipped
	m.stories.form.editor.line.SetValue("ownership, failure")
	next, cmd := m.Update(keyPress("enter"))
	m = next.(Model)
	if m.stories.form != nil {
		t.Fatal("the form is still open after its last part")
	}
	msgs := run(cmd)
	if len(msgs) != 1 {
		t.Fatalf("saving the story gave %v", msgs)
	}
	m = update(m, msgs[0])
	want := []string{"a-launch-that-slipped"}
	if !slices.Equal(m.stories.job.Stories, want) || !slices.Equal(m.check.job.Stories, want) {
		t.Errorf("the new story is not used for the job: %v", m.stories.job.Stories)
	}
	stories, problems, err := store.Stories()
	if err != nil || len(problems) > 0 || len(stories) != 1 || stories[0].Situation != "The launch was late." ||
		stories[0].Task != "" || !slices.Equal(stories[0].Tags, []string{"ownership", "failure"}) {
		t.Errorf("the bank holds %+v (%v, %v)", stories, problems, err)
	}
	view := string(render(m))
	for _, w := range []string{"[x] A launch that slipped", "ownership, failure", "Situation", "The launch was late.", "1 story used"} {
		if !strings.Contains(view, w) {
			t.Errorf("the bank lacks %q:\n%s", w, view)
		}
	}
	m = send(m, "space")
	if len(m.stories.job.Stories) != 0 {
		t.Errorf("space did not let the story go: %v", m.stories.job.Stories)
	}
	_, cmd = m.Update(keyPress("esc"))
	if msgs := run(cmd); len(msgs) != 1 || msgs[0] != (showJobScreenMsg{screen: checklistScreen}) {
		t.Errorf("esc gave %v", msgs)
	}
}

// The story form's footer says what its keys do there: go on to the
// next part, and save the story at the last; it writes no note.
func TestStoryFormFooter(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	m := send(storyBank(t, store, j, 80, 24), "n")
	footer := func() string {
		lines := strings.Split(strings.TrimRight(string(render(m)), "\n "), "\n")
		return lines[len(lines)-1]
	}
	if f := footer(); !strings.Contains(f, "enter next part") {
		t.Errorf("on the title the footer reads %q", f)
	}
	m.stories.form.editor.line.SetValue("A launch that slipped")
	m = send(m, "enter")
	if f := footer(); strings.Contains(f, "note") || !strings.Contains(f, "ctrl+s/esc next part") {
		t.Errorf("on the situation the footer reads %q", f)
	}
	m = send(m, "esc", "esc", "esc", "esc")
	if f := footer(); !strings.Contains(f, "enter save story") {
		t.Errorf("on the tags the footer reads %q", f)
	}
}

func TestAStoryLeftWithoutATitleIsNotKept(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	m := send(storyBank(t, store, j, 80, 24), "n", "enter")
	if m.stories.form != nil {
		t.Error("the form went on without a title")
	}
	m = send(m, "n", "esc")
	if m.stories.form != nil || m.screen != storiesScreen {
		t.Error("esc on the title did not drop the story")
	}
	if _, err := os.Stat(store.StoriesDir()); err == nil {
		t.Error("a story was written")
	}
}

// A story the job used that is gone from the bank is shown as gone and
// can be let go; a story file that cannot be read is named; a story's
// hostile text is drawn inert.
func TestStoryBankOfAGoneStoryAndHostileText(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	apply(t, store, j.ID, checklist.LinkStory{StoryID: "old-story", Linked: true})
	j, _ = store.Load(j.ID)
	if _, err := store.AddStory(checklist.StoryDetails{Title: hostileTexts[0], Situation: hostileTexts[3], Tags: hostileTexts[1]}, testNow); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(store.StoriesDir(), "cut.json"), []byte(`{"version": 1,`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, sz := range sizes {
		m := storyBank(t, store, j, sz.w, sz.h)
		frame := m.View().Content
		view := ansi.Strip(frame)
		if strings.Contains(frame, "\x1b]") || strings.ContainsAny(frame, "\a\u202e\r\x00") {
			t.Errorf("%dx%d: hostile text reached the terminal: %q", sz.w, sz.h, frame)
		}
		for _, w := range []string{"Evil", "old-story · gone from the story bank", "cut.json could not be read"} {
			if !strings.Contains(view, w) {
				t.Errorf("%dx%d: the bank lacks %q:\n%s", sz.w, sz.h, w, view)
			}
		}
		if got := strings.Count(view, "\n") + 1; got != sz.h {
			t.Errorf("%dx%d: %d lines drawn", sz.w, sz.h, got)
		}
		if sz.w == 80 {
			golden.RequireEqual(t, []byte(view))
		}
	}
	m := send(storyBank(t, store, j, 80, 24), "j", "space")
	if len(m.stories.job.Stories) != 0 {
		t.Errorf("the gone story could not be let go: %v", m.stories.job.Stories)
	}
}

// The night-before card recalls the latest lessons of other jobs, read
// from their files once it is on show.
func TestTonightRecallsEarlierLessons(t *testing.T) {
	store := threeJobs(t)
	m, found := openForLessons(t, store, "Initech")
	if m.screen != tonightScreen {
		t.Fatalf("the job of tomorrow opened on screen %d", m.screen)
	}
	if strings.Contains(string(render(m)), "Last time") {
		t.Fatalf("lessons on the card before they were read:\n%s", render(m))
	}
	m = update(m, found)
	view := string(render(m))
	if !strings.Contains(view, "Last time: Have a story about a failure ready.") || strings.Contains(view, "Draw the design") {
		t.Errorf("the card does not recall the first line of the last lesson:\n%s", view)
	}
	acme := jobNamed(t, store, "Acme")
	if own := findEarlierLessons(store, acme.ID, 0)().(lessonsFoundMsg); own.lessons != nil {
		t.Errorf("a job recalls its own lessons: %v", own.lessons)
	}
	// Lessons read for a job since closed are not put on another's card.
	again, stale := openForLessons(t, store, "Initech")
	again = update(again, jobLoadedMsg{job: acme, gen: again.going})
	if again = update(again, stale); again.tonight.earlier != nil {
		t.Errorf("lessons read for Initech went on Acme's card: %v", again.tonight.earlier)
	}
}

// openForLessons opens the job of the company on the night-before card
// and gives the lessons the card asked for, not yet delivered.
func openForLessons(t *testing.T, store *data.Store, company string) (Model, tea.Msg) {
	t.Helper()
	next, cmd := loaded(t, store, 80, 24).Update(jobLoadedMsg{job: jobNamed(t, store, company)})
	for _, msg := range runNow(cmd) {
		if found, ok := msg.(lessonsFoundMsg); ok {
			return next.(Model), found
		}
	}
	t.Fatalf("opening %s on the night-before card asked for no lessons", company)
	return Model{}, nil
}

func jobNamed(t *testing.T, store *data.Store, company string) checklist.Job {
	t.Helper()
	jobs, _, err := store.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs {
		if strings.HasPrefix(j.Company, company) {
			return j
		}
	}
	t.Fatalf("no job of %s", company)
	return checklist.Job{}
}

// ctrl+c while a story is being written saves it as far as it goes,
// then quits.
func TestQuittingKeepsTheStoryBeingWritten(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	m := send(storyBank(t, store, j, 80, 24), "n")
	m.stories.form.editor.line.SetValue("Half a story")
	m = send(m, "enter")
	m.stories.form.editor.area.SetValue("Where it began.")
	_, cmd := m.Update(keyPress("ctrl+c"))
	if cmd == nil || m.stories.form != nil {
		t.Fatal("ctrl+c left the story open")
	}
	// A sequence: the save, then the quit.
	steps := reflect.ValueOf(cmd())
	if steps.Kind() != reflect.Slice || steps.Len() != 2 {
		t.Fatalf("ctrl+c gave %T", cmd())
	}
	added, ok := steps.Index(0).Interface().(tea.Cmd)().(storyAddedMsg)
	if !ok || added.err != nil || added.story.Title != "Half a story" || added.story.Situation != "Where it began." {
		t.Fatalf("the first step gave %+v", added)
	}
	if _, ok := steps.Index(1).Interface().(tea.Cmd)().(quitMsg); !ok {
		t.Error("the second step does not quit")
	}
	if stories, _, _ := store.Stories(); len(stories) != 1 {
		t.Errorf("the bank holds %d stories", len(stories))
	}
}

// A story saved after the person left the bank is still used for the job
// it was written for, and never for a job opened since.
func TestAStorySavedLaterGoesToItsJob(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	m := send(storyBank(t, store, j, 80, 24), "n")
	m.stories.form.editor.line.SetValue("Late story")
	m = send(m, "enter", "esc", "esc", "esc", "esc")
	_, cmd := m.Update(keyPress("enter"))
	added := run(cmd)
	m = update(send(m, "esc"), showJobScreenMsg{screen: checklistScreen})
	m = update(m, added[0])
	if !slices.Equal(m.check.job.Stories, []string{"late-story"}) {
		t.Errorf("the job uses %v", m.check.job.Stories)
	}
	other := addJob(t, store, "Globex", "SRE", testNow.Add(20*time.Hour))
	m = update(m, jobLoadedMsg{job: other})
	m = update(m, storyAddedMsg{story: checklist.Story{Version: 1, ID: "x", Title: "X"}, jobID: j.ID})
	if len(m.open.job.Stories) != 0 {
		t.Errorf("a story written for Acme is used for Globex: %v", m.open.job.Stories)
	}
}
