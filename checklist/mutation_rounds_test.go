package checklist_test

import (
	"slices"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// roundEdit changes the test job's first round's details with change.
type roundEdit func(d *checklist.RoundDetails)

func (f roundEdit) Apply(j *checklist.Job) (checklist.Edit, error) {
	d := detailsOf(j.Rounds[0])
	f(&d)
	return checklist.SetRound{RoundID: j.Rounds[0].ID, Details: d}.Apply(j)
}

// What undo and redo say of a change to a round: its state, its time or
// another detail, or a round added or removed.
func TestDescribeRoundChange(t *testing.T) {
	second := checklist.AddRound{Template: testTemplate(), Details: checklist.RoundDetails{Name: "Onsite", At: interview.Add(48 * time.Hour)}}
	tests := []struct {
		name  string
		setup []checklist.Edit
		edit  checklist.Edit
		want  string
	}{
		{"marked done", nil, checklist.SetRoundState{RoundID: "r1", State: checklist.Held}, "marked Interview done"},
		{"scheduled again", []checklist.Edit{checklist.SetRoundState{RoundID: "r1", State: checklist.Cancelled}},
			checklist.SetRoundState{RoundID: "r1", State: checklist.Scheduled}, "marked Interview scheduled"},
		{"moved", nil, roundEdit(func(d *checklist.RoundDetails) { d.At = d.At.Add(time.Hour) }), "moved Interview"},
		{"a cancelled round moved", []checklist.Edit{checklist.SetRoundState{RoundID: "r1", State: checklist.Cancelled}},
			roundEdit(func(d *checklist.RoundDetails) { d.At = d.At.Add(time.Hour) }), "moved Interview"},
		{"renamed", nil, roundEdit(func(d *checklist.RoundDetails) { d.Name = "Final  round" }), "changed Final round"},
		{"a round added", nil, second, "added a round"},
		{"a round removed", []checklist.Edit{second}, checklist.RemoveRound{RoundID: "r2"}, "removed a round"},
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
		})
	}
}

// A round's section whose every item is for another round (a later one,
// another format) is left out rather than shown empty.
func TestRoundLeavesOutSectionsWithNothingForIt(t *testing.T) {
	tmpl := testTemplate()
	tmpl.Sections = append(tmpl.Sections,
		checklist.TemplateSection{ID: "look-back", Title: "Look back", Phase: checklist.Before, Scope: checklist.RoundScope,
			Items: []checklist.TemplateItem{{ID: "reread", Text: "Read the notes of the last round", Later: true}}},
		checklist.TemplateSection{ID: "on-site", Title: "On site", Phase: checklist.Before, Scope: checklist.RoundScope,
			Items: []checklist.TemplateItem{{ID: "badge", Text: "Ask for a visitor badge", Formats: []checklist.Format{checklist.InPerson}}}},
	)
	tests := []struct {
		name   string
		format checklist.Format
		later  bool
		want   []string
	}{
		{"a first video round", checklist.Video, false, []string{"thanks"}},
		{"a first round in person", checklist.InPerson, false, []string{"thanks", "on-site"}},
		{"a later video round", checklist.Video, true, []string{"r2-thanks", "r2-look-back"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDetails()
			d.Format = tt.format
			j, err := checklist.NewJob(tmpl, d, "acme", created)
			if err != nil {
				t.Fatal(err)
			}
			if tt.later {
				add := checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Format: tt.format, At: interview.Add(48 * time.Hour)}}
				if _, err := add.Apply(&j); err != nil {
					t.Fatal(err)
				}
			}
			r := j.Rounds[len(j.Rounds)-1]
			var got []string
			for _, s := range r.Sections {
				got = append(got, s.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sections of %s = %v, want %v", r.ID, got, tt.want)
			}
		})
	}
}

// A new round is numbered after the rounds numbered "r1", "r2"..., whatever
// other ids hand edits gave rounds.
func TestNewRoundIsNumberedAfterTheNumberedRounds(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		want string
	}{
		{"numbered", []string{"r1", "r4"}, "r5"},
		{"a bare number", []string{"r1", "12"}, "r2"},
		{"a name", []string{"final", "r2"}, "r3"},
		{"none numbered", []string{"screen"}, "r1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			first := j.Rounds[0]
			j.Rounds = nil
			for i, id := range tt.ids {
				r := first
				r.ID, r.Sections = id, nil
				r.At = interview.Add(time.Duration(i) * 24 * time.Hour)
				j.Rounds = append(j.Rounds, r)
			}
			add := checklist.AddRound{Template: testTemplate(), Details: checklist.RoundDetails{At: interview.Add(10 * 24 * time.Hour)}}
			if _, err := add.Apply(&j); err != nil {
				t.Fatal(err)
			}
			if got := j.Rounds[len(j.Rounds)-1].ID; got != tt.want {
				t.Errorf("new round's id = %q, want %q", got, tt.want)
			}
		})
	}
}
