package ui

import (
	"io/fs"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestRetryWaitsLongerEachTime(t *testing.T) {
	for _, c := range []struct {
		attempt int
		want    time.Duration
	}{{1, 2 * time.Second}, {2, 4 * time.Second}, {3, 8 * time.Second}, {5, 32 * time.Second}, {6, time.Minute}, {40, time.Minute}} {
		if got := retryDelay(c.attempt); got != c.want {
			t.Errorf("after %d refusals: wait %s, want %s", c.attempt, got, c.want)
		}
	}
}

// Found 14: a save the disk refuses is tried again on a timer, waiting
// longer after each refusal, and lands once the disk takes it with nothing
// more typed. The footer gives the reason at 80 and at 110 columns, where
// the data folder's path used to push it off the line.
func TestRefusedSaveIsRetriedOnATimer(t *testing.T) {
	store, _ := sampleStore(t)
	d := steps(t, store.Dir(), 80, 24, "settle", "key j", "key enter", "settle", "key t", "key space")
	id, item := d.m.open.job.ID, d.m.shownItems().current().ID
	full := func() error {
		path, _ := store.Path(id)
		return &fs.PathError{Op: "write", Path: strings.TrimSuffix(path, ".json") + ".tmp-12345", Err: syscall.ENOSPC}
	}
	if err := d.refuseWrite(full()); err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{80, 110} {
		if err := d.do(step{op: "size", x: width, y: 24}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(d.screen(), "\n")
		status := lines[len(lines)-2]
		if !strings.Contains(status, "no space left on device · trying again in 2 s") {
			t.Errorf("at %d columns the footer does not give the reason and the retry:\n%s", width, status)
		}
	}

	d.pass(time.Second)
	if err := d.settle(); err != nil {
		t.Fatal(err)
	}
	if d.writing() {
		t.Fatal("the save was tried again before its 2 s")
	}
	d.pass(time.Second)
	if err := d.refuseWrite(full()); err != nil {
		t.Fatalf("no retry after 2 s: %v", err)
	}
	if !strings.Contains(d.screen(), "trying again in 4 s") {
		t.Errorf("the second refusal does not wait longer:\n%s", d.screen())
	}
	d.pass(3 * time.Second)
	if err := d.settle(); err != nil {
		t.Fatal(err)
	}
	if d.writing() {
		t.Fatal("the save was tried again before its 4 s")
	}
	d.pass(time.Second)
	if err := d.settle(); err != nil {
		t.Fatal(err)
	}
	if j, _ := store.Load(id); !j.Item(item).Done {
		t.Fatal("once the disk had room, the retry did not save the tick")
	}
	if !strings.Contains(d.screen(), "Saved.") || strings.Contains(d.screen(), "not saved") {
		t.Errorf("the footer still says the change is not saved:\n%s", d.screen())
	}
	if d.m.saver.unsaved() {
		t.Error("after the save, the app still holds unsaved changes")
	}
}
