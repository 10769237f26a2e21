//go:build !windows

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// newJobDir makes a data folder holding one job, by the command line.
func newJobDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	// Four days ahead: nothing of it is due within two days, so the list
	// opens on the job itself rather than on a task to do next.
	at := time.Now().Add(96 * time.Hour).Format("2006-01-02 15:04")
	cmd := exec.Command(prepBinary, "new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", at)
	cmd.Env = append(os.Environ(), "PREP_DATA_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("prep new: %v\n%s", err, out)
	}
	return dir
}

func (term *terminal) pid() int {
	term.t.Helper()
	out, err := exec.Command("tmux", "display-message", "-p", "-t", term.name, "#{pane_pid}").Output()
	if err != nil {
		term.t.Fatalf("pane pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		term.t.Fatalf("pane pid %q: %v", out, err)
	}
	return pid
}

// waitGone waits until the process has ended. An ended process the
// terminal has not yet reaped is a zombie, still there for kill(2).
func waitGone(t *testing.T, pid int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for running(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("prep (pid %d) is still running", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// running reports whether the process is alive: there, and not a zombie.
func running(pid int) bool {
	out, err := exec.Command("ps", "-o", "stat=", "-p", strconv.Itoa(pid)).Output()
	state := strings.TrimSpace(string(out))
	return err == nil && state != "" && !strings.HasPrefix(state, "Z")
}

// draftTexts reads the drafts prep left in the data folder.
func draftTexts(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "drafts", "*.json"))
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d struct{ Text string }
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		texts = append(texts, d.Text)
	}
	return texts
}

// waitForDraft waits until prep has kept text as the draft of the note
// being typed.
func waitForDraft(t *testing.T, dir, text string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		texts := draftTexts(t, dir)
		if len(texts) == 1 && texts[0] == text {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the draft of the note is %q, want %q", texts, text)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// openNote opens the job's first item's note editor and types into it.
func openNote(term *terminal, text string) {
	term.waitFor("Acme Corp")
	term.keys("Enter")
	term.waitFor("Before 0/")
	term.keys("e")
	term.waitFor("Note on")
	term.text(text)
	term.waitFor(text)
}

// A note being typed survives every way the app can be stopped from
// outside: it is kept as a draft and offered back on the next start.
func TestNoteBeingTypedSurvivesBeingStopped(t *testing.T) {
	needTerminal(t)
	for _, tc := range []struct {
		name string
		stop func(term *terminal, pid int)
	}{
		{"SIGHUP", func(_ *terminal, pid int) { _ = syscall.Kill(pid, syscall.SIGHUP) }},
		{"SIGTERM", func(_ *terminal, pid int) { _ = syscall.Kill(pid, syscall.SIGTERM) }},
		{"SIGINT", func(_ *terminal, pid int) { _ = syscall.Kill(pid, syscall.SIGINT) }},
		{"the terminal closed", func(term *terminal, _ int) {
			_ = exec.Command("tmux", "kill-session", "-t", term.name).Run()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := newJobDir(t)
			term := start(t, dir, 100, 30)
			typed := fmt.Sprintf("Stopped by %s mid-sentence", tc.name)
			openNote(term, typed)
			pid := term.pid()
			tc.stop(term, pid)
			waitGone(t, pid)

			if texts := draftTexts(t, dir); len(texts) != 1 || texts[0] != typed {
				t.Fatalf("drafts after %s = %q, want the note being typed", tc.name, texts)
			}
			again := start(t, dir, 100, 30)
			again.waitFor("Go back to")
			again.keys("y")
			again.waitFor(typed)
			again.keys("C-s")
			again.waitFor("✎")
			again.keys("C-c")
			again.waitExit()
			if texts := draftTexts(t, dir); len(texts) != 0 {
				t.Errorf("the draft outlived its saved note: %q", texts)
			}
			if note := items(savedJob(t, dir))["industry-trends"]["note"]; note != typed {
				t.Errorf("the note saved from the draft is %q", note)
			}
		})
	}
}

// Killed outright while typing, prep loses at most the last couple of
// seconds of it.
func TestKillWhileTypingLosesOnlyTheLastMoment(t *testing.T) {
	needTerminal(t)
	dir := newJobDir(t)
	term := start(t, dir, 100, 30)
	first := "Typed well before the kill."
	openNote(term, first)
	waitForDraft(t, dir, first)
	term.text(" And this just before it.")
	pid := term.pid()
	_ = syscall.Kill(pid, syscall.SIGKILL)
	waitGone(t, pid)

	texts := draftTexts(t, dir)
	if len(texts) != 1 || !strings.HasPrefix(texts[0], first) {
		t.Fatalf("drafts after kill -9 = %q", texts)
	}
}
