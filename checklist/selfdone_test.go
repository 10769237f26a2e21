package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// selfTemplate has the items that ask for what a person does elsewhere in
// the app: the interviewers' names of each round, the likely reason and
// the lessons of a no.
func selfTemplate() checklist.Template {
	return checklist.Template{
		Version: checklist.TemplateVersion, Name: "self",
		Sections: []checklist.TemplateSection{
			{ID: "right-after", Title: "Right after", Phase: checklist.After, Scope: checklist.RoundScope, Items: []checklist.TemplateItem{
				{ID: checklist.NamesItem, Text: "Write down the interviewers' names", Due: "+6h"},
			}},
			{ID: "if-no", Title: "If no", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Rejected, Items: []checklist.TemplateItem{
				{ID: checklist.ReasonItem, Text: "Record the likely reason", Due: "+7d"},
				{ID: checklist.LessonsItem, Text: "Write down the lessons", Due: "+7d"},
			}},
		},
	}
}

// TestTheChecklistDoesWhatItAsks: doing what an item asks for elsewhere
// ticks it, and the undo takes the tick back with the change.
func TestTheChecklistDoesWhatItAsks(t *testing.T) {
	at := interview.Add(3 * 24 * time.Hour)
	r2 := checklist.RoundDetails{Name: "Onsite", At: interview.AddDate(0, 0, 7)}
	tests := []struct {
		name  string
		setup []checklist.Edit
		edit  checklist.Edit
		item  string
		done  bool
		at    *time.Time
	}{
		{"picking the likely reason", nil,
			checklist.SetReason{Reason: &checklist.Reason{Code: checklist.JobPulled}, At: at}, checklist.ReasonItem, true, &at},
		{"clearing the reason ticks nothing", nil,
			checklist.SetReason{}, checklist.ReasonItem, false, nil},
		{"writing the lessons", nil,
			checklist.SetNote{ItemID: checklist.LessonsItem, Note: "Ask about the team sooner.", At: at}, checklist.LessonsItem, true, &at},
		{"an empty note is no lessons", nil,
			checklist.SetNote{ItemID: checklist.LessonsItem, Note: "  "}, checklist.LessonsItem, false, nil},
		{"a note on another item ticks nothing", nil,
			checklist.SetNote{ItemID: checklist.ReasonItem, Note: "budget"}, checklist.ReasonItem, false, nil},
		{"giving a round its interviewers' names", []checklist.Edit{checklist.AddRound{Template: selfTemplate(), Details: r2}},
			checklist.SetRound{RoundID: "r2", Details: checklist.RoundDetails{Name: "Onsite", At: r2.At, Interviewers: checklist.People("Kim Park")}},
			"r2-" + checklist.NamesItem, true, nil},
		{"a round added with names", nil,
			checklist.AddRound{Template: selfTemplate(), Details: checklist.RoundDetails{Name: "Onsite", At: r2.At, Interviewers: checklist.People("Kim Park")}},
			"r2-" + checklist.NamesItem, true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j, err := checklist.NewJob(selfTemplate(), testDetails(), "acme", created)
			if err != nil {
				t.Fatal(err)
			}
			apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: interview.AddDate(0, 0, 2)})
			for _, e := range tc.setup {
				apply(t, &j, e)
			}
			before := j.Clone()
			undo := apply(t, &j, tc.edit)
			it := j.Item(tc.item)
			if it == nil {
				t.Fatalf("no item %s", tc.item)
			}
			if it.Done != tc.done || !equalTime(it.DoneAt, tc.at) {
				t.Errorf("%s is done=%v at %v, want done=%v at %v", tc.item, it.Done, it.DoneAt, tc.done, tc.at)
			}
			if _, err := undo.Apply(&j); err != nil {
				t.Fatal(err)
			}
			if got := j.Item(tc.item); got == nil && before.Item(tc.item) != nil || got != nil && got.Done != before.Item(tc.item).Done {
				t.Errorf("the undo left %s as %+v, want %+v", tc.item, got, before.Item(tc.item))
			}
		})
	}
}

func TestNamesGivenAtTheStartAreWrittenDown(t *testing.T) {
	j, err := checklist.NewJob(selfTemplate(), testDetails("Dana Lee"), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	if it := j.Item(checklist.NamesItem); !it.Done || it.DoneAt == nil || !it.DoneAt.Equal(created) {
		t.Errorf("names given with the job: the item is done=%v at %v, want done when the job was made", it.Done, it.DoneAt)
	}
	j, err = checklist.NewJob(selfTemplate(), testDetails(), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	if it := j.Item(checklist.NamesItem); it.Done {
		t.Error("with no names given, the item is ticked")
	}
}
