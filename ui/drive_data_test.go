package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// dataSet is a data folder the drive starts from: generated jobs, and
// optionally jobs full of hostile text and files prep cannot read.
type dataSet struct {
	name    string
	jobs    int
	hostile bool
	bad     bool
	// copies makes each generated job this many times more under other
	// ids: a big folder made in a fraction of the time.
	copies int
	// indexed starts the app with every job in the index (see
	// data.Store.Digests); else the index is removed before every step,
	// so the list is read from the job files each time.
	indexed bool
}

var dataSets = []dataSet{
	{name: "empty"},
	{name: "one", jobs: 1},
	{name: "fifteen", jobs: 15, hostile: true, bad: true},
	{name: "many", jobs: 60, copies: 4, hostile: true, bad: true},
}

func dataSetNamed(name string) (dataSet, bool) {
	for _, s := range dataSets {
		if s.name == name {
			return s, true
		}
	}
	return dataSet{}, false
}

// withIndex is the set, driven with the index or without it.
func (s dataSet) withIndex(indexed bool) dataSet {
	s.indexed = indexed
	return s
}

// indexPath is the index of the jobs in the data folder dir.
func indexPath(dir string) string { return filepath.Join(dir, "jobs", ".index") }

// indexFolder has the store index every job of the folder dir: it waits
// until the files are older than the store's wait before it trusts a new
// file, then reads the folder once.
func indexFolder(dir string) error {
	time.Sleep(1100 * time.Millisecond)
	if _, _, err := data.NewStore(dir).Digests(); err != nil {
		return err
	}
	if len(jobFileNames(filepath.Join(dir, "jobs"))) == 0 {
		return nil
	}
	if _, err := os.Stat(indexPath(dir)); err != nil {
		return fmt.Errorf("the folder was not indexed: %w", err)
	}
	return nil
}

// driveStart is when every drive starts: the evening before the sample
// interviews, with generated ones spread around it.
var driveStart = testNow

var madeSets struct {
	sync.Mutex
	dirs map[string]string
}

// freshCopy makes a data folder holding the set, made once per run of the
// tests and copied for each drive, so every drive starts the same.
func (s dataSet) freshCopy(dir string) error {
	madeSets.Lock()
	src, ok := madeSets.dirs[s.name]
	if !ok {
		var err error
		if src, err = os.MkdirTemp(memoryTemp(), "prep-drive-"+s.name+"-"); err == nil {
			err = s.make(src)
		}
		if err != nil {
			madeSets.Unlock()
			return fmt.Errorf("make the %s data set: %w", s.name, err)
		}
		if madeSets.dirs == nil {
			madeSets.dirs = map[string]string{}
		}
		madeSets.dirs[s.name] = src
	}
	madeSets.Unlock()
	return os.CopyFS(dir, os.DirFS(src))
}

// memoryTemp is where the drive keeps its folders: in memory where the
// system offers it, since a drive saves thousands of times and the store
// syncs every save to the disk; else the usual temporary folder.
func memoryTemp() string {
	const shm = "/dev/shm"
	if info, err := os.Stat(shm); err == nil && info.IsDir() {
		if f, err := os.CreateTemp(shm, "prep-probe-"); err == nil {
			f.Close()
			os.Remove(f.Name())
			return shm
		}
	}
	return os.TempDir()
}

// driveDir is a folder for one drive, removed when the test ends.
func driveDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp(memoryTemp(), "prep-drive-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// removeDataSets removes the folders freshCopy made; TestMain calls it.
func removeDataSets() {
	madeSets.Lock()
	defer madeSets.Unlock()
	for _, dir := range madeSets.dirs {
		_ = os.RemoveAll(dir)
	}
	madeSets.dirs = nil
}

func (s dataSet) make(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "jobs"), 0o700); err != nil {
		return err
	}
	if err := dataset.GenerateAt(dir, s.jobs, 7, driveStart); err != nil {
		return err
	}
	if err := copyJobs(filepath.Join(dir, "jobs"), s.copies); err != nil {
		return err
	}
	store := data.NewStore(dir)
	if s.hostile {
		if err := addHostileJobs(store); err != nil {
			return err
		}
	}
	if s.bad {
		return addBadFiles(dir)
	}
	return nil
}

// copyJobs writes each job file in dir n more times, as jobs of their own.
func copyJobs(dir string, n int) error {
	for _, name := range jobFileNames(dir) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		id := strings.TrimSuffix(name, ".json")
		for i := range n {
			copyID := fmt.Sprintf("%s-copy-%d", id, i+1)
			if err := os.WriteFile(filepath.Join(dir, copyID+".json"), renamed(b, copyID), 0o600); err != nil {
				return err
			}
		}
	}
	return nil
}

