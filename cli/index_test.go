package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/internal/dataset"
)

// TestAnswersAreTheSameFromTheIndex: prep list and prep due say the same,
// on stdout and stderr, with no index, with the index they made and with
// one made before files were broken, made newer, copied by a sync tool
// or changed by another prep.
func TestAnswersAreTheSameFromTheIndex(t *testing.T) {
	dir := t.TempDir()
	if err := dataset.Generate(dir, 30, 4); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // files are indexed once a second old
	index := filepath.Join(dir, "jobs", ".index")
	commands := [][]string{{"list"}, {"list", "--json"}, {"due"}, {"due", "--json"}}
	alike := func(when string) {
		t.Helper()
		for _, days := range []int{-60, 0, 10} {
			now := dataset.Reference.AddDate(0, 0, days)
			for _, args := range commands {
				if err := os.Remove(index); err != nil && !os.IsNotExist(err) {
					t.Fatal(err)
				}
				without := runAt(t, now, dir, args...)
				if _, err := os.Stat(index); err != nil {
					t.Fatalf("%s: prep %s made no index: %v", when, strings.Join(args, " "), err)
				}
				for range 2 {
					if with := runAt(t, now, dir, args...); with != without {
						t.Fatalf("%s, %d days on: prep %s answers otherwise from the index:\nwithout: %+v\nwith:    %+v",
							when, days, strings.Join(args, " "), without, with)
					}
				}
			}
		}
	}
	alike("generated")

	paths, err := filepath.Glob(filepath.Join(dir, "jobs", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	edit := func(path string, change func([]byte) []byte) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, change(b), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	edit(paths[0], func(b []byte) []byte { return b[:len(b)/2] })
	edit(paths[1], func(b []byte) []byte { return bytes.Replace(b, []byte(`"version": 2,`), []byte(`"version": 3,`), 1) })
	edit(paths[2], func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"status": "`), []byte(`"status": "withdrawn", "x": "`), 1)
	})
	b, err := os.ReadFile(paths[3])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(strings.TrimSuffix(paths[3], ".json")+".sync-conflict-20261201-101500-ABCDEFG.json", b, 0o600); err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSuffix(filepath.Base(paths[4]), ".json")
	mustRun(t, dir, "status", id, "rejected")
	time.Sleep(1100 * time.Millisecond)
	alike("after outside edits")
	if res := run(t, dir, "list"); !strings.Contains(res.stderr, "skipped") || !strings.Contains(res.stderr, "read-only") {
		t.Fatalf("the broken file and the newer one are not named: %q", res.stderr)
	}
}
