package data

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"slices"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// FuzzDecodeIndex: whatever a damaged or hand-made index holds, reading it
// never panics, and what reads is an index: its ids in order, each with a
// digest, open items only of rounds the job has, and the items due by a
// time most urgent first, each the item of a job there. The sum is made
// to match, so that damage reaches the decoder rather than stopping at
// the check.
func FuzzDecodeIndex(f *testing.F) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	d := checklist.Digest{
		Job: checklist.Job{Version: 2, ID: "acme-qa-2026-12-01", Company: "Acme", Role: "QA", CreatedAt: at,
			Rounds: []checklist.Round{{ID: "r1", Name: "Phone", At: at}}},
		Open: []checklist.OpenItem{
			{Round: 0, Phase: checklist.After, ID: "thank", Text: "Thank", DueAt: at.Add(time.Hour)},
			{Round: -1, Phase: checklist.After, ID: "ask", Text: "Ask", DueAt: at},
		},
		Before: []checklist.Left{{Items: 2, First: "news"}},
	}
	e := d
	e.Job.ID = "globex-sre-2026-12-03"
	f.Add(encodeIndex([]indexEntry{{id: d.Job.ID, file: fileKey{size: 9}, digest: &d}, {id: e.Job.ID, digest: &e}})[len(indexHeader)+4:])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		b := append([]byte(indexHeader), 0, 0, 0, 0)
		binary.BigEndian.PutUint32(b[len(indexHeader):], crc32.ChecksumIEEE(body))
		b = append(b, body...)
		for _, want := range []itemsWanted{noItems, allItems, dueItems} {
			read, err := decodeIndex(b, want, at)
			if err != nil {
				continue
			}
			for i, e := range read.entries {
				if e.digest != &read.digests[i] {
					t.Fatalf("entry %d has another digest than its own", i)
				}
				if i > 0 && e.id <= read.entries[i-1].id {
					t.Fatalf("ids out of order: %q after %q", e.id, read.entries[i-1].id)
				}
				for _, o := range e.digest.Open {
					if o.Round < -1 || o.Round >= len(e.digest.Job.Rounds) {
						t.Fatalf("%s: an open item of round %d of %d", e.id, o.Round, len(e.digest.Job.Rounds))
					}
				}
				if want != allItems && e.digest.Open != nil {
					t.Fatalf("%s: open items read without being asked for", e.id)
				}
			}
			for i, p := range read.due {
				if p.Digest < 0 || p.Digest >= len(read.digests) {
					t.Fatalf("a due item of digest %d of %d", p.Digest, len(read.digests))
				}
				if rounds := len(read.digests[p.Digest].Job.Rounds); p.Round < -1 || p.Round >= rounds {
					t.Fatalf("a due item of round %d of %d", p.Round, rounds)
				}
				if p.DueAt.After(at) || i > 0 && p.DueAt.Before(read.due[i-1].DueAt) {
					t.Fatalf("due item %d, due at %v, is out of order or after %v", i, p.DueAt, at)
				}
			}
			if want != allItems {
				continue
			}
			if due, err := decodeIndex(b, dueItems, at); err == nil && !sameItems(due.due, dueBy(read.digests, at)) {
				t.Fatalf("the items due read alone\n%+v\nare not those of the whole index\n%+v", due.due, dueBy(read.digests, at))
			}
			if again := encodeIndex(read.entries); !bytes.Equal(again, b) {
				if _, err := decodeIndex(again, want, at); err != nil {
					t.Fatalf("an index read back does not read again: %v", err)
				}
			}
		}
	})
}

// dueBy is the open items of the digests due by the time by, ordered as
// the index keeps them.
func dueBy(digests []checklist.Digest, by time.Time) []checklist.PlacedItem {
	var due []checklist.PlacedItem
	for i, d := range digests {
		for _, o := range d.Open {
			if !o.DueAt.After(by) {
				due = append(due, checklist.PlacedItem{Digest: i, OpenItem: o})
			}
		}
	}
	slices.SortStableFunc(due, func(a, b checklist.PlacedItem) int { return a.DueAt.Compare(b.DueAt) })
	return due
}

func sameItems(a, b []checklist.PlacedItem) bool {
	return slices.EqualFunc(a, b, func(x, y checklist.PlacedItem) bool {
		_, xOffset := x.DueAt.Zone()
		_, yOffset := y.DueAt.Zone()
		return x.Digest == y.Digest && x.Round == y.Round && x.Phase == y.Phase && x.ID == y.ID && x.Text == y.Text &&
			x.DueAt.Equal(y.DueAt) && xOffset == yOffset
	})
}
