package ui

import (
	"reflect"
	"time"

	tea "charm.land/bubbletea/v2"
)

// settle hands the model a message and then every message its commands
// bring back, as the program would, until none is left. A command that
// does not answer at once (a timer, the countdown) is dropped.
func settle(m Model, msg tea.Msg) Model {
	queue := []tea.Msg{msg}
	for len(queue) > 0 && len(queue) < 1000 {
		next, cmd := m.Update(queue[0])
		m = next.(Model)
		queue = append(queue[1:], runCmd(cmd)...)
	}
	return m
}

// settleKeys types keys one after another and lets each one's work finish.
func settleKeys(m Model, keys ...string) Model {
	for _, k := range keys {
		m = settle(m, keyPress(k))
	}
	return m
}

// waitForCmd is how long a command is given to answer. Saves take a few
// milliseconds, many more on a loaded machine under the race detector. It
// is shorter than every timer the app and its components set (the
// cursor's blink, at 530 ms, is the shortest), so a timer never answers in
// time and is dropped, rather than setting off the next.
const waitForCmd = 400 * time.Millisecond

func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	return runCmds([]tea.Cmd{cmd}, time.Now().Add(waitForCmd))
}

// runCmds runs commands side by side, as the program does, and gathers in
// order the messages of those that answer by the deadline. Those of a
// batch run side by side too; those of a sequence one after another.
func runCmds(cmds []tea.Cmd, deadline time.Time) []tea.Msg {
	answers := make([]chan tea.Msg, len(cmds))
	for i, c := range cmds {
		answers[i] = make(chan tea.Msg, 1)
		go func() { answers[i] <- c() }()
	}
	var out []tea.Msg
	for _, answer := range answers {
		select {
		case msg := <-answer:
			out = append(out, expand(msg, deadline)...)
		case <-time.After(time.Until(deadline)):
		}
	}
	return out
}

func expand(msg tea.Msg, deadline time.Time) []tea.Msg {
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		return runCmds(msg, deadline)
	}
	// tea.Sequence's message is a list of commands to run in order.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runCmds([]tea.Cmd{v.Index(i).Interface().(tea.Cmd)}, time.Now().Add(waitForCmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}
