package checklist_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestEffectiveStatus(t *testing.T) {
	tests := []struct {
		name   string
		status checklist.Status
		now    time.Time
		want   checklist.Status
	}{
		{"upcoming the night before", checklist.Upcoming, interview.Add(-12 * time.Hour), checklist.Upcoming},
		{"upcoming a second before", checklist.Upcoming, interview.Add(-time.Second), checklist.Upcoming},
		{"upcoming exactly at the time", checklist.Upcoming, interview, checklist.Interviewed},
		{"upcoming after the time", checklist.Upcoming, interview.Add(2 * time.Hour), checklist.Interviewed},
		{"upcoming, the same moment in another zone", checklist.Upcoming, interview.In(time.UTC), checklist.Interviewed},
		{"rejected stays rejected", checklist.Rejected, interview.Add(24 * time.Hour), checklist.Rejected},
		{"withdrawn before the interview", checklist.Withdrawn, interview.Add(-time.Hour), checklist.Withdrawn},
		{"offer", checklist.Offer, interview.AddDate(0, 0, 7), checklist.Offer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			j.Status = tt.status
			if got := j.EffectiveStatus(tt.now); got != tt.want {
				t.Errorf("EffectiveStatus(%s) = %q, want %q", tt.now, got, tt.want)
			}
		})
	}
}

func TestCloneIsDeep(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *checklist.Job)
	}{
		{"item text", func(c *checklist.Job) { c.Sections[0].Items[0].Text = "changed" }},
		{"item ticked through an edit", func(c *checklist.Job) {
			at := created
			if _, err := (checklist.SetDone{ItemID: "website", Done: true, At: &at}).Apply(c); err != nil {
				panic(err)
			}
		}},
		{"note through an edit", func(c *checklist.Job) {
			if _, err := (checklist.SetNote{ItemID: "news", Note: "x"}).Apply(c); err != nil {
				panic(err)
			}
		}},
		{"item added", func(c *checklist.Job) {
			c.Sections[0].Items = append(c.Sections[0].Items, checklist.Item{ID: "more"})
		}},
		{"item removed", func(c *checklist.Job) {
			if _, err := (checklist.RemoveItem{ItemID: "website"}).Apply(c); err != nil {
				panic(err)
			}
		}},
		{"section title", func(c *checklist.Job) { c.Sections[1].Title = "changed" }},
		{"interviewer renamed", func(c *checklist.Job) { c.Rounds[0].Interviewers[0].Name = "Someone Else" }},
		{"interviewer added", func(c *checklist.Job) {
			c.Rounds[0].Interviewers = append(c.Rounds[0].Interviewers, checklist.Person{Name: "Kim"})
		}},
		{"round item ticked through an edit", func(c *checklist.Job) {
			at := created
			if _, err := (checklist.SetDone{ItemID: "thank-hr", Done: true, At: &at}).Apply(c); err != nil {
				panic(err)
			}
		}},
		{"round section title", func(c *checklist.Job) { c.Rounds[0].Sections[0].Title = "changed" }},
		{"round moved", func(c *checklist.Job) { c.Rounds[0].At = c.Rounds[0].At.Add(time.Hour) }},
		{"invite sequence", func(c *checklist.Job) { c.Rounds[0].Invite.Sequence++ }},
		{"invite stamp", func(c *checklist.Job) { *c.Rounds[0].Invite.Stamp = c.Rounds[0].Invite.Stamp.Add(time.Hour) }},
		{"contact renamed", func(c *checklist.Job) { c.Contacts[0].Name = "Someone Else" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job := func() checklist.Job {
				j := newTestJob(t, "Dana Lee", "Sam Ng")
				stamp := created
				j.Rounds[0].Invite = &checklist.Invite{UID: "abc@example.com", Stamp: &stamp}
				j.Contacts = []checklist.Contact{{ID: "kim-patel", Name: "Kim Patel", Role: "recruiter"}}
				return j
			}
			original := job()
			c := original.Clone()
			if !reflect.DeepEqual(c, original) {
				t.Fatal("the clone differs from the original")
			}
			tt.edit(&c)
			if !reflect.DeepEqual(original, job()) {
				t.Error("editing the clone changed the original")
			}
		})
	}
}

func TestCloneEqualsTheOriginal(t *testing.T) {
	emptied := newTestJob(t)
	if _, err := (checklist.RemoveItem{ItemID: "profiles"}).Apply(&emptied); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		job  checklist.Job
	}{
		{"a new job", newTestJob(t, "Dana Lee")},
		{"a job with an emptied section", emptied},
		{"a job with empty lists", checklist.Job{ID: "a", Contacts: []checklist.Contact{}, Sections: []checklist.Section{{ID: "s", Items: []checklist.Item{}}},
			Rounds: []checklist.Round{{ID: "r1", Interviewers: []checklist.Person{}, Sections: []checklist.Section{}}}}},
		{"a zero job", checklist.Job{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := tt.job.Clone(); !reflect.DeepEqual(c, tt.job) {
				t.Errorf("Clone() = %+v, want %+v", c, tt.job)
			}
		})
	}
}

func TestFindAndItem(t *testing.T) {
	j := newTestJob(t)
	s, ii, ok := j.Find("thank-hr")
	if !ok || s.ID != "thanks" || s.Items[ii].ID != "thank-hr" {
		t.Errorf("Find(thank-hr) = %v, %d, %v", s, ii, ok)
	}
	if s != &j.Rounds[0].Sections[0] || j.RoundOf(s) != &j.Rounds[0] {
		t.Error("Find does not point at the round's own section")
	}
	if s, _, _ := j.Find("website"); j.RoundOf(s) != nil {
		t.Error("a job's own section is said to be a round's")
	}
	if _, _, ok := j.Find("nope"); ok {
		t.Error("Find(nope) found something")
	}
	if j.Item("nope") != nil {
		t.Error("Item(nope) is not nil")
	}
	j.Item("news").Note = "via pointer"
	if j.Sections[0].Items[1].Note != "via pointer" {
		t.Error("Item does not point into the job")
	}
}

func TestParseStatus(t *testing.T) {
	for _, s := range checklist.Statuses() {
		got, err := checklist.ParseStatus(string(s))
		if err != nil || got != s {
			t.Errorf("ParseStatus(%q) = %q, %v", s, got, err)
		}
	}
	for _, bad := range []string{"", "Offer", "accepted", "no response"} {
		_, err := checklist.ParseStatus(bad)
		if err == nil {
			t.Errorf("ParseStatus(%q) succeeded, want an error", bad)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, `"`+bad+`"`) || !strings.Contains(msg, "no-response") || !strings.Contains(msg, "upcoming") {
			t.Errorf("ParseStatus(%q) error %q should quote the input and list the valid statuses", bad, msg)
		}
	}
}

func TestStatusFinal(t *testing.T) {
	tests := []struct {
		status checklist.Status
		want   bool
	}{
		{checklist.Upcoming, false},
		{checklist.Interviewed, false},
		{checklist.Offer, true},
		{checklist.Rejected, true},
		{checklist.NoResponse, true},
		{checklist.Withdrawn, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			if got := tt.status.Final(); got != tt.want {
				t.Errorf("Final() = %v, want %v", got, tt.want)
			}
		})
	}
}
