package data

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// jobSeeds are the job files the fuzzers start from: good ones, the bad
// files of the bad-file tests (but for the 50 MB one, which the store
// refuses before decoding), and hand edits this build must survive.
func jobSeeds(tb testing.TB) [][]byte {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		tb.Fatal(err)
	}
	j.Item("news").Note = "line one\nline two \"quoted\" <b> & ü \x1b]0;x\x07"
	at := now
	j.Item("mission").Done, j.Item("mission").DoneAt = true, &at
	good, err := EncodeJob(j)
	if err != nil {
		tb.Fatal(err)
	}
	contract, err := os.ReadFile(filepath.Join("testdata", "contract-job.json"))
	if err != nil {
		tb.Fatal(err)
	}
	r := func(old, new string) []byte { return bytes.Replace(good, []byte(old), []byte(new), 1) }
	seeds := [][]byte{
		good,
		contract,
		good[:len(good)*2/3],
		good[:1],
		r(`"done": false`, `"done": 0`),
		r(`"company": "Acme Corp"`, `"company": 42`),
		r("\"version\": 2,\n", ""),
		r(`"version": 2`, `"version": 3`),
		r(`"version": 2`, `"version": 99`),
		r(`"version": 2`, `"version": -1`),
		r(`"version": 2`, `"version": "1"`),
		r(`"version": 2`, `"version": 2e400`),
		r(`"status": "upcoming"`, `"status": {"name": "upcoming"}`),
		r(`"status": "upcoming"`, `"status": "ghosted"`),
		r(`"phase": "before"`, `"phase": "during"`),
		r(`"at": "2026-12-01T10:00:00+01:00"`, `"at": "next tuesday"`),
		r(`"at": "2026-12-01T10:00:00+01:00"`, `"at": "9999-12-31T23:59:59-23:59"`),
		r(`"due_at": "2026-12-03T10:00:00+01:00"`, `"due_at": "after lunch"`),
		r(`"version": 2,`, `"version": 2, "zeta": {"x": [1, 2]}, "Company": "shadow",`),
		r(`"id": "news",`, `"id": "news", "source": "https://example.com/?a=1&b=2",`),
		append(append([]byte(nil), good...), "}}"...),
		nil,
		[]byte("  \n\n"),
		[]byte("\x00\x01\xff\xfe\x1b]0;x\x07PK\x03\x04"),
		[]byte("null"),
		[]byte("[1, 2, 3]"),
		[]byte(`"hello"`),
		[]byte(`{"version": 2, "id": "a", "status": "upcoming", "sections": null}`),
		[]byte(`{"version": 2, "id": "a", "status": "upcoming", "sections": [{"id": "s", "phase": "after", "items": [{"id": "i", "id": "j"}]}]}`),
		[]byte("\ufeff{\"version\": 2, \"id\": \"a\", \"status\": \"upcoming\"}"),
		// Small whole jobs, which the fuzzer mutates and shrinks quickly.
		[]byte(`{"version": 2, "id": "a", "status": "rejected", "status_at": "2026-12-08T09:00:00+01:00",
 "reason": {"code": "fit", "x": 1}, "at": "2026-12-01T10:00:00+01:00", "y": [null],
 "sections": [{"id": "s", "title": "S", "phase": "after", "when": "rejected", "z": {},
  "items": [{"id": "i", "text": "T", "done": true, "done_at": "2026-12-02T10:00:00Z", "note": "n",
   "due": "+2d", "due_at": "2026-12-03T10:00:00+01:00", "own": true, "w": "x"}]}]}`),
		[]byte(`{"version": 2, "id": "a", "status": "offer", "sections": [{"id": "s", "phase": "before", "items": [{"id": "i", "due_at": 5}]}]}`),
	}
	return seeds
}

// FuzzDecodeJob: no input makes the decoder panic, and any file it accepts
// saves and reads back as the same job, with or without the fields this
// build does not know, in a layout that a second save keeps byte for byte.
//
//	go test ./data -run XXX -fuzz FuzzDecodeJob -fuzztime 60s -fuzzminimizetime 5s
//
// (Without a short -fuzzminimizetime, shrinking an input grown from the
// large seeds can take up most of a minute's run.)
func FuzzDecodeJob(f *testing.F) {
	for _, s := range jobSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		j, raw, err := decodeJobFile(b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no reason")
			}
			return
		}
		enc, err := EncodeJob(j)
		if err != nil {
			t.Fatalf("an accepted job does not encode: %v", err)
		}
		back, err := DecodeJob(enc)
		if err != nil {
			t.Fatalf("an accepted job, re-encoded, is refused: %v\n%s", err, enc)
		}
		if again, err := EncodeJob(back); err != nil || !bytes.Equal(again, enc) {
			t.Fatalf("decode and encode do not round-trip (%v):\n%s\n---\n%s", err, enc, again)
		}
		over, err := encodeJobOver(j, raw)
		if err != nil {
			t.Fatalf("encodeJobOver: %v", err)
		}
		kept, raw2, err := decodeJobFile(over)
		if err != nil {
			t.Fatalf("a save keeping unknown fields is refused: %v\n%s", err, over)
		}
		if again, err := EncodeJob(kept); err != nil || !bytes.Equal(again, enc) {
			t.Fatalf("the unknown fields changed the job (%v):\n%s\n---\n%s", err, enc, again)
		}
		if twice, err := encodeJobOver(kept, raw2); err != nil || !bytes.Equal(twice, over) {
			t.Fatalf("a second save changed the layout (%v):\n%s\n---\n%s", err, over, twice)
		}
	})
}

// FuzzDecodeTemplate: no input makes the template decoder panic, and any
// template it accepts encodes and decodes to an equal template.
//
//	go test ./data -run XXX -fuzz FuzzDecodeTemplate -fuzztime 60s -fuzzminimizetime 5s
func FuzzDecodeTemplate(f *testing.F) {
	good := DefaultTemplateJSON()
	r := func(old, new string) []byte { return bytes.Replace(good, []byte(old), []byte(new), 1) }
	for _, s := range [][]byte{
		good,
		good[:len(good)/2],
		r(`"version": 2`, `"version": 3`),
		r(`"version": 2`, `"version": "1"`),
		r("\"version\": 2,", ""),
		r(`"phase": "before"`, `"phase": "during"`),
		r(`"phase": "before"`, `"phase": 7`),
		r(`"sections": [`, `"sections": {"a": [`),
		nil,
		[]byte("\x00\x01\xff\xfe\x1b]0;x\x07"),
		[]byte("null"),
		[]byte(`{"version": 1, "name": "x", "sections": [{"id": "s", "title": "S", "phase": "after", "items": [{"id": "i", "text": "T", "due": "2d"}]}]}`),
		[]byte(`{"version": 1, "name": "x", "sections": [{"id": "s", "title": "S", "phase": "before", "items": [{"id": "i", "text_each": "Thank {name}"}]}]}`),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tmpl, err := DecodeTemplate(b)
		if err != nil {
			return
		}
		enc, err := marshalNoEscape(tmpl)
		if err != nil {
			t.Fatalf("an accepted template does not encode: %v", err)
		}
		back, err := DecodeTemplate(enc)
		if err != nil {
			t.Fatalf("an accepted template, re-encoded, is refused: %v\n%s", err, enc)
		}
		if !reflect.DeepEqual(back, tmpl) {
			t.Fatalf("templates differ:\n%#v\n%#v", back, tmpl)
		}
	})
}
