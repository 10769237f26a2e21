package data

import (
	"bytes"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestUnreadableDueAtInAJobFile: a due_at edited by hand into something
// that is not a time leaves the job readable, the item without a due time,
// and the text in the file through later saves.
func TestUnreadableDueAtInAJobFile(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	good := []byte(`"due_at": "2026-12-03T10:00:00+01:00"`) // thank-hr, two days after
	bad := []byte(`"due_at": "Thursday, \"after lunch\""`)
	b := readFile(t, path)
	if bytes.Count(b, good) != 4 { // two reviews, the handwritten note, and thank-hr last
		t.Fatalf("the file holds %q %d times", good, bytes.Count(b, good))
	}
	i := bytes.LastIndex(b, good)
	edited := append(append(append([]byte(nil), b[:i]...), bad...), b[i+len(good):]...)
	writeFile(t, path, edited)

	got, err := s.Load(j.ID)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	hr := got.Item("thank-hr")
	if hr.DueAt != nil || hr.UnreadableDueAt() != `"Thursday, \"after lunch\""` {
		t.Errorf("thank-hr due %v, unreadable %q", hr.DueAt, hr.UnreadableDueAt())
	}
	if hw := got.Item("handwritten-note"); hw.DueAt == nil {
		t.Error("the other items lost their due times")
	}
	jobs, problems, err := s.List()
	if err != nil || len(problems) != 0 || len(jobs) != 1 {
		t.Errorf("List = %d jobs, problems %v, error %v", len(jobs), problems, err)
	}

	if _, err := s.Apply(j.ID); err != nil {
		t.Fatal(err)
	}
	if after := readFile(t, path); !bytes.Equal(after, edited) {
		t.Errorf("saving the job unchanged rewrote the file:\n%s", after)
	}
	at := time.Date(2026, 12, 1, 12, 0, 0, 0, cet)
	if _, err := s.Apply(j.ID, checklist.SetDone{ItemID: "notes-discussed", Done: true, At: &at}); err != nil {
		t.Fatal(err)
	}
	after := readFile(t, path)
	if !regexp.MustCompile(`"due": "\+2d",\s+` + regexp.QuoteMeta(string(bad)) + `\s+}`).Match(after) {
		t.Errorf("the unreadable due_at is not where it was:\n%s", after)
	}
	want, err := DecodeJob(edited)
	if err != nil {
		t.Fatal(err)
	}
	want.Item("notes-discussed").Done, want.Item("notes-discussed").DoneAt = true, &at
	if b, _ := EncodeJob(want); !bytes.Equal(after, b) {
		t.Errorf("the file differs from the job with the one tick:\n%s", after)
	}
}
