package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// badFile is a job file that cannot be read as a job, made in the jobs
// folder by make, and the reason List must give for it.
type badFile struct {
	id     string
	make   func(t *testing.T, path string)
	reason string
}

func withBytes(b []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) { writeFile(t, path, b) }
}

// badFiles are the files of issue 6's promise 3 that any system may hold;
// bad_unix_test.go adds those only Unix can make.
func badFiles(good []byte) []badFile {
	newer := bytes.Replace(good, []byte(`"version": 2`), []byte(`"version": 3`), 1)
	newer = bytes.Replace(newer, []byte(`"status": "upcoming"`), []byte(`"status": {"name": "upcoming"}`), 1)
	return []badFile{
		{"truncated", withBytes(good[:len(good)*2/3]), "the file ends too early: it may have been cut off"},
		{"wrong-types", withBytes(bytes.Replace(good, []byte(`"done": false`), []byte(`"done": 0`), 1)),
			`field "rounds.sections.items.done" holds a JSON number, want true or false`},
		{"missing-version", withBytes(bytes.Replace(good, []byte("\"version\": 2,\n"), nil, 1)), `no "version"`},
		{"newer-version", withBytes(newer), `written by a newer prep (file version 3; this build reads version 2): field "status" holds a JSON object, want a string`},
		{"empty", withBytes(nil), "the file is empty"},
		{"null-section", withBytes(reshaped(good, "null-section", func(secs []any) []any { return append(secs[:1], append([]any{nil}, secs[1:]...)...) })),
			"section 2 is null, not a section"},
		{"null-item", withBytes(reshaped(good, "null-item", func(secs []any) []any {
			items := section(secs, 0)["items"].([]any)
			section(secs, 0)["items"] = append(items[:2], append([]any{nil}, items[2:]...)...)
			return secs
		})), `item 3 of section "research" is null, not an item`},
		{"empty-item-id", withBytes(reshaped(good, "empty-item-id", func(secs []any) []any {
			item(secs, 1, 1)["id"] = ""
			return secs
		})), `item 2 of section "people" has no id`},
		{"missing-item-id", withBytes(reshaped(good, "missing-item-id", func(secs []any) []any {
			delete(item(secs, 1, 0), "id")
			return secs
		})), `item 1 of section "people" has no id`},
		{"empty-section-id", withBytes(reshaped(good, "empty-section-id", func(secs []any) []any {
			section(secs, 2)["id"] = ""
			return secs
		})), "section 3 has no id"},
		{"duplicate-item-id", withBytes(reshaped(good, "duplicate-item-id", func(secs []any) []any {
			item(secs, 1, 0)["id"] = "news"
			return secs
		})), `two items have the id "news": item 4 of section "research" and item 1 of section "people"`},
		{"duplicate-item-id-in-a-section", withBytes(reshaped(good, "duplicate-item-id-in-a-section", func(secs []any) []any {
			item(secs, 0, 4)["id"] = "challenges"
			return secs
		})), `two items have the id "challenges": items 2 and 5 of section "research"`},
		{"duplicate-section-id", withBytes(reshaped(good, "duplicate-section-id", func(secs []any) []any {
			section(secs, 2)["id"] = "research"
			return secs
		})), `two sections have the id "research": sections 1 and 3`},
		{"binary", withBytes([]byte("\x00\x01\xff\xfe\x1b]0;x\x07PK\x03\x04")), `not valid JSON at byte 1: invalid character '\x00' looking for beginning of value`},
		{"huge", func(t *testing.T, path string) {
			// A sparse 50 MB file: it costs no disk, and List must not
			// read it to find it too large.
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.Write(good[:100]); err != nil {
				t.Fatal(err)
			}
			if err := f.Truncate(50 << 20); err != nil {
				t.Fatal(err)
			}
		}, "too large (50 MB): a job file is at most 8 MB"},
		{"a-folder", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}, "is a folder, not a job file"},
		{"broken-link", func(t *testing.T, path string) {
			symlink(t, filepath.Join("gone", "x.json"), path)
		}, "is a link to " + filepath.Join("gone", "x.json") + ", which does not exist"},
	}
}

