//go:build !windows

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// After an interview with Dana Lee two days ago, in a real terminal: the
// look back across every interview from the job list; the notes on what
// was discussed, then a thank-you drafted from them and copied; a story
// written in the story bank and used for the job. Everything is on disk
// after quitting.
func TestAfterTheInterview(t *testing.T) {
	needTerminal(t)
	dir := t.TempDir()
	at := time.Now().Add(-48 * time.Hour).Format("2006-01-02 15:04")
	cmd := exec.Command(prepBinary, "new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", at,
		"--interviewer", "Dana Lee")
	cmd.Env = append(os.Environ(), "PREP_DATA_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("prep new: %v\n%s", err, out)
	}
	term := start(t, dir, 100, 30)
	term.waitFor("Acme Corp")

	term.keys("v")
	term.waitFor("Looking back · every interview")
	term.waitFor("1 job · 1 round held")
	term.keys("Escape")
	term.waitFor("Jobs (1)")

	term.keys("Enter")
	term.waitFor("After 1/") // the interviewers named in the form are written down
	term.keys("e")
	term.waitFor("Note on")
	term.text("the on-call rota")
	term.keys("C-s")
	term.waitFor("✎")
	term.keys("j", "j", "j", "j", "j", "j")
	term.waitFor("│ [ ] Send a thank-you message to Dana Lee")
	term.keys("w")
	term.waitFor("Thank-you draft")
	term.waitFor("Dear Dana,")
	term.keys("C-s")
	term.waitUntil("the draft saved", func(s string) bool { return !strings.Contains(s, "Thank-you draft") })
	term.keys("y")
	term.waitFor("Note copied to the clipboard.")

	term.keys("o")
	term.waitFor("Stories · Acme Corp")
	term.keys("n")
	term.waitFor("New story 1/6")
	term.text("A launch that slipped")
	term.keys("Enter")
	term.waitFor("New story 2/6")
	term.text("Our launch was two weeks late.")
	term.keys("C-s")
	for _, step := range []string{"3/6", "4/6", "5/6"} {
		term.waitFor("New story " + step)
		term.keys("C-s")
	}
	term.waitFor("New story 6/6")
	term.text("ownership, failure")
	term.keys("Enter")
	term.waitFor("[x] A launch that slipped")
	term.keys("Escape")
	term.waitFor("After ")
	term.keys("q")
	term.waitFor("Jobs (1)")
	term.keys("q")
	term.waitExit()

	j := savedJob(t, dir)
	if s, _ := j["stories"].([]any); len(s) != 1 || s[0] != "a-launch-that-slipped" {
		t.Errorf("the job uses the stories %v", j["stories"])
	}
	note, _ := items(j)["thank-interviewers-dana-lee"]["note"].(string)
	if !strings.HasPrefix(note, "Dear Dana,") || !strings.Contains(note, "our conversation about the on-call rota") {
		t.Errorf("the thank-you's note is %q", note)
	}
	b, err := os.ReadFile(filepath.Join(dir, "stories", "a-launch-that-slipped.json"))
	if err != nil || !strings.Contains(string(b), `"situation": "Our launch was two weeks late."`) {
		t.Errorf("the story file: %v\n%s", err, b)
	}
}
