package data_test

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/prep-cli/prep/data"
)

func TestDraftsAreKeptUntilDropped(t *testing.T) {
	dir := t.TempDir()
	s := data.NewStore(dir)
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	note := data.Draft{Kind: "note", Job: "acme", Item: "news", Text: "Ask about the\nroadmap", Was: "old", SavedAt: at}
	form := data.Draft{Kind: "new-job", Fields: map[string]string{"company": "Orbit"}, SavedAt: at.Add(time.Minute)}
	for _, d := range []data.Draft{note, form} {
		if err := s.SaveDraft(d); err != nil {
			t.Fatal(err)
		}
	}
	newer := note
	newer.Text += " and the team"
	newer.SavedAt = at.Add(2 * time.Minute)
	if err := s.SaveDraft(newer); err != nil {
		t.Fatal(err)
	}

	drafts, problems, err := s.Drafts()
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if want := []data.Draft{newer, form}; !reflect.DeepEqual(drafts, want) {
		t.Fatalf("Drafts() = %+v, want the newer note and then the form: %+v", drafts, want)
	}
	if runtime.GOOS != "windows" {
		info, err := os.Stat(filepath.Join(dir, "drafts", "note--acme--news.json"))
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("the draft file is %v (%v), not private", info.Mode(), err)
		}
	}

	if err := s.DropDraft(newer); err != nil {
		t.Fatal(err)
	}
	if err := s.DropDraft(newer); err != nil {
		t.Errorf("dropping a draft already gone: %v", err)
	}
	drafts, _, _ = s.Drafts()
	if !reflect.DeepEqual(drafts, []data.Draft{form}) {
		t.Errorf("after the drop: %+v", drafts)
	}
}

func TestBrokenDraftIsReportedAndLeft(t *testing.T) {
	dir := t.TempDir()
	s := data.NewStore(dir)
	if err := s.SaveDraft(data.Draft{Kind: "note", Job: "acme", Item: "news", Text: "kept"}); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "drafts", "note--acme--web.json")
	moved := filepath.Join(dir, "drafts", "rename--acme.json")
	for path, body := range map[string]string{bad: `{"kind": "note", "te`, moved: `{"kind": "note", "job": "acme", "item": "news"}`} {
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	drafts, problems, err := s.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 1 || drafts[0].Text != "kept" {
		t.Errorf("the good draft did not load: %+v", drafts)
	}
	if len(problems) != 2 {
		t.Fatalf("problems = %v, want the cut-short draft and the one under another name", problems)
	}
	if b, _ := os.ReadFile(bad); string(b) != `{"kind": "note", "te` {
		t.Errorf("the broken draft was changed to %q", b)
	}
}

func TestDraftNamesStayInTheirFolder(t *testing.T) {
	s := data.NewStore(t.TempDir())
	for _, d := range []data.Draft{{}, {Kind: "note", Job: "../../etc/passwd"}, {Kind: "note", Job: "a", Item: "b/c"}} {
		if err := s.SaveDraft(d); err == nil {
			t.Errorf("SaveDraft(%+v) wrote a file", d)
		}
	}
}

// A draft's temporary file, left by a copy killed while writing it, is
// cleared when the drafts are next read; other files are left alone.
func TestDraftTempFilesAreCleared(t *testing.T) {
	dir := t.TempDir()
	s := data.NewStore(dir)
	if err := s.SaveDraft(data.Draft{Kind: "new-job", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	temp := filepath.Join(dir, "drafts", ".new-job.json123456")
	other := filepath.Join(dir, "drafts", ".notes.txt")
	for _, p := range []string{temp, other} {
		if err := os.WriteFile(p, []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Drafts(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(temp); !os.IsNotExist(err) {
		t.Error("the temporary file is still there")
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a file that is not prep's was removed: %v", err)
	}
}
