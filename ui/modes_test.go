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

func TestTonightScreen(t *testing.T) {
	store, j := sampleStore(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			m := update(loaded(t, store, sz.w, sz.h), jobLoadedMsg{job: j})
			golden.RequireEqual(t, render(m))
		})
	}
}

func TestTonightWithEverythingDone(t *testing.T) {
	store, j := sampleStore(t)
	at := testNow
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			if s.Phase == checklist.Before {
				if _, err := store.Apply(j.ID, checklist.SetDone{ItemID: it.ID, Done: true, At: &at}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	j, _ = store.Load(j.ID)
	m := update(loaded(t, store, 80, 24), jobLoadedMsg{job: j})
	screen := string(render(m))
	for _, want := range []string{"Everything is ready", "go to sleep", "all ready", "in 14 h"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q on the finished night before:\n%s", want, screen)
		}
	}
	golden.RequireEqual(t, render(m))
}

func TestTonightCountdownMovesWithTheClock(t *testing.T) {
	store, j := sampleStore(t)
	now := testNow
	cfg := testConfig(store)
	cfg.Now = func() time.Time { return now }
	m := update(update(New(cfg), sizeMsg(80, 24)), jobLoadedMsg{job: j})
	if !strings.Contains(string(render(m)), "in 14 h") {
		t.Fatalf("countdown at 20:00:\n%s", render(m))
	}
	now = now.Add(3*time.Hour + 20*time.Minute)
	m = update(m, minuteMsg{gen: m.tonight.tick})
	if !strings.Contains(string(render(m)), "in 10 h 40 min") {
		t.Fatalf("countdown at 23:20:\n%s", render(m))
	}
}

// finishedStore holds an interview from three weeks ago that ended in a no,
// with notes, some preparation skipped and the thank-yous sent late.
func finishedStore(t *testing.T) (*data.Store, checklist.Job) {
	t.Helper()
	store := newStore(t)
	j := addJob(t, store, "Initech", "Analyst", testNow.AddDate(0, 0, -21), "Bill Lumbergh")
	at := j.Rounds[0].At
	done := func(id string, after time.Duration) checklist.Edit {
		when := at.Add(after)
		return checklist.SetDone{ItemID: id, Done: true, At: &when}
	}
	edits := []checklist.Edit{
		done("industry-trends", -48*time.Hour), done("challenges", -48*time.Hour), done("mission", -30*time.Hour),
		done("dress-code", -20*time.Hour), done("outfit-ready", -12*time.Hour),
		checklist.SetNote{ItemID: "mission", Note: "Mission: TPS reports for everyone.\nValues: flair."},
		done("thank-interviewers-bill-lumbergh", 72*time.Hour), done("notes-discussed", 2*time.Hour),
		checklist.SetStatus{Status: checklist.Rejected, At: at.AddDate(0, 0, 7)},
		checklist.SetReason{Reason: &checklist.Reason{Code: checklist.FilledInternally}},
		checklist.SetNote{ItemID: "lessons", Note: "Ask about the team's plans earlier."},
	}
	j, err := store.Apply(j.ID, edits...)
	if err != nil {
		t.Fatal(err)
	}
	return store, j
}

func TestReviewScreen(t *testing.T) {
	store, j := finishedStore(t)
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			m := update(loaded(t, store, sz.w, sz.h), jobLoadedMsg{job: j})
			if m.screen != reviewScreen {
				t.Fatalf("a finished interview opened on screen %d", m.screen)
			}
			golden.RequireEqual(t, render(m))
		})
	}
}

func TestReviewIsReadOnlyUntilV(t *testing.T) {
	store, j := finishedStore(t)
	m := update(loaded(t, store, 80, 24), jobLoadedMsg{job: j})
	before := m.check.job.Clone()
	m = send(m, "space", "x", "D", "y", "j", "j")
	if fmt.Sprint(m.check.job) != fmt.Sprint(before) {
		t.Fatal("keys changed a job shown read-only")
	}
	m = send(m, "v")
	if m.screen != checklistScreen || !strings.Contains(string(render(m)), "Before ") {
		t.Fatalf("v did not go back to editing:\n%s", render(m))
	}
	screen := strings.Join(send(m, "v").review.lines(), "\n")
	for _, want := range []string{"likely reason: Filled internally", "skipped:", "Mission: TPS reports", "Ask about the team"} {
		if !strings.Contains(strings.ToLower(screen), strings.ToLower(want)) {
			t.Errorf("the look back lacks %q", want)
		}
	}
}
