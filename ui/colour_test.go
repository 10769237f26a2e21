package ui

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/data"
)

// step is keys pressed, one after another, and words on screen once the
// app has answered them.
type step struct{ keys, want string }

// TestScreensInColour keeps each screen as drawn, colours and all, on a dark
// and on a light terminal at 80×24: the other goldens strip colour, so only
// these see a style change. Each screen is reached by keys, as a person
// reaches it.
func TestScreensInColour(t *testing.T) {
	listed := step{"", "Jobs (2)"}
	tonight := step{"j enter", "in 14 h"}
	checklist := step{"t", "Before 4/30"}
	screens := []struct {
		name  string
		store func(t *testing.T) *data.Store
		steps []step
	}{
		{"empty-list", newStore, []step{{"", "No jobs yet"}}},
		{"list", sampleJobs, []step{listed}},
		{"list-help", sampleJobs, []step{listed, {"?", "go to start"}}},
		{"list-status", sampleJobs, []step{listed, {"j s", "where does it stand?"}}},
		{"list-delete", sampleJobs, []step{listed, {"j d", "to the trash?"}}},
		{"unreadable-files", withBrokenFile, []step{{"", "Jobs (1)"}, {"!", "cut off"}}},
		{"new-job-form", newStore, []step{{"", "No jobs yet"}, {"n", "New job"}}},
		{"tonight", sampleJobs, []step{listed, tonight}},
		{"checklist", sampleJobs, []step{listed, tonight, checklist, {"j", "Before 4/30"}}},
		{"checklist-after", sampleJobs, []step{listed, tonight, checklist, {"tab", "Right after"}}},
		{"checklist-help", sampleJobs, []step{listed, tonight, checklist, {"?", "move up"}}},
		{"note-editor", sampleJobs, []step{listed, tonight, checklist, {"e", "Note on"}, {"C E O", "CEO"}}},
		{"round-form", sampleJobs, []step{listed, tonight, checklist, {"E", "Round 1 of 1"}}},
		{"new-round-form", sampleJobs, []step{listed, tonight, checklist, {"R", "New round"}}},
		{"job-page", sampleJobs, []step{listed, tonight, checklist, {"i", "Press E to add the posting"}}},
		{"job-form", sampleJobs, []step{listed, tonight, checklist, {"i", "Press E to add the posting"}, {"E", "Posting"}}},
		{"look-back", finishedJob, []step{{"", "Jobs (1)"}, {"enter", "7/49 done"}, {"v", "Looking back"}}},
		{"reason", finishedJob, []step{{"", "Jobs (1)"}, {"enter", "7/49 done"}, {"s", "Where does it stand?"}, {"r enter", "often not about you"}}},
	}
	backgrounds := []struct {
		name  string
		color color.Color
	}{
		{"dark", color.Black},
		{"light", color.White},
	}
	for _, bg := range backgrounds {
		for _, sc := range screens {
			t.Run(bg.name+"/"+sc.name, func(t *testing.T) {
				a := startApp(t, sc.store(t), 80, 24)
				a.tm.Send(tea.BackgroundColorMsg{Color: bg.color})
				var s snapshot
				for _, st := range sc.steps {
					for k := range strings.FieldsSeq(st.keys) {
						a.key(k)
					}
					s = a.waitForText(st.want)
				}
				a.quit()
				golden.RequireEqual(t, s.frame)
			})
		}
	}
}

func sampleJobs(t *testing.T) *data.Store {
	store, _ := sampleStore(t)
	return store
}

func finishedJob(t *testing.T) *data.Store {
	store, _ := finishedStore(t)
	return store
}

// withBrokenFile holds one job and one file cut off halfway through.
func withBrokenFile(t *testing.T) *data.Store {
	dir := t.TempDir()
	store := data.NewStore(dir)
	addJob(t, store, "Acme Corp", "Backend Engineer", testNow.AddDate(0, 0, 3))
	if err := os.WriteFile(filepath.Join(dir, "jobs", "cut-off.json"), []byte(`{"version": 1, "id": "cut-off", "comp`), 0o600); err != nil {
		t.Fatal(err)
	}
	return store
}
