package data

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// v1Job is a job file of version 1, one interview per job, as prep wrote
// it before rounds.
type v1Job struct {
	Version      int               `json:"version"`
	ID           string            `json:"id"`
	Company      string            `json:"company"`
	Role         string            `json:"role"`
	InterviewAt  time.Time         `json:"interview_at"`
	Where        string            `json:"where,omitempty"`
	Interviewers []string          `json:"interviewers,omitempty"`
	Status       checklist.Status  `json:"status"`
	StatusAt     *time.Time        `json:"status_at,omitempty"`
	Reason       *checklist.Reason `json:"reason,omitempty"`
	Template     string            `json:"template,omitempty"`
	CreatedAt    time.Time         `json:"created_at"`
	Sections     []v1Section       `json:"sections"`
	// Later is a field this build does not know, which must survive.
	Later string `json:"x_later,omitempty"`
}

type v1Section struct {
	ID    string           `json:"id"`
	Title string           `json:"title"`
	Phase checklist.Phase  `json:"phase"`
	When  checklist.Status `json:"when,omitempty"`
	Items []checklist.Item `json:"items"`
}

// randomV1Job is a version-1 job with every kind of field filled in or
// left out: default sections and a person's own, ticks, notes, due times,
// interviewers, an answer.
func randomV1Job(r *rand.Rand, n int) v1Job {
	at := time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), 8+r.IntN(10), 0, 0, 0, cet)
	j := v1Job{Version: 1, ID: fmt.Sprintf("job-%d", n), Company: "Acme", Role: "Engineer", InterviewAt: at,
		Status: checklist.Statuses()[r.IntN(6)], Template: "default", CreatedAt: at.AddDate(0, 0, -5)}
	if r.IntN(2) == 0 {
		j.Where = []string{"1 Main St", "https://meet.example.com/abc", "Room 4 ☕"}[r.IntN(3)]
	}
	for i := range r.IntN(4) {
		j.Interviewers = append(j.Interviewers, fmt.Sprintf("Person %d", i))
	}
	if r.IntN(3) == 0 {
		st := at.AddDate(0, 0, 3)
		j.StatusAt = &st
	}
	if r.IntN(4) == 0 {
		j.Later = "kept"
	}
	ids := []string{"research", "materials", "dress", "thanks", "right-after", "follow-up", "my-own", "courtesy", "if-no"}
	for si, id := range ids[:1+r.IntN(len(ids))] {
		s := v1Section{ID: id, Title: strings.ToUpper(id), Phase: checklist.Phases()[si%2], Items: []checklist.Item{}}
		if id == "if-no" {
			s.When, s.Phase = checklist.Rejected, checklist.After
		}
		for ii := range r.IntN(4) {
			it := checklist.Item{ID: fmt.Sprintf("%s-%d", id, ii), Text: "Do " + id}
			if r.IntN(2) == 0 {
				done := at.Add(time.Duration(r.IntN(100)) * time.Hour)
				it.Done, it.DoneAt = true, &done
			}
			if r.IntN(3) == 0 {
				it.Note = "line one\nline two"
			}
			if r.IntN(3) == 0 {
				due := at.Add(24 * time.Hour)
				it.Due, it.DueAt = "+24h", &due
			}
			s.Items = append(s.Items, it)
		}
		j.Sections = append(j.Sections, s)
	}
	return j
}

