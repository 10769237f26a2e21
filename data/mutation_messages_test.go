package data

import (
	"path/filepath"
	"strings"
	"testing"
)

// An upgrade that cannot go on says from which version to which.
func TestUpgradeFailuresNameBothVersions(t *testing.T) {
	v1 := []byte(`{"version": 1, "id": "a", "sections": []}`)
	keep := map[int]migration{1: func(b []byte) ([]byte, error) { return b, nil }}
	if _, err := migrate(v1, 1, 3, keep); err == nil || !strings.Contains(err.Error(), "version 2: this build cannot upgrade it to version 3") {
		t.Errorf("upgrade past the last step: %v", err)
	}
	notObject := map[int]migration{1: func([]byte) ([]byte, error) { return []byte(`[]`), nil }}
	if _, err := migrate(v1, 1, 2, notObject); err == nil || !strings.Contains(err.Error(), "upgrade from version 1 to 2") {
		t.Errorf("a step that returns no object: %v", err)
	}
}

// A file with two rounds of one id is reported with both rounds' places.
func TestTwoRoundsOfOneIDAreNamed(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, jobsDir, j.ID+jobExt)
	b := readFile(t, path)
	round := `{"id": "r1", "name": "Again", "format": "video", "at": "2026-12-05T10:00:00Z", "state": "scheduled", "sections": []}`
	i := strings.Index(string(b), `"rounds": [`) + len(`"rounds": [`)
	writeFile(t, path, []byte(string(b[:i])+round+","+string(b[i:])))
	_, problems, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Err.Error(), `two rounds have the id "r1": rounds 1 and 2`) {
		t.Errorf("problems = %v", problems)
	}
}
