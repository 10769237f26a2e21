package data

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestIndexFileReadsBackWhatWasWritten: every field of the entries comes
// back, times at their instant and offset, and the same entries make the
// same bytes.
func TestIndexFileReadsBackWhatWasWritten(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 123, time.FixedZone("", 3600))
	utc := time.Date(2026, 11, 20, 18, 30, 0, 0, time.UTC)
	half := time.Date(2026, 12, 2, 9, 0, 0, 0, time.FixedZone("", -(3*3600+1800)))
	d := checklist.Digest{
		Job: checklist.Job{
			Version: 2, ID: "acme-corp-backend-engineer-2026-12-01", Company: "Acmé Corp", Role: "Backend Engineer",
			Status: checklist.Rejected, StatusAt: &half, Reason: &checklist.Reason{Code: checklist.OtherReason, Text: "moved"},
			CreatedAt: utc,
			Rounds: []checklist.Round{
				{ID: "r1", Name: "Phone screen", Format: checklist.Phone, At: at, Minutes: 30, State: checklist.Held},
				{ID: "r2", Name: "Onsite", Format: checklist.InPerson, At: half, Where: "HQ", Link: "https://x", State: checklist.Scheduled},
			},
		},
		Progress: checklist.Progress{Done: 3, Total: 56},
		Open: []checklist.OpenItem{
			{Round: -1, Phase: checklist.After, ID: "ask-feedback", Text: "Ask", DueAt: half},
			{Round: 1, Phase: checklist.After, ID: "r2-thank", Text: "Thank", DueAt: at},
		},
		Before: []checklist.Left{{}, {Items: 12, First: "r2-route"}},
	}
	entries := []indexEntry{
		{id: d.Job.ID, file: fileKey{size: 1234, mtime: 5, ctime: -6, dev: 7, ino: 8, mode: 0o600}, digest: &d},
		{id: "b-r-2026-11-20", file: fileKey{size: 1}, digest: &checklist.Digest{Job: checklist.Job{ID: "b-r-2026-11-20", CreatedAt: utc}}},
	}
	b := encodeIndex(entries)
	read, err := decodeIndex(b, true)
	if err != nil {
		t.Fatal(err)
	}
	back := read.entries
	if len(back) != len(entries) {
		t.Fatalf("%d entries back, want %d", len(back), len(entries))
	}
	for i, e := range entries {
		got, id := back[i], e.id
		if got.id != id {
			t.Errorf("entry %d is %s, want %s", i, got.id, id)
		}
		if got.file != e.file {
			t.Errorf("%s: file %+v, want %+v", id, got.file, e.file)
		}
		want, _ := EncodeJob(e.digest.Job)
		have, _ := EncodeJob(got.digest.Job)
		if !bytes.Equal(want, have) || got.digest.Progress != e.digest.Progress || len(got.digest.Open) != len(e.digest.Open) {
			t.Errorf("%s: digest\n%s\nwant\n%s", id, have, want)
		}
		if !slices.Equal(got.digest.Before, e.digest.Before) {
			t.Errorf("%s: left before the rounds %v, want %v", id, got.digest.Before, e.digest.Before)
		}
		for i, o := range e.digest.Open {
			g := got.digest.Open[i]
			if g.Round != o.Round || g.Phase != o.Phase || g.ID != o.ID || g.Text != o.Text ||
				g.DueAt.Format(time.RFC3339Nano) != o.DueAt.Format(time.RFC3339Nano) {
				t.Errorf("%s: open item %d = %+v, want %+v", id, i, g, o)
			}
		}
	}
	if again := encodeIndex(back); !bytes.Equal(again, b) {
		t.Error("the entries read back make another file")
	}
	// A round index out of range is damage, not a crash later.
	bad := d
	bad.Open = slices.Clone(d.Open)
	bad.Open[1].Round = 2
	if _, err := decodeIndex(encodeIndex([]indexEntry{{id: d.Job.ID, digest: &bad}}), true); err == nil {
		t.Error("an item of a round the job does not have was read")
	}
	// Entries out of order, or twice, cannot be read beside the folder.
	for _, twisted := range [][]indexEntry{{entries[1], entries[0]}, {entries[0], entries[0]}} {
		if _, err := decodeIndex(encodeIndex(twisted), false); err == nil {
			t.Errorf("an index of %s then %s was read", twisted[0].id, twisted[1].id)
		}
	}
}
