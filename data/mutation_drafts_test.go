package data_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prep-cli/prep/data"
)

// Files in the drafts folder that are no draft and no draft's temporary
// file (hidden ones, other extensions, a backup beside a draft) are neither
// read, nor reported, nor removed; only the temporary file goes.
func TestDraftsFolderKeepsFilesThatAreNotDrafts(t *testing.T) {
	dir := t.TempDir()
	s := data.NewStore(dir)
	d := data.Draft{Kind: "new-job", Text: "x"}
	if err := s.SaveDraft(d); err != nil {
		t.Fatal(err)
	}
	drafts := filepath.Join(dir, "drafts")
	temp := filepath.Join(drafts, ".new-job.json123456")
	others := []string{".ab", "..json123", ".hidden.json", ".new-job.json.bak", ".new-job.json~", "notes.txt", "new-job.json.bak"}
	for _, name := range append([]string{filepath.Base(temp)}, others...) {
		if err := os.WriteFile(filepath.Join(drafts, name), []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, problems, err := s.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Kind != "new-job" || len(problems) != 0 {
		t.Errorf("Drafts() = %+v, %v; want the one draft and no problems", got, problems)
	}
	if _, err := os.Stat(temp); !os.IsNotExist(err) {
		t.Error("the temporary file is still there")
	}
	for _, name := range others {
		if _, err := os.Stat(filepath.Join(drafts, name)); err != nil {
			t.Errorf("%s, not prep's, was removed: %v", name, err)
		}
	}
}
