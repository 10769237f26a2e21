package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// The list says it is loading until the jobs are in, rather than that
// there are none; the jobs of a loading started again since are dropped.
func TestListSaysLoadingUntilTheJobsAreIn(t *testing.T) {
	store := newStore(t)
	for i := range 12 {
		addJob(t, store, fmt.Sprintf("Company %02d", i), "Role", testNow.Add(time.Duration(i)*time.Hour))
	}
	m := update(New(testConfig(store)), sizeMsg(80, 24))
	if view := string(render(m)); !strings.Contains(view, "Loading…") || strings.Contains(view, "No jobs yet") {
		t.Fatalf("before the jobs are in, the list shows:\n%s", view)
	}
	stale := loadJobs(store, m.list.gen)()
	m.list.reload()
	m = update(m, stale)
	if view := string(render(m)); !strings.Contains(view, "Loading…") {
		t.Fatalf("the jobs of a loading since started again were shown:\n%s", view)
	}
	m = update(m, loadJobs(store, m.list.gen)())
	if view := string(render(m)); strings.Contains(view, "Loading…") || !strings.Contains(view, "Jobs (12)") {
		t.Fatalf("once the jobs are in, the list shows:\n%s", view)
	}
}

// TestListIsTheSameFromTheIndex: the list of a generated folder, every
// page of it, in each of its three shows and at moments before, among and
// after the interviews, is drawn the same from the index as from the job
// files themselves.
func TestListIsTheSameFromTheIndex(t *testing.T) {
	dir := driveDir(t)
	if err := dataset.GenerateAt(dir, 40, 5, driveStart); err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(dir, "jobs", ".index")
	// Without the index: each load reads every file.
	var without []string
	for _, at := range listMoments {
		if err := os.Remove(index); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		without = append(without, everyPage(t, dir, at))
	}
	// The store indexes a file once it has not changed for a second.
	time.Sleep(1100 * time.Millisecond)
	if _, _, err := data.NewStore(dir).Digests(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(index); err != nil {
		t.Fatalf("no index was made: %v", err)
	}
	for i, at := range listMoments {
		if got := everyPage(t, dir, at); got != without[i] {
			t.Errorf("at %s, the list from the index differs:\n%s", at, firstLineDiff(without[i], got))
		}
	}
}

// listMoments are times around the generated interviews.
var listMoments = []time.Time{
	driveStart.AddDate(0, 0, -90), driveStart.Add(-36 * time.Hour), driveStart,
	driveStart.Add(30 * time.Hour), driveStart.AddDate(0, 0, 40),
}

// everyPage draws every page of the list of the folder at now, in each of
// its shows: all jobs, upcoming and past.
func everyPage(t *testing.T, dir string, now time.Time) string {
	t.Helper()
	cfg := testConfig(data.NewStore(dir))
	cfg.Now = func() time.Time { return now }
	m := update(New(cfg), sizeMsg(80, 24))
	m = update(m, loadJobs(cfg.Store, m.list.gen)())
	var b strings.Builder
	for _, show := range []string{"1", "2", "3"} {
		m = send(m, show, "g")
		for range m.list.list.Paginator.TotalPages {
			b.Write(render(m))
			m = send(m, "l")
		}
	}
	return b.String()
}
