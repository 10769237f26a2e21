package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestCreateThenLoad(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if j.ID != acmeID {
		t.Errorf("id = %q, want %q", j.ID, acmeID)
	}
	path := filepath.Join(dir, "jobs", acmeID+".json")
	if p, err := s.Path(j.ID); err != nil || p != path {
		t.Errorf("Path = %q, %v; want %q", p, err, path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no job file: %v", err)
	}
	got, err := s.Load(j.ID)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	sameJob(t, got, j)
	if !got.Rounds[0].At.Equal(j.Rounds[0].At) {
		t.Errorf("interview at %s, want %s", got.Rounds[0].At, j.Rounds[0].At)
	}
	if _, off := got.Rounds[0].At.Zone(); off != 60*60 {
		t.Errorf("interview time lost its +01:00 offset: %s", got.Rounds[0].At)
	}
	if got.Item("thank-interviewers-dana-lee") == nil {
		t.Error("the per-interviewer items were not saved")
	}
}

func TestFilePermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	s, dir := newStore(t)
	j := create(t, s, details())
	tests := []struct {
		name string
		path string
		want os.FileMode
	}{
		{"job file", filepath.Join(dir, "jobs", j.ID+".json"), 0o600},
		{"jobs folder", filepath.Join(dir, "jobs"), 0o700},
	}
	check := func(t *testing.T) {
		for _, tt := range tests {
			info, err := os.Stat(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Mode().Perm(); got != tt.want {
				t.Errorf("%s mode = %o, want %o", tt.name, got, tt.want)
			}
		}
	}
	check(t)
	if _, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "private"}); err != nil {
		t.Fatal(err)
	}
	t.Run("after an edit", check)
	if err := s.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(filepath.Join(dir, "trash"))
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o700 {
		t.Errorf("trash folder mode = %o, want 700", got)
	}
}

