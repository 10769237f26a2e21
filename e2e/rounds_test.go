//go:build !windows

package e2e

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// A second round added in the app, as a person would: R on the job, the
// form filled in, and the job shows and saves both rounds, each with its
// own checklist.
func TestASecondRoundAddedInTheApp(t *testing.T) {
	needTerminal(t)
	dir := newJobDir(t)
	term := start(t, dir, 100, 30)
	term.waitFor("Acme Corp")
	term.keys("Enter")
	term.waitFor("Before 0/")
	term.keys("R")
	term.waitFor("New round")
	term.text("Technical")
	term.keys("Enter")
	term.waitFor("How")
	term.keys("Right", "Enter")
	term.text(time.Now().Add(120*time.Hour).Format("2006-01-02") + " 14:00")
	term.keys("Enter")
	term.text("45")
	term.keys("Enter", "Enter", "Enter") // no place, and no journey to a video call
	term.text("https://meet.example.com/xyz")
	term.keys("Enter")
	term.text("Dana Lee")
	term.keys("Enter")
	term.waitFor("Round 2 of 2 · Technical")
	term.keys("i")
	term.waitFor("video call")
	term.waitFor("https://meet.example.com/xyz")
	term.keys("Escape")
	term.waitFor("Before 0/")
	term.keys("C-c")
	term.waitExit()

	j := savedJob(t, dir)
	rounds := j["rounds"].([]any)
	if len(rounds) != 2 {
		t.Fatalf("%d rounds saved, want 2", len(rounds))
	}
	r2 := rounds[1].(map[string]any)
	if r2["name"] != "Technical" || r2["format"] != "video" || r2["minutes"] != float64(45) || r2["link"] != "https://meet.example.com/xyz" {
		t.Errorf("the second round saved as %v", r2)
	}
	if _, ok := items(j)["r2-thank-interviewers-dana-lee"]; !ok {
		t.Error("the second round has no thank-you of its own for Dana Lee")
	}
}

// A round moved from the command line while its night-before card is open:
// the card follows at once, with the new day and countdown, and the due
// labels with it; nobody is told to go to sleep for an interview days off.
func TestARoundMovedWhileItsCardIsOpen(t *testing.T) {
	needTerminal(t)
	dir := t.TempDir()
	soon := time.Now().Add(20 * time.Hour).Truncate(time.Minute)
	prep := func(args ...string) string {
		cmd := exec.Command(prepBinary, args...)
		cmd.Env = append(os.Environ(), "PREP_DATA_DIR="+dir)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("prep %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	id := prep("new", "--company", "Orbit", "--role", "SRE", "--at", soon.Format("2006-01-02 15:04"), "--where", "2 Dock Rd")
	term := start(t, dir, 100, 30)
	term.waitFor("Orbit")
	term.keys("j", "Enter")
	// The card: the time, a countdown of some 20 hours, the place.
	term.waitUntil("the night-before card", func(screen string) bool {
		return strings.Contains(screen, soon.Format("15:04")+" · in 19 h") || strings.Contains(screen, soon.Format("15:04")+" · in 20 h")
	})
	term.waitFor("2 Dock Rd")
	term.waitFor("Leave by " + soon.Add(-45*time.Minute).Format("15:04") + " · journey not set")
	later := soon.Add(72 * time.Hour)
	prep("round", "edit", id, "r1", "--at", later.Format("2006-01-02 15:04"))
	term.waitFor(later.Format("Mon 15:04") + " · in 3 days")
	// The journey set from the command line moves the time to leave.
	prep("round", "edit", id, "r1", "--travel", "1h")
	term.waitFor("Leave by " + later.Add(-75*time.Minute).Format("15:04") + " · 1 h journey")
	term.keys("C-c")
	term.waitExit()
}
