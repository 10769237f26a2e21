package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// prepBinary is built once for all the tests in this package; it stays
// empty when tmux is missing, and every test then skips.
var prepBinary string

func TestMain(m *testing.M) {
	code := func() int {
		if _, err := exec.LookPath("tmux"); err != nil {
			return m.Run()
		}
		dir, err := os.MkdirTemp("", "prep-e2e")
		if err != nil {
			fmt.Println(err)
			return 1
		}
		defer os.RemoveAll(dir)
		prepBinary = filepath.Join(dir, "prep")
		build := exec.Command("go", "build", "-o", prepBinary, "..")
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Printf("build prep: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}()
	os.Exit(code)
}

// needTerminal skips a test that drives a real terminal when it cannot run
// here, saying why; in CI (CI=true) a missing tmux fails the test instead,
// so that a build never passes with these tests quietly left out.
func needTerminal(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("drives a real terminal")
	}
	if prepBinary == "" {
		// tmux is a Unix program: the Windows build of these tests, run
		// under Wine in CI, can only skip.
		if os.Getenv("CI") == "true" && runtime.GOOS != "windows" {
			t.Fatal("tmux is not installed, and CI must run the terminal tests")
		}
		t.Skip("tmux is not installed: the terminal tests cannot run")
	}
}

// terminal is one tmux session running prep.
type terminal struct {
	t       *testing.T
	name    string
	dataDir string
}

func start(t *testing.T, dataDir string, width, height int, env ...string) *terminal {
	t.Helper()
	name := fmt.Sprintf("prep-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())
	cmd := strings.Join(append(append([]string{"env", "TERM=xterm-256color", "PREP_DATA_DIR=" + dataDir,
		"XDG_CONFIG_HOME=" + filepath.Join(dataDir, "config")}, env...), prepBinary), " ")
	args := []string{"new-session", "-d", "-s", name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), cmd,
		";", "set-option", "-t", name, "remain-on-exit", "on"}
	// A server whose last session just ended may be on its way out as the
	// next session asks for it; asked again, a new one starts.
	out, err := exec.Command("tmux", args...).CombinedOutput()
	for try := 0; err != nil && strings.Contains(string(out), "server exited unexpectedly") && try < 5; try++ {
		time.Sleep(100 * time.Millisecond)
		out, err = exec.Command("tmux", args...).CombinedOutput()
	}
	if err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	term := &terminal{t: t, name: name, dataDir: dataDir}
	t.Cleanup(func() { _ = exec.Command("tmux", "kill-session", "-t", name).Run() })
	return term
}

func (term *terminal) screen() string {
	out, err := exec.Command("tmux", "capture-pane", "-p", "-t", term.name).Output()
	if err != nil {
		term.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// waitFor waits until the screen shows text: keys sent before a screen is
// drawn would be lost.
func (term *terminal) waitFor(text string) string {
	term.t.Helper()
	return term.waitUntil(fmt.Sprintf("%q on screen", text), func(s string) bool { return strings.Contains(s, text) })
}

// waitUntil captures the screen until ok holds for it, and fails the test
// with what the screen shows if it never does.
func (term *terminal) waitUntil(what string, ok func(screen string) bool) string {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := term.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("waiting for %s; the screen shows:\n%s", what, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// keys sends keys one at a time, as tmux names them. After Escape it waits
// until the screen has answered it: a key sent on its heels would reach
// prep together with it, as alt+key.
func (term *terminal) keys(keys ...string) {
	term.t.Helper()
	for _, k := range keys {
		var before string
		if k == "Escape" {
			before = term.screen()
		}
		if out, err := exec.Command("tmux", "send-keys", "-t", term.name, k).CombinedOutput(); err != nil {
			term.t.Fatalf("send-keys %q: %v\n%s", k, err, out)
		}
		if k == "Escape" {
			term.waitUntil("the screen to answer Escape", func(s string) bool { return s != before })
		}
	}
}

// text types a string literally.
func (term *terminal) text(s string) {
	term.t.Helper()
	if out, err := exec.Command("tmux", "send-keys", "-t", term.name, "-l", s).CombinedOutput(); err != nil {
		term.t.Fatalf("send-keys: %v\n%s", err, out)
	}
}

func (term *terminal) exited() bool {
	out, _ := exec.Command("tmux", "display-message", "-p", "-t", term.name, "#{pane_dead}").Output()
	return strings.TrimSpace(string(out)) == "1"
}

func (term *terminal) waitExit() {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !term.exited() {
		if time.Now().After(deadline) {
			term.t.Fatalf("prep did not quit; the screen shows:\n%s", term.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// savedJob reads the one job file in the data directory.
func savedJob(t *testing.T, dataDir string) map[string]any {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dataDir, "jobs", "*.json"))
	if len(files) != 1 {
		t.Fatalf("want one job file, found %v", files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]any
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("%s: %v", files[0], err)
	}
	return j
}

// items maps item ids to their saved fields, the job's own and every
// round's.
func items(j map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	sections := j["sections"].([]any)
	for _, r := range j["rounds"].([]any) {
		sections = append(sections, r.(map[string]any)["sections"].([]any)...)
	}
	for _, s := range sections {
		for _, it := range s.(map[string]any)["items"].([]any) {
			m := it.(map[string]any)
			out[m["id"].(string)] = m
		}
	}
	return out
}

// A whole evening with prep in a real terminal: a new job through the form,
// ticks on both tabs, a note, an undo, a status, quit; then open it again
// and find everything as it was, on screen and on disk.
func TestAPersonsEvening(t *testing.T) {
	needTerminal(t)
	for _, tc := range []struct {
		name          string
		width, height int
		env           []string
	}{
		{"80x24", 80, 24, nil},
		{"120x40", 120, 40, nil},
		{"80x24-no-color", 80, 24, []string{"NO_COLOR=1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			term := start(t, dir, tc.width, tc.height, tc.env...)
			term.waitFor("No jobs yet")

			term.keys("n")
			term.waitFor("New job")
			// A week ahead at ten, so that the interview is always to come.
			at := time.Now().AddDate(0, 0, 7)
			when := time.Date(at.Year(), at.Month(), at.Day(), 10, 0, 0, 0, time.Local).Format("2006-01-02 15:04")
			for _, field := range []string{"Acme Corp", "Backend Engineer", when, "1 Main St", "Dana Lee"} {
				term.text(field)
				term.keys("Enter")
			}
			term.waitFor("Before 0/")

			term.keys("Space", "j", "x")
			term.waitFor("Before 2/")
			term.keys("Tab")
			term.waitFor("Right after")
			// Dana Lee's name given in the form wrote down the interviewers'
			// names already.
			term.waitFor("After 1/")
			term.keys("Space")
			term.waitFor("After 2/")
			term.keys("e")
			term.waitFor("Note on")
			term.text("Asked about the on-call rota")
			term.keys("C-s")
			term.waitFor("✎")
			term.keys("j", "j", "Space")
			term.waitFor("After 3/")
			term.keys("u")
			term.waitFor("After 2/")
			term.keys("s")
			term.waitFor("Where does it stand?")
			term.keys("i", "Enter")
			term.waitFor("interviewed")
			term.keys("Escape")
			term.waitFor("Jobs (1)")
			term.keys("q")
			term.waitExit()

			j := savedJob(t, dir)
			if j["status"] != "interviewed" || j["company"] != "Acme Corp" {
				t.Errorf("saved status %v, company %v", j["status"], j["company"])
			}
			it := items(j)
			for id, done := range map[string]bool{"industry-trends": true, "challenges": true, "notes-discussed": true, "interviewer-names": true} {
				if got, _ := it[id]["done"].(bool); got != done {
					t.Errorf("%s done = %v, want %v", id, got, done)
				}
			}
			if it["notes-discussed"]["note"] != "Asked about the on-call rota" {
				t.Errorf("note = %v", it["notes-discussed"]["note"])
			}

			again := start(t, dir, tc.width, tc.height, tc.env...)
			again.waitFor("Acme Corp")
			again.keys("Enter")
			screen := again.waitFor("Before 2/")
			if !strings.Contains(screen, "After 2/") {
				t.Errorf("reopened job:\n%s", screen)
			}
			again.keys("C-c")
			again.waitExit()
		})
	}
}
