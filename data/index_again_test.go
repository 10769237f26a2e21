package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestIndexAgainKeepsEveryTask: the index made after a list without tasks
// gives the entries taken from the index their open items back, leaves out
// one whose file the index no longer describes (another copy of prep wrote
// it in between) and one changed too lately, and keeps a file just read
// as it was read.
func TestIndexAgainKeepsEveryTask(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	item := func(id string) []checklist.OpenItem {
		return []checklist.OpenItem{{Round: -1, Phase: checklist.After, ID: id, Text: id, DueAt: at}}
	}
	digest := func(id string, open []checklist.OpenItem) *checklist.Digest {
		return &checklist.Digest{Job: checklist.Job{ID: id, CreatedAt: at}, Open: open}
	}
	path := filepath.Join(t.TempDir(), indexName)
	onDisk := []indexEntry{
		{id: "a", file: fileKey{size: 1}, digest: digest("a", item("a-open"))},
		{id: "b", file: fileKey{size: 2}, digest: digest("b", item("b-open"))},
	}
	if err := os.WriteFile(path, encodeIndex(onDisk), 0o600); err != nil {
		t.Fatal(err)
	}
	entries := []*indexEntry{
		{id: "a", file: fileKey{size: 1}, digest: digest("a", nil)},
		{id: "b", file: fileKey{size: 3}, digest: digest("b", nil)},
		{id: "c", file: fileKey{size: 4}, digest: digest("c", item("c-open"))},
		{id: "d", digest: digest("d", item("d-open"))},
		nil,
	}
	fromIndex := []bool{true, true, false, false, false}
	again := indexAgain(path, entries, fromIndex, false)
	if len(again) != 2 || again[0].id != "a" || again[1].id != "c" {
		t.Fatalf("the index again holds %v, want a and c", again)
	}
	for _, e := range again {
		if len(e.digest.Open) != 1 || e.digest.Open[0].ID != e.id+"-open" {
			t.Errorf("%s: open items %v, want %s-open", e.id, e.digest.Open, e.id)
		}
	}
	if entries[0].digest.Open != nil {
		t.Error("the entry read without its open items was changed")
	}
}
