package data

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/prep-cli/prep/checklist"
)

// sameDecoding fails the test unless decodeJobFile, which takes the short
// way when it can, and decodeJobFileSlow, which always takes the long way,
// agree on b: the same job, the same JSON kept for a save, the same error.
func sameDecoding(t *testing.T, name string, b []byte) {
	t.Helper()
	fj, fraw, ferr := decodeJobFile(b)
	sj, sraw, serr := decodeJobFileSlow(b)
	if fmt.Sprint(ferr) != fmt.Sprint(serr) {
		t.Fatalf("%s: errors differ:\nshort way: %v\n long way: %v", name, ferr, serr)
	}
	if ferr != nil {
		return
	}
	if !reflect.DeepEqual(fj, sj) {
		t.Fatalf("%s: jobs differ:\nshort way: %#v\n long way: %#v", name, fj, sj)
	}
	if !bytes.Equal(fraw, sraw) {
		t.Fatalf("%s: the JSON kept for a save differs", name)
	}
}

// TestShortWayAgreesOnHandEdits: hand edits, readable or not, and the
// fuzzers' seeds (among them the files of the bad-file tests) read the same
// both ways.
func TestShortWayAgreesOnHandEdits(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	at := now
	j.Item("mission").Done, j.Item("mission").DoneAt = true, &at
	good, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	r := func(old, new string) []byte { return bytes.Replace(good, []byte(old), []byte(new), 1) }
	edits := map[string][]byte{
		"upper-case keys":       r(`"company": "Acme Corp"`, `"COMPANY": "Acme Corp"`),
		"a key twice":           r(`"company": "Acme Corp"`, `"company": "Initech", "company": "Acme Corp"`),
		"done_at null":          r(`"done_at": "2026-11-20T18:30:00+01:00"`, `"done_at": null`),
		"due_at null":           r(`"due_at": "2026-12-03T10:00:00+01:00"`, `"due_at": null`),
		"due_at unreadable":     r(`"due_at": "2026-12-03T10:00:00+01:00"`, `"due_at": "after lunch"`),
		"due_at a number":       r(`"due_at": "2026-12-03T10:00:00+01:00"`, `"due_at": 5`),
		"Due_At unreadable":     r(`"due_at": "2026-12-03T10:00:00+01:00"`, `"Due_At": "soon"`),
		"empty items":           []byte(strings.Replace(string(good), `"items": [`, `"items": [], "x": [`, 1)),
		"items null":            r(`"items": [`, `"items": null, "x": [`),
		"interviewers null":     r(`"interviewers": [`, `"interviewers": null, "x": [`),
		"an item null":          r(`"items": [`, `"items": [null, `),
		"escaped text":          r(`"company": "Acme Corp"`, `"company": "Acme \u0043orp \ud83d\ude00 \ud800"`),
		"invalid UTF-8":         r(`"company": "Acme Corp"`, "\"company\": \"Acme \xff\xfe Corp\""),
		"a control character":   r(`"company": "Acme Corp"`, "\"company\": \"Acme\x01Corp\""),
		"version 1.0":           r(`"version": 2`, `"version": 2.0`),
		"version 2":             r(`"version": 2`, `"version": 3`),
		"time in UTC":           r(`"created_at": "2026-11-20T18:30:00+01:00"`, `"created_at": "2026-11-20T17:30:00Z"`),
		"time unwritable":       r(`"at": "2026-12-01T10:00:00+01:00"`, `"at": "9999-12-31T23:59:59-23:59"`),
		"done_at unwritable":    r(`"done_at": "2026-11-20T18:30:00+01:00"`, `"done_at": "9999-12-31T23:30:00-01:00"`),
		"unknown fields":        r(`"version": 2,`, `"version": 2, "zeta": {"x": [1, 2]},`),
		"trailing garbage":      append(append([]byte(nil), good...), "}"...),
		"byte order mark":       append([]byte("\ufeff"), good...),
		"a bool as a string":    r(`"done": true`, `"done": "true"`),
		"a phase upper-case":    r(`"phase": "before"`, `"phase": "Before"`),
		"a raw long s in a key": r(`"sections"`, `"ſections"`),
		"a long s in a key":     r(`"status": "upcoming"`, `"\u017ftatus": "upcoming"`),
		"version 01":            r(`"version": 2`, `"version": 01`),
		"version 1e0":           r(`"version": 2`, `"version": 2e0`),
		"version -0":            r(`"version": 2`, `"version": -0`),
		"done null":             r(`"done": true`, `"done": null`),
		"id null":               r(`"id": "mission"`, `"id": null`),
		"a trailing comma":      r(`"name": "Dana Lee"`, `"name": "Dana Lee",,`),
		"a comma before ]":      r(`"Sam Ng"`, `"Sam Ng",`),
		"single quotes":         r(`"company": "Acme Corp"`, `"company": 'Acme Corp'`),
		"a comment":             r(`"version": 2,`, `"version": 2, // one`),
		"no-break space":        r(`"version": 2,`, "\"version\":\u00a01,"),
		"True":                  r(`"done": true`, `"done": True`),
		"NaN":                   r(`"version": 2`, `"version": NaN`),
		"an empty key":          r(`"version": 2,`, `"version": 2, "": 2,`),
		"lower-case t in time":  r(`"created_at": "2026-11-20T18:30:00+01:00"`, `"created_at": "2026-11-20t18:30:00+01:00"`),
		"fractions in time":     r(`"created_at": "2026-11-20T18:30:00+01:00"`, `"created_at": "2026-11-20T18:30:00.123456789+01:00"`),
		"a time not quoted":     r(`"created_at": "2026-11-20T18:30:00+01:00"`, `"created_at": 2026`),
		"sections an object":    r(`"sections": [`, `"sections": {"a": [`),
		"interviewers a string": r(`"interviewers": [`, `"interviewers": "x", "y": [`),
		"a big number":          r(`"version": 2`, `"version": 28446744073709551617`),
		"a tab in a string":     r(`"company": "Acme Corp"`, "\"company\": \"Acme\tCorp\""),
		"escaped tab":           r(`"company": "Acme Corp"`, `"company": "Acme\tCorp\/\u0000"`),
		"a lone low surrogate":  r(`"company": "Acme Corp"`, `"company": "\udc00x"`),
		"reason with unknowns":  r(`"status": "upcoming",`, `"status": "rejected", "reason": {"code": "fit", "Text": "x", "y": 1},`),
		"a section null":        r(`"sections": [`, `"sections": [null, `),
		"an empty section":      r(`"sections": [`, `"sections": [{}, `),
		"an empty item":         r(`"items": [`, `"items": [{}, `),
		"an item id empty":      r(`"id": "mission"`, `"id": ""`),
		"an item id twice":      r(`"id": "mission"`, `"id": "news"`),
		"a section id empty":    r(`"id": "research"`, `"id": ""`),
		"a section id twice":    r(`"id": "people"`, `"id": "research"`),
	}
	for name, b := range edits {
		if bytes.Equal(b, good) {
			t.Fatalf("%s: the edit did not apply", name)
		}
		sameDecoding(t, name, b)
	}
	for i, b := range jobSeeds(t) {
		sameDecoding(t, fmt.Sprintf("seed %d", i), b)
	}
}

