package data

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// The story bank: one JSON file per story, <data dir>/stories/<id>.json,
// kept with the same care as the jobs: written whole or not at all,
// readable by the person alone, and a file that cannot be read is named
// and left exactly as it is (docs/stories.md has the file's contract).

const storiesDir = "stories"

// StoriesDir is the folder of the story bank.
func (s *Store) StoriesDir() string { return filepath.Join(s.dir, storiesDir) }

// Stories reads every story of the bank, by title. A file that cannot be
// read is a Problem, left untouched, and never hides the others. A missing
// folder holds none.
func (s *Store) Stories() ([]checklist.Story, []Problem, error) {
	dir := s.StoriesDir()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read stories folder: %w", err)
	}
	var stories []checklist.Story
	var problems []Problem
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), jobExt)
		if !ok || !checklist.ValidID(id) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		st, err := readStory(path, id)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since the folder was read
		}
		if err != nil {
			problems = append(problems, Problem{Path: path, Err: err})
			continue
		}
		stories = append(stories, st)
	}
	slices.SortStableFunc(stories, func(a, b checklist.Story) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)), cmp.Compare(a.ID, b.ID))
	})
	return stories, problems, nil
}

func readStory(path, id string) (checklist.Story, error) {
	b, _, _, err := readFileLimited(path, nil)
	if err != nil {
		return checklist.Story{}, err
	}
	var st checklist.Story
	if err := json.Unmarshal(b, &st); err != nil {
		return checklist.Story{}, describeJSONError(err)
	}
	if err := st.Validate(); err != nil {
		return checklist.Story{}, err
	}
	if st.ID != id {
		return checklist.Story{}, fmt.Errorf("its id %q does not match the file name", st.ID)
	}
	return st, nil
}

// AddStory puts a new story in the bank, with an id made from its title
// that no story file has, and returns it as saved. A disk that will not
// take it gives a *SaveError, and nothing is left behind.
func (s *Store) AddStory(d checklist.StoryDetails, now time.Time) (checklist.Story, error) {
	dir := s.StoriesDir()
	taken := func(id string) bool {
		_, err := os.Lstat(filepath.Join(dir, id+jobExt))
		return err == nil
	}
	// A story refused for what it says makes no folder and takes no lock;
	// its id is chosen again under the lock.
	if _, err := checklist.NewStory(d, now, taken); err != nil {
		return checklist.Story{}, err
	}
	if err := s.ensureDirs(); err != nil {
		return checklist.Story{}, err
	}
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return checklist.Story{}, &SaveError{Path: dir, Err: err}
	}
	// Under the lock, so that two copies of prep never take one id.
	unlock, err := s.lock(".new-story.lock")
	if err != nil {
		return checklist.Story{}, err
	}
	defer unlock()
	st, err := checklist.NewStory(d, now, taken)
	if err != nil {
		return st, err
	}
	b, err := EncodeStory(st)
	if err != nil {
		return st, err
	}
	path := filepath.Join(dir, st.ID+jobExt)
	if err := s.writeFile(path, b, filePerm); err != nil {
		return st, &SaveError{Path: path, Err: err}
	}
	return st, nil
}

// EncodeStory is a story's file: indented JSON in a stable key order,
// ending in a newline.
func EncodeStory(st checklist.Story) ([]byte, error) {
	b, err := encodeFile(st)
	if err != nil {
		return nil, fmt.Errorf("encode story %s: %w", st.ID, err)
	}
	return b, nil
}
