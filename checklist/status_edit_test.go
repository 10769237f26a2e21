package checklist_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// apply applies e to j, failing the test on an error, and returns the undo.
func apply(t *testing.T, j *checklist.Job, e checklist.Edit) checklist.Edit {
	t.Helper()
	undo, err := e.Apply(j)
	if err != nil {
		t.Fatalf("%T.Apply: %v", e, err)
	}
	return undo
}

// checkUndo applies undo to a copy of after and expects before exactly, then
// applies the undo's own undo and expects after again.
func checkUndo(t *testing.T, before, after checklist.Job, undo checklist.Edit) {
	t.Helper()
	j := after.Clone()
	redo := apply(t, &j, undo)
	if !reflect.DeepEqual(j, before) {
		t.Errorf("undo does not give back the job as it was:\n got %+v\nwant %+v", j, before)
	}
	apply(t, &j, redo)
	if !reflect.DeepEqual(j, after) {
		t.Errorf("redo does not give back the changed job:\n got %+v\nwant %+v", j, after)
	}
}

func dueOf(t *testing.T, j checklist.Job, id string) *time.Time {
	t.Helper()
	it := j.Item(id)
	if it == nil {
		t.Fatalf("no item %s", id)
	}
	return it.DueAt
}

func requireDue(t *testing.T, j checklist.Job, id string, want time.Time) {
	t.Helper()
	if got := dueOf(t, j, id); got == nil || !got.Equal(want) {
		t.Errorf("%s due %v, want %s", id, got, want)
	}
}

func TestSetStatus(t *testing.T) {
	rejectedAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	j := newTestJob(t, "Dana Lee")
	orig := j.Clone()

	undo := apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt})
	if j.Status != checklist.Rejected || j.StatusAt == nil || !j.StatusAt.Equal(rejectedAt) {
		t.Fatalf("status %s at %v, want rejected at %s", j.Status, j.StatusAt, rejectedAt)
	}
	requireDue(t, j, "ask-feedback", rejectedAt.AddDate(0, 0, 3))
	requireDue(t, j, "lessons", rejectedAt.AddDate(0, 0, 7))
	requireDue(t, j, "thank-hr", interview.AddDate(0, 0, 2)) // counted from the interview, untouched
	checkUndo(t, orig, j, undo)

	t.Run("the same status again changes nothing", func(t *testing.T) {
		again := j.Clone()
		undo := apply(t, &again, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt.Add(time.Hour)})
		if !reflect.DeepEqual(again, j) {
			t.Error("setting the status the job has changed it")
		}
		apply(t, &again, undo)
		if !reflect.DeepEqual(again, j) {
			t.Error("the undo of no change changed the job")
		}
	})

	t.Run("no time", func(t *testing.T) {
		k := orig.Clone()
		undo := apply(t, &k, checklist.SetStatus{Status: checklist.Rejected})
		if k.StatusAt != nil || dueOf(t, k, "ask-feedback") != nil {
			t.Errorf("status at %v, ask-feedback due %v; want neither", k.StatusAt, dueOf(t, k, "ask-feedback"))
		}
		checkUndo(t, orig, k, undo)
	})

	t.Run("unknown status", func(t *testing.T) {
		k := orig.Clone()
		if _, err := (checklist.SetStatus{Status: "hired", At: rejectedAt}).Apply(&k); err == nil {
			t.Error("an unknown status was accepted")
		}
		if !reflect.DeepEqual(k, orig) {
			t.Error("a failed edit changed the job")
		}
	})
}

