package ui

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// stopSignals are the ways a program is told to end from outside: ctrl+c
// where the terminal is not in raw mode, kill, and the terminal closing.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// frameRate is how many times a second, at most, the screen is drawn: the
// most Bubble Tea allows. Bubble Tea draws the first frame one period
// after it starts, so at its usual 60 the app showed nothing for its first
// 17 ms, half its time to the first frame; a keypress shows sooner too.
const frameRate = 120

// warmWidths measures a character past ASCII the way Bubble Tea's renderer
// does until the terminal says it knows Unicode: the first such measure
// fills go-runewidth's tables, 2 ms of work that would otherwise come
// between Bubble Tea's first tick and the first frame. Run from Init, it
// is done while the first tick is awaited.
func warmWidths() tea.Msg {
	ansi.WcWidth.StringWidth("…")
	return nil
}

// stopMsg is a stop signal, handed to the app so it can save first.
type stopMsg struct{}

// stopGrace is how long a signalled app waits for its saves to finish.
const stopGrace = 3 * time.Second

// Run starts the app in the terminal and returns when it quits. Whatever
// way it ends, text still open in a box or form is kept as a draft, for
// the next start to offer back.
func Run(cfg Config) error {
	cfg.FollowFolder = true
	p := tea.NewProgram(New(cfg), tea.WithoutSignalHandler(), tea.WithFPS(frameRate))
	// The signals are asked for beside the program's start: the first
	// signal.Notify takes most of a millisecond, which came before the
	// first frame. A signal in that millisecond takes its default action,
	// as one just before the program started would.
	signals := make(chan os.Signal, 1)
	listening := make(chan struct{})
	go func() {
		signal.Notify(signals, stopSignals...)
		close(listening)
		for range signals {
			p.Send(stopMsg{})
		}
	}()
	final, err := p.Run()
	<-listening
	signal.Stop(signals)
	close(signals)
	if m, ok := final.(Model); ok {
		m.keepTyped()
	}
	return err
}

// stop ends the app for a signal: text being typed stays in its box, to be
// kept as a draft once the program has ended, and the changes already made
// are saved if the disk lets them within stopGrace.
func (m Model) stop() (tea.Model, tea.Cmd) {
	next, cmd := m.quit()
	if next.(Model).quitting {
		cmd = tea.Batch(cmd, tea.Tick(stopGrace, func(time.Time) tea.Msg { return tea.QuitMsg{} }))
	}
	return next, cmd
}

// keepTyped writes a draft of the text open when the program ended.
func (m Model) keepTyped() {
	if d := m.typed(); d != nil {
		d.SavedAt = m.sh.now()
		_ = m.sh.store.SaveDraft(*d)
	}
}
