package checklist_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestReasons(t *testing.T) {
	want := []checklist.ReasonCode{"filled-internally", "job-pulled", "description-changed",
		"more-experience", "fit", "still-deciding", "no-reason", "other"}
	var got []checklist.ReasonCode
	for _, r := range checklist.Reasons() {
		got = append(got, r.Code)
		if r.Label == "" || r.Code.Label() != r.Label {
			t.Errorf("%s: label %q", r.Code, r.Label)
		}
		if c, err := checklist.ParseReason(string(r.Code)); err != nil || c != r.Code {
			t.Errorf("ParseReason(%q) = %q, %v", r.Code, c, err)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Reasons = %v, want %v", got, want)
	}
	checklist.Reasons()[0].Label = "changed"
	if checklist.Reasons()[0].Label == "changed" {
		t.Error("Reasons hands out its own list")
	}

	_, err := checklist.ParseReason("bad-luck")
	if err == nil || !strings.Contains(err.Error(), `"bad-luck"`) || !strings.Contains(err.Error(), "filled-internally, job-pulled") {
		t.Errorf("ParseReason(bad-luck) error %v, want one naming it and the valid codes", err)
	}
	if got := checklist.ReasonCode("typo").Label(); got != "typo" {
		t.Errorf("an unknown code shows as %q", got)
	}
}

func TestReasonString(t *testing.T) {
	tests := []struct {
		r    checklist.Reason
		want string
	}{
		{checklist.Reason{Code: checklist.JobPulled}, "Job pulled or budget cut"},
		{checklist.Reason{Code: checklist.OtherReason, Text: " moved abroad "}, "Other: moved abroad"},
		{checklist.Reason{Code: checklist.Fit, Text: "wanted a night owl"}, "Personality or team fit: wanted a night owl"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("%+v = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestSetReason(t *testing.T) {
	j := newTestJob(t)
	orig := j.Clone()

	undo := apply(t, &j, checklist.SetReason{Reason: &checklist.Reason{Code: checklist.OtherReason, Text: "  moved abroad "}})
	if j.Reason == nil || *j.Reason != (checklist.Reason{Code: checklist.OtherReason, Text: "moved abroad"}) {
		t.Fatalf("reason = %+v, want other: moved abroad", j.Reason)
	}
	checkUndo(t, orig, j, undo)

	before := j.Clone()
	undo = apply(t, &j, checklist.SetReason{Reason: &checklist.Reason{Code: checklist.FilledInternally}})
	if *j.Reason != (checklist.Reason{Code: checklist.FilledInternally}) {
		t.Errorf("reason = %+v", j.Reason)
	}
	checkUndo(t, before, j, undo)

	before = j.Clone()
	undo = apply(t, &j, checklist.SetReason{})
	if j.Reason != nil {
		t.Errorf("reason = %+v, want it cleared", j.Reason)
	}
	checkUndo(t, before, j, undo)

	t.Run("a hand-edited reason comes back as it was", func(t *testing.T) {
		k := orig.Clone()
		k.Reason = &checklist.Reason{Code: "typo", Text: " x\ny "}
		before := k.Clone()
		undo := apply(t, &k, checklist.SetReason{Reason: &checklist.Reason{Code: checklist.Fit}})
		checkUndo(t, before, k, undo)
	})

	bad := []struct {
		name string
		r    checklist.Reason
		is   error
	}{
		{"unknown code", checklist.Reason{Code: "bad-luck"}, nil},
		{"other without text", checklist.Reason{Code: checklist.OtherReason, Text: "   "}, checklist.ErrReasonText},
		{"two lines", checklist.Reason{Code: checklist.Fit, Text: "one\ntwo"}, nil},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			k := orig.Clone()
			_, err := checklist.SetReason{Reason: &tt.r}.Apply(&k)
			if err == nil || (tt.is != nil && !errors.Is(err, tt.is)) {
				t.Errorf("error %v, want %v", err, tt.is)
			}
			if !reflect.DeepEqual(k, orig) {
				t.Error("a refused reason changed the job")
			}
		})
	}
}
