package checklist_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// historyJob is a job made from the default template as shipped, with two
// interviewers, so that it has per-interviewer items and due times.
func historyJob(t *testing.T) checklist.Job {
	t.Helper()
	j, err := checklist.NewJob(data.DefaultTemplate(), testDetails("Dana Lee", "李小龍"), "acme-corp-backend-engineer-2026-12-01", created)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// defaultTemplate is the default template as shipped, read once.
var defaultTemplate = sync.OnceValue(data.DefaultTemplate)

// randomEdit picks one edit a person could make to j: a tick, an untick, a
// note, an added, removed, renamed or moved item, in the job's own sections
// or a round's; a round added, removed, cancelled, marked done or changed.
// Now and then it aims at an item or a round that does not exist, which
// must fail and change nothing.
func randomEdit(r *rand.Rand, j checklist.Job) checklist.Edit {
	var items []checklist.Item
	sections := j.AllSections()
	for _, s := range sections {
		items = append(items, s.Items...)
	}
	id := "no-such-item"
	if len(items) > 0 && r.IntN(20) > 0 {
		id = items[r.IntN(len(items))].ID
	}
	roundID := "r9"
	if len(j.Rounds) > 0 && r.IntN(20) > 0 {
		roundID = j.Rounds[r.IntN(len(j.Rounds))].ID
	}
	texts := []string{"Call Kim", "CEO: Ada Park", "会社のサイトを読む", "Bring water 💧", "  padded  ", "", "a\nb"}
	text := texts[r.IntN(len(texts))]
	switch r.IntN(12) {
	case 0, 1:
		at := created.Add(time.Duration(r.IntN(500)) * time.Minute)
		return checklist.SetDone{ItemID: id, Done: true, At: &at}
	case 2:
		return checklist.SetDone{ItemID: id, Done: false}
	case 3:
		return checklist.SetNote{ItemID: id, Note: text}
	case 4:
		s := sections[r.IntN(len(sections))]
		it, err := checklist.NewOwnItem(j, text)
		if err != nil {
			it = checklist.Item{ID: "extra", Text: "Extra", Own: true}
		}
		return checklist.AddItem{SectionID: s.ID, Index: r.IntN(len(s.Items)+3) - 1, Item: it}
	case 5:
		return checklist.RemoveItem{ItemID: id}
	case 6:
		return checklist.RenameItem{ItemID: id, Text: text}
	case 7:
		return checklist.MoveItem{ItemID: id, Delta: r.IntN(7) - 3}
	case 8:
		return checklist.AddRound{Template: defaultTemplate(), Details: randomRound(r)}
	case 9:
		return checklist.RemoveRound{RoundID: roundID}
	case 10:
		states := checklist.RoundStates()
		return checklist.SetRoundState{RoundID: roundID, State: states[r.IntN(len(states))]}
	default:
		return checklist.SetRound{RoundID: roundID, Details: randomRound(r)}
	}
}

// randomRound is a round a person could give: any of the names offered,
// any format, a time within a few weeks and some of a few interviewers.
func randomRound(r *rand.Rand) checklist.RoundDetails {
	names := checklist.RoundNames()
	formats := checklist.Formats()
	var people []checklist.Person
	for _, n := range []string{"Dana Lee", "李小龍", "Sam Ng", "Kim Park"} {
		if r.IntN(3) == 0 {
			people = append(people, checklist.Person{Name: n})
		}
	}
	return checklist.RoundDetails{
		Name:         names[r.IntN(len(names))],
		Format:       formats[r.IntN(len(formats))],
		At:           interview.Add(time.Duration(r.IntN(30*24)-5*24) * time.Hour),
		Minutes:      30 * r.IntN(5),
		Interviewers: people,
	}
}

// TestHistoryUndoesAndRedoesRandomEdits runs random sequences of edits
// through a History, then undoes as many times as there were edits and
// expects the job as it was; redoing everything must give the final job.
func TestHistoryUndoesAndRedoesRandomEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2026))
	original := historyJob(t)
	for run := range 200 {
		j := original.Clone()
		var h checklist.History
		n := r.IntN(61)
		var log []string
		for range n {
			e := randomEdit(r, j)
			log = append(log, fmt.Sprintf("%#v", e))
			before := j.Clone()
			if err := h.Do(&j, e); err != nil {
				if !reflect.DeepEqual(j, before) {
					t.Fatalf("run %d: the failed edit %#v changed the job", run, e)
				}
				continue
			}
			checkItemIDs(t, j)
		}
		final := j.Clone()

		for range n {
			if _, _, err := h.Undo(&j); err != nil {
				t.Fatalf("run %d: Undo: %v\nedits:\n%v", run, err, log)
			}
		}
		if h.CanUndo() {
			t.Fatalf("run %d: more to undo after %d undos", run, n)
		}
		if !reflect.DeepEqual(j, original) {
			t.Fatalf("run %d: after undoing every edit the job differs from the original\nedits:\n%v", run, log)
		}

		for h.CanRedo() {
			if _, _, err := h.Redo(&j); err != nil {
				t.Fatalf("run %d: Redo: %v", run, err)
			}
		}
		if !reflect.DeepEqual(j, final) {
			t.Fatalf("run %d: after redoing every edit the job differs from the final one\nedits:\n%v", run, log)
		}
	}
}

