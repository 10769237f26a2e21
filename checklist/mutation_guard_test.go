package checklist_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// The undos that put back more than a plain edit would, an untick's (which
// also puts back the due time), a done time's (which puts back the tick as
// it was) and a rename's of a text edited by hand, are refused like the
// others once their part of the job was changed elsewhere.
func TestSpecialUndosNeverRemoveWhatElseWrote(t *testing.T) {
	at := created.Add(time.Hour)
	later := created.Add(3 * time.Hour)
	tests := []struct {
		name  string
		setup func(j *checklist.Job)
		ours  checklist.Edit
		other func(j *checklist.Job)
	}{
		{"an untick, ticked again elsewhere",
			func(j *checklist.Job) { j.Item("thank-hr").Done, j.Item("thank-hr").DoneAt = true, &at },
			checklist.SetDone{ItemID: "thank-hr", Done: false},
			func(j *checklist.Job) { j.Item("thank-hr").Done, j.Item("thank-hr").DoneAt = true, &later }},
		{"a done time given, given another elsewhere",
			func(j *checklist.Job) {},
			checklist.DoneAt{ItemID: "news", At: at},
			func(j *checklist.Job) { j.Item("news").DoneAt = &later }},
		{"a rename of a text edited by hand, renamed again elsewhere",
			func(j *checklist.Job) { j.Item("news").Text = "  Read the news " },
			checklist.RenameItem{ItemID: "news", Text: "Read the blog"},
			func(j *checklist.Job) { j.Item("news").Text = "Read the papers" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t, "Dana Lee")
			tt.setup(&j)
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