// reshaped is a job file given the id id and its sections changed by f,
// as a person editing it by hand might leave it.
func reshaped(good []byte, id string, f func(sections []any) []any) []byte {
	var m map[string]any
	if err := json.Unmarshal(good, &m); err != nil {
		panic(err)
	}
	m["id"] = id
	m["sections"] = f(m["sections"].([]any))
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err)
	}
	return b
}

func section(secs []any, i int) map[string]any { return secs[i].(map[string]any) }

func item(secs []any, si, ii int) map[string]any {
	return section(secs, si)["items"].([]any)[ii].(map[string]any)
}

func symlink(t *testing.T, target, path string) {
	t.Helper()
	if err := os.Symlink(target, path); err != nil {
		if runtime.GOOS == "windows" {
			t.Skipf("symbolic links need rights on Windows: %v", err)
		}
		t.Fatal(err)
	}
}

// fileState is everything about a file a bad-file test must find unchanged:
// its type, mode, size, time and bytes, or where it links to.
func fileState(t *testing.T, path string) string {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		return "error " + err.Error()
	}
	state := fmt.Sprintf("%v %d %s", info.Mode(), info.Size(), info.ModTime().Format(time.RFC3339Nano))
	switch {
	case info.Mode()&os.ModeSymlink != 0:
		link, err := os.Readlink(path)
		if err != nil {
			t.Fatal(err)
		}
		return state + " -> " + link
	case info.Mode().IsRegular():
		return fmt.Sprintf("%s %x", state, sha256.Sum256(readFile(t, path)))
	}
	return state
}

