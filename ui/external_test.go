package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

func TestEditorCommand(t *testing.T) {
	spaced := filepath.Join(t.TempDir(), "My Editor", "edit")
	if err := os.MkdirAll(filepath.Dir(spaced), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(spaced, nil, 0o700); err != nil {
		t.Fatal(err)
	}
	fallback := "vi"
	if runtime.GOOS == "windows" {
		fallback = "notepad"
	}
	tests := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"EDITOR", map[string]string{"EDITOR": "nano"}, []string{"nano", "note.txt"}},
		{"VISUAL first", map[string]string{"VISUAL": "hx", "EDITOR": "nano"}, []string{"hx", "note.txt"}},
		{"with arguments", map[string]string{"EDITOR": "code --wait"}, []string{"code", "--wait", "note.txt"}},
		{"a path with a space", map[string]string{"EDITOR": spaced}, []string{spaced, "note.txt"}},
		{"none set", nil, []string{fallback, "note.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := editorCommand(func(k string) string { return tt.env[k] }, "note.txt")
			if !slices.Equal(cmd.Args, tt.want) {
				t.Errorf("runs %q, want %q", cmd.Args, tt.want)
			}
		})
	}
}

// fakeEditor is an editor that runs the shell script body on the file it
// is given as $1.
func fakeEditor(t *testing.T, body string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in editor is a shell script")
	}
	path := filepath.Join(t.TempDir(), "editor")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body+"\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", path)
}

var ctrlE = tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl}

// openNote starts the app on the sample jobs, opens the first job in the
// list and the note box on its selected item, and gives the job's id.
func openNote(t *testing.T) (a *app, store *data.Store, job string) {
	t.Helper()
	store, _ = sampleStore(t)
	a = startApp(t, store, 100, 30)
	a.waitForText("Globex Corporation")
	// Past the round to prepare and Acme Corp, the job of two weeks ago,
	// which opens on its checklist.
	a.key("j")
	a.key("j")
	a.key("enter")
	s := a.waitFor("the checklist", func(s snapshot) bool { return s.screen == checklistScreen })
	a.key("e")
	a.waitForText("ctrl+e editor")
	return a, store, s.job.ID
}

// TestNoteInOwnEditor: ctrl+e in the note box opens the note in $EDITOR;
// what is written there comes back into the box, and is saved as a note
// typed in the box is.
func TestNoteInOwnEditor(t *testing.T) {
	fakeEditor(t, `printf 'and the CTO is Bo.\n' >> "$1"`)
	a, store, id := openNote(t)
	a.typeText("CEO: Ada, ")
	a.waitForText("CEO: Ada,")
	a.tm.Send(ctrlE)
	a.waitForText("and the CTO is Bo.")
	a.tm.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	want := "CEO: Ada, and the CTO is Bo."
	deadline := time.Now().Add(10 * time.Second)
	for {
		j, err := store.Load(id)
		if err == nil && slices.Contains(notes(j), want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the note on disk is not %q (%v)", want, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	a.quit()
}

// TestTooLongNoteFromEditor: a note longer than a note holds is not cut:
// the box keeps what it had, and the message says where the whole note
// was kept.
func TestTooLongNoteFromEditor(t *testing.T) {
	fakeEditor(t, `head -c 10001 /dev/zero | tr '\0' a > "$1"`)
	a, _, _ := openNote(t)
	a.typeText("short")
	a.waitForText("short")
	a.tm.Send(ctrlE)
	s := a.waitFor("the error", func(s snapshot) bool { return s.err != nil })
	msg := s.err.Error()
	i := strings.Index(msg, "kept in ")
	if i < 0 {
		t.Fatalf("error %q does not say where the note is", msg)
	}
	path := msg[i+len("kept in "):]
	if b, err := os.ReadFile(path); err != nil || len(b) != 10001 {
		t.Errorf("the note kept in %s: %d bytes, %v; want 10001", path, len(b), err)
	}
	os.Remove(path)
	if !strings.Contains(s.view, "short") {
		t.Errorf("the box lost what it had:\n%s", s.view)
	}
	a.quit()
}

// notes are the notes written on a job's items.
func notes(j checklist.Job) []string {
	var out []string
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			if it.Note != "" {
				out = append(out, it.Note)
			}
		}
	}
	return out
}
