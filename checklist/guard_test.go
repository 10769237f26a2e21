package checklist_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestUndoNeverRemovesWhatElseWrote: a step of the history applies only
// while its part of the job is as this copy left it. The other copy is
// played by a change made straight to the job, as a reload brings it.
func TestUndoNeverRemovesWhatElseWrote(t *testing.T) {
	at := created.Add(time.Hour)
	tests := []struct {
		name  string
		ours  checklist.Edit
		other func(j *checklist.Job)
	}{
		{"a note added to", checklist.SetNote{ItemID: "news", Note: "Supply chain"},
			func(j *checklist.Job) { j.Item("news").Note += "\nand chips" }},
		{"a note rewritten", checklist.SetNote{ItemID: "news", Note: "Supply chain"},
			func(j *checklist.Job) { j.Item("news").Note = "Ports" }},
		{"a tick taken back", checklist.SetDone{ItemID: "news", Done: true, At: &at},
			func(j *checklist.Job) { j.Item("news").Done = false }},
		{"a renamed item renamed again", checklist.RenameItem{ItemID: "news", Text: "Read the news"},
			func(j *checklist.Job) { j.Item("news").Text = "Read the annual report" }},
		{"an added item given a note", checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: "mine", Text: "Mine", Own: true}},
			func(j *checklist.Job) { j.Item("mine").Note = "written elsewhere" }},
		{"the likely reason changed", checklist.SetReason{Reason: &checklist.Reason{Code: checklist.OtherReason, Text: "moved abroad"}},
			func(j *checklist.Job) {
				j.Reason = &checklist.Reason{Code: checklist.OtherReason, Text: "the team was cut"}
			}},
		{"the company renamed", checklist.SetJobDetails{Details: checklist.JobDetails{Company: "Acme", Role: "Backend Engineer"}},
			func(j *checklist.Job) { j.Company = "Acme Industries" }},
		{"the decision date changed", checklist.SetJobDetails{Details: checklist.JobDetails{Company: "Acme Corp", Role: "Backend Engineer", DecisionBy: &at}},
			func(j *checklist.Job) { later := at.AddDate(0, 0, 3); j.DecisionBy = &later }},
		{"the journey changed", checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{Name: "Interview", At: interview, TravelMinutes: 20}},
			func(j *checklist.Job) { j.Rounds[0].TravelMinutes = 50 }},
		{"the status changed", checklist.SetStatus{Status: checklist.Interviewed, At: at},
			func(j *checklist.Job) { j.Status = checklist.Offer }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t, "Dana Lee")
			var h checklist.History
			if err := h.Do(&j, tt.ours); err != nil {
				t.Fatal(err)
			}
			tt.other(&j)
			elsewhere := j.Clone()

			_, ok, err := h.Undo(&j)
			if !ok || !errors.Is(err, checklist.ErrChangedElsewhere) {
				t.Fatalf("Undo = %v, %v; want ErrChangedElsewhere", ok, err)
			}
			if !reflect.DeepEqual(j, elsewhere) {
				t.Error("the refused undo changed the job")
			}
		})
	}
}

// TestUndoSentToAFileChangedSince: the edit an undo returns is checked
// again against the file it is applied to, which another copy may have
// changed after this copy last read it.
func TestUndoSentToAFileChangedSince(t *testing.T) {
	j := newTestJob(t)
	var h checklist.History
	if err := h.Do(&j, checklist.SetNote{ItemID: "news", Note: "Supply chain"}); err != nil {
		t.Fatal(err)
	}
	file := j.Clone()
	file.Item("news").Note = "Supply chain\nand what the other window added"

	e, ok, err := h.Undo(&j)
	if err != nil || !ok {
		t.Fatalf("Undo here = %v, %v", ok, err)
	}
	if _, err := e.Apply(&file); !errors.Is(err, checklist.ErrChangedElsewhere) {
		t.Fatalf("undo applied to the changed file: err = %v, note now %q", err, file.Item("news").Note)
	}
	if got := file.Item("news").Note; got != "Supply chain\nand what the other window added" {
		t.Errorf("the file's note became %q", got)
	}
}

// TestSetNoteWrittenOverAnOlderNoteMerges: a note saved from an editor
// opened before another copy changed the same note keeps both texts.
func TestSetNoteWrittenOverAnOlderNoteMerges(t *testing.T) {
	tests := []struct {
		name, was, now, typed, want string
	}{
		{"nothing changed meanwhile", "CEO: Ada", "CEO: Ada", "CEO: Ada\nCTO: Bo", "CEO: Ada\nCTO: Bo"},
		{"the other copy added a line", "CEO: Ada", "CEO: Ada\nFounded 1999", "CEO: Ada\nCTO: Bo", "CEO: Ada\nCTO: Bo\nFounded 1999"},
		{"both began from an empty note", "", "theirs", "ours", "ours\ntheirs"},
		{"the other copy wrote what we typed", "", "same", "same", "same"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			j.Item("news").Note = tt.now
			was := tt.was
			if _, err := (checklist.SetNote{ItemID: "news", Note: tt.typed, Was: &was}).Apply(&j); err != nil {
				t.Fatal(err)
			}
			if got := j.Item("news").Note; got != tt.want {
				t.Errorf("note = %q, want %q", got, tt.want)
			}
		})
	}
}
