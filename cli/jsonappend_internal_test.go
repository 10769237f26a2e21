package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// encodingJSON is what writeJSON promises: encoding/json's Encoder with two
// spaces and no HTML escapes, made inert by inertJSON.
func encodingJSON(t testing.TB, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(inertJSON(buf.Bytes()))
}

// oddStrings are the strings the escaping has to get right: every control
// character, DEL, the C1 controls, the bidi controls, the line and
// paragraph separators, invalid UTF-8, and text that must stay as it is.
func oddStrings() []string {
	odd := []string{
		"", "plain text", `"quoted" and \backslashed\`, "<a href='x'>&amp;</a>",
		"\x7f", "a\x7fb", "\u2028", "line\u2028para\u2029graph",
		"\ufffd", "\xff", "a\xffb\xc3", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x80",
		"invoice\u202efdp.exe", "a\u2066b\u2069c\u200ed\u200fe\u061cf\u202ag\u202bh\u202ci\u202dj\u2067k\u2068",
		"\x1b]0;pwned\x07\x1b[31m\u009b2J\u202e",
		"Café 株式会社 👩‍💻 👍🏽 👨‍👩‍👧‍👦", "שלום עולם", "e\u0301 a\u0308\u0323 \u0915\u094d\u0937",
		"Caf\u00e9\u00a0~", "\U0010ffff\U0001f600", "\u00a0\u00ad\u200b\ufeff",
	}
	for c := range rune(0xa0) {
		if c < 0x20 || c >= 0x7f {
			odd = append(odd, string(c), "x"+string(c)+"y")
		}
	}
	return odd
}

// randomStrings are n strings of random bytes and of random pieces of the
// odd strings, from a fixed seed.
func randomStrings(n int) []string {
	rng := rand.New(rand.NewPCG(18, 2))
	pieces := oddStrings()
	out := make([]string, 0, n)
	for i := range n {
		var b []byte
		for range rng.IntN(40) {
			if i%2 == 0 {
				b = append(b, byte(rng.IntN(256)))
			} else {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			}
		}
		out = append(out, string(b))
	}
	return out
}

func checkJSONString(t *testing.T, s string) {
	t.Helper()
	want := encodingJSON(t, s)
	if got := string(appendJSONString(nil, s)) + "\n"; got != want {
		t.Errorf("appendJSONString(%q) = %s, encoding/json and inertJSON write %s", s, got, want)
	}
}

func TestJSONStringsAreWrittenAsEncodingJSONAndInertJSONWriteThem(t *testing.T) {
	for _, s := range append(oddStrings(), randomStrings(5000)...) {
		checkJSONString(t, s)
	}
}

// TestJSONStringsAreEscapedAtEveryPlace: plain text is looked at eight
// bytes at a time, and whatever needs escaping is escaped at any place in
// those eight, after plain text of any length and before it.
func TestJSONStringsAreEscapedAtEveryPlace(t *testing.T) {
	plain := strings.Repeat("plain ~ ", 3)
	for _, odd := range oddStrings() {
		for before := range 17 {
			checkJSONString(t, plain[:before]+odd+plain[before:])
		}
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range append(oddStrings(), randomStrings(200)...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkJSONString(t, s)
		if got := appendJSONString(nil, s); !utf8.Valid(got) || hasUnsafe(got) {
			t.Errorf("appendJSONString(%q) = %q: not inert UTF-8", s, got)
		}
	})
}

// TestJSONWriterIndentsAsEncodingJSON: empty arrays and objects, nested
// objects, null and every kind of value are laid out as encoding/json lays
// them out.
func TestJSONWriterIndentsAsEncodingJSON(t *testing.T) {
	type inner struct {
		A string `json:"a"`
		N int    `json:"n"`
	}
	type outer struct {
		S     string   `json:"s"`
		Inner *inner   `json:"inner"`
		Empty struct{} `json:"empty"`
		B     bool     `json:"b"`
		Neg   int      `json:"neg"`
	}
	write := func(values []outer) string {
		var buf bytes.Buffer
		w := newJSONWriter(&buf)
		w.beginArray()
		for _, v := range values {
			w.beginObject()
			w.stringField("s", v.S)
			if v.Inner != nil {
				w.beginObjectField("inner")
				w.stringField("a", v.Inner.A)
				w.intField("n", v.Inner.N)
				w.endObject()
			} else {
				w.nullField("inner")
			}
			w.beginObjectField("empty")
			w.endObject()
			w.boolField("b", v.B)
			w.intField("neg", v.Neg)
			w.endObject()
		}
		w.endArray()
		if err := w.finish(); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	tests := map[string][]outer{
		"empty array": {},
		"one object":  {{S: "x", Inner: &inner{A: "\u009b", N: 3}, B: true, Neg: -7}},
		"several":     {{S: "a"}, {S: "b\n", Inner: &inner{}}, {S: "c", B: true}},
	}
	for name, values := range tests {
		t.Run(name, func(t *testing.T) {
			if got, want := write(values), encodingJSON(t, values); got != want {
				t.Errorf("jsonWriter wrote\n%s\nencoding/json writes\n%s", got, want)
			}
		})
	}
}

// TestJSONWriterWritesEachTimeInItsZone: a time written straight after
// another is written as RFC 3339 writes it, the same instant in another
// zone too.
func TestJSONWriterWritesEachTimeInItsZone(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	times := []time.Time{at, at, at.In(time.FixedZone("", 3600)), at.Add(time.Minute), at.Add(time.Minute), {}, at}
	var buf bytes.Buffer
	w := newJSONWriter(&buf)
	w.beginArray()
	var want []string
	for _, tm := range times {
		w.beginObject()
		w.timeField("at", tm)
		w.endObject()
		want = append(want, tm.Format(time.RFC3339))
	}
	w.endArray()
	if err := w.finish(); err != nil {
		t.Fatal(err)
	}
	var got []struct{ At string }
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if i >= len(got) || got[i].At != want[i] {
			t.Fatalf("times written %v, want %v", got, want)
		}
	}
}

// TestJSONWriterWritesInChunks: output far larger than its buffer comes out
// whole, and a writer that fails stops it with the writer's error.
func TestJSONWriterWritesInChunks(t *testing.T) {
	long := strings.Repeat("\u202e text ", 1000)
	values := make([]map[string]string, 100)
	var buf bytes.Buffer
	w := newJSONWriter(&buf)
	w.beginArray()
	for i := range values {
		values[i] = map[string]string{"text": long}
		w.beginObject()
		w.stringField("text", long)
		w.endObject()
	}
	w.endArray()
	if err := w.finish(); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), encodingJSON(t, values); got != want {
		t.Errorf("jsonWriter wrote %d bytes unlike the %d encoding/json writes", len(got), len(want))
	}

	w = newJSONWriter(failingWriter{})
	w.beginArray()
	for range values {
		w.beginObject()
		w.stringField("text", long)
		w.endObject()
	}
	w.endArray()
	if err := w.finish(); !errors.Is(err, errDiskFull) {
		t.Errorf("finish = %v, want %v", err, errDiskFull)
	}
}

var errDiskFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// BenchmarkJSONString quotes the texts of a thousand tasks as "prep due
// --json" writes them: ids, companies, roles and item texts, all plain.
func BenchmarkJSONString(b *testing.B) {
	texts := []string{"acme-corp-site-reliability-engineer-2026-07-23", "Acme Corp", "Site Reliability Engineer",
		"thank-you-notes", "Send a thank-you note to each interviewer within 24 hours"}
	var out []byte
	for b.Loop() {
		out = out[:0]
		for range 1000 {
			for _, s := range texts {
				out = appendJSONString(out, s)
			}
		}
	}
}
