package data

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestInviteIsSavedAndReadBack: the invitation a round came from, with its
// stamp, reads back the same both ways, and a field of it this build does
// not know survives a change to the round.
func TestInviteIsSavedAndReadBack(t *testing.T) {
	s, dir := newStore(t)
	d := details()
	stamp := now
	d.Invite = &checklist.Invite{UID: "abc123@google.com", Sequence: 2, Stamp: &stamp}
	j := create(t, s, d)
	path := dir + "/jobs/" + j.ID + ".json"
	b := readFile(t, path)
	if !bytes.Contains(b, []byte(`"stamp": "2026-11-20T18:30:00+01:00"`)) {
		t.Fatalf("the stamp was not saved:\n%s", b)
	}
	sameDecoding(t, "with a stamp", b)
	loaded, err := s.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	inv := loaded.Rounds[0].Invite
	if inv == nil || inv.UID != "abc123@google.com" || inv.Sequence != 2 || inv.Stamp == nil || !inv.Stamp.Equal(now) {
		t.Fatalf("invite read back as %+v", inv)
	}

	withExtra := strings.Replace(string(b), `"sequence": 2,`, `"sequence": 2, "calendar": "work",`, 1)
	writeFile(t, path, []byte(withExtra))
	rd := loaded.Rounds[0]
	if _, err := s.Apply(j.ID, checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{
		Name: rd.Name, Format: rd.Format, At: rd.At.Add(time.Hour), Minutes: rd.Minutes,
		Invite: &checklist.Invite{UID: "abc123@google.com", Sequence: 3},
	}}); err != nil {
		t.Fatal(err)
	}
	after := readFile(t, path)
	for _, want := range []string{`"calendar": "work"`, `"sequence": 3`} {
		if !bytes.Contains(after, []byte(want)) {
			t.Errorf("the saved file lacks %s:\n%s", want, after)
		}
	}
	if bytes.Contains(after, []byte(`"stamp"`)) {
		t.Errorf("the old stamp stayed with the new version:\n%s", after)
	}
}