// TestSetStatusBackAndForth walks a job through a rejection set by mistake
// and back, checking that ticks and notes survive every step, that due
// times follow the status, and that each step's undo is exact.
func TestSetStatusBackAndForth(t *testing.T) {
	firstAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	backAt := firstAt.Add(time.Hour)
	againAt := time.Date(2026, 12, 20, 9, 0, 0, 0, cet)
	tickAt := firstAt.Add(30 * time.Minute)

	j := newTestJob(t)
	apply(t, &j, checklist.SetStatus{Status: checklist.Interviewed, At: interview.Add(2 * time.Hour)})
	apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: firstAt})
	apply(t, &j, checklist.SetDone{ItemID: "ask-feedback", Done: true, At: &tickAt})
	apply(t, &j, checklist.SetNote{ItemID: "lessons", Note: "slow down"})
	// The lessons written tick their item; this person unticked it, the
	// lessons not being all there yet.
	apply(t, &j, checklist.SetDone{ItemID: "lessons", Done: false})

	steps := []struct {
		status checklist.Status
		at     time.Time
		check  func(t *testing.T, j checklist.Job)
	}{
		{checklist.Interviewed, backAt, func(t *testing.T, j checklist.Job) {
			// The done item keeps the due time it was done against; the
			// open one is no longer due.
			requireDue(t, j, "ask-feedback", firstAt.AddDate(0, 0, 3))
			if d := dueOf(t, j, "lessons"); d != nil {
				t.Errorf("lessons due %v after the rejection was taken back", d)
			}
			if !section(t, j, "if-no").Visible(j.Status) {
				t.Error("the rejection list with a tick and a note is hidden")
			}
		}},
		{checklist.Offer, backAt.Add(time.Hour), func(t *testing.T, j checklist.Job) {
			if d := dueOf(t, j, "lessons"); d != nil {
				t.Errorf("lessons due %v on an offer", d)
			}
		}},
		{checklist.Rejected, againAt, func(t *testing.T, j checklist.Job) {
			requireDue(t, j, "ask-feedback", firstAt.AddDate(0, 0, 3))
			requireDue(t, j, "lessons", againAt.AddDate(0, 0, 7))
		}},
	}
	for _, st := range steps {
		t.Run(string(st.status), func(t *testing.T) {
			before := j.Clone()
			undo := apply(t, &j, checklist.SetStatus{Status: st.status, At: st.at})
			if j.Status != st.status || !j.StatusAt.Equal(st.at) {
				t.Errorf("status %s at %v, want %s at %s", j.Status, j.StatusAt, st.status, st.at)
			}
			if it := j.Item("ask-feedback"); !it.Done || !it.DoneAt.Equal(tickAt) {
				t.Errorf("ask-feedback done %v at %v, want done at %s", it.Done, it.DoneAt, tickAt)
			}
			if got := j.Item("lessons").Note; got != "slow down" {
				t.Errorf("lessons note %q, want it kept", got)
			}
			st.check(t, j)
			checkUndo(t, before, j, undo)
		})
	}
}

func TestSetStatusUndoRestoresAnUnreadableDueTime(t *testing.T) {
	j := newTestJob(t)
	// A hand edit left the lessons item with a due_at that is not a time.
	lessons := j.Item("lessons")
	*lessons = unreadableDue(t)
	lessons.ID = "lessons"
	lessons.Due = "+7d"
	before := j.Clone()
	at := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	undo := apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: at})
	requireDue(t, j, "lessons", at.AddDate(0, 0, 7))
	if got := j.Item("lessons").UnreadableDueAt(); got != "" {
		t.Errorf("a new due time kept the unreadable one %q", got)
	}
	checkUndo(t, before, j, undo)
	if got := before.Item("lessons").UnreadableDueAt(); got != `"next week"` {
		t.Errorf("UnreadableDueAt = %q", got)
	}
}

// An outcome item ticked and then unticked is due again as it was:
// counted from when the answer came, not left without a due time.
func TestUntickedOutcomeItemIsDueFromTheAnswer(t *testing.T) {
	rejectedAt := time.Date(2026, 12, 8, 14, 0, 0, 0, cet)
	j := newTestJob(t, "Dana Lee")
	apply(t, &j, checklist.SetStatus{Status: checklist.Rejected, At: rejectedAt})
	doneAt := rejectedAt.Add(time.Hour)
	apply(t, &j, checklist.SetDone{ItemID: "ask-feedback", Done: true, At: &doneAt})
	apply(t, &j, checklist.SetDone{ItemID: "ask-feedback", Done: false})
	requireDue(t, j, "ask-feedback", rejectedAt.AddDate(0, 0, 3))
}
