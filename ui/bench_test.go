package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// benchJob is the default checklist with interviewers and a few own items,
// about 60 items in all, a third of them done and some with notes.
func benchJob(b *testing.B) checklist.Job {
	b.Helper()
	j, err := checklist.NewJob(data.DefaultTemplate(), checklist.Details{
		Company: "Acme Corp", Role: "Backend Engineer", At: testNow.Add(-30 * time.Hour),
		Where: "1 Main St", Interviewers: []string{"Dana Lee", "Sam Ng", "Ana Lima", "Bo Chen"},
	}, "acme-corp-backend-engineer-2026-11-29", testNow.AddDate(0, 0, -7))
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, s := range j.AllSections() {
		for ii := range s.Items {
			it := &s.Items[ii]
			if n%3 == 0 {
				it.Done, it.DoneAt = true, &testNow
			}
			if n%7 == 0 {
				it.Note = "Spoke to the team lead about on-call.\nFollow up on the pairing question."
			}
			n++
		}
	}
	for i := range 60 - n {
		j.Sections[0].Items = append(j.Sections[0].Items, checklist.Item{ID: fmt.Sprintf("own-%d", i), Text: "An item of my own", Own: true})
	}
	return j
}

// BenchmarkChecklistKeypress is one key on a checklist of 60 items: the
// update and the frame drawn after it.
func BenchmarkChecklistKeypress(b *testing.B) {
	store := data.NewStore(b.TempDir())
	m := update(New(testConfig(store)), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = update(m, jobLoadedMsg{job: benchJob(b)})
	keys := []tea.KeyPressMsg{keyPress("j"), keyPress("j"), keyPress("k")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = update(m, keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkJobListFrame draws one frame of a list of 1,000 jobs.
func BenchmarkJobListFrame(b *testing.B) {
	store := data.NewStore(b.TempDir())
	j := benchJob(b)
	jobs := make([]checklist.Digest, 1000)
	for i := range jobs {
		c := j.Clone()
		c.ID = fmt.Sprintf("job-%04d", i)
		c.Rounds[0].At = testNow.Add(time.Duration(i-500) * 24 * time.Hour)
		jobs[i] = c.Digest()
	}
	m := update(New(testConfig(store)), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = update(m, jobsLoadedMsg{jobs: jobs})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = m.View()
	}
}

// BenchmarkJobListLoad is the list's first load of 1,000 generated jobs,
// as the app opens: their digests read, from the index or, with no index,
// from every file, then the list built and its first frame drawn.
func BenchmarkJobListLoad(b *testing.B) {
	dir, err := dataset.Shared(1000)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("index", func(b *testing.B) { benchmarkLoad(b, dir, false) })
	b.Run("no-index", func(b *testing.B) {
		// A copy, so that the index can go: the shared folder is not ours.
		copied := b.TempDir()
		if err := os.CopyFS(copied, os.DirFS(dir)); err != nil {
			b.Fatal(err)
		}
		benchmarkLoad(b, copied, true)
	})
}

func benchmarkLoad(b *testing.B, dir string, unindexed bool) {
	store := data.NewStore(dir)
	if _, _, err := store.Digests(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if unindexed {
			b.StopTimer()
			if err := os.Remove(indexPath(dir)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		m := update(New(testConfig(store)), tea.WindowSizeMsg{Width: 120, Height: 40})
		m = update(m, loadJobs(store, m.list.gen)())
		if len(m.list.jobs) != 1000 {
			b.Fatalf("%d jobs loaded", len(m.list.jobs))
		}
		_ = m.View()
	}
}
