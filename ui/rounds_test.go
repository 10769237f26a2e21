package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// threeRoundStore holds a job with a phone screen held yesterday, a video
// technical round tomorrow and an onsite next week.
func threeRoundStore(t *testing.T) (*data.Store, checklist.Job) {
	t.Helper()
	store := newStore(t)
	j := addJob(t, store, "Orbit", "Site Reliability Engineer", testNow.Add(-30*time.Hour), "Kim Patel")
	tmpl := data.DefaultTemplate()
	j, err := store.Apply(j.ID,
		checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{Name: "Phone screen", Format: checklist.Phone,
			At: testNow.Add(-30 * time.Hour), Minutes: 30, Interviewers: checklist.People("Kim Patel")}},
		checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Name: "Technical", Format: checklist.Video,
			At: testNow.Add(14 * time.Hour), Link: "https://meet.example.com/orbit", Interviewers: checklist.People("Dana Lee")}},
		checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Name: "Onsite", Format: checklist.InPerson,
			At: testNow.AddDate(0, 0, 7), Where: "1 Orbit Way", Interviewers: checklist.People("Sam Ng", "Ada Park")}},
	)
	if err != nil {
		t.Fatal(err)
	}
	return store, j
}

func TestThreeRoundScreens(t *testing.T) {
	store, j := threeRoundStore(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			t.Run("list", func(t *testing.T) {
				golden.RequireEqual(t, render(loaded(t, store, sz.w, sz.h)))
			})
			t.Run("checklist", func(t *testing.T) {
				m := send(update(loaded(t, store, sz.w, sz.h), jobLoadedMsg{job: j}), "t")
				golden.RequireEqual(t, render(m))
			})
			t.Run("job-page", func(t *testing.T) {
				m := settleKeys(settle(loaded(t, store, sz.w, sz.h), jobLoadedMsg{job: j}), "i")
				golden.RequireEqual(t, render(m))
			})
		})
	}
}

// The job opens on its next round; [ and ] go between rounds, each with
// its own checklist under the job's own sections.
func TestSwitchingRounds(t *testing.T) {
	store, j := threeRoundStore(t)
	m := settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j})
	if m.screen != tonightScreen || !strings.Contains(string(render(m)), "Technical · video call") {
		t.Fatalf("the job did not open on tomorrow's technical round:\n%s", render(m))
	}
	m = settleKeys(m, "t")
	if !strings.Contains(string(render(m)), "Round 2 of 3 · Technical") {
		t.Fatalf("the checklist does not name its round:\n%s", render(m))
	}
	m = settleKeys(m, "]")
	screen := string(render(m))
	if !strings.Contains(screen, "Round 3 of 3 · Onsite") {
		t.Fatalf("] did not go to the onsite:\n%s", screen)
	}
	if !strings.Contains(screen, "Company research") {
		t.Error("the job's own sections are not on the onsite's checklist")
	}
	m = settleKeys(m, "[", "[")
	if !strings.Contains(string(render(m)), "Round 1 of 3 · Phone screen") {
		t.Fatalf("[ did not go back to the phone screen:\n%s", render(m))
	}
	// A tick on the job's own research shows on every round.
	m = settleKeys(m, "tab")
	m = settleKeys(m, "tab")
	id := m.check.list.current().ID
	m = settleKeys(m, "space", "]")
	if it := m.open.job.Item(id); it == nil || !it.Done {
		t.Fatalf("the tick on %s did not stay after switching rounds", id)
	}
}

// R adds a round through its form; E moves the round on show to a new time.
func TestAddAndMoveARound(t *testing.T) {
	store, j := threeRoundStore(t)
	m := settleKeys(settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j}), "t", "R")
	if m.screen != formScreen || !strings.Contains(string(render(m)), "New round") {
		t.Fatalf("R did not open the new round's form:\n%s", render(m))
	}
	m.form.values.name, m.form.values.when = "Final", "2026-12-14 15:00"
	m.form.values.interviewers = "Mo Reyes"
	m = settle(m, formDoneMsg{})
	saved, err := store.Load(j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Rounds) != 4 || saved.Rounds[3].Name != "Final" || saved.Item("r4-thank-interviewers-mo-reyes") == nil {
		t.Fatalf("the new round was not saved with its checklist: %+v", saved.Rounds)
	}
	if !strings.Contains(string(render(m)), "Round 4 of 4 · Final") {
		t.Errorf("the job does not show the new round:\n%s", render(m))
	}

	m = settleKeys(m, "E")
	if m.screen != formScreen || m.form.values.when != "2026-12-14 15:00" {
		t.Fatalf("E did not open the round's form, filled in: screen %d", m.screen)
	}
	m.form.values.when = "2026-12-15 09:30"
	m = settle(m, formDoneMsg{})
	saved, _ = store.Load(j.ID)
	want := time.Date(2026, 12, 15, 9, 30, 0, 0, testNow.Location())
	if r := saved.Round("r4"); r == nil || !r.At.Equal(want) {
		t.Errorf("the round was not moved: %+v", r)
	}
	if due := saved.Item("r4-handwritten-note").DueAt; due == nil || !due.Equal(want.AddDate(0, 0, 2)) {
		t.Errorf("the round's due times did not move with it: %v", due)
	}
}