func topLevelKeys(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("file does not start with an object: %v %v", tok, err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestJobFileLayout(t *testing.T) {
	s, dir := newStore(t)
	d := details()
	d.Company = "Smith & Jones <UK>"
	j := create(t, s, d)
	path := filepath.Join(dir, "jobs", j.ID+".json")
	b := readFile(t, path)

	t.Run("stable key order", func(t *testing.T) {
		want := []string{"version", "id", "company", "role", "status", "rounds", "template", "created_at", "sections"}
		if got := topLevelKeys(t, b); !reflect.DeepEqual(got, want) {
			t.Errorf("top-level keys = %v, want %v", got, want)
		}
	})
	t.Run("indented with two spaces", func(t *testing.T) {
		want := "{\n  \"version\": 2,\n  \"id\": \"" + j.ID + "\",\n  \"company\": "
		if !bytes.HasPrefix(b, []byte(want)) {
			t.Errorf("file starts %q, want %q", b[:min(len(b), 80)], want)
		}
		if bytes.Contains(b, []byte("\t")) {
			t.Error("file holds tabs")
		}
		if !bytes.Contains(b, []byte("\n    {\n      \"id\": \"research\",")) {
			t.Error("sections are not nested with two spaces per level")
		}
	})
	t.Run("ends with one newline", func(t *testing.T) {
		if !bytes.HasSuffix(b, []byte("}\n")) || bytes.HasSuffix(b, []byte("\n\n")) {
			t.Errorf("file ends %q, want }\\n", b[max(0, len(b)-10):])
		}
	})
	t.Run("text is not escaped", func(t *testing.T) {
		if !bytes.Contains(b, []byte(`"company": "Smith & Jones <UK>"`)) {
			t.Error("company not written as typed")
		}
		for _, esc := range []string{`\u003c`, `\u003e`, `\u0026`} {
			if bytes.Contains(b, []byte(esc)) {
				t.Errorf("file holds %s", esc)
			}
		}
	})
	t.Run("valid UTF-8 JSON", func(t *testing.T) {
		if !json.Valid(b) {
			t.Error("not valid JSON")
		}
	})
	t.Run("re-saving an unchanged job gives the same bytes", func(t *testing.T) {
		if _, err := s.Apply(j.ID); err != nil {
			t.Fatal(err)
		}
		if after := readFile(t, path); !bytes.Equal(after, b) {
			t.Errorf("file changed on re-save:\n%s", after)
		}
	})
	t.Run("an edit and its undo give the same bytes", func(t *testing.T) {
		at := time.Date(2026, 11, 30, 21, 0, 0, 0, cet)
		e := checklist.SetDone{ItemID: "news", Done: true, At: &at}
		cur, err := s.Load(j.ID)
		if err != nil {
			t.Fatal(err)
		}
		undo, err := e.Apply(&cur)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Apply(j.ID, e); err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(readFile(t, path), b) {
			t.Fatal("the edit was not written")
		}
		if _, err := s.Apply(j.ID, undo); err != nil {
			t.Fatal(err)
		}
		if after := readFile(t, path); !bytes.Equal(after, b) {
			t.Errorf("file differs after edit and undo:\n%s", after)
		}
	})
}

func TestCreateGivesUniqueIDs(t *testing.T) {
	s, dir := newStore(t)
	first := create(t, s, details())
	second := create(t, s, details())
	if first.ID != acmeID {
		t.Errorf("first id = %q", first.ID)
	}
	if second.ID != acmeID+"-2" {
		t.Errorf("second id = %q, want %q", second.ID, acmeID+"-2")
	}
	third := create(t, s, details())
	if third.ID != acmeID+"-3" {
		t.Errorf("third id = %q, want %q", third.ID, acmeID+"-3")
	}
	jobs, problems, err := s.List()
	if err != nil || len(problems) > 0 {
		t.Fatalf("List: %v %v", problems, err)
	}
	if len(jobs) != 3 {
		t.Errorf("List found %d jobs, want 3", len(jobs))
	}
	for _, id := range []string{first.ID, second.ID, third.ID} {
		if _, err := os.Stat(filepath.Join(dir, "jobs", id+".json")); err != nil {
			t.Errorf("no file for %s: %v", id, err)
		}
	}
}

func TestCreateDoesNotReuseATrashedID(t *testing.T) {
	s, dir := newStore(t)
	first := create(t, s, details())
	if err := s.Trash(first.ID); err != nil {
		t.Fatal(err)
	}
	second := create(t, s, details())
	if second.ID != acmeID+"-2" {
		t.Errorf("id after trashing = %q, want %q", second.ID, acmeID+"-2")
	}
	if _, err := os.Stat(filepath.Join(dir, "trash", acmeID+".json")); err != nil {
		t.Errorf("the trashed job is gone: %v", err)
	}
}

func TestCreateRefusesMissingDetails(t *testing.T) {
	s, dir := newStore(t)
	d := details()
	d.Company = " "
	if _, err := s.Create(DefaultTemplate(), d, now); err == nil {
		t.Fatal("Create with no company succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused Create left %d entries in the data folder", len(entries))
	}
}

func TestListSoonestFirst(t *testing.T) {
	s, _ := newStore(t)
	later := details()
	later.Company = "Later"
	later.At = time.Date(2027, 1, 10, 9, 0, 0, 0, cet)
	sooner := details()
	sooner.Company = "Sooner"
	sooner.At = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	soonest := details()
	soonest.Company = "Zebra" // named last, on first
	soonest.At = time.Date(2026, 12, 1, 9, 30, 0, 0, cet)
	create(t, s, later)
	create(t, s, sooner)
	create(t, s, soonest)
	jobs, problems, err := s.List()
	if err != nil || problems != nil {
		t.Fatalf("List: %v %v", problems, err)
	}
	var got []string
	for _, j := range jobs {
		got = append(got, j.Company)
	}
	if want := []string{"Zebra", "Sooner", "Later"}; !reflect.DeepEqual(got, want) {
		t.Errorf("List order = %v, want %v", got, want)
	}
}

func TestListOfAnEmptyStore(t *testing.T) {
	s, dir := newStore(t)
	jobs, problems, err := s.List()
	if err != nil || len(jobs) != 0 || len(problems) != 0 {
		t.Errorf("List of a new folder = %v, %v, %v; want nothing", jobs, problems, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Error("List created files in the data folder")
	}
	missing := NewStore(filepath.Join(dir, "not", "there"))
	if jobs, problems, err := missing.List(); err != nil || len(jobs)+len(problems) != 0 {
		t.Errorf("List of a missing folder = %v, %v, %v; want nothing", jobs, problems, err)
	}
}

func TestListIgnoresFilesThatAreNotJobs(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	good := readFile(t, filepath.Join(dir, "jobs", j.ID+".json"))
	jobs := filepath.Join(dir, "jobs")
	// Some of these even hold a valid job: only their names rule them out.
	writeFile(t, filepath.Join(jobs, "README.txt"), []byte("my interview notes\n"))
	writeFile(t, filepath.Join(jobs, ".hidden.json"), good)
	writeFile(t, filepath.Join(jobs, ".x.json123"), []byte(`{"version": 2, "id": "`))
	writeFile(t, filepath.Join(jobs, "Acme.JSON"), good)
	writeFile(t, filepath.Join(jobs, "backup.json.bak"), good)
	writeFile(t, filepath.Join(jobs, "archive", acmeID+".json"), good)
	writeFile(t, filepath.Join(dir, "notes.json"), []byte("not a job"))
	before := snapshot(t, dir)

	got, problems, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 0 {
		t.Errorf("problems = %v, want none", problems)
	}
	if len(got) != 1 || got[0].ID != j.ID {
		t.Errorf("List found %d jobs, want only %s", len(got), j.ID)
	}
	sameSnapshot(t, snapshot(t, dir), before)
}

func TestListReportsBadFilesAndKeepsTheRest(t *testing.T) {
	s, dir := newStore(t)
	good := create(t, s, details())
	other := details()
	other.Company = "Globex"
	good2 := create(t, s, other)
	goodBytes := readFile(t, filepath.Join(dir, "jobs", good.ID+".json"))

	// bad makes a broken copy of the good file, as if edited by hand.
	bad := func(id string, edit func(string) string) []byte {
		return []byte(edit(strings.Replace(string(goodBytes), `"id": "`+good.ID+`"`, `"id": "`+id+`"`, 1)))
	}
	replace := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("test file has no %q", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	tests := []struct {
		id     string
		data   []byte
		reason string // a word the reason must hold
	}{
		{"truncated", goodBytes[:len(goodBytes)/2], "cut off"},
		{"empty", nil, "empty"},
		{"blank", []byte("  \n\n"), "empty"},
		{"wrong-type", bad("wrong-type", replace(`"company": "Acme Corp"`, `"company": 42`)), `field "company" holds a JSON number, want a string`},
		{"wrong-type-done", bad("wrong-type-done", replace(`"done": false`, `"done": "yes"`)), "want true or false"},
		{"wrong-type-version", bad("wrong-type-version", replace(`"version": 2`, `"version": "one"`)), `field "version" holds a JSON string, want a whole number`},
		{"wrong-type-sections", bad("wrong-type-sections", replace(`"sections": [`, `"sections": {"x": 1}, "old_sections": [`)), `field "rounds.sections" holds a JSON object, want an array`},
		{"no-version", bad("no-version", replace("\"version\": 2,\n", "")), "version"},
		{"version-0", bad("version-0", replace(`"version": 2`, `"version": 0`)), "version"},
		{"version-99", bad("version-99", func(s string) string {
			return replace(`"status": "upcoming"`, `"status": "ghosted"`)(replace(`"version": 2`, `"version": 99`)(s))
		}), `written by a newer prep (file version 99; this build reads version 2): unknown status "ghosted"`},
		{"version-negative", bad("version-negative", replace(`"version": 2`, `"version": -1`)), "-1"},
		{"other-id", goodBytes, "does not match the file name"},
		{"unsafe-id", bad("../etc/passwd", func(s string) string { return s }), "../etc/passwd"},
		{"binary", []byte{0x00, 0xff, 0xfe, 0x1b, '[', '2', 'J', 0x07}, "not valid JSON"},
		{"not-an-object", []byte("[1, 2, 3]\n"), "holds a JSON array, not an object"},
		{"a-string", []byte(`"hello"`), "holds a JSON string, not an object"},
		{"bad-time", bad("bad-time", replace(`"at": "2026-12-01T10:00:00+01:00"`, `"at": "next tuesday"`)), "next tuesday"},
		{"null", []byte("null"), "version"},
		{"unknown-status", bad("unknown-status", replace(`"status": "upcoming"`, `"status": "maybe"`)), "maybe"},
		{"unknown-phase", bad("unknown-phase", replace(`"phase": "before"`, `"phase": "during"`)), "during"},
		{"trailing-garbage", append(bad("trailing-garbage", func(s string) string { return s }), "}}"...), "JSON"},
	}
	for _, tt := range tests {
		writeFile(t, filepath.Join(dir, "jobs", tt.id+".json"), tt.data)
	}
	before := snapshot(t, dir)

	jobs, problems, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, j := range jobs {
		ids = append(ids, j.ID)
	}
	if want := []string{good.ID, good2.ID}; !reflect.DeepEqual(ids, want) {
		t.Errorf("List returned jobs %v, want %v", ids, want)
	}
	byPath := map[string]Problem{}
	for _, p := range problems {
		byPath[p.Path] = p
	}
	if len(problems) != len(tests) {
		t.Errorf("List reported %d problems, want %d: %v", len(problems), len(tests), problems)
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			path := filepath.Join(dir, "jobs", tt.id+".json")
			p, ok := byPath[path]
			if !ok {
				t.Fatalf("no problem reported for %s", path)
			}
			msg := p.Error()
			if !strings.Contains(msg, path) {
				t.Errorf("problem %q does not name the file", msg)
			}
			if !strings.Contains(msg, tt.reason) {
				t.Errorf("problem %q does not say %q", msg, tt.reason)
			}
			if strings.Contains(msg, "checklist.") {
				t.Errorf("problem %q names a Go type", msg)
			}
			if strings.ContainsAny(msg, "\x00\x1b\x07") {
				t.Errorf("problem %q holds control characters", msg)
			}
			if _, err := s.Load(tt.id); err == nil {
				t.Error("Load of the bad file succeeded")
			}
			if _, err := s.Apply(tt.id, checklist.SetNote{ItemID: "news", Note: "x"}); err == nil {
				t.Error("Apply to the bad file succeeded")
			}
		})
	}
	sameSnapshotIgnoringLocks(t, snapshot(t, dir), before)
}

// sameSnapshotIgnoringLocks is sameSnapshot for after Apply, which leaves
// its lock files, and the folder they are in, behind.
func sameSnapshotIgnoringLocks(t *testing.T, got, want map[string]string) {
	t.Helper()
	for p := range got {
		if strings.HasSuffix(p, ".lock") || p == filepath.Join("jobs", ".locks") {
			if _, ok := want[p]; !ok {
				delete(got, p)
			}
		}
	}
	sameSnapshot(t, got, want)
}

func TestApplyWritesEdits(t *testing.T) {
	s, _ := newStore(t)
	j := create(t, s, details())
	at := time.Date(2026, 11, 30, 21, 0, 0, 0, cet)
	saved, err := s.Apply(j.ID,
		checklist.SetDone{ItemID: "mission", Done: true, At: &at},
		checklist.SetNote{ItemID: "mission", Note: "Make rockets <cheap> & safe"},
		checklist.AddItem{SectionID: "materials", Index: 0, Item: checklist.Item{ID: "water", Text: "Bring water", Own: true}},
		checklist.RemoveItem{ItemID: "handwritten-note"},
	)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	it := saved.Item("mission")
	if it == nil || !it.Done || it.Note != "Make rockets <cheap> & safe" || it.DoneAt == nil || !it.DoneAt.Equal(at) {
		t.Errorf("returned job's mission item = %+v", it)
	}
	loaded, err := s.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameJob(t, loaded, saved)
	if loaded.Item("water") == nil || loaded.Section("materials").Items[0].ID != "water" {
		t.Error("the added item was not saved first in materials")
	}
	if loaded.Item("handwritten-note") != nil {
		t.Error("the removed item is still there")
	}
	if p := loaded.Progress(checklist.Before); p.Done != 1 {
		t.Errorf("before progress = %+v, want 1 done", p)
	}
}

func TestApplyWithAFailingEditWritesNothing(t *testing.T) {
	tests := []struct {
		name  string
		edits []checklist.Edit
	}{
		{"unknown item last", []checklist.Edit{checklist.SetNote{ItemID: "news", Note: "kept?"}, checklist.SetNote{ItemID: "nope", Note: "x"}}},
		{"unknown item first", []checklist.Edit{checklist.RemoveItem{ItemID: "nope"}, checklist.SetNote{ItemID: "news", Note: "kept?"}}},
		{"bad added item", []checklist.Edit{checklist.RemoveItem{ItemID: "news"}, checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: "Bad ID"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := newStore(t)
			j := create(t, s, details())
			path := filepath.Join(dir, "jobs", j.ID+".json")
			before := readFile(t, path)
			if _, err := s.Apply(j.ID, tt.edits...); err == nil {
				t.Fatal("Apply succeeded, want an error")
			} else if !strings.Contains(err.Error(), j.ID) {
				t.Errorf("error %q does not name the job", err)
			}
			if after := readFile(t, path); !bytes.Equal(after, before) {
				t.Error("a failed Apply changed the file")
			}
		})
	}
}

func TestApplyUnknownItemIsErrNoItem(t *testing.T) {
	s, _ := newStore(t)
	j := create(t, s, details())
	_, err := s.Apply(j.ID, checklist.SetNote{ItemID: "nope", Note: "x"})
	if !errors.Is(err, checklist.ErrNoItem) {
		t.Errorf("Apply on an unknown item: %v, want ErrNoItem", err)
	}
}

func TestApplyMissingJobIsErrNotFound(t *testing.T) {
	s, dir := newStore(t)
	create(t, s, details())
	_, err := s.Apply("globex-dev-2026-12-01", checklist.SetNote{ItemID: "news", Note: "x"})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Apply on a missing job: %v, want ErrNotFound", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "jobs", "globex-dev-2026-12-01.json")); err == nil {
		t.Error("Apply on a missing job created it")
	}
	if _, err := s.Load("globex-dev-2026-12-01"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Load of a missing job: %v, want ErrNotFound", err)
	}
}

// TestApplyKeepsChangesFromAnotherCopy is two copies of prep open on one
// job: each works from its own stale copy, and neither loses the other's work.
func TestApplyKeepsChangesFromAnotherCopy(t *testing.T) {
	dir := t.TempDir()
	a, b := NewStore(dir), NewStore(dir)
	j := create(t, a, details())
	if _, err := b.Load(j.ID); err != nil { // b has the job open, as it was
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 30, 21, 0, 0, 0, cet)
	if _, err := a.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "from a"}); err != nil {
		t.Fatal(err)
	}
	saved, err := b.Apply(j.ID, checklist.SetDone{ItemID: "route", Done: true, At: &at})
	if err != nil {
		t.Fatal(err)
	}
	if saved.Item("news").Note != "from a" {
		t.Error("b's Apply returned a job without a's note")
	}
	final, err := a.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if final.Item("news").Note != "from a" || !final.Item("route").Done {
		t.Errorf("after both edits: note %q, route done %v; want both kept", final.Item("news").Note, final.Item("route").Done)
	}
}