// TestV1JobsBecomeOneRound: a version-1 job reads as a job with its
// interview as its one round, losing nothing: every field, tick, note, due
// time and unknown field. Saved, it reads back the same.
func TestV1JobsBecomeOneRound(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		old := randomV1Job(r, n)
		b, err := marshalNoEscape(old)
		if err != nil {
			t.Fatal(err)
		}
		j, raw, err := decodeJobFile(b)
		if err != nil {
			t.Fatalf("job %d: %v\n%s", n, err, b)
		}
		checkMigrated(t, old, j)
		if old.Later != "" && !bytes.Contains(raw, []byte(`"x_later":"kept"`)) {
			t.Errorf("job %d: the unknown field was lost in the upgrade", n)
		}

		saved, err := encodeJobOver(j, raw)
		if err != nil {
			t.Fatal(err)
		}
		again, _, err := decodeJobFile(saved)
		if err != nil {
			t.Fatalf("job %d saved as version 2 does not read back: %v\n%s", n, err, saved)
		}
		if !reflect.DeepEqual(again, j) {
			t.Fatalf("job %d: saved and read back, it differs:\n%+v\n%+v", n, again, j)
		}
		if old.Later != "" && !bytes.Contains(saved, []byte(`"x_later": "kept"`)) {
			t.Errorf("job %d: the unknown field was lost in the save", n)
		}
	}
}

func checkMigrated(t *testing.T, old v1Job, j checklist.Job) {
	t.Helper()
	if j.Version != checklist.FormatVersion || j.ID != old.ID || j.Company != old.Company || j.Status != old.Status {
		t.Fatalf("%s: job fields changed: %+v", old.ID, j)
	}
	if len(j.Rounds) != 1 {
		t.Fatalf("%s: %d rounds, want 1", old.ID, len(j.Rounds))
	}
	rd := j.Rounds[0]
	if rd.ID != "r1" || !rd.At.Equal(old.InterviewAt) || rd.Where != old.Where || rd.State != checklist.Scheduled ||
		!reflect.DeepEqual(rd.Names(), append([]string{}, old.Interviewers...)) {
		t.Errorf("%s: round = %+v", old.ID, rd)
	}
	if want := checklist.InPerson; strings.HasPrefix(old.Where, "https://") && rd.Format != checklist.Video || !strings.HasPrefix(old.Where, "https://") && rd.Format != want {
		t.Errorf("%s: format %q for a place %q", old.ID, rd.Format, old.Where)
	}
	got := map[string]checklist.Item{}
	for _, s := range j.AllSections() {
		inRound := j.RoundOf(s) != nil
		if inRound != (checklist.V1SectionScope(s.ID, s.Phase, s.When) == checklist.RoundScope) {
			t.Errorf("%s: section %s in the round: %v", old.ID, s.ID, inRound)
		}
		for _, it := range s.Items {
			got[it.ID] = it
		}
	}
	for _, s := range old.Sections {
		for _, it := range s.Items {
			g, ok := got[it.ID]
			if !ok {
				t.Errorf("%s: item %s was lost", old.ID, it.ID)
				continue
			}
			if g.Done != it.Done || g.Note != it.Note || g.Due != it.Due || !sameTime(g.DoneAt, it.DoneAt) || !sameTime(g.DueAt, it.DueAt) {
				t.Errorf("%s: item %s = %+v, was %+v", old.ID, it.ID, g, it)
			}
		}
	}
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

// A version-1 file is read, not rewritten: it becomes version 2 on disk
// only when the job changes.
func TestV1FileIsRewrittenOnlyWhenChanged(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(dir)
	if err := os.MkdirAll(filepath.Join(dir, "jobs"), 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "jobs", acmeID+".json")
	v1, err := os.ReadFile(filepath.Join("testdata", "contract-job.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, v1, 0o600); err != nil {
		t.Fatal(err)
	}
	j, err := s.Load(acmeID)
	if err != nil {
		t.Fatal(err)
	}
	if len(j.Rounds) != 1 || j.Item("thank-hr") == nil || j.RoundOf(j.Section("thanks")) == nil {
		t.Fatalf("the contract file did not become one round: %+v", j)
	}
	if _, _, err := s.List(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, v1) {
		t.Fatal("reading the version-1 file rewrote it")
	}
	if _, err := s.Apply(acmeID, checklist.SetNote{ItemID: "news", Note: "Launch next week"}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !bytes.Contains(b, []byte(`"version": 2`)) || !bytes.Contains(b, []byte(`"rounds": [`)) {
		t.Errorf("the changed job was not saved as version 2:\n%s", b)
	}
}
