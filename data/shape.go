package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/prep-cli/prep/checklist"
)

// The shape of a job.
//
// Everything in prep finds a section or an item by its id: a tick, a note,
// an undo, and the fields a save keeps that this build does not know. A
// file with an item that has no id, or two items with one id, decodes
// without complaint, and then a tick of the second item ticks the first,
// and a save writes a null back as an item with an empty id. Such a file
// is a bad file: it is reported with the reason, and left as it is.

// checkIDs checks that every round, section and item has an id, and that
// no two rounds, no two sections and no two items of the job share one. It
// runs on both ways of reading a file, for every job read, so it costs a
// good file one sort of its item ids, on the stack for any job of a usual
// size, and no map.
func checkIDs(j checklist.Job) error {
	for ri, r := range j.Rounds {
		if r.ID == "" {
			return fmt.Errorf("round %d has no id", ri+1)
		}
		for rj := range ri {
			if j.Rounds[rj].ID == r.ID {
				return fmt.Errorf("two rounds have the id %q: rounds %d and %d", r.ID, rj+1, ri+1)
			}
		}
	}
	sections := j.AllSections()
	var stack [256]string
	ids := stack[:0]
	for si, s := range sections {
		if s.ID == "" {
			return fmt.Errorf("section %d has no id", si+1)
		}
		for sj := range si {
			if sections[sj].ID == s.ID {
				return fmt.Errorf("two sections have the id %q: sections %d and %d", s.ID, sj+1, si+1)
			}
		}
		for ii, it := range s.Items {
			if it.ID == "" {
				return fmt.Errorf("%s has no id", place{s, ii}.describe())
			}
			ids = append(ids, it.ID)
		}
	}
	slices.Sort(ids)
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			return twoItems(sections, ids[i])
		}
	}
	return nil
}

// twoItems is the error of a job in which two items have the id id.
func twoItems(sections []*checklist.Section, id string) error {
	var found []place
	for _, s := range sections {
		for ii, it := range s.Items {
			if it.ID == id {
				found = append(found, place{s, ii})
			}
		}
	}
	return fmt.Errorf("two items have the id %q: %s", id, found[0].describeBoth(found[1]))
}

// place is where an item is in a job: its section and its place there.
type place struct {
	section *checklist.Section
	item    int
}

func (p place) describe() string {
	return fmt.Sprintf("item %d of section %q", p.item+1, p.section.ID)
}

// describeBoth names two items, the section once when they share it.
func (p place) describeBoth(q place) string {
	if p.section == q.section {
		return fmt.Sprintf("items %d and %d of section %q", p.item+1, q.item+1, p.section.ID)
	}
	return p.describe() + " and " + q.describe()
}

// checkNulls says which section or item of a job file is null. Decoding
// reads a null as an empty section or item, which checkIDs would report as
// one with no id: this says what is really in the file. It is only asked
// on the long way, for a file already known to be wrong or unusual.
func checkNulls(b []byte) error {
	type sections []*struct {
		ID    string            `json:"id"`
		Items []json.RawMessage `json:"items"`
	}
	var shape struct {
		Rounds []*struct {
			Sections sections `json:"sections"`
		} `json:"rounds"`
		Sections sections `json:"sections"`
	}
	if json.Unmarshal(b, &shape) != nil {
		return nil // decoding the job says what is wrong
	}
	all := shape.Sections
	for ri, r := range shape.Rounds {
		if r == nil {
			return fmt.Errorf("round %d is null, not a round", ri+1)
		}
		all = append(all, r.Sections...)
	}
	for si, s := range all {
		if s == nil {
			return fmt.Errorf("section %d is null, not a section", si+1)
		}
		for ii, it := range s.Items {
			if bytes.Equal(it, []byte("null")) {
				return fmt.Errorf("item %d of section %q is null, not an item", ii+1, s.ID)
			}
		}
	}
	return nil
}