// hostileTexts are what a hand-edited or shared file may hold: escape
// sequences, bidi controls, wide and combining characters, line breaks,
// tabs and text far too long for any screen.
var hostileTexts = []string{
	"Evil\x1b]0;pwned\x07\x1b[2J\rCorp\u202e",
	"Role\x1b[31m red \x1b[0m\ttabbed",
	"株式会社ワイドテキスト 🚀🚀 émoji ZWJ 👩‍👩‍👧 x\u0301\u0301\u0301",
	"line one\nline two\r\nline three\x00\x7f\u0085",
	"\u2066isolated\u2069 \u200fright-to-left mark\u200e",
	strings.Repeat("Long long company name ", 40),
	strings.Repeat("界", 300),
	"\u00a0\u3000 spaces of other kinds\u2028",
}

func addHostileJobs(store *data.Store) error {
	for i, company := range hostileTexts {
		role := hostileTexts[(i+1)%len(hostileTexts)]
		at := driveStart.Add(time.Duration(i*7-20) * time.Hour)
		j, err := store.Create(data.DefaultTemplate(), checklist.Details{
			Company: company, Role: role, At: at, Where: hostileTexts[(i+2)%len(hostileTexts)],
			Interviewers: []string{hostileTexts[(i+3)%len(hostileTexts)], "Dana Lee"},
		}, driveStart.Add(-72*time.Hour))
		if err != nil {
			return fmt.Errorf("hostile job %d: %w", i, err)
		}
		var edits []checklist.Edit
		for si, sec := range j.Sections {
			for ii, it := range sec.Items {
				if (si+ii+i)%5 == 0 {
					edits = append(edits, checklist.SetNote{ItemID: it.ID, Note: hostileTexts[(si+ii)%len(hostileTexts)]})
				}
			}
		}
		if _, err := store.Apply(j.ID, edits...); err != nil {
			return fmt.Errorf("hostile job %d: %w", i, err)
		}
	}
	return nil
}

// badFiles are job files prep cannot read, each for its own reason.
var badFiles = map[string]string{
	"broken-json-2026-12-01.json": `{"version": 1, "id": "broken-json-2026-12-01", "company": "Bro`,
	"empty-2026-12-01.json":       ``,
	"not-an-object.json":          `[1, 2, 3]`,
	"wrong-types-2026-12-01.json": `{"version": 1, "id": "wrong-types-2026-12-01", "company": 7, "sections": "none"}`,
	"no-version.json":             `{"id": "no-version", "company": "Old"}`,
}

func addBadFiles(dir string) error {
	// A template of the person's own that cannot be used: its warning
	// comes whenever the drive delivers the reading of it.
	config := filepath.Join(dir, "config")
	if err := os.MkdirAll(config, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(data.TemplatePath(config), []byte(`{"name": "Mine", "sections": [{"id": "a", "phse": "before"}]}`), 0o600); err != nil {
		return err
	}
	jobs := filepath.Join(dir, "jobs")
	for name, body := range badFiles {
		if err := os.WriteFile(filepath.Join(jobs, name), []byte(body), 0o600); err != nil {
			return err
		}
	}
	// A job from a newer prep, to be shown read-only, and a job file that
	// is a link to outside the folder, read but never written.
	entries, err := os.ReadDir(jobs)
	if err != nil {
		return err
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(jobs, e.Name()))
		if err != nil || !strings.Contains(string(b), currentVersion) {
			continue
		}
		if err := os.WriteFile(filepath.Join(jobs, "from-the-future.json"), newerVersion(b, "from-the-future"), 0o600); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "elsewhere.json"), renamed(b, "linked-job"), 0o600); err != nil {
			return err
		}
		// Relative, so that each copy of the folder links to its own file.
		return os.Symlink(filepath.Join("..", "elsewhere.json"), filepath.Join(jobs, "linked-job.json"))
	}
	return nil
}

var currentVersion = fmt.Sprintf(`"version": %d`, checklist.FormatVersion)

// newerVersion is a job file as a later prep might write it: a higher
// version and a field this one does not know.
func newerVersion(b []byte, id string) []byte {
	s := strings.Replace(string(renamed(b, id)), currentVersion, `"version": 99`, 1)
	return []byte(strings.Replace(s, "{", `{"from_the_future": {"kept": true},`, 1))
}

// renamed is a job file with its id changed, to live under another name.
func renamed(b []byte, id string) []byte {
	j, err := data.DecodeJob(b)
	if err != nil {
		return b
	}
	old := `"id": "` + j.ID + `"`
	return []byte(strings.Replace(string(b), old, `"id": "`+id+`"`, 1))
}
