package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// FuzzDecodeIndex: whatever a damaged or hand-made index holds, reading it
// never panics, and what reads is an index: its ids in order, each with a
// digest, open items only of rounds the job has, and the tasks Due reads
// from it those DigestDue finds in its digests, as far as they read. The
// sum is made to match, so that damage reaches the decoder rather than
// stopping at the check.
func FuzzDecodeIndex(f *testing.F) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	d := checklist.Digest{
		Job: checklist.Job{Version: 2, ID: "acme-qa-2026-12-01", Company: "Acme", Role: "QA", CreatedAt: at,
			Rounds: []checklist.Round{{ID: "r1", Name: "Phone", At: at.Add(-time.Hour), State: checklist.Held}}},
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
		for _, open := range []bool{false, true} {
			read, err := decodeIndex(b, open)
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
				if !open && e.digest.Open != nil {
					t.Fatalf("%s: open items read without being asked for", e.id)
				}
			}
			if !open {
				continue
			}
			if again := encodeIndex(read.entries); !bytes.Equal(again, b) {
				if _, err := decodeIndex(again, open); err != nil {
					t.Fatalf("an index read back does not read again: %v", err)
				}
			}
		}
		// The tasks read as they come are the first of those the whole
		// index holds, and all of them unless the reading stopped.
		streamed, err := decodeIndexDue(b, at, checklist.SoonWithin)
		if err != nil {
			return
		}
		var got []checklist.Due
		for part := range streamed.due.parts {
			got = append(got, part...)
		}
		for _, u := range got {
			if !slices.ContainsFunc(streamed.entries, func(e indexEntry) bool { return u.Digest == e.digest }) {
				t.Fatal("a task of a digest the index does not hold")
			}
		}
		whole, err := decodeIndex(b, true)
		if err != nil {
			return
		}
		want := taskLines(checklist.DigestDue(whole.digests, at, checklist.SoonWithin))
		if have := taskLines(got); !strings.HasPrefix(want, have) || !streamed.due.damaged && have != want {
			t.Fatalf("the tasks read as they come\n%s\nare not those of the whole index\n%s", have, want)
		}
	})
}

// taskLines is a line of each task's job, item and due time.
func taskLines(due []checklist.Due) string {
	var b strings.Builder
	for _, u := range due {
		fmt.Fprintf(&b, "%s %s %s\n", u.Digest.Job.ID, u.Open.ID, u.Open.DueAt.Format(time.RFC3339Nano))
	}
	return b.String()
}
