package data

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// FuzzDecodeIndex: whatever a damaged or hand-made index holds, reading it
// never panics, and what reads is an index: its ids in order, each with a
// digest, open items only of rounds the job has. The sum is made to match,
// so that damage reaches the decoder rather than stopping at the check.
func FuzzDecodeIndex(f *testing.F) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	d := checklist.Digest{
		Job: checklist.Job{Version: 2, ID: "acme-qa-2026-12-01", Company: "Acme", Role: "QA", CreatedAt: at,
			Rounds: []checklist.Round{{ID: "r1", Name: "Phone", At: at}}},
		Open:   []checklist.OpenItem{{Round: 0, Phase: checklist.After, ID: "thank", Text: "Thank", DueAt: at}},
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
			if again := encodeIndex(read.entries); open && !bytes.Equal(again, b) {
				if _, err := decodeIndex(again, open); err != nil {
					t.Fatalf("an index read back does not read again: %v", err)
				}
			}
		}
	})
}
