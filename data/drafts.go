package data

import (
	"bytes"
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

const draftsDir = "drafts"

// A Draft is text a person was typing when the app stopped, or was stopped:
// kept in <data dir>/drafts so that the next start can offer it back. While
// the person types, the app writes the draft every second or so, so even a
// crash loses only the last moment of typing.
type Draft struct {
	// Kind says what the text was for: a note, an item's new text, a new
	// job's form. The app that wrote it gives it meaning.
	Kind string `json:"kind"`
	// Job and Item say where the text belongs, when it belongs to a job.
	Job  string `json:"job,omitempty"`
	Item string `json:"item,omitempty"`
	Text string `json:"text,omitempty"`
	// Was is the text the field held when the person began, so that what
	// they wrote can be merged with a change made since.
	Was string `json:"was,omitempty"`
	// Fields are a form's fields by name.
	Fields map[string]string `json:"fields,omitempty"`
	// SavedAt is when the draft was last written.
	SavedAt time.Time `json:"saved_at"`
}

// name is the draft's file name: one draft for each place text is typed,
// so a newer draft of the same note replaces the older one.
func (d Draft) name() (string, error) {
	parts := slices.DeleteFunc([]string{d.Kind, d.Job, d.Item}, func(s string) bool { return s == "" })
	for _, p := range parts {
		if !checklist.ValidID(p) {
			return "", fmt.Errorf("draft %q: names are lower-case letters, digits and dashes", p)
		}
	}
	if len(parts) == 0 {
		return "", errors.New("a draft needs a kind")
	}
	return strings.Join(parts, "--") + jobExt, nil
}

// SaveDraft writes a draft, replacing the one for the same place, as a job
// is written: atomically, and readable by the person alone.
func (s *Store) SaveDraft(d Draft) error {
	name, err := d.name()
	if err != nil {
		return err
	}
	dir := filepath.Join(s.dir, draftsDir)
	if err := os.MkdirAll(dir, dirPerm); err != nil {
		return &SaveError{Path: dir, Err: describeOSError(err)}
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	if err := s.writeFile(path, append(b, '\n'), filePerm); err != nil {
		return &SaveError{Path: path, Err: err}
	}
	return nil
}

// Drafts lists the drafts kept, newest first. A draft file that cannot be
// read is a Problem, left as it is.
func (s *Store) Drafts() ([]Draft, []Problem, error) {
	dir := filepath.Join(s.dir, draftsDir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read drafts folder: %w", err)
	}
	var drafts []Draft
	var problems []Problem
	for _, e := range entries {
		if isDraftTemp(e.Name()) {
			// Left by a copy of prep killed while writing a draft.
			_ = os.Remove(filepath.Join(dir, e.Name()))
			continue
		}
		if !strings.HasSuffix(e.Name(), jobExt) || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		d, err := readDraft(path)
		if err != nil {
			problems = append(problems, Problem{Path: path, Err: err})
			continue
		}
		drafts = append(drafts, d)
	}
	slices.SortStableFunc(drafts, func(a, b Draft) int { return b.SavedAt.Compare(a.SavedAt) })
	return drafts, problems, nil
}

// isDraftTemp reports whether a name is that of a temporary file of a
// draft's atomic write: ".<name>.json<digits>".
func isDraftTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return false
	}
	i := strings.LastIndex(rest, jobExt)
	return i > 0 && isDigits(rest[i+len(jobExt):])
}

func readDraft(path string) (Draft, error) {
	var d Draft
	b, _, _, err := readFileLimited(path, nil)
	if err != nil {
		return d, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&d); err != nil {
		return d, fmt.Errorf("not a draft prep can read: %w", err)
	}
	name, err := d.name()
	if err == nil && name != filepath.Base(path) {
		err = fmt.Errorf("the draft inside is for %s", name)
	}
	return d, err
}

// DropDraft removes a draft once its text is saved, or the person chose to
// let it go. A draft already gone is not an error.
func (s *Store) DropDraft(d Draft) error {
	name, err := d.name()
	if err != nil {
		return err
	}
	err = os.Remove(filepath.Join(s.dir, draftsDir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
