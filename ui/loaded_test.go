package ui

import (
	"sync/atomic"
	"testing"
	"time"
)

// TestLoadedIsCalledOnceTheJobsAreRead: the command line holds the garbage
// collector back until the app has read its jobs. The app says so once,
// before the list shows them, and not again when it reads them anew on
// the way back from a job.
func TestLoadedIsCalledOnceTheJobsAreRead(t *testing.T) {
	store := newStore(t)
	addJob(t, store, "Acme Corp", "Backend Engineer", testNow.Add(14*time.Hour))
	var calls atomic.Int32
	cfg := testConfig(store)
	cfg.Loaded = func() { calls.Add(1) }
	a := startAppWith(t, cfg, 80, 24)
	a.waitForText("Acme Corp")
	if n := calls.Load(); n != 1 {
		t.Fatalf("Loaded was called %d times by the time the list showed, want once", n)
	}
	a.key("enter")
	a.waitFor("the job's checklist", snapshot.onJob)
	a.key("esc")
	a.waitFor("the jobs read again", func(s snapshot) bool { return s.screen == listScreen && s.loads == 2 })
	a.quit()
	if n := calls.Load(); n != 1 {
		t.Errorf("Loaded was called %d times in all, want once", n)
	}
}
