package checklist

import (
	"errors"
	"fmt"
	"time"
)

// ErrNoItem is returned by an edit aimed at an item the job does not have.
var ErrNoItem = errors.New("no such item")

// locate finds the item an edit is aimed at: the section that holds it and
// its index there, or ErrNoItem naming the id.
func (j *Job) locate(itemID string) (*Section, int, error) {
	s, ii, ok := j.Find(itemID)
	if !ok {
		return nil, 0, fmt.Errorf("%w: %s", ErrNoItem, itemID)
	}
	return s, ii, nil
}

// An Edit is one change a person makes to a job. Edits are values, so the
// same edit can be applied to a fresh copy of the job read from disk, and
// Apply returns the edit that takes the change back, for undo.
type Edit interface {
	Apply(j *Job) (undo Edit, err error)
}

// SetDone ticks or unticks an item. At is when it was done; it is kept only
// while the item is done, and ticking an item already done keeps the time it
// was first done.
//
// A done item keeps the due time it was done against when its round moves
// (see reschedule); unticked, it is due again as the open items of its
// section are, and the undo puts the old due time back with the tick.
type SetDone struct {
	ItemID string
	Done   bool
	At     *time.Time
}

// Apply implements Edit.
func (e SetDone) Apply(j *Job) (Edit, error) {
	s, at, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	it := &s.Items[at]
	var undo Edit = SetDone{ItemID: e.ItemID, Done: it.Done, At: it.DoneAt}
	switch {
	case !e.Done:
		if it.Done && it.Due != "" {
			undo = retick{SetDone: undo.(SetDone), dueAt: it.DueAt, dueAtText: it.dueAtText}
			j.recount(s, it)
		}
		it.DoneAt = nil
	case !it.Done:
		it.DoneAt = e.At
	}
	it.Done = e.Done
	return undo, nil
}

// recount counts an open item's due time again from its section's start,
// as reschedule and SetStatus do: none while the start is not known.
func (j *Job) recount(s *Section, it *Item) {
	start, ok := j.dueStart(s)
	if !ok {
		it.setDueAt(nil)
		return
	}
	if at, err := j.dueFrom(s, it, start); err == nil {
		j.setDue(it, at)
	}
}

// retick ticks an item again and puts back the due time it had while done:
// the undo of an untick that counted the due time again.
type retick struct {
	SetDone
	dueAt     *time.Time
	dueAtText string
}

// Apply implements Edit.
func (e retick) Apply(j *Job) (Edit, error) {
	undo, err := e.SetDone.Apply(j)
	if err != nil {
		return nil, err
	}
	it := j.Item(e.ItemID)
	it.DueAt, it.dueAtText = e.dueAt, e.dueAtText
	return undo, nil
}

// Tick is the edit that flips an item, done now if it was not done.
func Tick(j Job, itemID string, now time.Time) (SetDone, error) {
	s, at, err := j.locate(itemID)
	if err != nil {
		return SetDone{}, err
	}
	return SetDone{ItemID: itemID, Done: !s.Items[at].Done, At: &now}, nil
}

// SetNote replaces an item's note. Was, when set, is the note the new one
// was written over: if the item's note is no longer that (another copy of
// prep, or a hand edit, changed it meanwhile), the two are merged with
// MergeText, so that neither replaces the other. A note that is what its
// item asks for (the lessons, see LessonsItem) ticks the item, done at At,
// or at a time not recorded when At is zero.
type SetNote struct {
	ItemID string
	Note   string
	Was    *string
	At     time.Time
}

// Apply implements Edit.
func (e SetNote) Apply(j *Job) (Edit, error) {
	s, at, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	it := &s.Items[at]
	undo := SetNote{ItemID: e.ItemID, Note: it.Note}
	it.Note = e.Note
	if e.Was != nil && undo.Note != *e.Was {
		it.Note, _ = MergeText(*e.Was, e.Note, undo.Note)
	}
	if noteDoes(it.ID, it.Note) {
		return then(undo, j.tickOpen(it.ID, e.At)), nil
	}
	return undo, nil
}

// AddItem puts an item into a section at an index (clamped to the section).
// If the item's id is taken by then, the item gets the next free one. The
// item goes in as given, Own included: NewOwnItem makes the item a person
// adds, and the undo of RemoveItem puts a template item back as it was.
type AddItem struct {
	SectionID string
	Index     int
	Item      Item
}

// Apply implements Edit.
func (e AddItem) Apply(j *Job) (Edit, error) {
	s := j.Section(e.SectionID)
	if s == nil {
		return nil, fmt.Errorf("no such section: %s", e.SectionID)
	}
	it := e.Item
	if !ValidID(it.ID) {
		return nil, fmt.Errorf("item id %q: must be lower-case letters, digits and dashes", it.ID)
	}
	it.ID = UniqueID(it.ID, func(id string) bool { return j.Item(id) != nil })
	items := s.Items
	at := min(max(e.Index, 0), len(items))
	s.Items = append(items[:at:at], append([]Item{it}, items[at:]...)...)
	return RemoveItem{ItemID: it.ID}, nil
}

// RemoveItem takes an item out of its section.
type RemoveItem struct {
	ItemID string
}

// Apply implements Edit.
func (e RemoveItem) Apply(j *Job) (Edit, error) {
	s, ii, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	undo := AddItem{SectionID: s.ID, Index: ii, Item: s.Items[ii]}
	s.Items = append(s.Items[:ii:ii], s.Items[ii+1:]...)
	return undo, nil
}

// NewItemID makes an id for an item a person adds, from its text, unique in j.
func NewItemID(j Job, text string) string {
	base := Slugify(text, maxSlugPart)
	if base == "" {
		base = "item"
	}
	return UniqueID(base, func(id string) bool { return j.Item(id) != nil })
}
