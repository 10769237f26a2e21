package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// names lists the files in dir.
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

func TestWriteFileMakesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "job.json")
	for _, content := range []string{"first\n", "second, longer than the first\n", "3\n"} {
		if err := WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil || string(b) != content {
			t.Fatalf("file holds %q, %v; want %q", b, err, content)
		}
		if got := names(t, dir); len(got) != 1 || got[0] != "job.json" {
			t.Fatalf("the folder holds %v, want only job.json", got)
		}
	}
}

// TestWriteFileFailsWholly: when the file cannot be replaced, what was at
// its name is untouched and no temporary file is left.
func TestWriteFileFailsWholly(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "notes")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(folder, "keep.txt"), []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(folder, []byte("over a folder"), 0o600); err == nil {
		t.Fatal("replacing a folder with a file succeeded")
	}
	if b, err := os.ReadFile(filepath.Join(folder, "keep.txt")); err != nil || string(b) != "kept" {
		t.Errorf("the folder's file is %q, %v", b, err)
	}
	if got := names(t, dir); len(got) != 1 || got[0] != "notes" {
		t.Errorf("the folder holds %v, want only notes", got)
	}

	missing := filepath.Join(dir, "missing", "x.json")
	if err := WriteFile(missing, []byte("x"), 0o600); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("writing into a missing folder: %v, want an error naming it", err)
	}
}

// TestWriteFileWhileTheFileIsOpen: a reader holding the file open does not
// make a save fail. On Windows, where an open file cannot be replaced, the
// save waits for the reader to let go.
func TestWriteFileWhileTheFileIsOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "job.json")
	if err := WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	reader, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		time.Sleep(100 * time.Millisecond)
		reader.Close()
	}()
	if err := WriteFile(path, []byte("new"), 0o600); err != nil {
		t.Fatalf("save while a reader has the file open: %v", err)
	}
	<-done
	if b, err := os.ReadFile(path); err != nil || string(b) != "new" {
		t.Errorf("file holds %q, %v; want new", b, err)
	}
}
