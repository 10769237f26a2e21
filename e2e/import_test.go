//go:build !windows

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An invitation imported in the app, as a person would: I on the empty
// list, their address once, the file's path with ~ for home, the meeting
// shown, enter; the job opens and is saved with the invitation's round.
func TestAnInvitationImportedInTheApp(t *testing.T) {
	needTerminal(t)
	dir, home := t.TempDir(), t.TempDir()
	at := time.Now().UTC().Add(120 * time.Hour).Truncate(time.Hour)
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Interview Scheduling//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:e2e-lever-1", "DTSTAMP:" + time.Now().UTC().Format("20060102T150405Z"),
		"DTSTART:" + at.Format("20060102T150405Z"), "DURATION:PT30M",
		"SUMMARY:Phone Screen: Jane Doe <> Initech (Staff Software Engineer)",
		"LOCATION:+1 (415) 555-0142",
		`ORGANIZER;CN=Karen Jones;SENT-BY="mailto:karen.jones@initech.com":mailto:no-reply@hire.lever.co`,
		"ATTENDEE;CN=Jane Doe:mailto:jane@example.com", "ATTENDEE;CN=Karen Jones:mailto:karen.jones@initech.com",
		"END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	if err := os.WriteFile(filepath.Join(home, "invite.ics"), []byte(ics), 0o600); err != nil {
		t.Fatal(err)
	}
	term := start(t, dir, 100, 30, "HOME="+home)
	term.waitFor("No jobs yet")
	term.keys("I")
	term.waitFor("Which mail address")
	term.text("jane@example.com")
	term.keys("Enter")
	term.waitFor("The invitation")
	term.text("~/invite.ics")
	term.keys("Enter")
	term.waitFor("A new job: Initech — Staff Software Engineer")
	term.waitFor("Karen Jones")
	term.keys("Enter")
	term.waitFor("Before 0/")
	term.keys("C-c")
	term.waitExit()

	j := savedJob(t, dir)
	r := j["rounds"].([]any)[0].(map[string]any)
	invite, _ := r["invite"].(map[string]any)
	if j["company"] != "Initech" || r["format"] != "phone" || r["minutes"] != float64(30) || invite["uid"] != "e2e-lever-1" {
		t.Errorf("saved %v / %v", j["company"], r)
	}
	if got, err := time.Parse(time.RFC3339, r["at"].(string)); err != nil || !got.Equal(at) {
		t.Errorf("the round is at %v, want %v", r["at"], at)
	}
	if people := r["interviewers"].([]any); len(people) != 1 {
		t.Errorf("interviewers %v: the person themselves is among them", people)
	}
}
