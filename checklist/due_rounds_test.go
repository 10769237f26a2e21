package checklist_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// roundsTemplate is testTemplate with a round's before section holding an
// item due the day before the round, and the job's own follow-up, due a
// week after the last round.
func roundsTemplate() checklist.Template {
	tp := testTemplate()
	tp.Sections = append(tp.Sections[:2:2],
		checklist.TemplateSection{ID: "logistics", Title: "Logistics", Phase: checklist.Before, Scope: checklist.RoundScope,
			Items: []checklist.TemplateItem{
				{ID: "confirm-time", Text: "Confirm the time", Due: "-24h"},
				{ID: "route", Text: "Plan the route"},
			}},
		tp.Sections[2],
		checklist.TemplateSection{ID: "follow-up", Title: "Follow-up", Phase: checklist.After, Scope: checklist.JobScope,
			Items: []checklist.TemplateItem{
				{ID: "follow-up-call", Text: "Call if there is no word", Due: "+7d"},
			}},
		tp.Sections[3],
	)
	return tp
}

// twoRounds is a job from roundsTemplate with a first round at the test
// interview with Dana Lee and a second a week later with Sam Ng.
func twoRounds(t *testing.T) checklist.Job {
	t.Helper()
	j, err := checklist.NewJob(roundsTemplate(), testDetails("Dana Lee"), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	apply(t, &j, checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{
		Name: "Final", At: day(7), Interviewers: checklist.People("Sam Ng")}})
	return j
}

// wantDues checks the due time of each item: nil for none.
func wantDues(t *testing.T, j checklist.Job, want map[string]*time.Time) {
	t.Helper()
	for id, w := range want {
		got := dueOf(t, j, id)
		switch {
		case w == nil && got != nil:
			t.Errorf("%s due %s, want no due time", id, got)
		case w != nil && (got == nil || !got.Equal(*w)):
			t.Errorf("%s due %v, want %s", id, got, w)
		}
	}
}

// TestDueTimesPerRound: a round's items count from their round's start,
// before it or after; the job's own follow-up from its last round; the
// list for a no waits for the no.
func TestDueTimesPerRound(t *testing.T) {
	j, err := checklist.NewJob(roundsTemplate(), testDetails("Dana Lee"), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	wantDues(t, j, map[string]*time.Time{
		"confirm-time":                ptr(day(-1)),
		"thank-interviewers-dana-lee": ptr(day(0).Add(24 * time.Hour)),
		"thank-hr":                    ptr(day(2)),
		"notes":                       nil,
		"follow-up-call":              ptr(day(7)),
		"ask-feedback":                nil,
	})

	j = twoRounds(t)
	wantDues(t, j, map[string]*time.Time{
		"confirm-time":                 ptr(day(-1)),
		"thank-interviewers-dana-lee":  ptr(day(1)),
		"thank-hr":                     ptr(day(2)),
		"r2-confirm-time":              ptr(day(6)),
		"r2-thank-interviewers-sam-ng": ptr(day(8)),
		"r2-thank-hr":                  ptr(day(9)),
		"r2-notes":                     nil,
		"follow-up-call":               ptr(day(14)),
		"ask-feedback":                 nil,
	})
	checkItemIDs(t, j)
}

// A job made less than a day before its interview: the day-ahead
// confirmation is due as the job is made, not already late.
func TestTaskDueBeforeTheJobWasMadeIsDueAtOnce(t *testing.T) {
	d := testDetails("Dana Lee")
	d.At = created.Add(21 * time.Hour)
	j, err := checklist.NewJob(roundsTemplate(), d, "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	wantDues(t, j, map[string]*time.Time{
		"confirm-time":                ptr(created),
		"thank-interviewers-dana-lee": ptr(d.At.Add(24 * time.Hour)),
	})
	if st := j.Item("confirm-time").DueState(created); st == checklist.DueLate {
		t.Errorf("the confirmation is late as the job is made")
	}
}

