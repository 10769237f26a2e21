package checklist

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// itemFields is Item without its JSON methods, so that they can encode and
// decode the plain fields in the usual way, in the usual key order.
type itemFields Item

// UnreadableDueAt is the due_at of a hand-edited job file that is not a
// time, exactly as it was written there, or "" when there is none. Such an
// item has no due time (DueAt is nil) and is shown with "no due time"; the
// text is written back unchanged when the job is saved, until a new due
// time is set for the item.
func (it Item) UnreadableDueAt() string { return it.dueAtText }

// MarshalJSON writes the item with the keys in the order of its fields. An
// unreadable due_at read from the file is written back as it was, unless
// the item has been given a due time since.
func (it Item) MarshalJSON() ([]byte, error) {
	f := itemFields(it)
	keep := it.DueAt == nil && it.dueAtText != ""
	if keep {
		// A stand-in that keeps the key's place, swapped for the text below.
		f.DueAt = &time.Time{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if !keep {
		return b, nil
	}
	// Inside a JSON string a quote is always escaped, so `,"due_at":` can
	// only be the item's own key.
	const standIn = `,"due_at":"0001-01-01T00:00:00Z"`
	i := bytes.Index(b, []byte(standIn))
	if i < 0 {
		return nil, errors.New("item " + it.ID + ": cannot place its due_at")
	}
	out := make([]byte, 0, len(b)+len(it.dueAtText))
	out = append(out, b[:i]...)
	out = append(out, `,"due_at":`...)
	out = append(out, it.dueAtText...)
	return append(out, b[i+len(standIn):]...), nil
}

// UnmarshalJSON reads an item. A due_at that is not an RFC 3339 time does not
// make the job unreadable: the item gets no due time and the text is kept.
func (it *Item) UnmarshalJSON(b []byte) error {
	var w struct {
		itemFields
		DueAt json.RawMessage `json:"due_at"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		// Name the field as the file has it, not by the embedding above.
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			te.Field = strings.TrimPrefix(te.Field, "itemFields.")
			te.Struct = "Item"
		}
		return err
	}
	*it = Item(w.itemFields)
	it.DueAt, it.dueAtText = nil, ""
	raw := bytes.TrimSpace(w.DueAt)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var at time.Time
	if err := json.Unmarshal(raw, &at); err == nil {
		it.DueAt = &at
		return nil
	}
	it.dueAtText = string(raw)
	return nil
}

// setDueAt gives an item a due time, or none, replacing any unreadable one.
func (it *Item) setDueAt(at *time.Time) {
	it.DueAt = at
	it.dueAtText = ""
}
