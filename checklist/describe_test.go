package checklist_test

import (
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// Each change is named as a person would say they made it, and undoing it
// names the same change: the states the other way round.
func TestDescribeChange(t *testing.T) {
	tests := []struct {
		name  string
		setup []checklist.Edit
		edit  checklist.Edit
		want  string
		// back is what undoing it says, where the test asks.
		back string
	}{
		{"tick", nil, checklist.SetDone{ItemID: "website", Done: true}, "ticked Read the company website", "unticked Read the company website"},
		{"untick", []checklist.Edit{checklist.SetDone{ItemID: "news", Done: true}},
			checklist.SetDone{ItemID: "news", Done: false}, "unticked Read the recent news", ""},
		{"note", nil, checklist.SetNote{ItemID: "website", Note: "they sell rockets"}, "the note on Read the company website", ""},
		{"add", nil, checklist.AddItem{SectionID: "research", Index: 2, Item: checklist.Item{ID: "own-1", Text: "Read the annual report"}},
			"added Read the annual report", "removed Read the annual report"},
		{"remove", nil, checklist.RemoveItem{ItemID: "news"}, "removed Read the recent news", "added Read the recent news"},
		{"rename", nil, checklist.RenameItem{ItemID: "news", Text: "Read the blog"}, "renamed Read the recent news to Read the blog", ""},
		{"move", nil, checklist.MoveItem{ItemID: "news", Delta: -1}, "moved Read the recent news", ""},
		{"status", nil, checklist.SetStatus{Status: checklist.Offer, At: created}, "set the status to offer", ""},
		{"cancel a round", nil, checklist.SetRoundState{RoundID: "r1", State: checklist.Cancelled}, "cancelled Interview", ""},
		{"reason", []checklist.Edit{checklist.SetStatus{Status: checklist.Rejected, At: created}},
			checklist.SetReason{Reason: &checklist.Reason{Code: checklist.Fit}}, "recorded the likely reason", "recorded the likely reason"},
		{"the job's details", nil, checklist.SetJobDetails{Details: checklist.JobDetails{Company: "Acme", Role: "SRE", Salary: "90k"}},
			"changed the job's details", "changed the job's details"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			for _, e := range tt.setup {
				if _, err := e.Apply(&j); err != nil {
					t.Fatal(err)
				}
			}
			before := j.Clone()
			if _, err := tt.edit.Apply(&j); err != nil {
				t.Fatal(err)
			}
			if got := checklist.DescribeChange(&before, &j); got != tt.want {
				t.Errorf("DescribeChange = %q, want %q", got, tt.want)
			}
			if got := checklist.DescribeChange(&j, &before); tt.back != "" && got != tt.back {
				t.Errorf("undone, DescribeChange = %q, want %q", got, tt.back)
			}
		})
	}
}
