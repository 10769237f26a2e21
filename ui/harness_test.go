package ui

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// testNow is the evening before the test jobs' interview.
var testNow = time.Date(2026, 11, 30, 20, 0, 0, 0, time.FixedZone("CET", 3600))

func fixedClock() time.Time { return testNow }

func testConfig(store *data.Store) Config {
	return Config{Store: store, Now: fixedClock}
}

// snapshot is what a test may look at of the running app, copied on the
// program's own goroutine so that reading it never races with Update.
type snapshot struct {
	screen screenID
	view   string
	job    checklist.Job
	jobs   int
	err    error
	// frame is the view as drawn, colours and all.
	frame string
	// field is the form field being typed in.
	field string
	// loads counts the readings of every job the program has been handed.
	loads int
}

// onJob reports whether one of the open job's screens is on show.
func (s snapshot) onJob() bool {
	return s.screen == checklistScreen || s.screen == tonightScreen || s.screen == reviewScreen || s.screen == jobPageScreen
}

// app runs the real program in a test terminal and records a snapshot
// before every message it handles.
type app struct {
	t    *testing.T
	tm   *teatest.TestModel
	mu   sync.Mutex
	last snapshot
	// pinged holds a value once a ping has been recorded, and handled once
	// any other message has: the state may have changed since the last look.
	pinged, handled chan struct{}
}

func newApp(t *testing.T) *app {
	return &app{t: t, pinged: make(chan struct{}, 1), handled: make(chan struct{}, 1)}
}

// pingMsg does nothing; sending it makes the program record its state.
type pingMsg struct{}

func startApp(t *testing.T, store *data.Store, width, height int) *app {
	t.Helper()
	return startAppWith(t, testConfig(store), width, height)
}

// startAppWith is startApp with a config of the test's own.
func startAppWith(t *testing.T, cfg Config, width, height int) *app {
	t.Helper()
	a := newApp(t)
	a.tm = teatest.NewTestModel(t, New(cfg),
		teatest.WithInitialTermSize(width, height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii), tea.WithFilter(a.record)))
	return a
}

func (a *app) record(m tea.Model, msg tea.Msg) tea.Msg {
	root, ok := m.(Model)
	if !ok {
		return msg
	}
	s := snapshot{screen: root.screen, view: ansi.Strip(root.View().Content), err: root.err,
		jobs: len(root.list.list.Items())}
	if root.open != nil {
		s.job = root.open.job.Clone()
	}
	s.frame = root.View().Content
	if root.form != nil && root.screen == formScreen {
		s.field = root.form.focused()
	}
	a.mu.Lock()
	s.loads = a.last.loads
	if _, ok := msg.(jobsLoadedMsg); ok {
		s.loads++
	}
	a.last = s
	a.mu.Unlock()
	signal := a.handled
	if _, ok := msg.(pingMsg); ok {
		signal = a.pinged
	}
	select {
	case signal <- struct{}{}:
	default:
	}
	return msg
}

// waitFor looks at the app's state each time the program has handled a
// message, until cond holds, and fails the test after a while. A ping
// shows the state after every message sent so far; the next look waits
// for the program to handle another.
func (a *app) waitFor(what string, cond func(snapshot) bool) snapshot {
	a.t.Helper()
	deadline := time.NewTimer(10 * time.Second)
	defer deadline.Stop()
	latest := func() snapshot {
		a.mu.Lock()
		defer a.mu.Unlock()
		return a.last
	}
	wait := func(ch chan struct{}) {
		a.t.Helper()
		select {
		case <-ch:
		case <-deadline.C:
			a.t.Fatalf("waiting for %s; the screen shows:\n%s", what, latest().view)
		}
	}
	for {
		a.tm.Send(pingMsg{})
		wait(a.pinged)
		if s := latest(); cond(s) {
			return s
		}
		wait(a.handled)
	}
}

func (a *app) waitForText(text string) snapshot {
	a.t.Helper()
	return a.waitFor("“"+text+"” on screen", func(s snapshot) bool { return strings.Contains(s.view, text) })
}

func (a *app) key(k string) {
	a.tm.Send(keyPress(k))
}

func (a *app) typeText(s string) {
	for _, r := range s {
		a.tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// fillForm types each field's value and waits for the form to move on.
func (a *app) fillForm(values ...string) {
	a.t.Helper()
	fields := []string{"company", "role", "when", "where", "interviewers"}
	for i, v := range values {
		a.waitFor("the "+fields[i]+" field", func(s snapshot) bool { return s.field == fields[i] })
		a.typeText(v)
		a.key("enter")
	}
}

func (a *app) quit() {
	a.t.Helper()
	a.key("ctrl+c")
	a.tm.WaitFinished(a.t, teatest.WithFinalTimeout(10*time.Second))
}

// keyPress builds the message a terminal sends for a key, named as
// Bubble Tea names it.
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// newStore returns an empty store in a fresh folder.
func newStore(t *testing.T) *data.Store {
	t.Helper()
	return data.NewStore(t.TempDir())
}

// addJob saves a job made from the default template.
func addJob(t *testing.T, store *data.Store, company, role string, at time.Time, interviewers ...string) checklist.Job {
	t.Helper()
	j, err := store.Create(data.DefaultTemplate(), checklist.Details{
		Company: company, Role: role, At: at, Where: "1 Main St, Springfield", Interviewers: interviewers,
	}, testNow.Add(-72*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return j
}
