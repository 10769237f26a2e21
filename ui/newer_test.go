package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A job whose file a newer version of prep wrote is marked read-only on the
// job list, and no other job is.
func TestNewerJobIsMarkedReadOnlyOnTheList(t *testing.T) {
	store, j := sampleStore(t)
	path := filepath.Join(store.Dir(), "jobs", j.ID+".json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	newer := bytes.Replace(b, []byte(`"version": 2`), []byte(`"version": 3`), 1)
	if err := os.WriteFile(path, newer, 0o600); err != nil {
		t.Fatal(err)
	}
	screen := string(render(loaded(t, store, 120, 40)))
	if n := strings.Count(screen, "read-only"); n != 1 {
		t.Fatalf("%d jobs marked read-only, want 1:\n%s", n, screen)
	}
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, "read-only") && !strings.Contains(line, j.Role) {
			t.Errorf("the mark is not on %s's row: %q", j.Company, line)
		}
	}
}