// TestHistoryEditsReplayOnTheStoreCopy checks the promise the UI relies on:
// the edits Do is given and Undo and Redo return, applied in the same order
// to a second copy of the job (the one on disk), keep it equal.
func TestHistoryEditsReplayOnTheStoreCopy(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 1))
	for run := range 50 {
		mem, disk := historyJob(t), historyJob(t)
		var h checklist.History
		var log []string
		for range 40 {
			var e checklist.Edit
			switch k := r.IntN(4); {
			case k == 0 && h.CanUndo():
				var err error
				if e, _, err = h.Undo(&mem); err != nil {
					t.Fatal(err)
				}
			case k == 1 && h.CanRedo():
				var err error
				if e, _, err = h.Redo(&mem); err != nil {
					t.Fatal(err)
				}
			default:
				e = randomEdit(r, mem)
				if err := h.Do(&mem, e); err != nil {
					continue
				}
			}
			log = append(log, fmt.Sprintf("%#v", e))
			if _, err := e.Apply(&disk); err != nil {
				t.Fatalf("run %d: %#v on the store copy: %v\nedits:\n%s", run, e, err, strings.Join(log, "\n"))
			}
			if !reflect.DeepEqual(mem, disk) {
				t.Fatalf("run %d: after %#v the copies differ\nedits:\n%s", run, e, strings.Join(log, "\n"))
			}
		}
	}
}

func TestHistorySteps(t *testing.T) {
	j := historyJob(t)
	original := j.Clone()
	var h checklist.History
	if h.CanUndo() || h.CanRedo() {
		t.Fatal("a new history can undo or redo")
	}
	if e, ok, err := h.Undo(&j); e != nil || ok || err != nil {
		t.Errorf("Undo of nothing = %v, %v, %v", e, ok, err)
	}
	if e, ok, err := h.Redo(&j); e != nil || ok || err != nil {
		t.Errorf("Redo of nothing = %v, %v, %v", e, ok, err)
	}

	note := checklist.SetNote{ItemID: "challenges", Note: "Supply chain"}
	if err := h.Do(&j, note); err != nil {
		t.Fatal(err)
	}
	noted := j.Clone()
	e, ok, err := h.Undo(&j)
	if err != nil || !ok {
		t.Fatalf("Undo = %v, %v", ok, err)
	}
	if sent := applied(t, noted, e); !reflect.DeepEqual(sent, original) {
		t.Errorf("the edit Undo returns does not take the note away from the file's copy: %#v", e)
	}
	if !reflect.DeepEqual(j, original) || h.CanUndo() || !h.CanRedo() {
		t.Error("after Undo: the note is still there or the stacks are wrong")
	}
	e, ok, err = h.Redo(&j)
	if err != nil || !ok {
		t.Errorf("Redo = %#v, %v, %v", e, ok, err)
	}
	if sent := applied(t, original, e); !reflect.DeepEqual(sent, noted) {
		t.Errorf("the edit Redo returns does not put the note back in the file's copy: %#v", e)
	}
	if !reflect.DeepEqual(j, noted) || !h.CanUndo() || h.CanRedo() {
		t.Error("after Redo: the note is missing or the stacks are wrong")
	}

	// A new change ends what could be redone.
	if _, _, err := h.Undo(&j); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(&j, checklist.SetNote{ItemID: "challenges", Note: "Chips"}); err != nil {
		t.Fatal(err)
	}
	if h.CanRedo() {
		t.Error("can redo after a new change")
	}

	// Failing edits and edits that change nothing are not steps.
	h.Reset()
	if err := h.Do(&j, checklist.RemoveItem{ItemID: "nope"}); err == nil {
		t.Error("Do of a failing edit succeeded")
	}
	first := j.Sections[0].Items[0].ID
	for _, e := range []checklist.Edit{
		checklist.MoveItem{ItemID: first, Delta: -1},
		checklist.SetNote{ItemID: "challenges", Note: "Chips"},
		checklist.SetDone{ItemID: "challenges"},
	} {
		if err := h.Do(&j, e); err != nil {
			t.Fatalf("%#v: %v", e, err)
		}
	}
	if h.CanUndo() {
		t.Error("edits that changed nothing were recorded")
	}
}

