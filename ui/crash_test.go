package ui

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// steps runs steps on the app over the store's folder at the given size,
// checking after every message what the drive checks, and quits at the
// end unless told to stay.
func steps(t *testing.T, dir string, width, height int, lines ...string) *driver {
	t.Helper()
	d, err := driveFolder(dir, width, height)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.stop)
	for _, s := range parseSteps(t, lines) {
		if err := d.do(s); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// zetaStore holds twelve jobs, three pages of them at 80×24; the three
// at Zeta Labs come last.
func zetaStore(t *testing.T) *data.Store {
	store := newStore(t)
	for i := range 9 {
		addJob(t, store, fmt.Sprintf("Company %c", 'A'+i), "Engineer", testNow.Add(time.Duration(i+2)*24*time.Hour))
	}
	for i := range 3 {
		addJob(t, store, "Zeta Labs", fmt.Sprintf("Role %d", i+1), testNow.Add(time.Duration(i+20)*24*time.Hour))
	}
	return store
}

// Found 1 (a): with more than a page of jobs, a filter, a job opened from
// it and esc back to the list, the list pointed past the end of the
// filtered jobs and the app died drawing it.
func TestFilterSurvivesOpeningAJobAndComingBack(t *testing.T) {
	d := steps(t, zetaStore(t).Dir(), 80, 24,
		"settle", "key /", `text "zeta"`, "settle", "key enter", "key down", "key enter", "settle",
		"key esc", "settle")
	screen := d.screen()
	if d.m.screen != listScreen || strings.Count(screen, "Zeta Labs") != 3 || strings.Contains(screen, "Company A") {
		t.Fatalf("back on the list, the filter does not show the three Zeta jobs:\n%s", screen)
	}
	if sel := d.m.list.selected(); sel == nil || sel.Role != "Role 2" {
		t.Errorf("the job just opened is not selected any more: %v", sel)
	}
	if err := d.quit(); err != nil {
		t.Fatal(err)
	}
}

// Found 1 (a), by another way: a status changed from a filtered list
// redraws the list in the same way as coming back to it.
func TestFilterSurvivesAStatusChange(t *testing.T) {
	d := steps(t, zetaStore(t).Dir(), 80, 24,
		"settle", "key /", `text "zeta"`, "settle", "key enter", "key down", "key s", "key down", "key enter", "settle")
	screen := d.screen()
	if strings.Count(screen, "Zeta Labs") != 3 || strings.Contains(screen, "Company A") {
		t.Fatalf("after the status change, the filter does not show the three Zeta jobs:\n%s", screen)
	}
	if sel := d.m.list.selected(); sel == nil || sel.Role != "Role 2" || sel.Status == checklist.Upcoming {
		t.Errorf("the job whose status changed is not selected, or its status did not change: %v", sel)
	}
	if err := d.quit(); err != nil {
		t.Fatal(err)
	}
}

// Found 1 (b): resizing the window while a one-line text box (rename, add)
// was open dereferenced the note box that was never made.
func TestResizeWithATextBoxOpen(t *testing.T) {
	for _, k := range []string{"r", "a", "e"} {
		t.Run(k, func(t *testing.T) {
			store, _ := sampleStore(t)
			d := steps(t, store.Dir(), 80, 24,
				"settle", "key j", "key enter", "settle", "key "+k, "settle", `text "typed"`,
				"size 120 40", "size 61 17", "size 30 10", "size 100 30")
			l := d.m.shownItems()
			if l == nil || l.editor == nil || !strings.Contains(l.editor.Value(), "typed") {
				t.Fatalf("the text box or its text is gone after the resizes:\n%s", d.screen())
			}
			if !strings.Contains(d.screen(), "typed") {
				t.Errorf("the text typed is not on screen:\n%s", d.screen())
			}
		})
	}
}

// Found by the drive: an edit reached the saver as a command's message, so
// ctrl+c pressed right after a key (both keys in one read from the
// terminal) quit before the edit was saved, though the screen showed it.
func TestQuitRightAfterAnEditKeepsIt(t *testing.T) {
	for _, k := range []string{"space", "J", "D y"} {
		t.Run(k, func(t *testing.T) {
			store, _ := sampleStore(t)
			d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key enter", "settle", "key t")
			for _, name := range strings.Fields(k) {
				if err := d.do(step{op: "key", text: name}); err != nil {
					t.Fatal(err)
				}
			}
			shown := d.m.open.job
			if err := d.update(keyPress("ctrl+c")); err != nil {
				t.Fatal(err)
			}
			if err := d.settle(); err != nil {
				t.Fatal(err)
			}
			if d.running {
				t.Fatal("ctrl+c did not quit")
			}
			if disk, _ := store.Load(shown.ID); !sameJob(disk, shown) {
				t.Errorf("the app quit without saving what it showed: %s", jobDiff(disk, shown))
			}
		})
	}
}

// Found by the drive: the label over the note box (“Note on …” and the
// item's text) ran past the right edge of a 65-column window.
func TestEditorLabelFitsTheWindow(t *testing.T) {
	store, _ := sampleStore(t)
	d := steps(t, store.Dir(), 65, 21, "settle", "key j", "key enter", "settle", "key t")
	for range d.m.shownItems().visible() {
		for _, s := range []string{"key e", "settle", "key esc", "settle", "key r", "key esc", "key down"} {
			if err := d.do(parseSteps(t, []string{s})[0]); err != nil {
				t.Fatalf("on %q: %v", d.m.shownItems().current().Text, err)
			}
		}
	}
}

// Found by the drive: the look back's line about lessons not yet written
// ran past the right edge of windows under 100 columns.
func TestLookBackFitsTheWindow(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Initech", "Analyst", testNow.AddDate(0, 0, -21))
	if _, err := store.Apply(j.ID, checklist.SetStatus{Status: checklist.Rejected, At: testNow.AddDate(0, 0, -14)}); err != nil {
		t.Fatal(err)
	}
	// Tall enough that the whole look back is on screen, lessons and all.
	d := steps(t, store.Dir(), 60, 120, "settle", "key 3", "key enter", "settle", "size 76 120", "size 99 120")
	if d.m.screen != reviewScreen || !strings.Contains(d.screen(), "None written down") {
		t.Fatalf("the finished interview did not open on the look back:\n%s", d.screen())
	}
}

// Found by the drive: a job read for an earlier enter arrived after the
// person had gone elsewhere (another job, the new-job form) and replaced
// what they were looking at and typing in.
func TestALateJobDoesNotReplaceWhatIsOnShow(t *testing.T) {
	t.Run("another job opened since", func(t *testing.T) {
		store, _ := sampleStore(t)
		// Both asks arrive, then the second job is read first.
		d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key enter", "key j", "key enter",
			"deliver 0", "deliver 0", "deliver 1", "key t", "key space", "settle")
		if d.m.shownJob() == nil || d.m.open.job.Company != "Globex Corporation" {
			t.Fatalf("the job opened last is not on show:\n%s", d.screen())
		}
		if err := d.quit(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("the new-job form opened since", func(t *testing.T) {
		store, _ := sampleStore(t)
		d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key enter", "key n", "deliver 0", "deliver 0",
			`text "Initech"`, "settle")
		if d.m.screen != formScreen || !strings.Contains(d.screen(), "Initech") {
			t.Fatalf("the form and what was typed in it are not on show:\n%s", d.screen())
		}
	})
}

// Found by the drive: in a window far below the smallest (8×14), the new
// job form's text boxes were sized below nothing and the app died.
func TestTinyWindowWithTheFormOpen(t *testing.T) {
	store, _ := sampleStore(t)
	d := steps(t, store.Dir(), 80, 24, "settle", "key n", "settle", "size 8 14", "size 1 1", `text "Acme"`, "size 80 24")
	if d.m.screen != formScreen || !strings.Contains(d.screen(), "Acme") {
		t.Fatalf("the form or what was typed is gone:\n%s", d.screen())
	}
}

// The open job follows changes made to its file by something else, also
// after its details form was opened and left: the watch used to end while
// the form was on show, and never started again.
func TestOpenJobFollowsItsFileAfterTheDetailsForm(t *testing.T) {
	store, j := sampleStore(t)
	d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key enter", "settle", "wait 2s", "settle",
		"key E", "settle", "wait 2s", "settle", "key esc", "settle")
	at := testNow
	if _, err := store.Apply(j.ID, checklist.SetDone{ItemID: "news", Done: true, At: &at}); err != nil {
		t.Fatal(err)
	}
	for _, s := range parseSteps(t, []string{"wait 2s", "settle", "wait 2s", "settle"}) {
		if err := d.do(s); err != nil {
			t.Fatal(err)
		}
	}
	if it := d.m.open.job.Item("news"); it == nil || !it.Done {
		t.Fatal("the tick made elsewhere did not show up")
	}
}

// Found by the drive: a status chosen on the list for a job whose file
// may only be read (a newer version's) was refused with the reason, yet
// the list went on showing it.
func TestRefusedStatusIsTakenBackOnTheList(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, "Zeta Labs", "Engineer", testNow.Add(48*time.Hour))
	path, _ := store.Path(j.ID)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, newerVersion(b, j.ID), 0o600); err != nil {
		t.Fatal(err)
	}
	d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key s", "key down", "key down", "key enter", "settle")
	if !errors.Is(d.m.err, data.ErrReadOnly) {
		t.Errorf("the footer does not say the file may only be read: %v", d.m.err)
	}
	if got := d.m.list.jobs[0].Job.Status; got != checklist.Upcoming {
		t.Errorf("the list shows the refused status %q", got)
	}
	if err := d.quit(); err != nil {
		t.Fatal(err)
	}
}

