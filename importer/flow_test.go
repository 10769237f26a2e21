package importer

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/export"
)

var created = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

// importFile reads one fixture and saves what Decide makes of it against
// the jobs in the store.
func importFile(t *testing.T, s *data.Store, name string, o Options) (Plan, checklist.Job) {
	t.Helper()
	events, err := ReadFile(fixture(name), me, berlin(t))
	if err != nil {
		t.Fatal(err)
	}
	jobs, _, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	o.Me = me
	p, err := Decide(events[0], jobs, o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	j, _, err := Save(s, p, data.DefaultTemplate(), created)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p, j
}

func onlyJob(t *testing.T, s *data.Store) checklist.Job {
	t.Helper()
	jobs, _, err := s.List()
	if err != nil || len(jobs) != 1 {
		t.Fatalf("%d jobs (%v), want 1", len(jobs), err)
	}
	return jobs[0]
}

// TestUpdatesFollowTheRound: Teams' invitation, its update and its
// cancellation change one round; an older version changes nothing.
func TestUpdatesFollowTheRound(t *testing.T) {
	s := data.NewStore(t.TempDir())
	p, _ := importFile(t, s, "teams.ics", Options{})
	if p.Action != NewJob {
		t.Fatalf("first import: %s", p.Action)
	}
	j := onlyJob(t, s)
	if j.Notes == "" || !strings.Contains(j.Notes, "wir freuen uns") || strings.Contains(j.Notes, "Meeting ID") {
		t.Errorf("the job's notes are %q", j.Notes)
	}
	if c := j.Contacts; len(c) != 1 || c[0].Name != "Lena Schmidt" || c[0].Email != "lena.schmidt@contoso-gmbh.de" {
		t.Errorf("contacts %+v", c)
	}
	due := func(j checklist.Job) time.Time {
		for _, s := range j.AllSections() {
			for _, it := range s.Items {
				if it.DueAt != nil && j.RoundOf(s) != nil {
					return *it.DueAt
				}
			}
		}
		t.Fatal("no round item has a due time")
		return time.Time{}
	}
	before := due(j)

	p, j = importFile(t, s, "teams-update.ics", Options{})
	if p.Action != Update || len(j.Rounds) != 1 {
		t.Fatalf("update: %s, %d rounds", p.Action, len(j.Rounds))
	}
	r := j.Rounds[0]
	if want := time.Date(2026, 12, 17, 9, 0, 0, 0, time.UTC); !r.At.Equal(want) {
		t.Errorf("the update put the round at %v, want %v", r.At, want)
	}
	if got := r.Names(); len(got) != 2 || got[1] != "Mia Wagner" {
		t.Errorf("the update left the people %q", got)
	}
	if moved := due(j).Sub(before); moved != 20*time.Hour {
		t.Errorf("the due times moved by %v, want 20h", moved)
	}
	if r.Invite.Sequence != 1 {
		t.Errorf("the round holds version %d", r.Invite.Sequence)
	}

	if p, _ := importFile(t, s, "teams.ics", Options{}); p.Action != Older {
		t.Errorf("the first version again: %s", p.Action)
	}
	if p, _ := importFile(t, s, "teams-update.ics", Options{}); p.Action != Unchanged {
		t.Errorf("the update again: %s", p.Action)
	}
	if !onlyJob(t, s).Rounds[0].At.Equal(r.At) {
		t.Error("an older version moved the round")
	}

	p, j = importFile(t, s, "teams-cancel.ics", Options{})
	if p.Action != Cancel || j.Rounds[0].State != checklist.Cancelled {
		t.Fatalf("cancel: %s, state %s", p.Action, j.Rounds[0].State)
	}
	if !j.Rounds[0].At.Equal(r.At) || j.Notes == "" {
		t.Error("the cancellation lost the round's time or the notes")
	}
	if p, _ := importFile(t, s, "teams-cancel.ics", Options{}); p.Action != Unchanged {
		t.Errorf("the cancellation again: %s", p.Action)
	}
}

// TestSameCompanyGetsARound: a meeting with a company that has a job
// becomes its next round, unless --new says otherwise or --job names
// another; two jobs there are a question.
func TestSameCompanyGetsARound(t *testing.T) {
	s := data.NewStore(t.TempDir())
	first, err := s.Create(data.DefaultTemplate(), checklist.Details{Company: "initech", Role: "Staff Software Engineer",
		At: time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)}, created)
	if err != nil {
		t.Fatal(err)
	}
	p, j := importFile(t, s, "lever.ics", Options{})
	if p.Action != NewRound || j.ID != first.ID || len(j.Rounds) != 2 || j.Rounds[1].Name != "Phone screen" {
		t.Fatalf("%s into %s, %d rounds", p.Action, j.ID, len(j.Rounds))
	}
	if len(j.Contacts) != 1 || j.Contacts[0].Name != "Karen Jones" || !strings.Contains(j.Notes, "Phone screen (18 Dec 2026): Hi Jane") {
		t.Errorf("contacts %+v, notes %q", j.Contacts, j.Notes)
	}

	p, _ = importFile(t, s, "outlook-html.ics", Options{New: true, Role: "Analyst"})
	if p.Action != NewJob || len(p.SameCompany) != 1 {
		t.Fatalf("--new: %s, other jobs %q", p.Action, p.SameCompany)
	}
	events, err := ReadFile(fixture("icloud.ics"), me, berlin(t))
	if err != nil {
		t.Fatal(err)
	}
	jobs, _, _ := s.List()
	if _, err := Decide(events[0], jobs, Options{Company: "Initech"}); !errors.Is(err, ErrWhichJob) {
		t.Errorf("two jobs at the company: %v", err)
	}
	p, err = Decide(events[0], jobs, Options{JobID: first.ID})
	if err != nil || p.Action != NewRound || p.JobID != first.ID {
		t.Errorf("--job: %s %s %v", p.Action, p.JobID, err)
	}
	if _, err := Decide(events[0], jobs, Options{JobID: "nope"}); !errors.Is(err, ErrNoSuchJob) {
		t.Errorf("--job of no job: %v", err)
	}
}

