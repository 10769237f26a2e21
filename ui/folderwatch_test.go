package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// startFollowing runs the app as Run does, following the jobs folder.
func startFollowing(t *testing.T, store *data.Store) *app {
	t.Helper()
	a := newApp(t)
	cfg := testConfig(store)
	cfg.FollowFolder = true
	a.tm = teatest.NewTestModel(t, New(cfg),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii), tea.WithFilter(a.record)))
	return a
}

// TestTheListFollowsTheFolder: a job made elsewhere while the list is on
// show (by the command line, a sync tool) appears in it without a restart,
// and one trashed elsewhere goes.
func TestTheListFollowsTheFolder(t *testing.T) {
	store := newStore(t)
	addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	a := startFollowing(t, store)
	a.waitForText("Acme Corp")
	other := data.NewStore(store.Dir())
	j, err := other.Create(data.DefaultTemplate(), checklist.Details{Company: "Orbit", Role: "SRE", At: testNow.Add(40 * time.Hour)}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	a.waitForText("Orbit")
	if err := other.Trash(j.ID); err != nil {
		t.Fatal(err)
	}
	a.waitFor("Orbit gone from the list", func(s snapshot) bool { return s.jobs > 0 && !contains(s.view, "Orbit") })
	a.quit()
}

// TestTheOpenJobFollowsAMove: a round moved from the command line while
// its night-before card is open is shown moved at once, long before the
// look every two seconds.
func TestTheOpenJobFollowsAMove(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	a := startFollowing(t, store)
	a.waitForText("Acme Corp")
	a.key("enter") // on the round to prepare for, which opens its checklist
	a.waitFor("the checklist", func(s snapshot) bool { return s.screen == checklistScreen })
	a.key("t")
	a.waitFor("the night-before card", func(s snapshot) bool { return s.screen == tonightScreen })
	friday := time.Date(2026, 12, 4, 10, 0, 0, 0, testNow.Location())
	d := j.Rounds[0]
	if _, err := data.NewStore(store.Dir()).Apply(j.ID, checklist.SetRound{RoundID: d.ID, Details: checklist.RoundDetails{
		Name: d.Name, Format: d.Format, At: friday, Where: d.Where, Interviewers: d.Interviewers}}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	a.waitFor("the move on the open job", func(s snapshot) bool { return s.job.Rounds[0].At.Equal(friday) })
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Errorf("the move took %v to show", took)
	}
	a.quit()
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
