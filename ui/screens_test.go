package ui

import (
	"fmt"
	"image/color"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// update hands the model one message and keeps the result; commands are
// left unrun, so the test decides what the disk answers.
func update(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// render renders the model as a person would see it, without colour.
func render(m Model) []byte {
	return []byte(ansi.Strip(m.View().Content))
}

var sizes = []struct{ w, h int }{{60, 16}, {80, 24}, {120, 40}}

// sampleStore holds an interview tomorrow morning with some of the
// research done, and one from two weeks ago.
func sampleStore(t *testing.T) (*data.Store, checklist.Job) {
	t.Helper()
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour), "Dana Lee", "Sam Ng")
	at := testNow.Add(-2 * time.Hour)
	for _, id := range []string{"industry-trends", "challenges", "mission", "leadership-team"} {
		if _, err := store.Apply(j.ID, checklist.SetDone{ItemID: id, Done: true, At: &at}); err != nil {
			t.Fatal(err)
		}
	}
	addJob(t, store, "Globex Corporation", "Site Reliability Engineer", testNow.AddDate(0, 0, -14))
	j, err := store.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	return store, j
}

func loaded(t *testing.T, store *data.Store, w, h int) Model {
	t.Helper()
	m := update(New(testConfig(store)), tea.WindowSizeMsg{Width: w, Height: h})
	return update(m, loadJobs(store, 0)())
}

func TestJobListScreen(t *testing.T) {
	store, _ := sampleStore(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			golden.RequireEqual(t, render(loaded(t, store, sz.w, sz.h)))
		})
	}
}

func TestEmptyJobListScreen(t *testing.T) {
	golden.RequireEqual(t, render(loaded(t, newStore(t), 80, 24)))
}

func TestChecklistScreen(t *testing.T) {
	store, j := sampleStore(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			m := update(loaded(t, store, sz.w, sz.h), jobLoadedMsg{job: j})
			m = send(m, "t", "j")
			golden.RequireEqual(t, render(m))
		})
		t.Run(fmt.Sprintf("after-%dx%d", sz.w, sz.h), func(t *testing.T) {
			m := update(loaded(t, store, sz.w, sz.h), jobLoadedMsg{job: j})
			m = send(m, "t", "tab")
			golden.RequireEqual(t, render(m))
		})
	}
}

func TestFullHelp(t *testing.T) {
	store, j := sampleStore(t)
	m := update(loaded(t, store, 80, 24), jobLoadedMsg{job: j})
	m = send(m, "t", "?")
	golden.RequireEqual(t, render(m))
}

// Full help belongs to the screen it was asked on: going to another
// screen closes it, so that screen shows its own short help line.
func TestFullHelpClosesOnAnotherScreen(t *testing.T) {
	store, j := sampleStore(t)
	m := settleKeys(loaded(t, store, 80, 24), "?")
	if !m.help.ShowAll {
		t.Fatal("? did not open the full help")
	}
	m = settleKeys(settle(m, jobLoadedMsg{job: j}), "t")
	if m.help.ShowAll {
		t.Errorf("the full help of the list stays open on the checklist:\n%s", render(m))
	}
	m = settleKeys(m, "?", "esc")
	if m.screen != listScreen || m.help.ShowAll {
		t.Errorf("back on the list, screen %d, the checklist's full help open %v", m.screen, m.help.ShowAll)
	}
}

func TestNewJobFormScreen(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			m := update(loaded(t, newStore(t), sz.w, sz.h), newJobMsg{})
			golden.RequireEqual(t, render(m))
		})
	}
}

func sizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// TestEveryScreen draws each screen, and each box drawn over one, at the
// smallest size the app supports, the usual one and a large one.
func TestEveryScreen(t *testing.T) {
	screens := []struct {
		name string
		make func(t *testing.T, w, h int) Model
	}{
		{"empty-list", func(t *testing.T, w, h int) Model { return loaded(t, newStore(t), w, h) }},
		{"list-help", func(t *testing.T, w, h int) Model {
			store, _ := sampleStore(t)
			return send(loaded(t, store, w, h), "?")
		}},
		{"list-status", func(t *testing.T, w, h int) Model {
			store, _ := sampleStore(t)
			return send(loaded(t, store, w, h), "j", "s")
		}},
		{"list-delete", func(t *testing.T, w, h int) Model {
			store, _ := sampleStore(t)
			return send(loaded(t, store, w, h), "j", "d")
		}},
		{"checklist-help", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			return send(update(loaded(t, store, w, h), jobLoadedMsg{job: j}), "t", "?")
		}},
		{"note-editor", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			return typeInto(send(update(loaded(t, store, w, h), jobLoadedMsg{job: j}), "t", "e"), "CEO: Ada")
		}},
		{"reason", func(t *testing.T, w, h int) Model {
			store, j := finishedStore(t)
			return send(update(loaded(t, store, w, h), jobLoadedMsg{job: j}), "v", "s", "r", "enter")
		}},
		{"hide-done", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			return send(update(loaded(t, store, w, h), jobLoadedMsg{job: j}), "t", "f")
		}},
		{"late-and-due", func(t *testing.T, w, h int) Model {
			store := newStore(t)
			j := addJob(t, store, "Umbrella", "QA Lead", testNow.Add(-20*time.Hour), "Ada Wong")
			at := testNow.Add(-19 * time.Hour)
			j, err := store.Apply(j.ID, checklist.SetDone{ItemID: "notes-discussed", Done: true, At: &at})
			if err != nil {
				t.Fatal(err)
			}
			return update(loaded(t, store, w, h), jobLoadedMsg{job: j})
		}},
		{"wide-text", func(t *testing.T, w, h int) Model {
			store := newStore(t)
			j := addJob(t, store, "株式会社ミライ 🚀", "エンジニア", testNow.AddDate(0, 1, 0), "山田 花子")
			m := loaded(t, store, w, h)
			return send(update(m, jobLoadedMsg{job: j}), "tab")
		}},
		{"wide-list", func(t *testing.T, w, h int) Model {
			store := newStore(t)
			addJob(t, store, "株式会社ミライ 🚀 with a name long enough to be cut short", "エンジニア", testNow.AddDate(0, 1, 0))
			addJob(t, store, "Café Müller", "Barista ☕", testNow.AddDate(0, 0, 2))
			return loaded(t, store, w, h)
		}},
		{"details-form", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			m := send(update(loaded(t, store, w, h), jobLoadedMsg{job: j}), "t")
			return update(m, editDetailsMsg{})
		}},
	}
	for _, sc := range screens {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", sc.name, sz.w, sz.h), func(t *testing.T) {
				golden.RequireEqual(t, render(sc.make(t, sz.w, sz.h)))
			})
		}
	}
}

// The app asks the terminal for its background and draws with colours made
// for it: dark text on a light terminal, light text on a dark one.
func TestStylesFollowTheBackground(t *testing.T) {
	store, _ := sampleStore(t)
	m := loaded(t, store, 80, 24)
	dark := m.View().Content
	m = update(m, tea.BackgroundColorMsg{Color: color.White})
	if m.sh.styles.IsDark {
		t.Fatal("a white background was taken for a dark one")
	}
	light := m.View().Content
	if light == dark {
		t.Fatal("the screen looks the same on a light background")
	}
	if ansi.Strip(light) != ansi.Strip(dark) {
		t.Error("the words changed with the background, not just the colours")
	}
}
