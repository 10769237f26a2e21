package checklist_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// thanksItems lists the thank-you section's items as "id for text".
func thanksItems(j checklist.Job) []string {
	var out []string
	for _, it := range j.Sections[2].Items {
		out = append(out, it.ID+" | "+it.For+" | "+it.Text)
	}
	return out
}

func withNames(j checklist.Job, names ...string) checklist.Details {
	d := j.Details()
	d.Interviewers = names
	return d
}

func TestSetDetailsMovesDueTimes(t *testing.T) {
	j := newTestJob(t, "Dana Lee")
	rejectedAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt})
	doneAt := time.Date(2026, 12, 1, 18, 0, 0, 0, cet)
	apply(t, &j, checklist.SetDone{ItemID: "thank-hr", Done: true, At: &doneAt})
	orig := j.Clone()

	moved := time.Date(2026, 12, 3, 14, 30, 0, 0, cet)
	d := j.Details()
	d.At = moved
	undo := apply(t, &j, checklist.SetDetails{Details: d})

	if j.ID != orig.ID || !j.InterviewAt.Equal(moved) {
		t.Errorf("job %s at %s, want %s at %s", j.ID, j.InterviewAt, orig.ID, moved)
	}
	requireDue(t, j, "thank-interviewers-dana-lee", moved.Add(24*time.Hour))
	requireDue(t, j, "thank-hr", moved.AddDate(0, 0, 2)) // done, still moved
	if dueOf(t, j, "notes") != nil {
		t.Error("an item without an offset got a due time")
	}
	requireDue(t, j, "ask-feedback", rejectedAt.AddDate(0, 0, 3)) // counted from the rejection
	if it := j.Item("thank-hr"); !it.Done || !it.DoneAt.Equal(doneAt) {
		t.Error("the tick was lost")
	}
	checkUndo(t, orig, j, undo)

	t.Run("the same moment in another zone moves nothing", func(t *testing.T) {
		k := orig.Clone()
		d := k.Details()
		d.At = k.InterviewAt.UTC()
		apply(t, &k, checklist.SetDetails{Details: d})
		if !reflect.DeepEqual(k, orig) {
			t.Error("the job changed")
		}
	})
}

func TestSetDetailsText(t *testing.T) {
	j := newTestJob(t)
	orig := j.Clone()
	undo := apply(t, &j, checklist.SetDetails{Details: checklist.Details{
		Company: " Globex ", Role: " Staff Engineer", At: interview, Where: " video call ",
	}})
	if j.Company != "Globex" || j.Role != "Staff Engineer" || j.Where != "video call" {
		t.Errorf("details = %q %q %q, want them trimmed", j.Company, j.Role, j.Where)
	}
	if j.ID != orig.ID {
		t.Errorf("id changed to %s", j.ID)
	}
	if !reflect.DeepEqual(j.Sections, orig.Sections) {
		t.Error("the items changed")
	}
	checkUndo(t, orig, j, undo)

	for _, d := range []checklist.Details{
		{Company: " ", Role: "R", At: interview},
		{Company: "C", Role: "", At: interview},
		{Company: "C", Role: "R"},
	} {
		k := orig.Clone()
		if _, err := (checklist.SetDetails{Details: d}).Apply(&k); err == nil {
			t.Errorf("details %+v were accepted", d)
		}
		if !reflect.DeepEqual(k, orig) {
			t.Errorf("refused details %+v changed the job", d)
		}
	}
}

func TestSetDetailsInterviewers(t *testing.T) {
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
				if !slices.Equal(j.Interviewers, []string{"Dana Lee", "Sam Ng"}) {
					t.Errorf("interviewers = %v", j.Interviewers)
				}
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
				if j.Interviewers != nil {
					t.Errorf("interviewers = %#v, want none", j.Interviewers)
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
				apply(t, j, checklist.SetDetails{Details: withNames(*j)})
			},
			names: []string{"Dana Lee"},
			want: []string{
				"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
				"thank-hr |  | Thank your HR contact",
				"notes |  | Write down what was discussed",
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
			undo := apply(t, &j, checklist.SetDetails{Details: withNames(j, tt.names...)})
			if got := thanksItems(j); !reflect.DeepEqual(got, tt.want) {
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

func TestSetDetailsInterviewerInOutcomeSection(t *testing.T) {
	tmpl := testTemplate()
	tmpl.Sections[3].Items = append(tmpl.Sections[3].Items, checklist.TemplateItem{
		ID: "thank-panel", Text: "Thank each interviewer", TextEach: "Thank {name}", Due: "+1d"})
	j, err := checklist.NewJob(tmpl, testDetails("Dana Lee"), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	rejectedAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	k := j.Clone()

	apply(t, &j, checklist.SetDetails{Details: withNames(j, "Dana Lee", "Sam Ng")})
	if d := dueOf(t, j, "thank-panel-sam-ng"); d != nil {
		t.Errorf("an item for a rejection not yet made is due %s", d)
	}

	apply(t, &k, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt})
	apply(t, &k, checklist.SetDetails{Details: withNames(k, "Dana Lee", "Sam Ng")})
	requireDue(t, k, "thank-panel-sam-ng", rejectedAt.AddDate(0, 0, 1))
}

func TestSetDetailsUndoKeepsLaterTicks(t *testing.T) {
	j := newTestJob(t, "Dana Lee", "Sam Ng")
	orig := j.Clone()
	d := withNames(j, "Dana Lee", "Kim Park")
	d.At = interview.Add(48 * time.Hour)
	undo := apply(t, &j, checklist.SetDetails{Details: d})

	// Meanwhile, in another copy: a tick, a note and an item of one's own.
	tickAt := interview.Add(50 * time.Hour)
	apply(t, &j, checklist.SetDone{ItemID: "thank-interviewers-kim-park", Done: true, At: &tickAt})
	apply(t, &j, checklist.SetNote{ItemID: "thank-hr", Note: "called"})
	apply(t, &j, checklist.AddItem{SectionID: "thanks", Index: 99, Item: checklist.Item{ID: "flowers", Text: "Send flowers", Own: true}})

	apply(t, &j, undo)
	if !reflect.DeepEqual(j.Details(), orig.Details()) {
		t.Errorf("details = %+v, want %+v", j.Details(), orig.Details())
	}
	want := []string{
		"thank-interviewers-dana-lee | Dana Lee | Send a thank-you message to Dana Lee",
		"thank-interviewers-sam-ng | Sam Ng | Send a thank-you message to Sam Ng",
		"thank-hr |  | Thank your HR contact",
		"notes |  | Write down what was discussed",
		"flowers |  | Send flowers",
	}
	if got := thanksItems(j); !reflect.DeepEqual(got, want) {
		t.Errorf("thank-you items:\n got %v\nwant %v", got, want)
	}
	if j.Item("thank-hr").Note != "called" {
		t.Error("a note made since was lost")
	}
	requireDue(t, j, "thank-hr", interview.AddDate(0, 0, 2))
}

func TestJobDetails(t *testing.T) {
	j := newTestJob(t, "Dana Lee")
	d := j.Details()
	want := testDetails("Dana Lee")
	if !reflect.DeepEqual(d, want) {
		t.Errorf("Details = %+v, want %+v", d, want)
	}
	d.Interviewers[0] = "changed"
	if j.Interviewers[0] != "Dana Lee" {
		t.Error("Details shares the job's list of interviewers")
	}
}