// TestDueTimesWhenRoundsChange: a round moved moves its open items' due
// times, and the job's follow-up when it is or becomes the last round;
// items done keep the due time they were done against. A round cancelled
// or removed leaves the follow-up to the last round that is left. Each
// change is undone exactly.
func TestDueTimesWhenRoundsChange(t *testing.T) {
	moved := func(id string, days int) checklist.Edit {
		return roundMove{id: id, to: day(days)}
	}
	tests := []struct {
		name string
		edit checklist.Edit
		want map[string]*time.Time
	}{
		{"the last round moved", moved("r2", 10), map[string]*time.Time{
			"r2-confirm-time":              ptr(day(9)),
			"r2-thank-interviewers-sam-ng": ptr(day(11)),
			"r2-thank-hr":                  ptr(day(9)), // done, kept
			"thank-hr":                     ptr(day(2)),
			"follow-up-call":               ptr(day(17)),
		}},
		{"the first round moved", moved("r1", 3), map[string]*time.Time{
			"confirm-time":                 ptr(day(2)),
			"thank-interviewers-dana-lee":  ptr(day(4)),
			"thank-hr":                     ptr(day(2)), // done, kept
			"r2-thank-interviewers-sam-ng": ptr(day(8)),
			"follow-up-call":               ptr(day(14)),
		}},
		{"the first round moved after the second", moved("r1", 20), map[string]*time.Time{
			"thank-interviewers-dana-lee":  ptr(day(21)),
			"r2-thank-interviewers-sam-ng": ptr(day(8)),
			"follow-up-call":               ptr(day(27)),
		}},
		{"the last round cancelled", checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled}, map[string]*time.Time{
			"r2-thank-interviewers-sam-ng": ptr(day(8)),
			"follow-up-call":               ptr(day(7)),
		}},
		{"the first round cancelled", checklist.SetRoundState{RoundID: "r1", State: checklist.Cancelled}, map[string]*time.Time{
			"thank-interviewers-dana-lee": ptr(day(1)),
			"follow-up-call":              ptr(day(14)),
		}},
		{"the last round marked done", checklist.SetRoundState{RoundID: "r2", State: checklist.Held}, map[string]*time.Time{
			"r2-thank-interviewers-sam-ng": ptr(day(8)),
			"follow-up-call":               ptr(day(14)),
		}},
		{"the last round removed", checklist.RemoveRound{RoundID: "r2"}, map[string]*time.Time{
			"thank-interviewers-dana-lee": ptr(day(1)),
			"follow-up-call":              ptr(day(7)),
		}},
		{"a third round added", checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{At: day(21)}}, map[string]*time.Time{
			"r3-thank-hr":                  ptr(day(23)),
			"r2-thank-interviewers-sam-ng": ptr(day(8)),
			"follow-up-call":               ptr(day(28)),
		}},
		{"an earlier round added", checklist.AddRound{Template: roundsTemplate(), Details: checklist.RoundDetails{At: day(-14)}}, map[string]*time.Time{
			"r3-thank-hr":    ptr(day(-12)),
			"follow-up-call": ptr(day(14)),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := twoRounds(t)
			doneAt := day(1)
			apply(t, &j, checklist.SetDone{ItemID: "thank-hr", Done: true, At: &doneAt})
			apply(t, &j, checklist.SetDone{ItemID: "r2-thank-hr", Done: true, At: &doneAt})
			before := j.Clone()
			undo := apply(t, &j, tt.edit)
			wantDues(t, j, tt.want)
			checkUndo(t, before, j, undo)
		})
	}
}

// roundMove is the edit that moves a round to a new start, its other
// details as they are.
type roundMove struct {
	id string
	to time.Time
}

func (m roundMove) Apply(j *checklist.Job) (checklist.Edit, error) {
	d := detailsOf(*j.Round(m.id))
	d.At = m.to
	return checklist.SetRound{RoundID: m.id, Details: d}.Apply(j)
}

