package checklist_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestPhaseHeadings(t *testing.T) {
	for p, want := range map[checklist.Phase]string{checklist.Before: "Before the interview", checklist.After: "After the interview"} {
		if got := p.Heading(); got != want {
			t.Errorf("%s heading = %q, want %q", p, got, want)
		}
	}
}

// "thank" is found wherever it is, past words that only share its letters.
func TestThankYouPastLookAlikes(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ask Shankar for a referral", false},
		{"Ask Shankar, then thank him", true},
		{"SHANKAR: THANK HIM", true},
		{"hank", false},
		{"hank, and thank them", true},
	}
	for _, tt := range tests {
		if got := checklist.IsThankYou(checklist.Item{ID: "x", Text: tt.text}); got != tt.want {
			t.Errorf("IsThankYou(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A slug is cut at a word boundary only when it is too long, and then only
// at a dash past half the length.
func TestSlugCut(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want string
	}{
		{"abcdefg hij", 11, "abcdefg-hij"},
		{"abcde fghijkl", 10, "abcde-fghi"},
		{"abcdef ghijkl", 10, "abcdef"},
	}
	for _, tt := range tests {
		if got := checklist.Slugify(tt.s, tt.max); got != tt.want {
			t.Errorf("Slugify(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.want)
		}
	}
}

// A template's error names the section by its place, counted from 1.
func TestTemplateErrorNamesTheSection(t *testing.T) {
	tmpl := testTemplate()
	tmpl.Sections[1].ID = "Bad ID"
	err := tmpl.Validate()
	if err == nil || !strings.Contains(err.Error(), `section 2 ("Bad ID")`) {
		t.Errorf("Validate = %v, want it to name section 2", err)
	}
}

// A job is listed by its current round's time, or when it was made when it
// has no round to list it by.
func TestListedAt(t *testing.T) {
	j := newTestJob(t)
	if got := j.ListedAt(interview.Add(-time.Hour)); !got.Equal(interview) {
		t.Errorf("ListedAt = %v, want the round's time", got)
	}
	j.Rounds = nil
	if got := j.ListedAt(interview); !got.Equal(created) {
		t.Errorf("ListedAt with no rounds = %v, want when it was made", got)
	}
}

// A round whose time has gone by is held, also after the status changed
// before it, as long as the status is not an answer.
func TestRoundHeldAfterAStatusChangeThatIsNoAnswer(t *testing.T) {
	j := newTestJob(t)
	j.Status, j.StatusAt = checklist.Interviewed, ptr(interview.Add(-time.Hour))
	if r := j.LastHeld(interview.Add(2 * time.Hour)); r == nil || r.ID != "r1" {
		t.Errorf("LastHeld = %v, want r1", r)
	}
	j.Status = checklist.Rejected
	if r := j.LastHeld(interview.Add(2 * time.Hour)); r != nil {
		t.Errorf("LastHeld after a no before the round = %v, want none", r.ID)
	}
}

// A round's thank-you looks forward to the next steps while the job is on,
// and not once the person stepped back.
func TestThankYouDraftClosing(t *testing.T) {
	for _, tt := range []struct {
		status    checklist.Status
		want, not string
	}{
		{checklist.Interviewed, "look forward to hearing about the next steps", "paths cross again"},
		{checklist.Withdrawn, "paths cross again", "next steps"},
	} {
		j := draftJob("")
		j.Status = tt.status
		got, err := checklist.ThankYouDraft(&j, "thank-interviewers-dana-lee")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("the draft of a job %s:\n%s", tt.status, got)
		}
	}
}

// A notes line that only leads in ("We discussed:") is passed over for the
// line that says what was discussed.
func TestThankYouDraftPassesOverALeadInAlone(t *testing.T) {
	for _, notes := range []string{"We discussed:\n- their move to event sourcing", "About\ntheir move to event sourcing"} {
		j := draftJob(notes)
		got, err := checklist.ThankYouDraft(&j, "thank-interviewers-dana-lee")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, "our conversation about their move to event sourcing.") {
			t.Errorf("the draft from notes %q:\n%s", notes, got)
		}
	}
}

// A time with nothing before its offset but a number is not read as only
// an offset: the number is named as what could not be read.
func TestParseWhenNamesTheTimeBeforeAnOffset(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC)
	_, err := checklist.ParseWhen("5Z", now)
	if err == nil || !strings.Contains(err.Error(), `"5" is not a time`) {
		t.Errorf("ParseWhen(5Z) = %v", err)
	}
}

// Offsets from -14:00 to +14:00 with any minutes are read, their minutes
// counted in.
func TestParseWhenReadsEveryOffset(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want int
	}{
		{"2026-12-01 10:00 +14:00", 14 * 3600},
		{"2026-12-01 10:00 -14:00", -14 * 3600},
		{"2026-12-01 10:00 +05:30", 5*3600 + 30*60},
		{"2026-12-01 10:00 -0330", -(3*3600 + 30*60)},
		{"2026-12-01 10:00 +01:59", 3600 + 59*60},
	}
	for _, tt := range tests {
		got, err := checklist.ParseWhen(tt.in, now)
		if err != nil {
			t.Errorf("ParseWhen(%q): %v", tt.in, err)
			continue
		}
		if _, off := got.Zone(); off != tt.want || got.Hour() != 10 {
			t.Errorf("ParseWhen(%q) = %v, offset %ds; want 10:00 at %ds", tt.in, got, off, tt.want)
		}
	}
	for _, in := range []string{"2026-12-01 10:00 +15:00", "2026-12-01 10:00 +01:60"} {
		if _, err := checklist.ParseWhen(in, now); err == nil || !strings.Contains(err.Error(), "not an offset") {
			t.Errorf("ParseWhen(%q) = %v, want it refused as no offset", in, err)
		}
	}
}

// A day without a clock time is at DefaultHour; a span or a part of the
// day keeps the time it names; a day and month without a year are in the
// year nearest to now, the last one early in January; half a year either
// way keeps the year it was read in.
func TestParseWhenWordsWithoutAClock(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 17, 0, 0, time.UTC)
	tests := []struct {
		in   string
		now  time.Time
		want time.Time
	}{
		{"tomorrow", now, time.Date(2026, 12, 1, checklist.DefaultHour, 0, 0, 0, time.UTC)},
		{"in 2 hours", now, now.Add(2 * time.Hour)},
		{"in 30 minutes", now, now.Add(30 * time.Minute)},
		{"tomorrow evening", now, time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)},
		{"Dec 28 2pm", time.Date(2027, 1, 3, 20, 0, 0, 0, time.UTC), time.Date(2026, 12, 28, 14, 0, 0, 0, time.UTC)},
		{"Jun 1 12:00", time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := checklist.ParseWhen(tt.in, tt.now)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseWhen(%q) at %v = %v, %v; want %v", tt.in, tt.now, got, err, tt.want)
		}
	}
}

// A time of day the library reads as another hour than it says ("12am")
// is refused rather than taken at the wrong hour.
func TestParseWhenRefusesAClockReadAsAnotherHour(t *testing.T) {
	now := time.Date(2026, 11, 30, 20, 17, 0, 0, time.UTC)
	got, err := checklist.ParseWhen("tomorrow 12am", now)
	if err == nil || !strings.Contains(err.Error(), `"12am" is not a time of day prep can read`) {
		t.Errorf("ParseWhen(tomorrow 12am) = %v, %v", got, err)
	}
}