// TestShortWayIsTaken: a file this build wrote takes the short way, so the
// tests above compare something.
func TestShortWayIsTaken(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := decodeCurrent(b, nil); !ok {
		t.Fatal("a file this build wrote went the long way")
	}
}

// TestFileTypesMatchTheJob: the types the short way decodes into read the
// same keys into the same kinds of field as checklist's, so a field added
// to a job, a section or an item is not silently dropped by the short way.
func TestFileTypesMatchTheJob(t *testing.T) {
	for _, tt := range []struct{ file, job reflect.Type }{
		{reflect.TypeFor[fileJob](), reflect.TypeFor[checklist.Job]()},
		{reflect.TypeFor[fileRound](), reflect.TypeFor[checklist.Round]()},
		{reflect.TypeFor[fileSection](), reflect.TypeFor[checklist.Section]()},
		{reflect.TypeFor[fileItem](), reflect.TypeFor[checklist.Item]()},
	} {
		got, want := jsonFields(tt.file), jsonFields(tt.job)
		if len(got) != len(want) {
			t.Fatalf("%v has %d JSON fields, %v has %d", tt.file, len(got), tt.job, len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.name != w.name || !sameShape(g.typ, w.typ) {
				t.Errorf("%v field %d is %q %v; %v has %q %v", tt.file, i, g.name, g.typ, tt.job, w.name, w.typ)
			}
		}
	}
}

// sameShape: the same type, or the file type standing for a checklist one.
func sameShape(file, job reflect.Type) bool {
	if file == job {
		return true
	}
	switch {
	case file.Kind() == reflect.Slice && job.Kind() == reflect.Slice:
		return sameShape(file.Elem(), job.Elem())
	case file == reflect.TypeFor[fileRound]():
		return job == reflect.TypeFor[checklist.Round]()
	case file == reflect.TypeFor[fileSection]():
		return job == reflect.TypeFor[checklist.Section]()
	case file == reflect.TypeFor[fileItem]():
		return job == reflect.TypeFor[checklist.Item]()
	}
	return false
}

// FuzzShortWayAgrees: for any input, the short way and the long way give
// the same job or the same error.
//
//	go test ./data -run XXX -fuzz FuzzShortWayAgrees -fuzztime 60s -fuzzminimizetime 5s
func FuzzShortWayAgrees(f *testing.F) {
	for _, s := range jobSeeds(f) {
		f.Add(s)
	}
	f.Add([]byte(`{"version":2,"id":"a","status":"upcoming","interview_at":"2026-12-01T10:00:00+01:00","created_at":"2026-11-01T10:00:00Z","sections":[{"id":"s","phase":"after","items":[{"id":"i","done":true,"done_at":"2026-12-02T10:00:00Z","due_at":"2026-12-03T10:00:00+01:00"}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		sameDecoding(t, "input", b)
	})
}

// TestScratchCarriesNothingOver: files read one after the other with one
// scratch, as LoadMany reads them, each read as they would be alone, the
// first ones too once the last is read, however their fields and lists
// differ.
func TestScratchCarriesNothingOver(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	at := now
	for _, id := range []string{"mission", "news", "thank-interviewers-dana-lee"} {
		j.Item(id).Done, j.Item(id).DoneAt, j.Item(id).Note = true, &at, "noted"
	}
	j.Status, j.StatusAt, j.Reason = checklist.Rejected, &at, &checklist.Reason{Code: checklist.OtherReason, Text: "moved"}
	full, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	bare, err := checklist.NewJob(DefaultTemplate(), checklist.Details{Company: "B", Role: "R", At: now}, "b-r-2026-11-20", now)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := EncodeJob(bare)
	if err != nil {
		t.Fatal(err)
	}
	r := func(b []byte, old, new string) []byte {
		out := bytes.Replace(b, []byte(old), []byte(new), 1)
		if bytes.Equal(out, b) {
			t.Fatalf("no %q to replace", old)
		}
		return out
	}
	files := [][]byte{
		full,
		plain,
		full,
		r(plain, `"items": [`, `"items": [], "x": [`),
		full,
		r(plain, `"items": [`, `"x": [`),
		full,
		r(plain, `"sections": [`, `"sections": null, "x": [`),
		full,
		r(plain, `"sections": [`, `"x": [`),
		full,
		r(plain, `"sections": [`, `"sections": [], "x": [`),
		full,
		r(plain, `"rounds": [`, `"rounds": [], "x": [`),
		full,
		r(plain, `"rounds": [`, `"x": [`),
		full,
		r(plain, `"rounds": [`, `"rounds": null, "x": [`),
		r(full, `"done": true`, `"done": 1`), // the long way, in between
		plain,
	}
	sc := newScratch()
	var got []checklist.Job
	for i, b := range files {
		// The bytes are a buffer LoadMany reuses: the job keeps none of
		// them, whatever is written over them next.
		buf := bytes.Clone(b)
		j, _, err := decodeJobFileWith(buf, sc)
		if err != nil && i != len(files)-2 {
			t.Fatalf("file %d: %v", i, err)
		}
		for k := range buf {
			buf[k] = 'X'
		}
		got = append(got, j)
	}
	for i, b := range files {
		want, _, _ := decodeJobFileSlow(b)
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("file %d reads differently after the others:\n got: %#v\nwant: %#v", i, got[i], want)
		}
	}
}

// TestJobKeepsNoBorrowedString: every string a decoded file can hold, at
// any depth, is copied out of the bytes it was borrowed from when the job
// is made, so that reusing the bytes changes no job. Strings are found by
// reflection, so a field added later is covered too.
func TestJobKeepsNoBorrowedString(t *testing.T) {
	var f fileJob
	buf := make([]byte, 0, 1<<16)
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			start := len(buf)
			buf = fmt.Appendf(buf, "s%d", n)
			n++
			v.SetString(unsafe.String(&buf[start], len(buf)-start))
		case reflect.Pointer:
			if v.Type().Elem() == reflect.TypeFor[time.Time]() {
				return
			}
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range v.Len() {
				fill(v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[time.Time]() {
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					fill(v.Field(i))
				}
			}
		}
	}
	fill(reflect.ValueOf(&f).Elem())
	if cap(buf) != 1<<16 {
		t.Fatal("the strings moved out of the buffer")
	}
	for _, in := range []interner{newScratch().strings, {borrowed: true}} {
		j := f.job(in)
		saved := bytes.Clone(buf)
		for k := range buf {
			buf[k] = 'X'
		}
		var check func(path string, v reflect.Value)
		check = func(path string, v reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				if strings.Contains(v.String(), "X") {
					t.Errorf("%s is borrowed from the file's bytes", path)
				}
			case reflect.Pointer:
				if !v.IsNil() {
					check(path, v.Elem())
				}
			case reflect.Slice:
				for i := range v.Len() {
					check(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
				}
			case reflect.Struct:
				for i := range v.NumField() {
					if v.Type().Field(i).IsExported() {
						check(path+"."+v.Type().Field(i).Name, v.Field(i))
					}
				}
			}
		}
		check("job", reflect.ValueOf(j))
		copy(buf, saved)
	}
	if n < 20 {
		t.Fatalf("only %d strings filled", n)
	}
}
