package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestStoriesOfAMissingFolderAreNone(t *testing.T) {
	s, _ := newStore(t)
	stories, problems, err := s.Stories()
	if err != nil || len(stories) != 0 || len(problems) != 0 {
		t.Errorf("got %v, %v, %v", stories, problems, err)
	}
}

func TestAddStoryWritesAPrivateIndentedFile(t *testing.T) {
	s, dir := newStore(t)
	d := checklist.StoryDetails{Title: "A launch that slipped", Situation: "Late.", Task: "Ship.", Action: "Cut scope.",
		Result: "Shipped a week later.", Tags: "ownership, failure"}
	first, err := s.AddStory(d, now)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.AddStory(d, now)
	if err != nil {
		t.Fatal(err)
	}
	if first.ID != "a-launch-that-slipped" || second.ID != "a-launch-that-slipped-2" {
		t.Errorf("ids %q, %q", first.ID, second.ID)
	}
	path := filepath.Join(dir, "stories", first.ID+".json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("{\n  \"version\": 1,\n  \"id\": \"a-launch-that-slipped\",\n")) || !bytes.HasSuffix(b, []byte("}\n")) {
		t.Errorf("file is not indented JSON in a stable order:\n%s", b)
	}
	if info, err := os.Stat(path); err == nil && runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	stories, problems, err := s.Stories()
	if err != nil || len(problems) > 0 {
		t.Fatal(problems, err)
	}
	if len(stories) != 2 || !reflect.DeepEqual(stories[0].Tags, []string{"ownership", "failure"}) || !stories[0].CreatedAt.Equal(now) {
		t.Errorf("read back %+v", stories)
	}
}

func TestAddStoryRefusesNoTitleAndWritesNothing(t *testing.T) {
	s, dir := newStore(t)
	if _, err := s.AddStory(checklist.StoryDetails{Situation: "x"}, now); err == nil {
		t.Fatal("a story without a title saved")
	}
	if _, err := os.Stat(filepath.Join(dir, "stories")); err == nil {
		t.Error("a refused story made the stories folder")
	}
}

func TestAddStoryOnAFullDiskIsASaveError(t *testing.T) {
	s, dir := newStore(t)
	s.writeFile = func(string, []byte, os.FileMode) error { return errors.New("no space left on device") }
	_, err := s.AddStory(checklist.StoryDetails{Title: "T"}, now)
	var se *SaveError
	if !errors.As(err, &se) || !strings.Contains(se.Path, filepath.Join("stories", "t.json")) {
		t.Fatalf("got %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "stories")); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}

func TestBadStoryFilesAreNamedAndLeftAsTheyAre(t *testing.T) {
	s, dir := newStore(t)
	if _, err := s.AddStory(checklist.StoryDetails{Title: "Good one"}, now); err != nil {
		t.Fatal(err)
	}
	bad := map[string]string{
		"cut-short.json":     `{"version": 1, "id": "cut-short", "ti`,
		"wrong-id.json":      `{"version": 1, "id": "other", "title": "T"}`,
		"no-title.json":      `{"version": 1, "id": "no-title"}`,
		"not-an-object.json": `[1, 2]`,
		"tags-a-string.json": `{"version": 1, "id": "tags-a-string", "title": "T", "tags": "x"}`,
	}
	for name, text := range bad {
		if err := os.WriteFile(filepath.Join(dir, "stories", name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Not story files at all: passed over.
	for _, name := range []string{"notes.txt", ".a.json.prep-1-2.tmp", "Upper.json"} {
		if err := os.WriteFile(filepath.Join(dir, "stories", name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	stories, problems, err := s.Stories()
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].ID != "good-one" {
		t.Errorf("stories %+v", stories)
	}
	if len(problems) != len(bad) {
		t.Fatalf("problems %v", problems)
	}
	for _, p := range problems {
		name := filepath.Base(p.Path)
		if _, ok := bad[name]; !ok || !strings.Contains(p.Error(), name) {
			t.Errorf("problem %v does not name its file", p)
		}
		if b, _ := os.ReadFile(p.Path); string(b) != bad[name] {
			t.Errorf("%s changed to %q", name, b)
		}
	}
}

func TestLinkedStoriesAreSavedWithTheJob(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	if _, err := s.Apply(j.ID, checklist.LinkStory{StoryID: "a-launch", Linked: true}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "jobs", j.ID+".json"))
	if !bytes.Contains(b, []byte("\"stories\": [\n    \"a-launch\"\n  ]")) {
		t.Errorf("file lacks the link:\n%s", b[len(b)-200:])
	}
	jobs, problems := s.LoadMany([]string{j.ID})
	if len(problems) > 0 || !reflect.DeepEqual(jobs[0].Stories, []string{"a-launch"}) {
		t.Errorf("read back %v, %v", jobs[0].Stories, problems)
	}
}