func TestApplyFromManyCopiesAtOnce(t *testing.T) {
	dir := t.TempDir()
	j := create(t, NewStore(dir), details())
	ids := []string{"industry-trends", "challenges", "mission", "news", "your-questions", "leadership-team", "linkedin-profiles", "shared-connections"}
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for n, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := NewStore(dir) // each its own copy of prep
			_, err := s.Apply(j.ID, checklist.SetNote{ItemID: id, Note: fmt.Sprintf("note %d", n)})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	final, err := NewStore(dir).Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	for n, id := range ids {
		if got, want := final.Item(id).Note, fmt.Sprintf("note %d", n); got != want {
			t.Errorf("%s note = %q, want %q: a concurrent edit was lost", id, got, want)
		}
	}
}

func TestApplyWhenTheDiskFails(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	before := readFile(t, path)
	s.writeFile = func(string, []byte, os.FileMode) error {
		return errors.New("no space left on device")
	}
	_, err := s.Apply(j.ID, checklist.SetNote{ItemID: "news", Note: "lost?"})
	if err == nil {
		t.Fatal("Apply succeeded on a full disk")
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "no space left") {
		t.Errorf("error %q should name the file and the reason", err)
	}
	if after := readFile(t, path); !bytes.Equal(after, before) {
		t.Error("the file changed although the write failed")
	}

	d := details()
	d.Company = "Globex"
	if _, err := s.Create(DefaultTemplate(), d, now); err == nil {
		t.Error("Create succeeded on a full disk")
	}
	jobs, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Errorf("after failed writes List = %d jobs, %v, %v; want the one job", len(jobs), problems, err)
	}
}

