//go:build !windows

package e2e

import (
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
	term.keys("Enter", "Enter")
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