// bytesRead is how many bytes this process has read from files so far, where
// the system counts them (Linux's /proc/self/io).
func bytesRead() (n int64, ok bool) {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0, false
	}
	for line := range strings.Lines(string(b)) {
		if v, found := strings.CutPrefix(line, "rchar: "); found {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// TestBadFilesAreReportedAndLeftAlone is promise 3 for the store: List
// returns every good job and one Problem with a readable reason for each bad
// file; Load, Apply and Trash... of a bad file fail with that reason, and no
// bad file changes by a byte or in its time.
func TestBadFilesAreReportedAndLeftAlone(t *testing.T) {
	s, dir := newStore(t)
	good := create(t, s, details())
	goodBytes := readFile(t, filepath.Join(dir, "jobs", good.ID+".json"))
	bad := append(badFiles(goodBytes), platformBadFiles(goodBytes)...)
	states := map[string]string{}
	for _, b := range bad {
		path := filepath.Join(dir, "jobs", b.id+".json")
		b.make(t, path)
		// An old time, so that a rewrite within the same clock tick shows.
		old := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		if info, err := os.Lstat(path); err == nil && info.Mode()&os.ModeSymlink == 0 {
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
		}
		states[path] = fileState(t, path)
	}

	readBefore, counted := bytesRead()
	type listing struct {
		jobs     []checklist.Job
		problems []Problem
		err      error
	}
	listed := make(chan listing, 1)
	go func() {
		jobs, problems, err := s.List()
		listed <- listing{jobs, problems, err}
	}()
	var l listing
	select {
	case l = <-listed:
	case <-time.After(time.Minute):
		t.Fatal("List has not returned after a minute: it is waiting on a file it should have refused")
	}
	jobs, problems, err := l.jobs, l.problems, l.err
	if err != nil {
		t.Fatal(err)
	}
	if readAfter, _ := bytesRead(); counted && readAfter-readBefore > maxJobSize {
		t.Errorf("List read %d bytes: it read the file too large to be a job", readAfter-readBefore)
	}
	if len(jobs) != 1 || jobs[0].ID != good.ID {
		t.Errorf("List returned %d jobs, want only %s", len(jobs), good.ID)
	}
	byPath := map[string]Problem{}
	for _, p := range problems {
		byPath[p.Path] = p
	}
	if len(problems) != len(bad) {
		t.Errorf("List reported %d problems, want %d", len(problems), len(bad))
	}
	t.Logf("%d bad files", len(bad))
	for _, b := range bad {
		t.Run(b.id, func(t *testing.T) {
			path := filepath.Join(dir, "jobs", b.id+".json")
			p, ok := byPath[path]
			if !ok {
				t.Fatalf("no problem reported for %s", path)
			}
			if want := path + ": " + b.reason; p.Error() != want {
				t.Errorf("problem\n got %q\nwant %q", p.Error(), want)
			}
			_, err := s.Load(b.id)
			var lp Problem
			if !errors.As(err, &lp) || lp.Error() != p.Error() {
				t.Errorf("Load: %v, want the problem List gave", err)
			}
			_, err = s.Apply(b.id, checklist.SetNote{ItemID: "news", Note: "x"})
			if !errors.As(err, &lp) || lp.Error() != p.Error() {
				t.Errorf("Apply: %v, want the problem List gave", err)
			}
			if got := fileState(t, path); got != states[path] {
				t.Errorf("the file changed:\n got %.200q\nwant %.200q", got, states[path])
			}
		})
	}
}

// TestNewerVersionIsReadOnly: a file from a newer prep that this build can
// read is listed and loaded, but never written.
func TestNewerVersionIsReadOnly(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	b := bytes.Replace(readFile(t, path), []byte(`"version": 2`), []byte(`"version": 3`), 1)
	b = bytes.Replace(b, []byte(`"status": "upcoming"`), []byte(`"status": "upcoming",
  "calendar": {"uid": "abc"}`), 1)
	writeFile(t, path, b)
	before := fileState(t, path)

	jobs, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Fatalf("List = %d jobs, %v, %v; want the job", len(jobs), problems, err)
	}
	loaded, err := s.Load(j.ID)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if loaded.Version != 3 || loaded.Company != "Acme Corp" || loaded.Item("news") == nil {
		t.Errorf("loaded job = version %d, %q", loaded.Version, loaded.Company)
	}
	ro := s.ReadOnly(loaded)
	if !errors.Is(ro, ErrReadOnly) || !errors.Is(ro, ErrNewerVersion) {
		t.Fatalf("ReadOnly = %v, want ErrNewerVersion", ro)
	}
	for _, want := range []string{path, "newer version of prep", "file version 3", "writes version 2"} {
		if !strings.Contains(ro.Error(), want) {
			t.Errorf("ReadOnly %q does not say %q", ro, want)
		}
	}
	_, err = s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "x"})
	if !errors.Is(err, ErrNewerVersion) || err.Error() != ro.Error() {
		t.Errorf("Apply: %v, want %v", err, ro)
	}
	var se *SaveError
	if errors.As(err, &se) {
		t.Error("Apply's refusal is a SaveError, which the app would try again")
	}
	if got := fileState(t, path); got != before {
		t.Error("the newer file changed")
	}
	if err := s.ReadOnly(j); err != nil {
		t.Errorf("ReadOnly of a current job = %v", err)
	}
}

// TestLinkedJobFile: a job file that is a symbolic link, here to a file
// outside the data directory, is read through the link but never written:
// writing would replace the link or write outside the data directory.
func TestLinkedJobFile(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	outside := filepath.Join(t.TempDir(), "synced", "acme.json")
	writeFile(t, outside, readFile(t, path))
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	symlink(t, outside, path)
	before, outsideBefore := fileState(t, path), fileState(t, outside)

	jobs, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Fatalf("List = %d jobs, %v, %v; want the linked job", len(jobs), problems, err)
	}
	ro := s.ReadOnly(jobs[0])
	if !errors.Is(ro, ErrReadOnly) || errors.Is(ro, ErrNewerVersion) || !strings.Contains(ro.Error(), outside) {
		t.Errorf("ReadOnly = %v, want a read-only error naming the link's target", ro)
	}
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "x"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Apply through a link: %v, want ErrReadOnly", err)
	}
	if fileState(t, path) != before || fileState(t, outside) != outsideBefore {
		t.Error("the link or its target changed")
	}
}

