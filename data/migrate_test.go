package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestMigrateCurrentVersionIsUnchanged: a file of the current version goes
// through no step and decodes as it is.
func TestMigrateCurrentVersionIsUnchanged(t *testing.T) {
	if len(migrations) != checklist.FormatVersion-1 {
		t.Errorf("%d migration steps for format version %d, want one per older version", len(migrations), checklist.FormatVersion)
	}
	for v := 1; v < checklist.FormatVersion; v++ {
		if migrations[v] == nil {
			t.Errorf("no step from version %d", v)
		}
	}
	b := []byte(`{"version": 2, "id": "a", "status": "upcoming"}`)
	got, err := upgrade(b, checklist.FormatVersion)
	if err != nil || !bytes.Equal(got, b) {
		t.Errorf("upgrade of a current file = %s, %v; want it unchanged", got, err)
	}
}

// TestMigrateStepByStep: a step for each version, run in order, each
// seeing the previous one's output with "version" set to its own.
func TestMigrateStepByStep(t *testing.T) {
	// A made-up version 2 calls "where" "location"; a made-up version 3
	// keeps the interviewers as objects.
	steps := map[int]migration{
		1: func(b []byte) ([]byte, error) {
			var m map[string]json.RawMessage
			if err := json.Unmarshal(b, &m); err != nil {
				return nil, err
			}
			if v := string(m["version"]); v != "1" {
				t.Errorf("step 1 saw version %s", v)
			}
			if w, ok := m["where"]; ok {
				m["location"] = w
				delete(m, "where")
			}
			return json.Marshal(m)
		},
		2: func(b []byte) ([]byte, error) {
			var m map[string]json.RawMessage
			if err := json.Unmarshal(b, &m); err != nil {
				return nil, err
			}
			if v := string(m["version"]); v != "2" {
				t.Errorf("step 2 saw version %s", v)
			}
			var names []string
			if err := json.Unmarshal(m["interviewers"], &names); err != nil {
				return nil, err
			}
			var people []map[string]string
			for _, n := range names {
				people = append(people, map[string]string{"name": n})
			}
			m["interviewers"], _ = json.Marshal(people)
			return json.Marshal(m)
		},
	}
	v1 := []byte(`{"version": 1, "id": "a", "where": "Berlin office", "interviewers": ["Dana Lee", "Sam Ng"],
		"sections": [{"id": "s", "items": []}, {"id": "t", "items": []}]}`)
	v3, err := migrate(v1, 1, 3, steps)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version      int                     `json:"version"`
		Location     string                  `json:"location"`
		Where        *string                 `json:"where"`
		Interviewers []struct{ Name string } `json:"interviewers"`
		Sections     []json.RawMessage       `json:"sections"`
	}
	if err := json.Unmarshal(v3, &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 3 || got.Location != "Berlin office" || got.Where != nil ||
		len(got.Interviewers) != 2 || got.Interviewers[1].Name != "Sam Ng" || len(got.Sections) != 2 {
		t.Errorf("migrated file = %s", v3)
	}
	if !strings.HasPrefix(string(v3), `{"version":3,`) {
		t.Errorf("migrated file does not start with its version: %.40s", v3)
	}

	// A version with no step, or a step that fails, stops the upgrade
	// with a reason that names the versions.
	if _, err := migrate(v1, 1, 4, steps); err == nil || !strings.Contains(err.Error(), "version 3") {
		t.Errorf("upgrade past the last step: %v", err)
	}
	boom := errors.New("boom")
	failing := map[int]migration{1: func([]byte) ([]byte, error) { return nil, boom }}
	if _, err := migrate(v1, 1, 2, failing); !errors.Is(err, boom) || !strings.Contains(err.Error(), "from version 1 to 2") {
		t.Errorf("failing step: %v", err)
	}
	notObject := map[int]migration{1: func([]byte) ([]byte, error) { return []byte(`[]`), nil }}
	if _, err := migrate(v1, 1, 2, notObject); err == nil {
		t.Error("a step that returns no object was accepted")
	}
}
