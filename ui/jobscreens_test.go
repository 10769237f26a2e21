package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/prep-cli/prep/checklist"
)

// The checklist, the night-before card and the look back show one job:
// the cursor and the tab stay where they were as the person goes between
// them, and the night before always opens on Before.
func TestJobScreensShareTheCursor(t *testing.T) {
	m, v := opened(t, 80, 24)
	m = send(m, "tab", "j", "j")
	item := v.list.current().ID
	m = send(m, "v")
	if m.screen != reviewScreen {
		t.Fatalf("v went to screen %d, not the look back", m.screen)
	}
	m = send(m, "v")
	if m.screen != checklistScreen || v.phase != checklist.After || v.list.current().ID != item {
		t.Fatalf("back from the look back: screen %d, tab %s, item %s; want the checklist on After at %s",
			m.screen, v.phase, v.list.current().ID, item)
	}
	m = send(m, "t")
	if m.screen != tonightScreen || m.tonight.phase != checklist.Before {
		t.Fatalf("t went to screen %d on %s, want the night-before card on Before", m.screen, m.tonight.phase)
	}
	if screen := string(render(m)); !strings.Contains(screen, "in 14 h") {
		t.Errorf("the night-before card is not on screen:\n%s", screen)
	}
}

// The details form goes back to the screen it was opened from, whether it
// was left with esc or its details were saved.
func TestDetailsFormGoesBackWhereItCameFrom(t *testing.T) {
	store, j := sampleStore(t)
	m := update(loaded(t, store, 80, 24), jobLoadedMsg{job: j})
	m = update(m, editDetailsMsg{what: jobDetails})
	if m.screen != formScreen {
		t.Fatalf("the details form did not open: screen %d", m.screen)
	}
	m = update(m, backToChecklistMsg{})
	if m.screen != tonightScreen {
		t.Fatalf("esc on the form went to screen %d, not back to the night-before card", m.screen)
	}
	m = update(update(m, editDetailsMsg{what: jobDetails}), detailsChosenMsg{edit: checklist.SetJobDetails{
		Details: checklist.JobDetails{Company: "Acme Corp", Role: "Staff Engineer"}}})
	if m.screen != tonightScreen || m.open.job.Role != "Staff Engineer" {
		t.Fatalf("after saving the form: screen %d, role %q", m.screen, m.open.job.Role)
	}
	if screen := string(render(m)); !strings.Contains(screen, "Acme Corp · Staff Engineer") {
		t.Errorf("the new role is not on the card:\n%s", screen)
	}
}

// The night before shows only what is left, so f has nothing to hide
// there and is not offered; nor is t named for the card it is on.
func TestTonightOffersNoHideKey(t *testing.T) {
	store, j := sampleStore(t)
	m := send(update(loaded(t, store, 120, 40), jobLoadedMsg{job: j}), "?")
	if screen := string(render(m)); strings.Contains(screen, "hide done") || strings.Contains(screen, "tonight") ||
		!strings.Contains(screen, "checklist") {
		t.Errorf("the night before's full help:\n%s", screen)
	}
}

// The wheel moves through the look back as the arrows do.
func TestWheelScrollsTheLookBack(t *testing.T) {
	store, j := finishedStore(t)
	m := update(loaded(t, store, 60, 16), jobLoadedMsg{job: j})
	top := string(render(m))
	m = update(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.review.offset != 1 || string(render(m)) == top {
		t.Fatalf("the wheel did not scroll the look back: offset %d", m.review.offset)
	}
	m = update(m, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if string(render(m)) != top {
		t.Errorf("the wheel up did not come back to the top")
	}
}

// A section titled in wide characters lines its count up with the others
// in the look back: padding counts cells, not characters.
func TestLookBackLinesUpWideTitles(t *testing.T) {
	store, j := finishedStore(t)
	j.Sections[0].Title = "企業研究とその業界"
	m := update(loaded(t, store, 120, 40), jobLoadedMsg{job: j})
	if m.screen != reviewScreen {
		t.Fatalf("opened on screen %d, not the look back", m.screen)
	}
	columns := map[string]int{}
	for _, line := range m.review.lines() {
		line = ansi.Strip(line)
		for _, s := range j.Sections[:2] {
			if strings.HasPrefix(strings.TrimSpace(line), s.Title) {
				p := s.Progress()
				after := strings.Index(line, s.Title) + len(s.Title)
				count := after + strings.Index(line[after:], fmt.Sprintf("%d/%d", p.Done, p.Total))
				columns[s.Title] = ansi.StringWidth(line[:count])
			}
		}
	}
	if len(columns) != 2 {
		t.Fatalf("the look back lacks a section's line: %v\n%s", columns, strings.Join(m.review.lines(), "\n"))
	}
	if wide, plain := columns[j.Sections[0].Title], columns[j.Sections[1].Title]; wide != plain {
		t.Errorf("the counts start at cell %d after the wide title and at cell %d after the plain one", wide, plain)
	}
}

// Nothing to undo is news, not a failure: it is no error and has no ✗.
func TestNothingToUndoIsANotice(t *testing.T) {
	m, _ := opened(t, 80, 24)
	m = settleKeys(m, "u")
	screen := string(render(m))
	if m.err != nil || m.notice != "Nothing to undo." || strings.Contains(screen, "✗") ||
		!strings.Contains(screen, "Nothing to undo.") {
		t.Errorf("after u with nothing done: error %v, notice %q\n%s", m.err, m.notice, screen)
	}
}

// The job list and the form are drawn in the app's own colours, on a dark
// terminal and on a light one: the list's title on the accent, the form's
// field titles in it.
func TestListAndFormUseTheAppsColours(t *testing.T) {
	store, _ := sampleStore(t)
	for name, bg := range map[string]color.Color{"dark": color.Black, "light": color.White} {
		t.Run(name, func(t *testing.T) {
			m := update(loaded(t, store, 80, 24), tea.BackgroundColorMsg{Color: bg})
			r, g, b, _ := m.sh.styles.Section.GetForeground().RGBA()
			accent := fmt.Sprintf("2;%d;%d;%d", r>>8, g>>8, b>>8)
			if list := m.View().Content; !strings.Contains(list, "48;"+accent) {
				t.Errorf("the list's title is not on the accent %s:\n%q", accent, list)
			}
			if form := update(m, newJobMsg{}).View().Content; !strings.Contains(form, "38;"+accent+"mCompany") {
				t.Errorf("the form's field titles are not in the accent %s:\n%q", accent, form)
			}
		})
	}
}
