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

// colourStep is keys pressed, one after another, and words on screen once the
// app has answered them.
type colourStep struct{ keys, want string }

// TestScreensInColour keeps each screen as drawn, colours and all, on a dark
// and on a light terminal at 80×24: the other goldens strip colour, so only
// these see a style change. Each screen is reached by keys, as a person
// reaches it.
func TestScreensInColour(t *testing.T) {
	listed := colourStep{"", "Jobs (2)"}
	tonight := colourStep{"j enter", "Meeting Dana Lee"}
	checklist := colourStep{"t", "Before 4/36"}
	screens := []struct {
		name  string
		store func(t *testing.T) *data.Store
		steps []colourStep
		// then are steps after the one shown, to finish what it began.
		then []colourStep
	}{
		{"empty-list", newStore, []colourStep{{"", "No jobs yet"}}, nil},
		{"list", sampleJobs, []colourStep{listed}, nil},
		{"list-help", sampleJobs, []colourStep{listed, {"?", "go to start"}}, nil},
		{"list-status", sampleJobs, []colourStep{listed, {"j s", "where does it stand?"}}, nil},
		{"list-delete", sampleJobs, []colourStep{listed, {"j d", "to the trash?"}}, nil},
		{"unreadable-files", withBrokenFile, []colourStep{{"", "Jobs (1)"}, {"!", "cut off"}}, nil},
		{"new-job-form", newStore, []colourStep{{"", "No jobs yet"}, {"n", "New job"}}, nil},
		{"tonight", sampleJobs, []colourStep{listed, tonight}, nil},
		{"checklist", sampleJobs, []colourStep{listed, tonight, checklist, {"j", "Before 4/36"}}, nil},
		{"checklist-after", sampleJobs, []colourStep{listed, tonight, checklist, {"tab", "Right after"}}, nil},
		{"checklist-help", sampleJobs, []colourStep{listed, tonight, checklist, {"?", "move up"}}, nil},
		{"note-editor", sampleJobs, []colourStep{listed, tonight, checklist, {"e", "Note on"}, {"C E O", "CEO"}}, []colourStep{{"esc", "✎"}}},
		{"round-form", sampleJobs, []colourStep{listed, tonight, checklist, {"E", "Round 1 of 1"}}, nil},
		{"new-round-form", sampleJobs, []colourStep{listed, tonight, checklist, {"R", "New round"}}, nil},
		{"job-page", sampleJobs, []colourStep{listed, tonight, checklist, {"i", "Press E to add the posting"}}, nil},
		{"job-form", sampleJobs, []colourStep{listed, tonight, checklist, {"i", "Press E to add the posting"}, {"E", "Posting"}}, nil},
		{"look-back", finishedJob, []colourStep{{"", "Jobs (1)"}, {"enter", "10/56 done"}, {"v", "Looking back"}}, nil},
		{"reason", finishedJob, []colourStep{{"", "Jobs (1)"}, {"enter", "10/56 done"}, {"s", "Where does it stand?"}, {"r enter", "often not about you"}}, nil},
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
				// What the screen leaves to do (a note to save) is done
				// and seen through before quitting, so that no write is on
				// its way when the test's folder is removed.
				for _, st := range sc.then {
					for k := range strings.FieldsSeq(st.keys) {
						a.key(k)
					}
					a.waitForText(st.want)
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