// TestTasksPerRound: what is chased, and when. A round's items due before
// it are chased while it is still to come; its after tasks once it has
// taken place, never for a round called off. The job's own follow-up once
// any round has taken place; after an answer only that answer's list.
func TestTasksPerRound(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(t *testing.T, j *checklist.Job)
		now   time.Time
		tasks []string
	}{
		{"two days before the first round", nil, day(-2), []string{"confirm-time", "r2-confirm-time"}},
		{"during the first round", nil, day(0).Add(30 * time.Minute),
			[]string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr", "r2-confirm-time"}},
		{"after both", nil, day(8),
			[]string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr", "r2-thank-interviewers-sam-ng", "r2-thank-hr"}},
		{"after both, some done", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetDone{ItemID: "thank-hr", Done: true, At: ptr(day(1))})
			apply(t, j, checklist.SetDone{ItemID: "r2-thank-interviewers-sam-ng", Done: true, At: ptr(day(8))})
		}, day(8), []string{"follow-up-call", "thank-interviewers-dana-lee", "r2-thank-hr"}},
		{"the second cancelled", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled})
		}, day(8), []string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr"}},
		{"the second cancelled, before it", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled})
		}, day(3), []string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr"}},
		{"the second marked done early", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetRoundState{RoundID: "r2", State: checklist.Held})
		}, day(3), []string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr", "r2-thank-interviewers-sam-ng", "r2-thank-hr"}},
		{"a no after the first: only its list", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetStatus{Status: checklist.Rejected, At: day(3)})
		}, day(8), []string{"ask-feedback", "lessons"}},
		{"no word after the first, the second never held", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetStatus{Status: checklist.NoResponse, At: day(5)})
		}, day(8), []string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr"}},
		{"the job's own item due before, a round to come", dueNews, day(3),
			[]string{"news", "follow-up-call", "thank-interviewers-dana-lee", "thank-hr", "r2-confirm-time"}},
		{"the job's own item due before, no round to come", dueNews, day(8),
			[]string{"follow-up-call", "thank-interviewers-dana-lee", "thank-hr", "r2-thank-interviewers-sam-ng", "r2-thank-hr"}},
		{"withdrawn", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetStatus{Status: checklist.Withdrawn, At: day(3)})
		}, day(8), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := twoRounds(t)
			if tt.edit != nil {
				tt.edit(t, &j)
			}
			var got []string
			for _, task := range j.Tasks(tt.now) {
				got = append(got, task.Item.ID)
				if r := j.Round(task.RoundID); task.RoundID != "" && (r == nil || task.RoundName != r.Name) {
					t.Errorf("task %s names round %q %q", task.Item.ID, task.RoundID, task.RoundName)
				}
			}
			if !reflect.DeepEqual(got, tt.tasks) {
				t.Errorf("Tasks = %v\n     want %v", got, tt.tasks)
			}
		})
	}
}

// TestUntickCountsTheDueTimeAgain: an item done keeps the due time it was
// done against while its round moves; unticked, it is due again as an
// open item of its round is, not at the time it had. The untick is undone
// exactly, the old due time with the tick.
func TestUntickCountsTheDueTimeAgain(t *testing.T) {
	tests := []struct {
		name   string
		item   string
		change checklist.Edit
		kept   *time.Time // the due time while done
		want   *time.Time // once unticked
	}{
		{"a round's item, its round moved", "r2-thank-hr", roundMove{id: "r2", to: day(10)}, ptr(day(9)), ptr(day(12))},
		{"a round's item due before it, its round moved", "r2-confirm-time", roundMove{id: "r2", to: day(10)}, ptr(day(6)), ptr(day(9))},
		{"the follow-up, the last round cancelled", "follow-up-call",
			checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled}, ptr(day(14)), ptr(day(7))},
		{"the follow-up, every round removed", "follow-up-call", removeBoth{}, ptr(day(14)), nil},
		{"the list for a no, the no taken back", "ask-feedback",
			checklist.SetStatus{Status: checklist.Interviewed, At: day(9)}, ptr(day(11)), nil},
		{"an item whose round stayed", "thank-hr", roundMove{id: "r2", to: day(10)}, ptr(day(2)), ptr(day(2))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := twoRounds(t)
			apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: day(8)})
			if tt.item != "ask-feedback" {
				apply(t, &j, checklist.SetStatus{Status: checklist.Interviewed, At: day(8)})
			}
			apply(t, &j, checklist.SetDone{ItemID: tt.item, Done: true, At: ptr(day(8))})
			apply(t, &j, tt.change)
			wantDues(t, j, map[string]*time.Time{tt.item: tt.kept})

			before := j.Clone()
			undo := apply(t, &j, checklist.SetDone{ItemID: tt.item, Done: false})
			wantDues(t, j, map[string]*time.Time{tt.item: tt.want})
			checkUndo(t, before, j, undo)
		})
	}
}

// dueNews gives the job's own "news" item a due time two days before the
// last round, as a person's template may.
func dueNews(t *testing.T, j *checklist.Job) {
	it := j.Item("news")
	it.Due, it.DueAt = "-2d", ptr(day(5))
}

// removeBoth removes both rounds of twoRounds.
type removeBoth struct{}

func (removeBoth) Apply(j *checklist.Job) (checklist.Edit, error) {
	for _, id := range []string{"r2", "r1"} {
		if _, err := (checklist.RemoveRound{RoundID: id}).Apply(j); err != nil {
			return nil, err
		}
	}
	return nil, nil
}