// The job's page shows what is known about the job and its rounds; E there
// changes the job's own details, c cancels the round on show.
func TestJobPage(t *testing.T) {
	store, j := threeRoundStore(t)
	m := settleKeys(settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j}), "i")
	screen := string(render(m))
	for _, want := range []string{"About the job · Orbit", "Phone screen", "Technical", "Onsite", "1 Orbit Way", "With Sam Ng, Ada Park"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the job's page lacks %q:\n%s", want, screen)
		}
	}
	m = settleKeys(m, "E")
	m.form.values.salary = "£70–80k"
	m.form.values.contacts = "Kim Patel (recruiter) kim@orbit.example; Lee Park (hr)"
	m = settle(m, formDoneMsg{})
	saved, _ := store.Load(j.ID)
	if saved.Salary != "£70–80k" || len(saved.Contacts) != 2 || saved.Contacts[0].Email != "kim@orbit.example" || saved.Contacts[1].Role != "hr" {
		t.Errorf("the job's details were not saved: %q %+v", saved.Salary, saved.Contacts)
	}
	if !strings.Contains(string(render(m)), "Kim Patel (recruiter, kim@orbit.example)") {
		t.Errorf("the page does not show the contact:\n%s", render(m))
	}
	m = settleKeys(m, "c")
	saved, _ = store.Load(j.ID)
	if r := saved.Round("r2"); r.State != checklist.Cancelled {
		t.Errorf("c did not cancel the round on show: %q", r.State)
	}
}

// The round's form takes the journey to a round in person; the item to
// leave by and the job's page follow it at once.
func TestJourneyInTheRoundForm(t *testing.T) {
	store, j := threeRoundStore(t)
	m := settleKeys(settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j}), "t", "]", "E")
	if m.screen != formScreen || !strings.Contains(string(render(m)), "Journey") {
		t.Fatalf("the onsite's form does not ask for the journey:\n%s", render(m))
	}
	if err := validTravel("soon"); err == nil || !strings.Contains(err.Error(), "like 45m") {
		t.Errorf("a journey that is no length: %v", err)
	}
	m.form.values.travel = "50 min"
	m = settle(m, formDoneMsg{})
	saved, _ := store.Load(j.ID)
	r := saved.Round("r3")
	leave := r.At.Add(-65 * time.Minute).Format("15:04")
	if it := saved.Item("r3-leave-by"); r.TravelMinutes != 50 || it == nil || it.Text != "Leave by "+leave {
		t.Fatalf("journey %d min, item %+v; want 50 min and Leave by %s", r.TravelMinutes, it, leave)
	}
	if it := m.open.job.Item("r3-leave-by"); it == nil || it.Text != "Leave by "+leave {
		t.Errorf("the open job's item to leave by is %+v, want Leave by %s", it, leave)
	}
	m = settleKeys(m, "E")
	if m.form.values.travel != "50 min" {
		t.Errorf("the form opens with the journey %q, want 50 min", m.form.values.travel)
	}
	m = settleKeys(settle(m, formCancelledMsg{}), "i")
	if screen := string(render(m)); !strings.Contains(screen, "50 min journey · leave by "+leave) {
		t.Errorf("the job's page does not say the journey:\n%s", screen)
	}
}

// The job's page takes the date they expect to decide by, read as the
// round's time is, saying how it was understood and when the follow-up
// is then due; the follow-up moves at once.
func TestDecisionDateOnTheJobPage(t *testing.T) {
	store, j := threeRoundStore(t)
	m := settleKeys(settle(loaded(t, store, 100, 30), jobLoadedMsg{job: j}), "i", "E")
	if m.screen != formScreen || !strings.Contains(string(render(m)), "They decide by") {
		t.Fatalf("the job's form does not ask when they decide:\n%s", render(m))
	}
	m.form.values.decision = "12/08"
	if got := m.form.decisionPreview(); !strings.Contains(got, "2026-08-12") || !strings.Contains(got, "2026-12-08") {
		t.Errorf("a date read two ways: %q, want both readings", got)
	}
	if err := m.form.validateDecision("someday"); err == nil {
		t.Error("a decision date that is no date was accepted")
	}
	m.form.values.decision = "friday 5pm"
	// Friday 4 December; two working days on is Tuesday 8 December.
	if got := m.form.decisionPreview(); got != "Friday 4 December 2026, 17:00 · follow-up due Tue 8 Dec" {
		t.Errorf("preview %q", got)
	}
	m = settle(m, formDoneMsg{})
	saved, _ := store.Load(j.ID)
	want := time.Date(2026, 12, 8, 17, 0, 0, 0, testNow.Location())
	if saved.DecisionBy == nil || !saved.DecisionBy.Equal(want.AddDate(0, 0, -4)) {
		t.Errorf("decision date saved %v", saved.DecisionBy)
	}
	if due := saved.Item("follow-up-call").DueAt; due == nil || !due.Equal(want) {
		t.Errorf("the follow-up is due %v, want %v", due, want)
	}
	// Said after yesterday's phone screen: its item asking for the date is
	// done, tomorrow's is still to do.
	if !saved.Item(checklist.DecisionItem).Done || saved.Item("r2-"+checklist.DecisionItem).Done {
		t.Errorf("the date ticked the phone screen's item %v, tomorrow's %v; want only the first",
			saved.Item(checklist.DecisionItem).Done, saved.Item("r2-"+checklist.DecisionItem).Done)
	}
	if due := m.open.job.Item("follow-up-call").DueAt; due == nil || !due.Equal(want) {
		t.Errorf("the open job's follow-up is due %v, want %v", due, want)
	}
	m = settleKeys(m, "E")
	if m.form.values.decision != "2026-12-04 17:00" {
		t.Errorf("the form opens with the decision date %q", m.form.values.decision)
	}
	m.form.values.decision = ""
	m = settle(m, formDoneMsg{})
	if saved, _ = store.Load(j.ID); saved.DecisionBy != nil {
		t.Errorf("an emptied field kept the decision date %v", saved.DecisionBy)
	}
}
