package data

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prep-cli/prep/checklist"
)

// The widest the text may be to fit beside a checkbox in an 80-column terminal.
const (
	maxText = 60
	maxHint = 90
)

func TestDefaultTemplateIsValid(t *testing.T) {
	tp := DefaultTemplate()
	if err := tp.Validate(); err != nil {
		t.Fatalf("default template: %v", err)
	}
	if tp.Name == "" {
		t.Error("default template has no name")
	}
}

func TestDefaultTemplateBeforeSections(t *testing.T) {
	tp := DefaultTemplate()
	before := 0
	var titles []string
	for _, s := range tp.Sections {
		if s.Phase == checklist.Before {
			before += len(s.Items)
			titles = append(titles, strings.ToLower(s.Title))
		}
	}
	if before < 20 {
		t.Errorf("%d items before the interview, want at least 20", before)
	}
	topics := []struct {
		name  string
		words []string
	}{
		{"company research", []string{"research"}},
		{"leadership and people", []string{"leadership", "people"}},
		{"culture and values", []string{"culture", "values"}},
		{"the role and confidence", []string{"role", "confidence"}},
		{"materials", []string{"materials"}},
		{"dress", []string{"dress"}},
		{"punctuality and logistics", []string{"punctuality", "logistics"}},
		{"courtesy", []string{"courtesy"}},
	}
	for _, topic := range topics {
		t.Run(topic.name, func(t *testing.T) {
			for _, title := range titles {
				for _, w := range topic.words {
					if strings.Contains(title, w) {
						return
					}
				}
			}
			t.Errorf("no before section titled for %s among %q", topic.name, titles)
		})
	}
}

func TestDefaultTemplateAfterSections(t *testing.T) {
	tp := DefaultTemplate()
	plain := 0
	outcomes := map[checklist.Status]int{}
	for _, s := range tp.Sections {
		if s.Phase != checklist.After {
			continue
		}
		if s.When != "" {
			outcomes[s.When] += len(s.Items)
			continue
		}
		plain += len(s.Items)
		for _, it := range s.Items {
			if it.Due == "" {
				t.Errorf("after item %q has no due time", it.ID)
			}
		}
	}
	if plain < 8 {
		t.Errorf("%d after items for every interview, want at least 8", plain)
	}
	if outcomes[checklist.Rejected] < 4 {
		t.Errorf("%d items for a rejection, want at least 4", outcomes[checklist.Rejected])
	}
}

func TestDefaultTemplateTextFits(t *testing.T) {
	for _, s := range DefaultTemplate().Sections {
		if n := utf8.RuneCountInString(s.Title); n > maxText {
			t.Errorf("section %q title is %d characters, want at most %d", s.ID, n, maxText)
		}
		for _, it := range s.Items {
			t.Run(it.ID, func(t *testing.T) {
				if it.Hint == "" {
					t.Error("no hint")
				}
				for _, text := range []string{it.Text, it.TextEach} {
					if n := utf8.RuneCountInString(text); n > maxText {
						t.Errorf("text %q is %d characters, want at most %d", text, n, maxText)
					}
				}
				if n := utf8.RuneCountInString(it.Hint); n > maxHint {
					t.Errorf("hint %q is %d characters, want at most %d", it.Hint, n, maxHint)
				}
				if it.TextEach != "" && !strings.Contains(it.TextEach, "{name}") {
					t.Errorf("per-interviewer text %q has no {name}", it.TextEach)
				}
				for _, text := range []string{it.Text, it.TextEach, it.Hint} {
					if strings.TrimSpace(text) != text {
						t.Errorf("%q has leading or trailing space", text)
					}
				}
			})
		}
	}
}

func TestDefaultTemplateJSONIsACopy(t *testing.T) {
	first := DefaultTemplateJSON()
	want := append([]byte(nil), first...)
	for i := range first {
		first[i] = 'x'
	}
	second := DefaultTemplateJSON()
	if !bytes.Equal(second, want) {
		t.Fatal("changing the returned bytes changed the next call's")
	}
	if err := DefaultTemplate().Validate(); err != nil {
		t.Errorf("changing the returned bytes broke the default template: %v", err)
	}
}

func TestDefaultTemplateJSONIsTheDefaultTemplate(t *testing.T) {
	b := DefaultTemplateJSON()
	if !json.Valid(b) {
		t.Fatal("not valid JSON")
	}
	tp, err := DecodeTemplate(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tp, DefaultTemplate()) {
		t.Error("DefaultTemplateJSON does not decode to DefaultTemplate")
	}
	if !bytes.HasSuffix(b, []byte("\n")) {
		t.Error("the printed template does not end with a newline")
	}
}

func TestDefaultTemplateMakesAJob(t *testing.T) {
	j, err := checklist.NewJob(DefaultTemplate(), details(), acmeID, now)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range j.Sections {
		for _, it := range s.Items {
			if !checklist.ValidID(it.ID) || seen[it.ID] {
				t.Errorf("item id %q is invalid or repeated", it.ID)
			}
			seen[it.ID] = true
			if s.Phase == checklist.Before && it.DueAt != nil {
				t.Errorf("before item %q has a due time", it.ID)
			}
			if s.Phase == checklist.After && s.When == "" && it.DueAt == nil {
				t.Errorf("after item %q has no due time", it.ID)
			}
			if s.When != "" && it.DueAt != nil {
				t.Errorf("outcome item %q is due before the outcome", it.ID)
			}
		}
	}
	for _, id := range []string{"thank-interviewers-dana-lee", "thank-interviewers-sam-ng"} {
		if j.Item(id) == nil {
			t.Errorf("no item %q for the interviewer", id)
		}
	}
	if j.Item("thank-interviewers") != nil {
		t.Error("the generic thank-you item is there beside the per-interviewer ones")
	}
	if p := j.Progress(checklist.Before); p.Done != 0 || p.Total < 20 {
		t.Errorf("before progress = %+v", p)
	}
}

func TestDecodeTemplateErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", "{", "cut off"},
		{"wrong type", `{"version": "1"}`, `"version"`},
		{"wrong version", `{"version": 3, "sections": []}`, "version 3"},
		{"no sections", `{"version": 1, "name": "mine"}`, "no sections"},
		{"bad item", `{"version": 1, "sections": [{"id": "s", "title": "S", "phase": "before", "items": [{"id": "a"}]}]}`, `"a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeTemplate([]byte(tt.in))
			if err == nil {
				t.Fatal("DecodeTemplate succeeded, want an error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not mention %s", err, tt.want)
			}
		})
	}
}