// Found by the drive: alt+d (delete the next word) with the cursor on the
// last character of a one-line box crashed the app, in bubbles' text box:
// in the rename box, the filter and the form alike.
func TestDeleteNextWordAtTheEndOfALine(t *testing.T) {
	for name, keys := range map[string][]string{
		"rename": {"key j", "key enter", "settle", "key t", "key r"},
		"filter": {"key /", `text "ab"`},
		"form":   {"key n", "settle", `text "ab"`},
	} {
		t.Run(name, func(t *testing.T) {
			store, _ := sampleStore(t)
			lines := append(append([]string{"settle"}, keys...), "key left", "key alt+d", "key alt+delete", "settle")
			steps(t, store.Dir(), 80, 24, lines...)
		})
	}
}

// Found by the drive: keys typed after ctrl+c, before Bubble Tea acted on
// the app's quit, still changed the job on screen, and those changes were
// never saved.
func TestNothingIsTakenAfterQuitting(t *testing.T) {
	store, _ := sampleStore(t)
	d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key enter", "settle", "key t",
		"key ctrl+c", "key down", "key K", "key space")
	if d.running {
		if err := d.settle(); err != nil {
			t.Fatal(err)
		}
	}
	if d.running {
		t.Fatal("ctrl+c did not quit")
	}
}
