//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFileModes: a new file gets the mode asked for, less the umask,
// as the shell's ">" gives; a replaced file keeps its own, even one the
// umask would not allow. The test sets the process's umask, so it must not
// run in parallel with others.
func TestWriteFileModes(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	fresh := filepath.Join(dir, "export.md")
	if err := Write(fresh, []byte("x"), 0o666, true); err != nil {
		t.Fatal(err)
	}
	kept := filepath.Join(dir, "shared.md")
	if err := os.WriteFile(kept, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(kept, 0o664); err != nil {
		t.Fatal(err)
	}
	if err := Write(kept, []byte("y"), 0o600, true); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{fresh: 0o644, kept: 0o664} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", filepath.Base(path), got, want)
		}
	}
}
