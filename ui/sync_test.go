package ui

import (
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/gitsync"
)

// withSync is the app on a store with a sync that counts its runs and
// answers as given.
func withSync(t *testing.T, store *data.Store, auto bool, summary string, err error) (Model, *int) {
	t.Helper()
	runs := 0
	cfg := testConfig(store)
	cfg.Sync = func() (string, error) { runs++; return summary, err }
	cfg.SyncOnStartAndQuit = auto
	m := update(New(cfg), tea.WindowSizeMsg{Width: 80, Height: 24})
	return update(m, loadJobs(store, 0)()), &runs
}

// S on the job list syncs, and the footer says what the sync did.
func TestSyncKey(t *testing.T) {
	store, _ := sampleStore(t)
	m, runs := withSync(t, store, false, "Synced: sent 1 job.", nil)
	if !regexp.MustCompile(`S +sync`).Match(render(settleKeys(m, "?"))) {
		t.Errorf("the full help does not offer S:\n%s", render(settleKeys(m, "?")))
	}
	m = settleKeys(m, "S")
	if *runs != 1 || !strings.Contains(string(render(m)), "Synced: sent 1 job.") {
		t.Errorf("after S: %d syncs, footer:\n%s", *runs, render(m))
	}
}

// A failed sync says why in the footer.
func TestSyncFailureShown(t *testing.T) {
	store, _ := sampleStore(t)
	m, _ := withSync(t, store, false, "", gitsync.ErrNoRemote)
	m = settleKeys(m, "S")
	// Whole at 80 columns: the command that mends it comes last.
	if m.err == nil || !strings.Contains(string(render(m)), "✗ sync: "+gitsync.ErrNoRemote.Error()) {
		t.Errorf("the failure is not shown whole:\n%s", render(m))
	}
}

// With no way to sync, S does nothing and help does not offer it.
func TestSyncKeyWithoutSync(t *testing.T) {
	store, _ := sampleStore(t)
	m := settleKeys(loaded(t, store, 80, 24), "?", "S")
	if strings.Contains(string(render(m)), "sync") || m.syncing {
		t.Errorf("S without a sync:\n%s", render(m))
	}
}

// With the setting on, the app syncs as it opens and as it quits, after
// every change is saved.
func TestSyncOnStartAndQuit(t *testing.T) {
	store, _ := sampleStore(t)
	m, runs := withSync(t, store, true, "Synced: everything was up to date.", nil)
	for _, msg := range runCmd(m.Init()) {
		m = settle(m, msg)
	}
	if *runs != 1 {
		t.Fatalf("%d syncs as the app opened, want 1", *runs)
	}
	next, cmd := m.Update(keyPress("q"))
	next, cmd = next.(Model).Update(cmd())
	if !next.(Model).exited || cmd == nil || *runs != 1 {
		t.Fatalf("q did not ask to quit, or synced at once (%d syncs)", *runs)
	}
	msgs := runCmd(cmd)
	if *runs != 2 || len(msgs) != 1 {
		t.Fatalf("quitting: %d syncs, messages %v", *runs, msgs)
	}
	if _, last := next.(Model).Update(msgs[0]); last == nil || last() != tea.Quit() {
		t.Error("the app does not quit once the sync is done")
	}
}

// A job whose note holds two versions from two devices says so as it
// opens.
func TestClashedNoteToldOnOpen(t *testing.T) {
	store, j := sampleStore(t)
	note := strings.Join([]string{checklist.ClashBegin, "mine", checklist.ClashOther, "theirs", checklist.ClashEnd}, "\n")
	if _, err := store.Apply(j.ID, checklist.SetNote{ItemID: "mission", Note: note}); err != nil {
		t.Fatal(err)
	}
	m := settle(loaded(t, store, 100, 30), openJobMsg{id: j.ID})
	if !strings.Contains(m.notice, "Changed on two devices: the note of “Note the company's goals") {
		t.Errorf("notice %q", m.notice)
	}
}

// A sync tool's conflict copy beside a job is merged into it as the app
// starts, and the person is told.
func TestConflictCopyMergedOnStart(t *testing.T) {
	store, j := sampleStore(t)
	other := j.Clone()
	other.Item("news").Done = true
	at := testNow
	other.Item("news").DoneAt = &at
	b, err := data.EncodeJob(other)
	if err != nil {
		t.Fatal(err)
	}
	path, _ := store.Path(j.ID)
	if err := os.WriteFile(strings.TrimSuffix(path, ".json")+".sync-conflict-20261130-200000-ABCDEFG.json", b, 0o600); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, store, 80, 24)
	for _, msg := range runCmd(mergeCopies(store)) {
		m = settle(m, msg)
	}
	if !strings.Contains(m.notice, "Syncthing") {
		t.Errorf("notice %q", m.notice)
	}
	got, err := store.Load(j.ID)
	if err != nil || !got.Item("news").Done {
		t.Errorf("the copy's tick is not in the job: %v", err)
	}
}
