package checklist

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ReasonCode names the likely reason an application did not succeed, as it
// is kept in the job file.
type ReasonCode string

// The likely reasons, from the list in the content guide. Most are not
// about the candidate at all.
const (
	FilledInternally   ReasonCode = "filled-internally"
	JobPulled          ReasonCode = "job-pulled"
	DescriptionChanged ReasonCode = "description-changed"
	MoreExperience     ReasonCode = "more-experience"
	Fit                ReasonCode = "fit"
	StillDeciding      ReasonCode = "still-deciding"
	NoReasonGiven      ReasonCode = "no-reason"
	OtherReason        ReasonCode = "other"
)

// ReasonChoice is a reason to pick from, with the words to show for it.
type ReasonChoice struct {
	Code  ReasonCode
	Label string
}

var reasons = []ReasonChoice{
	{FilledInternally, "Filled internally or someone already in mind"},
	{JobPulled, "Job pulled or budget cut"},
	{DescriptionChanged, "Job description changed"},
	{MoreExperience, "Another candidate had more experience or connections"},
	{Fit, "Personality or team fit"},
	{StillDeciding, "They are still deciding"},
	{NoReasonGiven, "No reason given"},
	{OtherReason, "Other"},
}

// Reasons lists the reasons to pick from, in the order to show them.
func Reasons() []ReasonChoice {
	return append([]ReasonChoice(nil), reasons...)
}

// ParseReason turns text into a ReasonCode, naming the valid ones when it is
// not one.
func ParseReason(s string) (ReasonCode, error) {
	for _, r := range reasons {
		if string(r.Code) == s {
			return r.Code, nil
		}
	}
	return "", fmt.Errorf("unknown reason %q (valid: %s)", s, reasonCodes())
}

func reasonCodes() string {
	codes := make([]string, len(reasons))
	for i, r := range reasons {
		codes[i] = string(r.Code)
	}
	return strings.Join(codes, ", ")
}

// Label is the words to show for the code; an unknown code, from a file
// edited by hand, shows as itself.
func (c ReasonCode) Label() string {
	for _, r := range reasons {
		if r.Code == c {
			return r.Label
		}
	}
	return string(c)
}

// Reason is the likely reason recorded for a job, with a line of the
// person's own words: required for "other", optional for the rest.
type Reason struct {
	Code ReasonCode `json:"code"`
	Text string     `json:"text,omitempty"`
}

// ErrReasonText is returned for the reason "other" given without a text.
var ErrReasonText = errors.New(`the reason "other" needs a line of text saying what it was`)

// Validate reports whether the reason can be recorded: a known code, one
// line of text at most, and a text for "other".
func (r Reason) Validate() error {
	if _, err := ParseReason(string(r.Code)); err != nil {
		return err
	}
	text := strings.TrimSpace(r.Text)
	switch {
	case strings.ContainsAny(text, "\r\n"):
		return errors.New("the reason's text must be one line")
	case r.Code == OtherReason && text == "":
		return ErrReasonText
	}
	return nil
}

// String is the reason as a person reads it: "Job pulled or budget cut",
// "Other: moved abroad".
func (r Reason) String() string {
	if t := strings.TrimSpace(r.Text); t != "" {
		return r.Code.Label() + ": " + t
	}
	return r.Code.Label()
}

// SetReason records the likely reason, its text trimmed, or clears it when
// Reason is nil. Recording one ticks the item that asks for it (see
// ReasonItem), done at At, or at a time not recorded when At is zero. The
// undo puts back the reason the job had, as it was, and the tick.
type SetReason struct {
	Reason *Reason
	At     time.Time
}

// Apply implements Edit.
func (e SetReason) Apply(j *Job) (Edit, error) {
	var r *Reason
	if e.Reason != nil {
		if err := e.Reason.Validate(); err != nil {
			return nil, err
		}
		r = &Reason{Code: e.Reason.Code, Text: strings.TrimSpace(e.Reason.Text)}
	}
	undo := restoreReason{reason: j.Reason}
	j.Reason = r
	if r == nil {
		return undo, nil
	}
	return then(undo, j.tickOpen(ReasonItem, e.At)), nil
}

// restoreReason puts a reason back exactly, even one a hand edit made
// invalid.
type restoreReason struct {
	reason *Reason
}

// Apply implements Edit.
func (e restoreReason) Apply(j *Job) (Edit, error) {
	undo := restoreReason{reason: j.Reason}
	j.Reason = e.reason
	return undo, nil
}
