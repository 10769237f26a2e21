package checklist_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// thanksItems lists the first round's thank-you items as "id | for | text".
func thanksItems(t *testing.T, j checklist.Job) []string {
	t.Helper()
	var out []string
	for _, it := range section(t, j, "thanks").Items {
		out = append(out, it.ID+" | "+it.For+" | "+it.Text)
	}
	return out
}

// withNames is the edit that gives the first round these interviewers,
// its other details as they are.
func withNames(j checklist.Job, names ...string) checklist.SetRound {
	d := detailsOf(j.Rounds[0])
	d.Interviewers = checklist.People(names...)
	return checklist.SetRound{RoundID: j.Rounds[0].ID, Details: d}
}

func TestSetRoundInterviewers(t *testing.T) {
	tests := []struct {
		name   string
		start  []string
		setup  func(t *testing.T, j *checklist.Job)
		names  []string
		want   []string
		checks func(t *testing.T, j checklist.Job)
	}{
		{
			name: "one added after the others", start: []string{"Dana Lee"}, names: []string{"Dana Lee", "Sam Ng"},
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
			checks: func(t *testing.T, j checklist.Job) {
				it := j.Item("thank-interviewers-sam-ng")
				if it.Each != "Send a thank-you message to {name}" || it.Hint != "Mention something specific." || it.Due != "+24h" {
					t.Errorf("new item = %+v", it)
				}
				requireDue(t, j, it.ID, interview.Add(24*time.Hour))
				if got := j.Rounds[0].Names(); !slices.Equal(got, []string{"Dana Lee", "Sam Ng"}) {
					t.Errorf("interviewers = %v", got)
				}
			},
		},
		{
			name: "two replaced by one new, the others kept", start: []string{"Dana Lee", "Sam Ng", "Kim Patel"},
			names: []string{"Kim Patel", "Ada Park"},
			want: []string{
				"thank-interviewers-kim-patel | Kim Patel | Send a thank-you message to Kim Patel",
				"thank-interviewers-ada-park | Ada Park | Send a thank-you message to Ada Park",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			// Two names with one slug: the second's id has a number, and
			// a name added later is still named from the group's base.
			name: "a name added after one whose id has a number", start: []string{"Dana Lee", "Dana-Lee", "Sam Ng"},
			setup: func(t *testing.T, j *checklist.Job) {
				apply(t, j, withNames(*j, "Dana-Lee", "Sam Ng"))
			},
			names: []string{"Dana-Lee", "Sam Ng", "Ada Park"},
			want: []string{
				"thank-interviewers-dana-lee-2 | Dana-Lee | Send a thank-you message to Dana-Lee",
				"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-interviewers-ada-park | Ada Park | Send a thank-you message to Ada Park",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			// A file edited by hand may hold a group's generic item beside
			// named ones; with nobody added it stays as it is.
			name: "a generic item beside named ones, nobody added", start: []string{"Dana Lee", "Sam Ng"},
			setup: func(t *testing.T, j *checklist.Job) {
				it := j.Item("thank-interviewers-sam-ng")
				it.For, it.Text = "", "Send each interviewer a thank-you message"
			},
			names: []string{"Dana Lee"},
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-interviewers-sam-ng |  | Send each interviewer a thank-you message",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			name: "the generic item becomes the first name's, tick and note kept", start: nil,
			setup: func(t *testing.T, j *checklist.Job) {
				apply(t, j, checklist.SetDone{ItemID: "thank-interviewers", Done: true, At: &created})
				apply(t, j, checklist.SetNote{ItemID: "thank-interviewers", Note: "sent to both"})
			},
			names: []string{" Dana Lee ", "Sam Ng", "Dana Lee", ""},
			want: []string{
				"thank-interviewers | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
			checks: func(t *testing.T, j checklist.Job) {
				it := j.Item("thank-interviewers")
				if !it.Done || !it.DoneAt.Equal(created) || it.Note != "sent to both" {
					t.Errorf("generic item lost its tick or note: %+v", it)
				}
				if j.Item("thank-interviewers-sam-ng").Done {
					t.Error("the new item is ticked")
				}
			},
		},
		{
			name: "an untouched item of a removed name goes", start: []string{"Dana Lee", "Sam Ng", "Kim Park"},
			names: []string{"Kim Park"},
			want: []string{
				"thank-interviewers-kim-park | Kim Park | Send a thank-you message to Kim Park",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			name: "a touched item of a removed name stays", start: []string{"Dana Lee", "Sam Ng"},
			setup: func(t *testing.T, j *checklist.Job) {
				apply(t, j, checklist.SetNote{ItemID: "thank-interviewers-dana-lee", Note: "draft ready"})
				apply(t, j, checklist.SetDone{ItemID: "thank-interviewers-sam-ng", Done: true, At: &created})
			},
			names: nil,
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
			checks: func(t *testing.T, j checklist.Job) {
				if got := j.Rounds[0].Interviewers; len(got) != 0 {
					t.Errorf("interviewers = %#v, want none", got)
				}
			},
		},
		{
			name: "removing everyone leaves one generic item", start: []string{"Dana Lee", "Sam Ng"},
			names: nil,
			want: []string{
				"thank-interviewers-sam-ng |  | Send a thank-you message to each interviewer",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			name: "replacing one name by another", start: []string{"Dana Lee"}, names: []string{"Sam Ng"},
			want: []string{
				"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			name: "a name back whose item stayed gets no second one", start: []string{"Dana Lee"},
			setup: func(t *testing.T, j *checklist.Job) {
				apply(t, j, checklist.SetNote{ItemID: "thank-interviewers-dana-lee", Note: "draft ready"})
				apply(t, j, withNames(*j))
			},
			names: []string{"Dana Lee"},
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
		{
			name: "a new one due as the others, from the decision date", start: []string{"Dana Lee"},
			setup: func(t *testing.T, j *checklist.Job) {
				j.Item("thank-interviewers-dana-lee").DueDecided = "+2d"
				decide := interview.AddDate(0, 0, 7)
				apply(t, j, checklist.SetDecisionDate{At: &decide})
			},
			names: []string{"Dana Lee", "Sam Ng"},
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
			checks: func(t *testing.T, j checklist.Job) {
				if it := j.Item("thank-interviewers-sam-ng"); it.DueDecided != "+2d" {
					t.Errorf("the new item counts from %q, want +2d as the others", it.DueDecided)
				}
				requireDue(t, j, "thank-interviewers-sam-ng", interview.AddDate(0, 0, 9))
			},
		},
		{
			name: "new ids avoid those taken", start: []string{"Dana Lee"},
			setup: func(t *testing.T, j *checklist.Job) {
				apply(t, j, checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: "thank-interviewers-sam-ng", Text: "mine", Own: true}})
			},
			names: []string{"Dana Lee", "Sam Ng", "Sam  Ng"},
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-interviewers-sam-ng-2 | Sam Ng | Send a thank-you message to Sam Ng",
				"thank-interviewers-sam-ng-3 | Sam  Ng | Send a thank-you message to Sam  Ng",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t, tt.start...)
			if tt.setup != nil {
				tt.setup(t, &j)
			}
			before := j.Clone()
			undo := apply(t, &j, withNames(j, tt.names...))
			if got := thanksItems(t, j); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("thank-you items:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(tt.want, "\n     "))
			}
			checkItemIDs(t, j)
			if j.ID != before.ID {
				t.Errorf("job id changed to %s", j.ID)
			}
			if tt.checks != nil {
				tt.checks(t, j)
			}
			checkUndo(t, before, j, undo)
		})
	}
}

// TestSetRoundInterviewersInLaterRound: a later round's per-interviewer
// items follow its own interviewers, with ids that carry the round's, and
// the other rounds' items stay as they are.
func TestSetRoundInterviewersInLaterRound(t *testing.T) {
	j := newTestJob(t, "Dana Lee")
	apply(t, &j, checklist.AddRound{Template: testTemplate(), Details: checklist.RoundDetails{
		Name: "Final", At: interview.AddDate(0, 0, 7), Interviewers: checklist.People("Sam Ng")}})
	first := section(t, j, "thanks")
	before := j.Clone()

	d := detailsOf(j.Rounds[1])
	d.Interviewers = checklist.People("Sam Ng", "Dana Lee")
	undo := apply(t, &j, checklist.SetRound{RoundID: "r2", Details: d})

	var got []string
	for _, it := range section(t, j, "r2-thanks").Items {
		got = append(got, it.ID+" | "+it.For)
	}
	want := []string{
		"r2-thank-interviewers-sam-ng | Sam Ng",
		"r2-thank-interviewers-dana-lee | Dana Lee",
		"r2-thank-hr | ",
		"r2-notes | ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the second round's thank-you items:\n got %v\nwant %v", got, want)
	}
	requireDue(t, j, "r2-thank-interviewers-dana-lee", interview.AddDate(0, 0, 7).Add(24*time.Hour))
	if !reflect.DeepEqual(section(t, j, "thanks"), first) {
		t.Error("the first round's items changed")
	}
	checkItemIDs(t, j)
	checkUndo(t, before, j, undo)
}

// TestSetRoundLeavesTheJobsOwnItemsAlone: an item made per interviewer in
// a section of the job itself (here the list for a no) is one item for the
// whole job: the interviewers of a round do not change it, and it is due
// from the answer as the rest of its list.
func TestSetRoundLeavesTheJobsOwnItemsAlone(t *testing.T) {
	tmpl := testTemplate()
	tmpl.Sections[3].Items = append(tmpl.Sections[3].Items, checklist.TemplateItem{
		ID: "thank-panel", Text: "Thank each interviewer", TextEach: "Thank {name}", Due: "+1d"})
	j, err := checklist.NewJob(tmpl, testDetails("Dana Lee"), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	rejectedAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt})
	ifNo := section(t, j, "if-no")

	apply(t, &j, withNames(j, "Dana Lee", "Sam Ng"))
	if got := section(t, j, "if-no"); !reflect.DeepEqual(got, ifNo) {
		t.Errorf("the list for a no changed with the round's interviewers:\n got %+v\nwant %+v", got, ifNo)
	}
	if it := j.Item("thank-panel"); it == nil || it.Text != "Thank each interviewer" || it.For != "" {
		t.Errorf("thank-panel = %+v, want the one generic item", it)
	}
	requireDue(t, j, "thank-panel", rejectedAt.AddDate(0, 0, 1))
}

// TestSetRoundUndoKeepsLaterTicks: the undo of a round's edit, applied to
// the job as another copy changed it since, keeps what was ticked, noted
// and added there.
func TestSetRoundUndoKeepsLaterTicks(t *testing.T) {
	j := newTestJob(t, "Dana Lee", "Sam Ng")
	orig := j.Clone()
	e := withNames(j, "Dana Lee", "Kim Park")
	e.Details.At = interview.Add(48 * time.Hour)
	undo := apply(t, &j, e)

	// Meanwhile, in another copy: a tick, a note and an item of one's own.
	tickAt := interview.Add(50 * time.Hour)
	apply(t, &j, checklist.SetDone{ItemID: "thank-interviewers-kim-park", Done: true, At: &tickAt})
	apply(t, &j, checklist.SetNote{ItemID: "thank-hr", Note: "called"})
	apply(t, &j, checklist.AddItem{SectionID: "thanks", Index: 99, Item: checklist.Item{ID: "flowers", Text: "Send flowers", Own: true}})

	apply(t, &j, undo)
	if got, want := detailsOf(j.Rounds[0]), detailsOf(orig.Rounds[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("round details = %+v, want %+v", got, want)
	}
	want := []string{
		"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
		"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
		"thank-hr |  | Thank your HR contact",
		"notes |  | Write down what was discussed",
		"flowers |  | Send flowers",
	}
	if got := thanksItems(t, j); !reflect.DeepEqual(got, want) {
		t.Errorf("thank-you items:\n got %v\nwant %v", got, want)
	}
	if j.Item("thank-hr").Note != "called" {
		t.Error("a note made since was lost")
	}
	requireDue(t, j, "thank-hr", interview.AddDate(0, 0, 2))
}
