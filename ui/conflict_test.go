package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A conflict copy a sync tool left in the jobs folder is named on the
// problems screen as a second version of its job, with what to do, and
// the job itself still opens.
func TestConflictCopyIsNamedOnTheProblemsScreen(t *testing.T) {
	store, j := sampleStore(t)
	good, err := os.ReadFile(filepath.Join(store.Dir(), "jobs", j.ID+".json"))
	if err != nil {
		t.Fatal(err)
	}
	name := j.ID + ".sync-conflict-20261201-101500-ABCDEFG.json"
	if err := os.WriteFile(filepath.Join(store.Dir(), "jobs", name), good, 0o600); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, store, 120, 40)
	screen := string(render(m))
	if !strings.Contains(screen, "press ! to see which") || !strings.Contains(screen, j.Company) {
		t.Fatalf("list with a conflict copy:\n%s", screen)
	}
	screen = strings.Join(strings.Fields(string(render(send(m, "!")))), " ")
	for _, want := range []string{name, "second version of job " + j.ID, "Syncthing", "compare it with " + j.ID + ".json"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the problems screen does not say %q:\n%s", want, screen)
		}
	}
}