// TestUnknownFieldsSurviveASave: fields this build does not know, in the
// job, a section, an item or a nested object, are written back after a
// change, in a stable place: after the known keys, sorted.
func TestUnknownFieldsSurviveASave(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if _, err := s.Apply(j.ID, checklist.SetStatus{Status: checklist.Rejected, At: now},
		checklist.SetReason{Reason: &checklist.Reason{Code: checklist.Fit}}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "jobs", j.ID+".json")
	b := string(readFile(t, path))
	add := func(after, extra string) {
		t.Helper()
		if !strings.Contains(b, after) {
			t.Fatalf("file has no %q", after)
		}
		b = strings.Replace(b, after, after+extra, 1)
	}
	add(`"version": 2,`, `"zeta": [1, {"a": "<b> & c"}], "alpha": null,`)
	add(`"id": "research",`, `"color": "blue",`)
	add(`"id": "news",`, `"source": {"url": "https://example.com/?a=1&b=2"},`)
	add(`"code": "fit"`, `, "confidence": 0.5`)
	// A known key spelt in another case is the known field, not an unknown.
	add(`"id": "mission",`, `"Note": "case-folded note",`)
	writeFile(t, path, []byte(b))

	// Change the item with the unknown field, move it, tick another.
	saved, err := s.Apply(j.ID,
		checklist.SetNote{ItemID: "news", Note: "read the blog"},
		checklist.SetDone{ItemID: "route", Done: true, At: &now},
	)
	if err != nil {
		t.Fatal(err)
	}
	after := readFile(t, path)
	for _, want := range []string{
		`"alpha": null,` + "\n" + `  "zeta": [`,
		`"a": "<b> & c"`,
		`"color": "blue"`,
		`"source": {` + "\n",
		`"url": "https://example.com/?a=1&b=2"`,
		`"confidence": 0.5`,
		`"note": "case-folded note"`,
	} {
		if !bytes.Contains(after, []byte(want)) {
			t.Errorf("saved file lacks %s", want)
		}
	}
	if bytes.Contains(after, []byte(`"Note"`)) {
		t.Error(`"Note" was kept as an unknown field: it would shadow "note"`)
	}
	keys := topLevelKeys(t, after)
	if got := keys[len(keys)-2:]; got[0] != "alpha" || got[1] != "zeta" {
		t.Errorf("top-level keys end %v, want the unknown ones last, sorted", got)
	}
	if !bytes.HasPrefix(after, []byte("{\n  \"version\": 2,\n  \"id\": ")) || !bytes.HasSuffix(after, []byte("}\n")) {
		t.Errorf("saved file is not in the usual layout:\n%s", after)
	}
	loaded, err := s.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameJob(t, loaded, saved)
	if loaded.Item("news").Note != "read the blog" || !loaded.Item("route").Done {
		t.Error("the change was not saved")
	}
	// Saving again gives the same bytes: the layout is stable.
	if _, err := s.Apply(j.ID); err != nil {
		t.Fatal(err)
	}
	if again := readFile(t, path); !bytes.Equal(again, after) {
		t.Errorf("a second save changed the file:\n%s", again)
	}
}

// TestUnknownFieldsFollowTheirItem: an item found by its id keeps its
// unknown fields when an edit moves it to another section, and a removed
// item's fields go with it.
func TestUnknownFieldsFollowTheirItem(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	old, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	old = bytes.Replace(old, []byte(`"id": "news",`), []byte(`"id": "news", "x-news": 1,`), 1)
	old = bytes.Replace(old, []byte(`"id": "route",`), []byte(`"id": "route", "x-route": 2,`), 1)
	// Move news to the end of the last section, drop route.
	var news checklist.Item
	for _, s := range j.AllSections() {
		items := s.Items[:0]
		for _, it := range s.Items {
			switch it.ID {
			case "news":
				news = it
			case "route":
			default:
				items = append(items, it)
			}
		}
		s.Items = items
	}
	last := &j.Sections[len(j.Sections)-1]
	last.Items = append(last.Items, news)
	b, err := encodeJobOver(j, old)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"x-news": 1`)) || bytes.Contains(b, []byte(`"x-route"`)) {
		t.Errorf("unknown fields did not follow their items:\n%s", b)
	}
	got, err := DecodeJob(b)
	if err != nil {
		t.Fatal(err)
	}
	sameJob(t, got, j)
}
