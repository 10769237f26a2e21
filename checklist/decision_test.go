package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestFollowUpCountsFromTheDecisionDate: the "no word yet" follow-up is
// due seven days after the last round, and two working days after the
// date they said they would decide by, once there is one.
func TestFollowUpCountsFromTheDecisionDate(t *testing.T) {
	tmpl := checklist.Template{
		Version: checklist.TemplateVersion, Name: "follow",
		Sections: []checklist.TemplateSection{
			{ID: "follow-up", Title: "Follow-up", Phase: checklist.After, Scope: checklist.JobScope, Items: []checklist.TemplateItem{
				{ID: "no-word", Text: "No word yet? Ask politely", Due: "+7d", DueDecided: "+2wd"},
			}},
		},
	}
	j, err := checklist.NewJob(tmpl, testDetails(), "acme", created) // the interview is Tuesday 1 December
	if err != nil {
		t.Fatal(err)
	}
	friday := time.Date(2026, 12, 4, 17, 0, 0, 0, cet)
	tests := []struct {
		name string
		at   *time.Time
		want time.Time
	}{
		{"no date given", nil, interview.AddDate(0, 0, 7)},
		{"they decide by Friday", &friday, time.Date(2026, 12, 8, 17, 0, 0, 0, cet)},
		{"the date taken back", nil, interview.AddDate(0, 0, 7)},
	}
	for _, tc := range tests {
		before := j.Clone()
		undo := apply(t, &j, checklist.SetDecisionDate{At: tc.at})
		if got := j.Item("no-word").DueAt; got == nil || !got.Equal(tc.want) {
			t.Errorf("%s: the follow-up is due %v, want %v", tc.name, got, tc.want)
		}
		checkUndo(t, before, j, undo)
	}
	// The job's details carry the date too, as the job's page edits it.
	d := j.Details()
	d.DecisionBy = &friday
	before := j.Clone()
	undo := apply(t, &j, checklist.SetJobDetails{Details: d})
	if got := j.Item("no-word").DueAt; !j.DecisionBy.Equal(friday) || !got.Equal(time.Date(2026, 12, 8, 17, 0, 0, 0, cet)) {
		t.Errorf("the details set the decision date %v and the follow-up due %v", j.DecisionBy, got)
	}
	checkUndo(t, before, j, undo)
	apply(t, &j, checklist.SetDecisionDate{At: &friday})
	apply(t, &j, checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Name: "Final", At: interview.AddDate(0, 0, 14)}})
	if got := j.Item("no-word").DueAt; !got.Equal(time.Date(2026, 12, 8, 17, 0, 0, 0, cet)) {
		t.Errorf("a later round moved the follow-up counted from the decision date to %v", got)
	}
}

// TestDecisionDateTicksItsItem: the date recorded, from the command line or
// the job's details, ticks the item asking for it of the round it was said
// in, the last begun by then; the undo takes the tick back.
func TestDecisionDateTicksItsItem(t *testing.T) {
	tmpl := checklist.Template{
		Version: checklist.TemplateVersion, Name: "decide",
		Sections: []checklist.TemplateSection{
			{ID: "right-after", Title: "Right after", Phase: checklist.After, Scope: checklist.RoundScope, Items: []checklist.TemplateItem{
				{ID: checklist.DecisionItem, Text: "Note when they expect to decide", Due: "+6h"},
			}},
		},
	}
	j, err := checklist.NewJob(tmpl, testDetails(), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	second := interview.AddDate(0, 0, 7)
	apply(t, &j, checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Name: "Final", At: second}})
	afterFirst, afterSecond := interview.AddDate(0, 0, 3), second.AddDate(0, 0, 3)
	details := func(at *time.Time) checklist.Edit {
		d := j.Details()
		d.DecisionBy = at
		return checklist.SetJobDetails{Details: d, At: second.Add(time.Hour)}
	}
	tests := []struct {
		name string
		edit checklist.Edit
		want string
	}{
		{"said in the first round", checklist.SetDecisionDate{At: &afterSecond, Said: interview.Add(2 * time.Hour)}, checklist.DecisionItem},
		{"said in the final", checklist.SetDecisionDate{At: &afterSecond, Said: second.Add(2 * time.Hour)}, "r2-" + checklist.DecisionItem},
		{"typed on the job's page", details(&afterSecond), "r2-" + checklist.DecisionItem},
		{"before any round", checklist.SetDecisionDate{At: &afterFirst, Said: created}, ""},
		{"when it was said not known", checklist.SetDecisionDate{At: &afterFirst}, ""},
	}
	for _, tc := range tests {
		before := j.Clone()
		undo := apply(t, &j, tc.edit)
		for _, id := range []string{checklist.DecisionItem, "r2-" + checklist.DecisionItem} {
			if got := j.Item(id).Done; got != (id == tc.want) {
				t.Errorf("%s: %s done %v", tc.name, id, got)
			}
		}
		checkUndo(t, before, j, undo)
		j = before
	}
}