// TestExportImportsBack: the calendar prep export writes of a job reads
// back as the same rounds: nothing to change against the job itself, and
// the same rounds in a folder without it.
func TestExportImportsBack(t *testing.T) {
	s := data.NewStore(t.TempDir())
	j, err := s.Create(data.DefaultTemplate(), checklist.Details{Company: "Acme Corp", Role: "Backend Engineer",
		Name: "Phone screen", Format: checklist.Phone, At: time.Date(2026, 12, 10, 10, 0, 0, 0, berlin(t)), Minutes: 30,
		Where: "+49 30 1234567", Interviewers: []string{"Kim Patel"}}, created)
	if err != nil {
		t.Fatal(err)
	}
	j, err = s.Apply(j.ID, checklist.AddRound{Template: data.DefaultTemplate(), Details: checklist.RoundDetails{
		Name: "Technical", Format: checklist.Video, At: time.Date(2026, 12, 17, 14, 0, 0, 0, berlin(t)), Minutes: 90,
		Link: "https://meet.google.com/abc-defg-hij", Interviewers: checklist.People("Dana Lee", "Sam Rivera")}})
	if err != nil {
		t.Fatal(err)
	}
	var cal bytes.Buffer
	if err := export.ICS(&cal, j, created); err != nil {
		t.Fatal(err)
	}
	events, err := Read(bytes.NewReader(cal.Bytes()), nil, berlin(t))
	if err != nil || len(events) != 2 {
		t.Fatalf("%d events: %v", len(events), err)
	}
	empty := data.NewStore(t.TempDir())
	for i, e := range events {
		p, err := Decide(e, []checklist.Job{j}, Options{})
		if err != nil || p.Action != Unchanged || p.RoundID != j.Rounds[i].ID {
			t.Errorf("round %d against its own job: %s %s %v", i+1, p.Action, p.RoundID, err)
		}
		jobs, _, _ := empty.List()
		p, err = Decide(e, jobs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, roundID, err := Save(empty, p, data.DefaultTemplate(), created)
		if err != nil {
			t.Fatal(err)
		}
		back, want := got.Round(roundID), j.Rounds[i]
		if back.Name != want.Name || !back.At.Equal(want.At) || back.Minutes != want.Minutes || back.Where != want.Where ||
			back.Link != want.Link || back.Format != want.Format || strings.Join(back.Names(), ",") != strings.Join(want.Names(), ",") {
			t.Errorf("round %d came back as %+v, want %+v", i+1, *back, want)
		}
		if got.Company != j.Company || got.Role != j.Role {
			t.Errorf("the job came back as %q — %q", got.Company, got.Role)
		}
	}
}

// TestUpdateKeepsTheJourney: an invitation says nothing of the journey the
// person set, so its update keeps it.
func TestUpdateKeepsTheJourney(t *testing.T) {
	s := data.NewStore(t.TempDir())
	_, j := importFile(t, s, "teams.ics", Options{})
	r := j.Rounds[0]
	d := details(&r)
	d.TravelMinutes = 40
	if _, err := s.Apply(j.ID, checklist.SetRound{RoundID: r.ID, Details: d}); err != nil {
		t.Fatal(err)
	}
	if _, j = importFile(t, s, "teams-update.ics", Options{}); j.Rounds[0].TravelMinutes != 40 {
		t.Errorf("the update left a journey of %d min, want the 40 set", j.Rounds[0].TravelMinutes)
	}
}
