package cli_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/prep-cli/prep/internal/endedproc"
)

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestExportClearsWhatAKilledExportLeft: the next prep export -o FILE
// removes the temporary files an export to FILE killed midway left beside
// it, and nothing else there: not a file another export is writing, not
// another file's, not the person's own files.
func TestExportClearsWhatAKilledExportLeft(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	docs := t.TempDir()
	ended, me := strconv.Itoa(endedproc.PID(t)), strconv.Itoa(os.Getpid())
	stray := ".out.md.prep-" + ended + "-31337.tmp"
	kept := []string{
		".out.md.prep-" + me + "-7.tmp",         // another export, still writing
		".other.md.prep-" + ended + "-7.tmp",    // another file's
		".out.md.swp", ".out.md123", "notes.md", // the person's
	}
	for _, name := range append([]string{stray}, kept...) {
		if err := os.WriteFile(filepath.Join(docs, name), []byte("half a"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	mustRun(t, dir, "export", id, "-o", filepath.Join(docs, "out.md"))
	want := append([]string{"out.md"}, kept...)
	slices.Sort(want)
	if got := names(t, docs); !slices.Equal(got, want) {
		t.Errorf("beside the export:\n%q\nwant\n%q", got, want)
	}
}
