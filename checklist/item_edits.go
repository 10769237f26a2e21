package checklist

import (
	"errors"
	"fmt"
	"strings"
)

// ErrEmptyText is returned for an item given no text, or only spaces.
var ErrEmptyText = errors.New("the item's text is empty")

// NewOwnItem makes the item a person adds to a job: the text cleaned by
// ItemText, an id made from it that no item of j has, and marked as their
// own. Put it in place with AddItem.
func NewOwnItem(j Job, text string) (Item, error) {
	text = ItemText(text)
	if text == "" {
		return Item{}, ErrEmptyText
	}
	return Item{ID: NewItemID(j, text), Text: text, Own: true}, nil
}

// ItemText is an item's text as prep keeps it: one line, line breaks and
// tabs turned into spaces, and no spaces at either end.
func ItemText(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s))
}

// RenameItem changes an item's text. The text is cleaned by ItemText and may
// not be empty. The item keeps its id, so its tick, note and due time stay
// with it.
type RenameItem struct {
	ItemID string
	Text   string
}

// Apply implements Edit.
func (e RenameItem) Apply(j *Job) (Edit, error) {
	text := ItemText(e.Text)
	if text == "" {
		return nil, fmt.Errorf("rename %s: %w", e.ItemID, ErrEmptyText)
	}
	s, at, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	it := &s.Items[at]
	var undo Edit = RenameItem{ItemID: e.ItemID, Text: it.Text}
	if it.Text == "" || ItemText(it.Text) != it.Text {
		// A text edited by hand that a rename would not give back as it was.
		undo = restoreText{itemID: e.ItemID, text: it.Text}
	}
	it.Text = text
	return undo, nil
}

// restoreText puts an item's text back exactly as it was, untrimmed or
// empty: the undo of renaming an item whose text was edited by hand.
type restoreText struct {
	itemID string
	text   string
}

// Apply implements Edit.
func (e restoreText) Apply(j *Job) (Edit, error) {
	s, at, err := j.locate(e.itemID)
	if err != nil {
		return nil, err
	}
	it := &s.Items[at]
	undo := RenameItem{ItemID: e.itemID, Text: it.Text}
	it.Text = e.text
	return undo, nil
}

// MoveItem moves an item up (Delta < 0) or down (Delta > 0) within its
// section, stopping at the section's first or last place. Moving an item
// already at the edge changes nothing and is not an error.
type MoveItem struct {
	ItemID string
	Delta  int
}

// Apply implements Edit. The undo moves the item back to the place it had.
func (e MoveItem) Apply(j *Job) (Edit, error) {
	s, from, err := j.locate(e.ItemID)
	if err != nil {
		return nil, err
	}
	to := min(max(from+e.Delta, 0), len(s.Items)-1)
	if to != from {
		items := append(make([]Item, 0, len(s.Items)), s.Items...)
		it := items[from]
		if to < from {
			copy(items[to+1:from+1], items[to:from])
		} else {
			copy(items[from:to], items[from+1:to+1])
		}
		items[to] = it
		s.Items = items
	}
	return MoveItem{ItemID: e.ItemID, Delta: from - to}, nil
}

// CanMove reports whether MoveItem{itemID, delta} would move the item, so
// that a key at the top or bottom of a section can do nothing quietly.
func CanMove(j Job, itemID string, delta int) bool {
	s, from, ok := j.Find(itemID)
	if !ok {
		return false
	}
	to := min(max(from+delta, 0), len(s.Items)-1)
	return to != from
}