func TestHistoryDropsAStepThatNoLongerFits(t *testing.T) {
	j := historyJob(t)
	var h checklist.History
	for _, e := range []checklist.Edit{
		checklist.SetNote{ItemID: "challenges", Note: "one"},
		checklist.SetNote{ItemID: "industry-trends", Note: "two"},
	} {
		if err := h.Do(&j, e); err != nil {
			t.Fatal(err)
		}
	}
	// The job is replaced by a copy read from disk in which another copy of
	// prep removed the item.
	if _, err := (checklist.RemoveItem{ItemID: "industry-trends"}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	before := j.Clone()
	if e, ok, err := h.Undo(&j); err == nil || !ok || e != nil {
		t.Fatalf("Undo = %#v, %v, %v; want an error and no edit", e, ok, err)
	}
	if !reflect.DeepEqual(j, before) {
		t.Error("the failed undo changed the job")
	}
	if _, _, err := h.Undo(&j); err != nil {
		t.Fatalf("the next Undo: %v", err)
	}
	if j.Item("challenges").Note != "" {
		t.Error("the next Undo did not take back the first note")
	}
}

func TestHistoryLimit(t *testing.T) {
	tests := []struct {
		name  string
		limit int
		edits int
		want  int
	}{
		{"a small limit keeps the newest steps", 3, 5, 3},
		{"under the limit keeps every step", 10, 4, 4},
		{"the default keeps at least 100", 0, 150, 150},
		{"the default has a limit", 0, checklist.HistoryLimit + 20, checklist.HistoryLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := historyJob(t)
			h := checklist.History{Limit: tt.limit}
			var states []checklist.Job
			for i := range tt.edits {
				states = append(states, j.Clone())
				if err := h.Do(&j, checklist.SetNote{ItemID: "challenges", Note: fmt.Sprint("note ", i)}); err != nil {
					t.Fatal(err)
				}
			}
			undone := 0
			for h.CanUndo() {
				if _, _, err := h.Undo(&j); err != nil {
					t.Fatal(err)
				}
				undone++
			}
			if undone != tt.want {
				t.Errorf("undid %d steps, want %d", undone, tt.want)
			}
			if want := states[tt.edits-tt.want]; !reflect.DeepEqual(j, want) {
				t.Errorf("after every undo the note is %q, want %q", j.Item("challenges").Note, want.Item("challenges").Note)
			}
			redone := 0
			for h.CanRedo() {
				if _, _, err := h.Redo(&j); err != nil {
					t.Fatal(err)
				}
				redone++
			}
			if redone != tt.want {
				t.Errorf("redid %d steps, want %d", redone, tt.want)
			}
		})
	}
}

// applied is j after an edit a History returned, applied as the store
// applies it to the job read from its file.
func applied(t *testing.T, j checklist.Job, e checklist.Edit) checklist.Job {
	t.Helper()
	j = j.Clone()
	if _, err := e.Apply(&j); err != nil {
		t.Fatalf("%#v: %v", e, err)
	}
	return j
}
