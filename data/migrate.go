package data

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/prep-cli/prep/checklist"
)

// How job files move to a new format.
//
// Every job file names its format in "version". This build writes version
// checklist.FormatVersion and reads every older version by upgrading the
// file's JSON one version at a time before decoding it. The file on disk is
// left as it is until the job is next changed; then it is saved in the
// current version. A step works on the raw JSON, so it may rename, move or
// reshape fields without keeping the old Go types around, and the fields
// it does not know go along where they were; migrate sets "version" after
// it. A file from a newer version than this build is never upgraded or
// rewritten: it is read as well as this build can and is read-only.

// migration turns the JSON of a job file of one version into the next.
type migration func(b []byte) ([]byte, error)

// migrations are the steps from each old version to the next.
var migrations = map[int]migration{
	1: roundsFromV1,
}

// roundsFromV1 turns a job of version 1, one interview per job, into a job
// with that interview as its one round: "interview_at", "where" and
// "interviewers" become the round's, and the sections done for each
// interview move into it (see checklist.V1SectionScope), with their ids and every
// tick, note and due time as they were.
func roundsFromV1(b []byte) ([]byte, error) {
	ms, ok := objectMembers(b)
	if !ok {
		return nil, fmt.Errorf("not a JSON object")
	}
	var (
		at, where, names json.RawMessage
		out              []member
		roundAt          = -1
	)
	for _, m := range ms {
		switch m.key {
		case "interview_at":
			at, roundAt = m.val, len(out)
		case "where":
			where = m.val
		case "interviewers":
			names = m.val
		default:
			out = append(out, m)
		}
	}
	var own, theirs []json.RawMessage
	for i, m := range out {
		if m.key != "sections" {
			continue
		}
		var sections []json.RawMessage
		if err := json.Unmarshal(m.val, &sections); err != nil {
			return nil, fmt.Errorf(`"sections": %w`, err)
		}
		own = []json.RawMessage{}
		for _, s := range sections {
			var head struct {
				ID    string           `json:"id"`
				Phase checklist.Phase  `json:"phase"`
				When  checklist.Status `json:"when"`
			}
			if json.Unmarshal(s, &head) == nil && checklist.V1SectionScope(head.ID, head.Phase, head.When) == checklist.RoundScope {
				theirs = append(theirs, s)
			} else {
				own = append(own, s)
			}
		}
		out[i].val, _ = json.Marshal(own)
	}
	round, err := v1Round(at, where, names, theirs)
	if err != nil {
		return nil, err
	}
	rounds := member{"rounds", append(append([]byte("["), round...), ']')}
	if roundAt < 0 {
		roundAt = len(out)
	}
	out = append(out[:roundAt], append([]member{rounds}, out[roundAt:]...)...)
	return writeObject(out), nil
}

// v1Round is the round a version-1 job's interview becomes.
func v1Round(at, where, names json.RawMessage, sections []json.RawMessage) ([]byte, error) {
	var list []string
	if len(names) > 0 && string(names) != "null" {
		if err := json.Unmarshal(names, &list); err != nil {
			return nil, fmt.Errorf(`"interviewers": want a list of names: %w`, err)
		}
	}
	var place string
	if len(where) > 0 {
		if err := json.Unmarshal(where, &place); err != nil {
			return nil, fmt.Errorf(`"where": want a string: %w`, err)
		}
	}
	format := checklist.InPerson
	if strings.HasPrefix(place, "https://") || strings.HasPrefix(place, "http://") {
		format = checklist.Video
	}
	r := []member{
		{"id", json.RawMessage(`"r1"`)},
		{"name", json.RawMessage(`"Interview"`)},
		{"format", mustJSON(format)},
	}
	if len(at) > 0 {
		r = append(r, member{"at", at})
	}
	if place != "" {
		r = append(r, member{"where", where})
	}
	if len(list) > 0 {
		r = append(r, member{"interviewers", mustJSON(checklist.People(list...))})
	}
	if sections == nil {
		sections = []json.RawMessage{}
	}
	r = append(r, member{"state", json.RawMessage(`"scheduled"`)}, member{"sections", mustJSON(sections)})
	return writeObject(r), nil
}

// mustJSON encodes the values roundsFromV1 builds: names, a format and
// sections just decoded, which always encode.
func mustJSON(v any) json.RawMessage {
	b, _ := marshalNoEscape(v)
	return b
}

// upgrade brings a job file of an older version to the current one.
func upgrade(b []byte, version int) ([]byte, error) {
	return migrate(b, version, checklist.FormatVersion, migrations)
}

// migrate upgrades b, a job file of version from, to version to, one step
// of steps at a time.
func migrate(b []byte, from, to int, steps map[int]migration) ([]byte, error) {
	for v := from; v < to; v++ {
		step, ok := steps[v]
		if !ok {
			return nil, fmt.Errorf("version %d: this build cannot upgrade it to version %d", v, v+1)
		}
		out, err := step(b)
		if err != nil {
			return nil, fmt.Errorf("upgrade from version %d to %d: %w", v, v+1, err)
		}
		if b, err = setVersion(out, v+1); err != nil {
			return nil, fmt.Errorf("upgrade from version %d to %d: %w", v, v+1, err)
		}
	}
	return b, nil
}

// setVersion sets the "version" of a job file's JSON, keeping the rest in
// its order.
func setVersion(b []byte, v int) ([]byte, error) {
	ms, ok := objectMembers(b)
	if !ok {
		return nil, fmt.Errorf("not a JSON object")
	}
	val, _ := json.Marshal(v)
	out := []member{{"version", val}}
	for _, m := range ms {
		if !strings.EqualFold(m.key, "version") {
			out = append(out, m)
		}
	}
	return writeObject(out), nil
}
