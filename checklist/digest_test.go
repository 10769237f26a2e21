package checklist_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
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
		"a tick before":                   {tick("website")},
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
				if err := sameForTheList([]checklist.Job{j}, []checklist.Digest{d}, now); err != nil {
					t.Fatalf("%d h from the interview: %v", h, err)
				}
			}
		})
	}
}

// sameForTheList is nil when the digests give what the job list shows of
// the jobs at now: each job's due counts, the round to prepare for next
// and the most urgent task.
func sameForTheList(jobs []checklist.Job, digests []checklist.Digest, now time.Time) error {
	for i := range jobs {
		soon, late := jobs[i].DueCounts(now)
		if s, l := digests[i].DueCounts(now); s != soon || l != late {
			return fmt.Errorf("%s: %d due soon and %d late, want %d and %d", jobs[i].ID, s, l, soon, late)
		}
	}
	p, ok := checklist.NextToPrepare(jobs, now)
	if dp, dok := checklist.DigestNextToPrepare(digests, now); dok != ok || prepLine(dp) != prepLine(p) {
		return fmt.Errorf("to prepare next %s (%v), want %s (%v)", prepLine(dp), dok, prepLine(p), ok)
	}
	u, ok := checklist.MostUrgent(jobs, now)
	if du, dok := checklist.DigestMostUrgent(digests, now); dok != ok || ok && taskLines([]checklist.Task{du}) != taskLines([]checklist.Task{u}) {
		return fmt.Errorf("most urgent %v (%v), want %v (%v)", du, dok, u, ok)
	}
	return nil
}

// prepLine is what the job list shows of a round to prepare for.
func prepLine(p checklist.Preparation) string {
	return fmt.Sprintf("%s %s %s %s %s %d %s", p.JobID, p.Company, p.Round.ID, p.Round.Name,
		p.Round.At.Format(time.RFC3339), p.Left, p.ItemID)
}

func taskLines(tasks []checklist.Task) string {
	s := ""
	for _, t := range tasks {
		s += fmt.Sprintf("%s %s %s %s %s %s\n", t.JobID, t.RoundID, t.RoundName,
			t.Item.ID, t.Item.Text, t.Due().Format(time.RFC3339))
	}
	return s
}

// TestDigestDueOrdersAsDueTasks: "prep due" lists the digests' tasks in
// the order DueTasks gives the jobs', whether the due times are whole
// seconds (and sorted as numbers) or not, however far apart they lie, and
// whatever order the jobs come in.
func TestDigestDueOrdersAsDueTasks(t *testing.T) {
	now := interview.Add(time.Hour)
	for name, jobs := range dueCases(now) {
		t.Run(name, func(t *testing.T) {
			digests := digestsOf(jobs)
			for _, within := range dueWindows {
				want := taskLines(checklist.DueTasks(jobs, now, within))
				if got := taskLines(fullTasks(checklist.DigestDue(digests, now, within))); got != want {
					t.Errorf("within %v: DigestDue\n%s\nwant\n%s", within, got, want)
				}
			}
		})
	}
}

// TestOrderedDueTakesTheTasksAsTheyCome: given the open items in the
// order the index keeps them, most urgent first, a part at a time, the
// tasks are DigestDue's, and no item after the window is asked for.
func TestOrderedDueTakesTheTasksAsTheyCome(t *testing.T) {
	now := interview.Add(time.Hour)
	for name, jobs := range dueCases(now) {
		t.Run(name, func(t *testing.T) {
			digests := digestsOf(jobs)
			slices.SortStableFunc(digests, func(a, b checklist.Digest) int { return strings.Compare(a.Job.ID, b.Job.ID) })
			var items []checklist.PlacedItem
			for i, d := range digests {
				for _, o := range d.Open {
					items = append(items, checklist.PlacedItem{Digest: i, OpenItem: o})
				}
			}
			slices.SortStableFunc(items, func(a, b checklist.PlacedItem) int { return a.DueAt.Compare(b.DueAt) })
			for _, within := range dueWindows {
				want := taskLines(fullTasks(checklist.DigestDue(digests, now, within)))
				for _, part := range []int{1, 3, len(items) + 1} {
					tasks := checklist.NewOrderedDue(digests, now, within)
					var due []checklist.Due
					more, asked := true, 0
					for start := 0; more && start < len(items); start += part {
						given := items[start:min(start+part, len(items))]
						due, more = tasks.Append(due, given)
						asked = start + len(given)
					}
					if got := taskLines(fullTasks(due)); got != want {
						t.Errorf("within %v, %d items at a time:\n%s\nwant\n%s", within, part, got, want)
					}
					if late := slices.IndexFunc(items, func(it checklist.PlacedItem) bool {
						return within != math.MaxInt64 && it.DueAt.After(now.Add(within))
					}); late >= 0 && asked > late+part {
						t.Errorf("within %v, %d items at a time: %d items asked for, the first after the window is item %d", within, part, asked, late)
					}
				}
			}
		})
	}
}

// digestsOf is the jobs' digests, in their order.
func digestsOf(jobs []checklist.Job) []checklist.Digest {
	digests := make([]checklist.Digest, len(jobs))
	for i, j := range jobs {
		digests[i] = j.Digest()
	}
	return digests
}

// dueWindows are the windows the tests of the tasks due look through: none,
// prep due's, two centuries, and the longest there is.
var dueWindows = []time.Duration{0, checklist.SoonWithin, 200 * 365 * 24 * time.Hour, math.MaxInt64}

// dueCases are jobs whose tasks come in orders that take care to keep.
func dueCases(now time.Time) map[string][]checklist.Job {
	h := func(n float64) time.Time { return now.Add(time.Duration(n * float64(time.Hour))) }
	many := func() []checklist.Job {
		// Due times repeat across jobs and within them, so that places
		// decide between many tasks and the permutation has long cycles.
		var jobs []checklist.Job
		for i := range 60 {
			var dues []time.Time
			for k := range 1 + i%7 {
				dues = append(dues, h(float64((i*37+k*11)%23-12)))
			}
			jobs = append(jobs, taskJob(fmt.Sprintf("j%02d", (i*29)%60), dues...))
		}
		return jobs
	}
	return map[string][]checklist.Job{
		"no jobs":                                nil,
		"one task":                               {taskJob("a", h(1))},
		"same times":                             {taskJob("c", h(2), h(-1)), taskJob("a", h(-1), h(2)), taskJob("b", h(2), h(2))},
		"a fraction of a second":                 {taskJob("b", h(1), h(1.0001)), taskJob("a", h(1.0001), h(-2))},
		"a fraction, the same id and time twice": {taskJob("a", h(0.5), h(-1)), taskJob("a", h(-1), h(0.5))},
		"centuries apart": {taskJob("b", time.Date(1026, 1, 1, 0, 0, 0, 0, time.UTC), h(1)),
			taskJob("a", time.Date(3026, 1, 1, 0, 0, 0, 0, time.UTC), h(-3))},
		"too far apart for one number": {taskJob("b", time.Unix(-1<<62, 0), h(1)), taskJob("a", h(-3))},
		"the same id twice":            {taskJob("a", h(1), h(-1)), taskJob("a", h(-1), h(1))},
		"many":                         many(),
	}
}
