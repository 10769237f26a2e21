package importer

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestHeadline(t *testing.T) {
	technical := checklist.RoundDetails{Name: "Technical"}
	tests := []struct {
		plan Plan
		want string
	}{
		{Plan{Action: NewJob, Company: "Acme", Role: "SRE"}, "A new job: Acme — SRE"},
		{Plan{Action: NewJob, Company: "Acme"}, "A new job at Acme"},
		{Plan{Action: NewJob}, "A new job"},
		{Plan{Action: NewRound, Company: "Acme", Role: "SRE"}, "A new round of Acme — SRE"},
		{Plan{Action: Update, RoundID: "r2", Company: "Acme", Role: "SRE", Round: technical}, "An update of Technical at Acme — SRE"},
		{Plan{Action: Cancel, RoundID: "r2", Company: "Acme", Role: "SRE", Round: technical}, "Technical at Acme — SRE is cancelled"},
		{Plan{Action: Older, RoundID: "r1", Company: "Acme", Role: "SRE", Round: technical}, "Older than what Technical at Acme — SRE already holds; nothing to change"},
		{Plan{Action: Unchanged, RoundID: "r1", Company: "Acme", Role: "SRE", Round: technical}, "Technical at Acme — SRE is up to date; nothing to change"},
		{Plan{Action: Unchanged, RoundID: "r1", Company: "Acme", Role: "SRE", Round: checklist.RoundDetails{Name: "phone screen"}}, "Phone screen at Acme — SRE is up to date; nothing to change"},
		{Plan{Action: Cancel, RoundID: "r2", Company: "Acme", Role: "SRE"}, "Round r2 at Acme — SRE is cancelled"},
	}
	for _, tt := range tests {
		if got := tt.plan.Headline(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.plan.Action, got, tt.want)
		}
	}
}

// TestFieldsSayTheTimeTwice: the time is in the person's zone, and in the
// invitation's own when that is another; an update says when it was.
func TestFieldsSayTheTimeTwice(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	was := checklist.Round{At: time.Date(2026, 12, 8, 14, 0, 0, 0, ny)}
	p := Plan{Action: Update, Was: &was, Round: checklist.RoundDetails{
		Name: "Technical", Format: checklist.Video, At: time.Date(2026, 12, 9, 15, 0, 0, 0, ny), Minutes: 45,
		Interviewers: []checklist.Person{{Name: "Dana Lee", Email: "dana@acme.example"}, {Name: "kim@acme.example", Email: "kim@acme.example"}},
	}}
	got := map[string]string{}
	for _, f := range p.Fields(berlin(t)) {
		got[f.Label] = f.Value
	}
	want := map[string]string{
		"Round": "Technical", "Format": "video call", "Was": "Tue 8 Dec 2026 20:00",
		"When":   "Wed 9 Dec 2026 21:00, 45 minutes (15:00 America/New_York)",
		"People": "Dana Lee <dana@acme.example>, kim@acme.example",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
}
