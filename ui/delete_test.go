package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A delete the disk refuses says so in the footer, and the job stays on
// the list and in its file.
func TestFailedDeleteIsShown(t *testing.T) {
	store, j := sampleStore(t)
	// A file where the trash folder should be: no folder can be made there,
	// whoever runs the test.
	if err := os.WriteFile(filepath.Join(store.Dir(), "trash"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	m := settleKeys(loaded(t, store, 80, 24), "j", "d", "y")
	screen := string(render(m))
	if m.err == nil || !strings.Contains(screen, "✗ ") || !strings.Contains(m.err.Error(), "trash") {
		t.Fatalf("the refused delete says nothing:\n%s", screen)
	}
	if !strings.Contains(screen, "Acme Corp") {
		t.Errorf("the job left the list though it is still on disk:\n%s", screen)
	}
	if _, err := store.Load(j.ID); err != nil {
		t.Errorf("the job's file: %v", err)
	}
}
