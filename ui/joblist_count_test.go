package ui

import (
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestJobListCountStandsApartFromItsBar: a count of six characters, such
// as 12/104, is not drawn against the end of the progress bar.
func TestJobListCountStandsApartFromItsBar(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	var edits []checklist.Edit
	for i := range 60 {
		edits = append(edits, checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: fmt.Sprintf("own-%d", i), Text: "Mine", Own: true}})
	}
	for i := range 12 {
		edits = append(edits, checklist.SetDone{ItemID: fmt.Sprintf("own-%d", i), Done: true})
	}
	j, err := store.Apply(j.ID, edits...)
	if err != nil {
		t.Fatal(err)
	}
	count := fmt.Sprintf("%d/%d", j.TotalProgress().Done, j.TotalProgress().Total)
	if len(count) != 6 {
		t.Fatalf("the count %s is not six characters", count)
	}
	a := startApp(t, store, 80, 24)
	s := a.waitForText(count)
	if !regexp.MustCompile(`[█░▰▱#.] +` + regexp.QuoteMeta(count)).MatchString(s.view) {
		t.Errorf("the count %s touches its bar:\n%s", count, s.view)
	}
	a.quit()
}