func TestUnsafeIDsAreRefused(t *testing.T) {
	ids := []string{"../x", "/etc/passwd", "a\x00b", "../../etc/passwd", "jobs/../x", "", ".", "..", "X", "a/b", `..\x`}
	for _, id := range ids {
		t.Run(fmt.Sprintf("%q", id), func(t *testing.T) {
			s, dir := newStore(t)
			j := create(t, s, details())
			// What "../x" would reach from the jobs folder.
			writeFile(t, filepath.Join(dir, "x.json"), readFile(t, filepath.Join(dir, "jobs", j.ID+".json")))
			before := snapshot(t, dir)

			if _, err := s.Path(id); err == nil {
				t.Error("Path accepted it")
			}
			if _, err := s.Load(id); err == nil {
				t.Error("Load accepted it")
			}
			if _, err := s.Apply(id, checklist.SetNote{ItemID: "news", Note: "x"}); err == nil {
				t.Error("Apply accepted it")
			}
			if err := s.Trash(id); err == nil {
				t.Error("Trash accepted it")
			}
			sameSnapshot(t, snapshot(t, dir), before)
		})
	}
}

func TestTrash(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	content := readFile(t, path)

	if err := s.Trash(j.ID); err != nil {
		t.Fatalf("Trash: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the job file is still in jobs: %v", err)
	}
	trashed := filepath.Join(dir, "trash", j.ID+".json")
	if got := readFile(t, trashed); !bytes.Equal(got, content) {
		t.Error("the trashed file differs from the job file")
	}
	if _, err := s.Load(j.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Load after Trash: %v, want ErrNotFound", err)
	}
	if jobs, _, _ := s.List(); len(jobs) != 0 {
		t.Errorf("List after Trash found %d jobs", len(jobs))
	}

	// The same id comes back (restored by hand) and is trashed again.
	changed := bytes.Replace(content, []byte(`"where": "Berlin office"`), []byte(`"where": "Room 4"`), 1)
	writeFile(t, path, changed)
	if err := s.Trash(j.ID); err != nil {
		t.Fatalf("second Trash: %v", err)
	}
	if got := readFile(t, filepath.Join(dir, "trash", j.ID+"-2.json")); !bytes.Equal(got, changed) {
		t.Error("the second trashed file is not the second job")
	}
	if got := readFile(t, trashed); !bytes.Equal(got, content) {
		t.Error("the first trashed file was overwritten")
	}
}

