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

func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(200 * time.Millisecond):
		return nil
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmd(c)...)
		}
		return out
	case tea.QuitMsg:
		return nil
	}
	// tea.Sequence's message is a list of commands to run in order.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runCmd(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}
