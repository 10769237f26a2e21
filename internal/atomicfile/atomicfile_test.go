package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/prep-cli/prep/internal/endedproc"
)

// names lists a folder.
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

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	if err := Write(path, []byte("one\n"), 0o600, false); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("two\n"), 0o600, false); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "two\n" {
		t.Errorf("file = %q, %v; want the second write", b, err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.md"}) {
		t.Errorf("the folder holds %v, want only the file", got)
	}
	if runtime.GOOS == "windows" {
		return
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	// A file that is there keeps its mode when asked to, even one the
	// umask would not give.
	if err := os.Chmod(path, 0o664); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("three\n"), 0o600, true); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o664 {
		t.Errorf("mode %v after a write that keeps it, want 0664", info.Mode().Perm())
	}
}

// TestFailedWriteLeavesNothing: a write that cannot take the file's name
// leaves the file as it was and no temporary file.
func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a-folder")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("x"), 0o600, false); err == nil {
		t.Fatal("a write over a folder succeeded")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"a-folder"}) {
		t.Errorf("the folder holds %v after a failed write", got)
	}
	if err := Write(filepath.Join(dir, "gone", "x"), []byte("x"), 0o600, false); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a write into a missing folder: %v", err)
	}
}

// TestSweepRemovesOnlyPrepsOwnStrays: a sweep removes the temporary files
// of a process that has ended, and nothing else: not those of a process
// still at work (this one), not another file's unless asked, not a file
// of anyone else that looks a little like one.
func TestSweepRemovesOnlyPrepsOwnStrays(t *testing.T) {
	if !running(os.Getpid()) {
		t.Fatal("this process does not count as running")
	}
	dir := t.TempDir()
	ended := strconv.Itoa(endedproc.PID(t))
	me := strconv.Itoa(os.Getpid())
	strays := []string{
		".out.md.prep-" + ended + "-12345.tmp",
		".out.md.prep-" + ended + "-9.tmp",
	}
	kept := []string{
		"out.md",
		".out.md.prep-" + me + "-12345.tmp",      // still being written
		".other.md.prep-" + ended + "-12345.tmp", // another file's
		".out.md.swp",
		".out.md123",
		"out.md.prep-" + ended + "-1.tmp",
		".out.md.prep-" + ended + ".tmp",
		".out.md.prep-x-1.tmp",
		".out.md.prep-" + ended + "-1x.tmp",
		".out.md.prep-0-1.tmp",
		".out.md.prep--1-1.tmp",
		".prep-" + ended + "-1.tmp",
	}
	for _, name := range append(slices.Clone(strays), kept...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	Sweep(dir, "out.md")
	got := names(t, dir)
	want := slices.Clone(kept)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("after the sweep the folder holds\n%q\nwant\n%q", got, want)
	}
	Sweep(dir, "")
	if slices.Contains(names(t, dir), kept[2]) {
		t.Error("a sweep of every file kept another file's stray")
	}
}

// TestWriteFileWhileTheFileIsOpen: a reader holding the file open does not
// make a save fail. On Windows, where an open file cannot be replaced, the
// save waits for the reader to let go.
func TestWriteFileWhileTheFileIsOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "job.json")
	if err := Write(path, []byte("old"), 0o600, true); err != nil {
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
	if err := Write(path, []byte("new"), 0o600, true); err != nil {
		t.Fatalf("save while a reader has the file open: %v", err)
	}
	<-done
	if b, err := os.ReadFile(path); err != nil || string(b) != "new" {
		t.Errorf("file holds %q, %v; want new", b, err)
	}
}
