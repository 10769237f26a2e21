package ui

import (
	"slices"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestListOrder: the list has upcoming jobs first, soonest first, then
// past ones, most recent first, and jobs at the same time in the order of
// their files; every job once. The jobs are a generated folder's, in the
// order the store reads them, copied over to make ties, at moments
// before, among and after the interviews.
func TestListOrder(t *testing.T) {
	dir := driveDir(t)
	if err := dataset.GenerateAt(dir, 60, 3, driveStart); err != nil {
		t.Fatal(err)
	}
	read, _, err := data.NewStore(dir).Digests()
	if err != nil {
		t.Fatal(err)
	}
	jobs := append(read, read[:20]...)
	for _, now := range listMoments {
		want := slices.Clone(jobs)
		slices.SortStableFunc(want, func(a, b checklist.Digest) int {
			aUp, bUp := a.Job.NextRound(now) != nil, b.Job.NextRound(now) != nil
			switch {
			case aUp != bUp && aUp:
				return -1
			case aUp != bUp:
				return 1
			case aUp:
				return a.Job.ListedAt(now).Compare(b.Job.ListedAt(now))
			}
			return b.Job.ListedAt(now).Compare(a.Job.ListedAt(now))
		})
		got := slices.Clone(jobs)
		sortForList(got, now)
		if ids(got) != ids(want) {
			t.Errorf("at %s the list is in the order\n%s\nwant\n%s", now.Format(time.DateTime), ids(got), ids(want))
		}
	}
}

func ids(jobs []checklist.Digest) string {
	var s string
	for _, d := range jobs {
		s += d.Job.ID + "\n"
	}
	return s
}
