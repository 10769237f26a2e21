package gitsync_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// BenchmarkSync200Jobs10Changed is one sync of a data folder of 200 jobs,
// 10 of them changed here and 10 others changed on another device: commit,
// fetch, merge (through the merge driver, one process a job file), push.
func BenchmarkSync200Jobs10Changed(b *testing.B) {
	needGit(b)
	base := baseJob(b)
	_, dirs := setup(b, base, 2)
	var ids []string
	for i := range 200 {
		j := base.Clone()
		j.ID = fmt.Sprintf("job-%03d", i)
		ids = append(ids, j.ID)
		for _, d := range dirs {
			writeJob(b, d, j)
		}
	}
	if _, err := open(b, dirs[0]).Sync(); err != nil {
		b.Fatal(err)
	}
	if _, err := open(b, dirs[1]).Sync(); err != nil {
		b.Fatal(err)
	}
	here, there := open(b, dirs[0]), open(b, dirs[1])
	tick := func(dir string, from int, n int) {
		for i := from; i < from+n; i++ {
			s := data.NewStore(dir)
			j, err := s.Load(ids[i%200])
			if err != nil {
				b.Fatal(err)
			}
			item := j.Sections[n%len(j.Sections)].Items[0].ID
			at := clock()
			if _, err := s.Apply(j.ID, checklist.SetDone{ItemID: item, Done: !j.Item(item).Done, At: &at}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		// Ten jobs changed on the other device and pushed, and ten here,
		// four of them the same jobs, so that the driver merges those.
		tick(dirs[1], i*13, 10)
		if _, err := there.Sync(); err != nil {
			b.Fatal(err)
		}
		tick(dirs[0], i*13+6, 10)
		b.StartTimer()
		res, err := here.Sync()
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Committed) != 10 {
			b.Fatalf("committed %d jobs, want 10", len(res.Committed))
		}
	}
	b.StopTimer()
	_ = os.RemoveAll(filepath.Dir(dirs[0]))
}
