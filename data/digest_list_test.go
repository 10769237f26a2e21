package data_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestDigestsShowTheListAsTheJobs: the app's job list shows digests read
// from the index, so at every moment from long before the generated
// interviews to long after them, each digest must give what the whole job
// gives for a row (status, round, due and late counts, progress, where it
// sorts, whether it is upcoming), and all of them the "Next up" row: the
// round to prepare for, with what is left, or the most urgent task.
func TestDigestsShowTheListAsTheJobs(t *testing.T) {
	indexAll(t)
	for _, seed := range []uint64{3} {
		dir := generated(t, 80, seed)
		s := data.NewStore(dir)
		if _, _, err := s.Digests(); err != nil {
			t.Fatal(err)
		}
		digests := sameAsList(t, s, "from the index")
		indexHolds(t, dir, digests, "from the index")
		jobs, _, err := s.List()
		if err != nil {
			t.Fatal(err)
		}
		prepared, urgent := 0, 0
		for at := dataset.Reference.AddDate(0, 0, -200); at.Before(dataset.Reference.AddDate(0, 0, 70)); at = at.Add(7 * time.Hour) {
			for i := range jobs {
				if a, b := jobRow(&jobs[i], jobs[i].TotalProgress(), jobs[i].DueCounts, at), digestRow(&digests[i], at); a != b {
					t.Fatalf("seed %d, %s: the row of %s\n got  %s\n want %s", seed, at, jobs[i].ID, b, a)
				}
			}
			p, ok := checklist.NextToPrepare(jobs, at)
			dp, dok := checklist.DigestNextToPrepare(digests, at)
			if a, b := prepRow(p, ok), prepRow(dp, dok); a != b {
				t.Fatalf("seed %d, %s: to prepare next\n got  %s\n want %s", seed, at, b, a)
			}
			u, ok := checklist.MostUrgent(jobs, at)
			du, dok := checklist.DigestMostUrgent(digests, at)
			if a, b := urgentRow(u, ok), urgentRow(du, dok); a != b {
				t.Fatalf("seed %d, %s: most urgent\n got  %s\n want %s", seed, at, b, a)
			}
			if ok {
				urgent++
			}
			if dok {
				prepared++
			}
		}
		// The moments must have met both kinds of "Next up" row.
		if prepared == 0 || urgent == 0 {
			t.Errorf("seed %d: %d moments with a round to prepare, %d with an urgent task", seed, prepared, urgent)
		}
	}
}

// jobRow is what a row of the list shows of a job at now.
func jobRow(j *checklist.Job, p checklist.Progress, counts func(time.Time) (int, int), now time.Time) string {
	var b strings.Builder
	soon, late := counts(now)
	fmt.Fprintf(&b, "%s|%s|%s|%s|v%d|%d soon|%d late|%d/%d|listed %s", j.ID, j.Company, j.Role, j.EffectiveStatus(now),
		j.Version, soon, late, p.Done, p.Total, j.ListedAt(now).Format(time.RFC3339Nano))
	if r := j.CurrentRound(now); r != nil {
		n, of := j.Number(r)
		fmt.Fprintf(&b, "|round %s %s %d of %d at %s %s", r.ID, r.Name, n, of, r.At.Format(time.RFC3339), r.State)
	}
	if r := j.NextRound(now); r != nil {
		fmt.Fprintf(&b, "|next %s", r.ID)
	}
	return b.String()
}

func digestRow(d *checklist.Digest, now time.Time) string {
	return jobRow(&d.Job, d.Progress, d.DueCounts, now)
}

func prepRow(p checklist.Preparation, ok bool) string {
	if !ok {
		return "none"
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%d left|first %s", p.JobID, p.Company, p.Round.ID, p.Round.Name,
		p.Round.At.Format(time.RFC3339), p.Left, p.ItemID)
}

func urgentRow(t checklist.Task, ok bool) string {
	if !ok {
		return "none"
	}
	return shownTasks([]checklist.Task{t})
}
