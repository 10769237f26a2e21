package checklist_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestDigestAnswersAsTheJob: a job's digest gives the job's progress and,
// at every moment around its rounds, its tasks, whatever the status, with
// outcome lists shown by a tick or a note, and with a round cancelled.
func TestDigestAnswersAsTheJob(t *testing.T) {
	type change func(t *testing.T, j *checklist.Job)
	status := func(st checklist.Status) change {
		return func(t *testing.T, j *checklist.Job) { apply(t, j, checklist.SetStatus{Status: st, At: day(3)}) }
	}
	note := func(id string) change {
		return func(t *testing.T, j *checklist.Job) { apply(t, j, checklist.SetNote{ItemID: id, Note: "asked"}) }
	}
	tick := func(id string) change {
		return func(t *testing.T, j *checklist.Job) {
			at := day(1)
			apply(t, j, checklist.SetDone{ItemID: id, Done: true, At: &at})
		}
	}
	cancel := func(t *testing.T, j *checklist.Job) {
		apply(t, j, checklist.SetRoundState{RoundID: j.Rounds[1].ID, State: checklist.Cancelled})
	}
	cases := map[string][]change{
		"two rounds":                      nil,
		"a tick":                          {tick("follow-up-call")},
		"rejected":                        {status(checklist.Rejected)},
		"rejected, a feedback ask ticked": {status(checklist.Rejected), tick("ask-feedback")},
		"offer after a no, a note on it":  {status(checklist.Rejected), note("lessons"), status(checklist.Offer)},
		"withdrawn":                       {status(checklist.Withdrawn)},
		"no response":                     {status(checklist.NoResponse)},
		"interviewed":                     {status(checklist.Interviewed)},
		"the second round cancelled":      {cancel},
		"cancelled, then rejected":        {cancel, status(checklist.Rejected)},
	}
	for name, changes := range cases {
		t.Run(name, func(t *testing.T) {
			j := twoRounds(t)
			for _, c := range changes {
				c(t, &j)
			}
			d := j.Digest()
			if d.Progress != j.TotalProgress() {
				t.Errorf("progress %+v, want %+v", d.Progress, j.TotalProgress())
			}
			for h := -72; h <= 24*20; h += 6 {
				now := interview.Add(time.Duration(h) * time.Hour)
				if a, b := taskLines(j.Tasks(now)), taskLines(d.Tasks(now)); a != b {
					t.Fatalf("%d h from the interview: tasks\n%s\nwant\n%s", h, b, a)
				}
			}
		})
	}
}

func taskLines(tasks []checklist.Task) string {
	s := ""
	for _, t := range tasks {
		s += fmt.Sprintf("%s %s %s %s %s %s %s %s\n", t.JobID, t.RoundID, t.RoundName, t.SectionID, t.SectionTitle,
			t.Item.ID, t.Item.Text, t.Due().Format(time.RFC3339))
	}
	return s
}
