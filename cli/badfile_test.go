package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// state is a file's mode, size, time and bytes, to show it was not touched.
func state(t *testing.T, path string) string {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	s := fmt.Sprintf("%v %d %s", info.Mode(), info.Size(), info.ModTime().Format(time.RFC3339Nano))
	if info.Mode().IsRegular() && info.Size() < 1<<20 {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s += " " + string(b)
	}
	return s
}

// TestCommandsOnABadFile: a command aimed at a job file that cannot be read
// exits 1 with one line naming the file and the reason, and leaves the file
// as it was; prep list names it and lists the rest.
func TestCommandsOnABadFile(t *testing.T) {
	dir := t.TempDir()
	good := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	goodBytes := jobFile(t, dir, good)
	jobs := filepath.Join(dir, "jobs")
	bad := []struct {
		id     string
		make   func(path string) error
		reason string
	}{
		{"truncated", func(p string) error { return os.WriteFile(p, goodBytes[:200], 0o600) }, "the file ends too early"},
		{"empty", func(p string) error { return os.WriteFile(p, nil, 0o600) }, "the file is empty"},
		{"no-version", func(p string) error {
			return os.WriteFile(p, bytes.Replace(goodBytes, []byte(`"version": 2,`), nil, 1), 0o600)
		}, `no "version"`},
		{"a-folder", func(p string) error { return os.Mkdir(p, 0o700) }, "is a folder, not a job file"},
		{"huge", func(p string) error {
			f, err := os.Create(p)
			if err != nil {
				return err
			}
			defer f.Close()
			return f.Truncate(50 << 20)
		}, "too large (50 MB)"},
	}
	for _, b := range bad {
		if err := b.make(filepath.Join(jobs, b.id+".json")); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range bad {
		t.Run(b.id, func(t *testing.T) {
			path := filepath.Join(jobs, b.id+".json")
			before := state(t, path)
			for _, args := range [][]string{{"show", b.id}, {"check", b.id, "news"}, {"uncheck", b.id, "news"}, {"status", b.id, "offer"}} {
				res := run(t, dir, args...)
				if res.code != 1 {
					t.Errorf("prep %s: exit %d, want 1", strings.Join(args, " "), res.code)
				}
				requireOneErrorLine(t, res.stderr, path, b.reason)
			}
			if state(t, path) != before {
				t.Error("the bad file changed")
			}
		})
	}
	res := run(t, dir, "list")
	if res.code != 0 || !strings.Contains(res.stdout, good) {
		t.Errorf("prep list: exit %d, stdout %q; want the good job", res.code, res.stdout)
	}
	for _, b := range bad {
		if !strings.Contains(res.stderr, filepath.Join(jobs, b.id+".json")+": "+b.reason) {
			t.Errorf("prep list does not name %s with its reason:\n%s", b.id, res.stderr)
		}
	}
}

// TestNewerFileIsReadOnly: a job file written by a newer prep can be shown
// and listed, but a change to it exits 1 saying why, and the file stays.
func TestNewerFileIsReadOnly(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	path := filepath.Join(dir, "jobs", id+".json")
	b := bytes.Replace(jobFile(t, dir, id), []byte(`"version": 2`), []byte(`"version": 3`), 1)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	before := state(t, path)
	if out := mustRun(t, dir, "show", id); !strings.Contains(out, "Acme Corp") {
		t.Errorf("prep show of a newer file:\n%s", out)
	}
	// prep list lists it, and names it on stderr as read-only.
	for _, args := range [][]string{{"list"}, {"list", "--json"}} {
		res := run(t, dir, args...)
		if res.code != 0 || !strings.Contains(res.stdout, id) {
			t.Errorf("prep %s of a newer file: exit %d\n%s", strings.Join(args, " "), res.code, res.stdout)
		}
		requireOneErrorLine(t, res.stderr, "read-only", path, "written by a newer version of prep", "file version 3")
	}
	for _, args := range [][]string{{"check", id, "news"}, {"uncheck", id, "news"}, {"status", id, "offer"}} {
		res := run(t, dir, args...)
		if res.code != 1 {
			t.Errorf("prep %s: exit %d, want 1", strings.Join(args, " "), res.code)
		}
		requireOneErrorLine(t, res.stderr, path, "written by a newer version of prep", "file version 3")
	}
	if state(t, path) != before {
		t.Error("the newer file changed")
	}
}

// TestLinkedFileIsListedQuietly: a job file that is a link to one kept
// elsewhere (in a synced folder, say) is listed like any other, with
// nothing on stderr; only a change to it says why it cannot be made.
func TestLinkedFileIsListedQuietly(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	path := filepath.Join(dir, "jobs", id+".json")
	elsewhere := filepath.Join(t.TempDir(), id+".json")
	if err := os.Rename(path, elsewhere); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, path); err != nil {
		if runtime.GOOS == "windows" {
			t.Skipf("links need a privilege here: %v", err)
		}
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"list", "--json"}} {
		res := run(t, dir, args...)
		if res.code != 0 || !strings.Contains(res.stdout, id) || res.stderr != "" {
			t.Errorf("prep %s of a linked file: exit %d, stderr %q\n%s", strings.Join(args, " "), res.code, res.stderr, res.stdout)
		}
	}
	res := run(t, dir, "check", id, "news")
	if res.code != 1 {
		t.Errorf("prep check of a linked file: exit %d, want 1", res.code)
	}
	requireOneErrorLine(t, res.stderr, path, "is a link to", elsewhere)
}
