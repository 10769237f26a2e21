package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/internal/endedproc"
)

// TestAppStartClearsStrayTempFiles: as the app starts, beside loading the
// jobs, it removes what a copy of prep killed in the middle of a save left
// in the jobs folder and the trash. The temporary file of a copy still
// saving stays, and so do the person's own files; the list shows the jobs
// and nothing of the rest.
func TestAppStartClearsStrayTempFiles(t *testing.T) {
	store := newStore(t)
	addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	ended, me := strconv.Itoa(endedproc.PID(t)), strconv.Itoa(os.Getpid())
	jobs, trash := filepath.Join(store.Dir(), "jobs"), filepath.Join(store.Dir(), "trash")
	strays := []string{
		filepath.Join(jobs, ".globex-sre-2026-12-03.json.prep-"+ended+"-1.tmp"),
		filepath.Join(trash, ".initech-qa-2026-11-02.json.prep-"+ended+"-2.tmp"),
	}
	kept := []string{
		filepath.Join(jobs, ".hooli-pm-2026-12-09.json.prep-"+me+"-3.tmp"), // another copy, still saving
		filepath.Join(jobs, "notes.txt"),
	}
	for _, path := range append(append([]string{}, strays...), kept...) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(`{"version": 2, "id": "glo`), 0o600); err != nil {
			t.Fatal(err)
		}
	}

	a := startApp(t, store, 80, 24)
	if s := a.waitForText("Acme Corp"); !strings.Contains(s.view, "Jobs (1)") || s.err != nil {
		t.Errorf("want the one job and no error (%v); the list shows:\n%s", s.err, s.view)
	}
	deadline := time.Now().Add(10 * time.Second)
	for _, path := range strays {
		for exists(path) {
			if time.Now().After(deadline) {
				t.Fatalf("%s is still there after the app started", filepath.Base(path))
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	for _, path := range kept {
		if !exists(path) {
			t.Errorf("%s was removed", filepath.Base(path))
		}
	}
	a.quit()
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
