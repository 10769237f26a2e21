package checklist

import (
	"errors"
	"reflect"
	"slices"
	"time"
)

// ErrChangedElsewhere is returned by an undo or redo whose part of the job
// was changed since by something else: another copy of prep, the command
// line, or a hand edit of the file.
var ErrChangedElsewhere = errors.New("it was changed elsewhere since, so it was left as it is")

// guarded is a step of a History: it applies only while the part of the
// job it acts on is as this copy left it. Undo and redo are sent to the
// store like any edit and applied to the file as it is by then, so without
// this an undo would wipe out a note another copy wrote since.
type guarded struct {
	edit Edit
	want any
}

func guard(e Edit, j *Job) guarded { return guarded{edit: e, want: footprint(e, j)} }

// Apply implements Edit.
func (g guarded) Apply(j *Job) (Edit, error) {
	if !reflect.DeepEqual(footprint(g.edit, j), g.want) {
		return nil, ErrChangedElsewhere
	}
	return g.edit.Apply(j)
}

// footprint is the part of j that e would change, as it stands: what must
// still be as this copy left it for e to apply. An edit of a kind it does
// not know has none, and is never refused.
func footprint(e Edit, j *Job) any {
	mark := func(id string) *itemMark {
		if it := j.Item(id); it != nil {
			return &itemMark{it.Text, it.Note, it.Done, unixOf(it.DoneAt)}
		}
		return nil
	}
	switch e := e.(type) {
	case SetDone:
		if m := mark(e.ItemID); m != nil {
			return []any{m.done, m.doneAt}
		}
	case retick:
		if m := mark(e.ItemID); m != nil {
			return []any{m.done, m.doneAt}
		}
	case DoneAt:
		if m := mark(e.ItemID); m != nil {
			return []any{m.done, m.doneAt}
		}
	case restoreDone:
		if m := mark(e.ItemID); m != nil {
			return []any{m.done, m.doneAt}
		}
	case SetNote:
		if m := mark(e.ItemID); m != nil {
			return m.note
		}
	case RenameItem:
		if m := mark(e.ItemID); m != nil {
			return m.text
		}
	case restoreText:
		if m := mark(e.itemID); m != nil {
			return m.text
		}
	case RemoveItem:
		return mark(e.ItemID)
	case AddItem:
		return j.Item(e.Item.ID) != nil
	case MoveItem:
		if s, _, ok := j.Find(e.ItemID); ok {
			return itemIDs(s.Items)
		}
	case restoreReason:
		return j.Reason
	case LinkStory:
		return slices.Contains(j.Stories, e.StoryID)
	case restoreStories:
		return slices.Clone(j.Stories)
	case sequence:
		marks := make([]any, len(e))
		for i, step := range e {
			marks[i] = footprint(step, j)
		}
		return marks
	case statusState:
		return []any{j.Status, unixOf(j.StatusAt)}
	case jobDetailsState:
		d := j.Details()
		return []any{d.Company, d.Role, d.Posting, d.Salary, unixOf(d.AppliedAt), d.AppliedVia, d.Notes, d.Contacts, unixOf(d.DecisionBy)}
	case roundState:
		return roundMark(j.Round(e.round.ID))
	case SetRoundState:
		if r := j.Round(e.RoundID); r != nil {
			return r.State
		}
	case RemoveRound:
		r := j.Round(e.RoundID)
		return []any{roundMark(r), roundItems(r)}
	case insertRound:
		return j.Round(e.round.ID) != nil
	}
	return nil
}

// itemMark is what a person gave an item, compared by instant rather than
// by how a time happens to be held: a job read back from its file has the
// same times in another location value.
type itemMark struct {
	text, note string
	done       bool
	doneAt     int64
}

func unixOf(t *time.Time) int64 {
	if t == nil {
		return 0
	}
	return t.UnixNano()
}

// roundMark is what a person gave a round, times compared by instant.
func roundMark(r *Round) any {
	if r == nil {
		return nil
	}
	var invite any
	if r.Invite != nil {
		invite = []any{r.Invite.UID, r.Invite.Sequence, unixOf(r.Invite.Stamp)}
	}
	return []any{r.Name, r.Format, r.At.UnixNano(), r.Minutes, r.Where, r.TravelMinutes, r.Link, slices.Clone(r.Interviewers), r.State, invite}
}

// roundItems is what a person gave the items of a round, which removing
// it takes away: each item's id and mark, in order.
func roundItems(r *Round) []any {
	if r == nil {
		return nil
	}
	var out []any
	for _, s := range r.Sections {
		for _, it := range s.Items {
			out = append(out, it.ID, itemMark{it.Text, it.Note, it.Done, unixOf(it.DoneAt)})
		}
	}
	return out
}

func itemIDs(items []Item) []string {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	return ids
}