func TestTrashMissingJob(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, s *Store)
	}{
		{"empty data folder", func(*testing.T, *Store) {}},
		{"other jobs only", func(t *testing.T, s *Store) {
			d := details()
			d.Company = "Globex"
			create(t, s, d)
		}},
		{"already trashed", func(t *testing.T, s *Store) {
			create(t, s, details())
			if err := s.Trash(acmeID); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dir := newStore(t)
			tt.setup(t, s)
			before := snapshot(t, dir)
			err := s.Trash(acmeID)
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("Trash: %v, want ErrNotFound", err)
			}
			sameSnapshot(t, snapshot(t, dir), before)
		})
	}
}

func TestLoadContractFile(t *testing.T) {
	s, dir := newStore(t)
	f, err := os.Open(filepath.Join("testdata", "contract-job.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "jobs", acmeID+".json"), b)

	j, err := s.Load(acmeID)
	if err != nil {
		t.Fatalf("Load of a file written to the contract: %v", err)
	}
	if j.Company != "Acme Corp" || j.Role != "Backend Engineer" || j.Status != checklist.Upcoming {
		t.Errorf("job = %q, %q, %q", j.Company, j.Role, j.Status)
	}
	if want := time.Date(2026, 12, 1, 10, 0, 0, 0, cet); !j.Rounds[0].At.Equal(want) {
		t.Errorf("interview at %s, want %s", j.Rounds[0].At, want)
	}
	if it := j.Item("website"); it == nil || !it.Done || it.Note != "They build rockets" {
		t.Errorf("website item = %+v", it)
	}
	if it := j.Item("thank-hr"); it == nil || it.DueAt == nil {
		t.Errorf("thank-hr item = %+v, want a due time", it)
	}
	if p := j.Progress(checklist.Before); p != (checklist.Progress{Done: 1, Total: 2}) {
		t.Errorf("before progress = %+v", p)
	}

	// Saving it rewrites it in the stable layout, keeping every value.
	saved, err := s.Apply(acmeID, checklist.SetNote{ItemID: "news", Note: "read"})
	if err != nil {
		t.Fatal(err)
	}
	after := readFile(t, filepath.Join(dir, "jobs", acmeID+".json"))
	if !bytes.HasPrefix(after, []byte("{\n  \"version\": 2,\n  \"id\": ")) {
		t.Errorf("re-saved file is not in the stable layout:\n%s", after)
	}
	again, err := s.Load(acmeID)
	if err != nil {
		t.Fatal(err)
	}
	sameJob(t, again, saved)
}
