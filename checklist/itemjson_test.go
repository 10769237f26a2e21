package checklist_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// encode writes a job as the job file does: indented, text unescaped.
func encode(t *testing.T, j checklist.Job) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decode(t *testing.T, b []byte) checklist.Job {
	t.Helper()
	var j checklist.Job
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	return j
}

func TestItemJSONRoundTrip(t *testing.T) {
	j := newTestJob(t, "Dana Lee")
	at := time.Date(2026, 12, 1, 20, 0, 0, 0, cet)
	apply(t, &j, checklist.SetDone{ItemID: "thank-hr", Done: true, At: &at})
	apply(t, &j, checklist.SetNote{ItemID: "thank-hr", Note: `<b> & "quoted" ü`})
	b := encode(t, j)
	if !bytes.Contains(b, []byte(`"note": "<b> & \"quoted\" ü"`)) {
		t.Errorf("a note is escaped:\n%s", b)
	}
	// The keys of an item keep the order of its fields.
	want := `{
              "id": "thank-hr",
              "text": "Thank your HR contact",
              "hint": "HR notices who thanks them.",
              "done": true,
              "done_at": "2026-12-01T20:00:00+01:00",
              "note": "<b> & \"quoted\" ü",
              "due": "+2d",
              "due_at": "2026-12-03T10:00:00+01:00"
            }`
	if !bytes.Contains(b, []byte(want)) {
		t.Errorf("item written as\n%s\nwant it to hold\n%s", b, want)
	}
	if again := encode(t, decode(t, b)); !bytes.Equal(again, b) {
		t.Errorf("a decoded job encodes differently:\n%s", again)
	}
}

// handEdited is a job file whose thank-hr item has a due_at a person typed
// by hand, and whose notes item has one that is not even a string.
func handEdited(t *testing.T) []byte {
	t.Helper()
	j := newTestJob(t, "Dana Lee")
	j.Item("notes").Due = "+6h"
	j.Item("notes").DueAt = &interview
	b := encode(t, j)
	b = bytes.Replace(b, []byte(`"due_at": "2026-12-03T10:00:00+01:00"`), []byte(`"due_at": "Thursday 10ish \u00fc"`), 1)
	b = bytes.Replace(b, []byte(`"due_at": "2026-12-01T10:00:00+01:00"`), []byte(`"due_at": 12345`), 1)
	if bytes.Count(b, []byte("10ish")) != 1 || bytes.Count(b, []byte("12345")) != 1 {
		t.Fatal("the test file was not edited as meant")
	}
	return b
}

func TestUnreadableDueAt(t *testing.T) {
	b := handEdited(t)
	j := decode(t, b)
	now := interview.Add(72 * time.Hour)

	hr := j.Item("thank-hr")
	if hr.DueAt != nil || hr.UnreadableDueAt() != `"Thursday 10ish \u00fc"` {
		t.Errorf("thank-hr due %v, unreadable %q", hr.DueAt, hr.UnreadableDueAt())
	}
	if got := checklist.DueLabel(*hr, now); got != "no due time" {
		t.Errorf("DueLabel = %q, want %q", got, "no due time")
	}
	if got := hr.DueState(now); got != checklist.DueNone {
		t.Errorf("DueState = %v, want none", got)
	}
	if got := j.Item("notes").UnreadableDueAt(); got != "12345" {
		t.Errorf("notes unreadable due = %q", got)
	}

	// The rest of the job works.
	if hr.Text != "Thank your HR contact" || hr.Due != "+2d" || j.Item("thank-interviewers-dana-lee").DueAt == nil {
		t.Errorf("the job was not read whole: %+v", hr)
	}
	if p := j.TotalProgress(); p.Total != 6 {
		t.Errorf("progress = %+v", p)
	}
	tasks := checklist.DueTasks([]checklist.Job{j}, now, checklist.SoonWithin)
	if ids := taskIDs(tasks); !reflect.DeepEqual(ids, []string{"thank-interviewers-dana-lee"}) {
		t.Errorf("due tasks = %v", ids)
	}

	// Saved again, the file is the same, the unreadable text included.
	if again := encode(t, j); !bytes.Equal(again, b) {
		t.Errorf("re-encoding changed the file:\n%s", again)
	}
	// A change elsewhere in the item keeps it too.
	apply(t, &j, checklist.SetDone{ItemID: "thank-hr", Done: true, At: &now})
	after := encode(t, j)
	if !bytes.Contains(after, []byte(`"done_at": "2026-12-04T10:00:00+01:00",
              "due": "+2d",
              "due_at": "Thursday 10ish \u00fc"
            }`)) {
		t.Errorf("the unreadable due_at was not written back in its place:\n%s", after)
	}

	// A new due time replaces it; a done item keeps the due time it was
	// done against, so the tick is taken back first.
	apply(t, &j, checklist.SetDone{ItemID: "thank-hr", Done: false})
	d := detailsOf(j.Rounds[0])
	d.At = interview.Add(time.Hour)
	apply(t, &j, checklist.SetRound{RoundID: "r1", Details: d})
	if it := j.Item("thank-hr"); it.DueAt == nil || it.UnreadableDueAt() != "" {
		t.Errorf("thank-hr due %v, unreadable %q after a new interview time", it.DueAt, it.UnreadableDueAt())
	}
	if b := encode(t, j); bytes.Contains(b, []byte("10ish")) {
		t.Error("the replaced text is still written")
	}
}

func TestItemJSONNullAndMissingDueAt(t *testing.T) {
	for _, in := range []string{`{"id": "x", "due_at": null}`, `{"id": "x"}`} {
		var it checklist.Item
		if err := json.Unmarshal([]byte(in), &it); err != nil {
			t.Fatal(err)
		}
		if it.DueAt != nil || it.UnreadableDueAt() != "" {
			t.Errorf("%s: due %v, unreadable %q", in, it.DueAt, it.UnreadableDueAt())
		}
		b, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "due_at") {
			t.Errorf("%s written as %s", in, b)
		}
	}
}

func TestItemJSONErrorsNameTheField(t *testing.T) {
	var j checklist.Job
	err := json.Unmarshal([]byte(`{"sections": [{"items": [{"id": "x", "done": "yes"}]}]}`), &j)
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field != "sections.items.done" {
		t.Errorf("error %v, want a type error at sections.items.done", err)
	}
}

func TestItemsStayComparable(t *testing.T) {
	a := unreadableDue(t)
	b := a
	if a != b {
		t.Error("an item differs from its copy")
	}
	b.Text = "Y"
	if a == b {
		t.Error("items with different texts are equal")
	}
}
