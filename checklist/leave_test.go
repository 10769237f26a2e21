package checklist_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// leaveTemplate has a round's logistics with the item to leave by, for
// rounds in person only, and one to confirm a day ahead for every round.
func leaveTemplate() checklist.Template {
	return checklist.Template{
		Version: checklist.TemplateVersion,
		Name:    "leave",
		Sections: []checklist.TemplateSection{
			{ID: "logistics", Title: "Logistics", Phase: checklist.Before, Scope: checklist.RoundScope, Items: []checklist.TemplateItem{
				{ID: "confirm-details", Text: "Confirm the time", Hint: "A day ahead.", Due: "-24h"},
				{ID: "leave-by", Text: "Leave by {time}", Hint: "The journey and 15 minutes to spare.", Due: checklist.Leave,
					Formats: []checklist.Format{checklist.InPerson}},
			}},
		},
	}
}

func leaveJob(t *testing.T, format checklist.Format, travel int) checklist.Job {
	t.Helper()
	d := testDetails()
	d.Format, d.TravelMinutes = format, travel
	j, err := checklist.NewJob(leaveTemplate(), d, "acme", created)
	if err != nil {
		t.Fatalf("NewJob: %v", err)
	}
	return j
}

func TestLeaveByCountsBackFromTheStart(t *testing.T) {
	tests := []struct {
		name     string
		travel   int
		wantText string
		wantDue  time.Time
	}{
		{"no journey set counts half an hour", 0, "Leave by 09:15", interview.Add(-45 * time.Minute)},
		{"a 45-minute journey", 45, "Leave by 09:00", interview.Add(-time.Hour)},
		{"an hour and a half", 90, "Leave by 08:15", interview.Add(-105 * time.Minute)},
		{"a minute's walk", 1, "Leave by 09:44", interview.Add(-16 * time.Minute)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := leaveJob(t, checklist.InPerson, tt.travel)
			it := j.Item("leave-by")
			if it == nil {
				t.Fatal("no item to leave by on a round in person")
			}
			if it.Text != tt.wantText {
				t.Errorf("text = %q, want %q", it.Text, tt.wantText)
			}
			if it.DueAt == nil || !it.DueAt.Equal(tt.wantDue) {
				t.Errorf("due at %v, want %v", it.DueAt, tt.wantDue)
			}
		})
	}
}

func TestLeaveByOnlyForRoundsInPerson(t *testing.T) {
	for _, f := range []checklist.Format{checklist.Video, checklist.Phone} {
		if j := leaveJob(t, f, 0); j.Item("leave-by") != nil {
			t.Errorf("a %s round has an item to leave by", f)
		}
	}
}

func TestLeaveByFollowsTheRoundAndTheJourney(t *testing.T) {
	j := leaveJob(t, checklist.InPerson, 0)
	d := checklist.RoundDetails{Name: "Onsite", Format: checklist.InPerson, At: interview, Where: "Berlin office"}
	steps := []struct {
		name     string
		change   func(*checklist.RoundDetails)
		wantText string
		wantDue  time.Time
	}{
		{"the journey is set", func(d *checklist.RoundDetails) { d.TravelMinutes = 40 }, "Leave by 09:05", interview.Add(-55 * time.Minute)},
		{"the round moves to the afternoon", func(d *checklist.RoundDetails) { d.At = interview.Add(5 * time.Hour) }, "Leave by 14:05", interview.Add(5*time.Hour - 55*time.Minute)},
		{"the journey is cleared", func(d *checklist.RoundDetails) { d.TravelMinutes = 0 }, "Leave by 14:15", interview.Add(5*time.Hour - 45*time.Minute)},
	}
	var undos []checklist.Edit
	for _, st := range steps {
		st.change(&d)
		undo, err := checklist.SetRound{RoundID: "r1", Details: d}.Apply(&j)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		undos = append(undos, undo)
		it := j.Item("leave-by")
		if it.Text != st.wantText || !it.DueAt.Equal(st.wantDue) {
			t.Errorf("%s: %q due %v, want %q due %v", st.name, it.Text, it.DueAt, st.wantText, st.wantDue)
		}
	}
	for i := len(undos) - 1; i >= 0; i-- {
		if _, err := undos[i].Apply(&j); err != nil {
			t.Fatal(err)
		}
	}
	if it := j.Item("leave-by"); it.Text != "Leave by 09:15" || !it.DueAt.Equal(interview.Add(-45*time.Minute)) {
		t.Errorf("after undoing all: %q due %v, want the first time back", it.Text, it.DueAt)
	}
}

func TestLeaveByKeepsWhatThePersonWrote(t *testing.T) {
	j := leaveJob(t, checklist.InPerson, 0)
	if _, err := (checklist.RenameItem{ItemID: "leave-by", Text: "Catch the 09:15 bus with Sam"}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	d := checklist.RoundDetails{Name: "Onsite", Format: checklist.InPerson, At: interview.Add(time.Hour), TravelMinutes: 30}
	if _, err := (checklist.SetRound{RoundID: "r1", Details: d}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	if got := j.Item("leave-by").Text; got != "Catch the 10:15 bus with Sam" {
		t.Errorf("renamed item reads %q after the move, want its time moved and its words kept", got)
	}
}

func TestLeaveByIsChasedBeforeTheRound(t *testing.T) {
	j := leaveJob(t, checklist.InPerson, 45)
	tests := []struct {
		now  time.Time
		want string
	}{
		{interview.Add(-3 * time.Hour), "due in 2 h"},
		{interview.Add(-50 * time.Minute), "10 min late"},
		{interview.Add(time.Minute), "not needed"},
	}
	s := j.Section("logistics")
	for _, tt := range tests {
		it := *j.Item("leave-by")
		if got := j.ItemDueLabel(s, it, tt.now); got != tt.want {
			t.Errorf("at %v: %q, want %q", tt.now.Format("15:04"), got, tt.want)
		}
	}
}

func TestParseTravel(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"", 0, false},
		{"0", 0, false},
		{"45", 45, false},
		{"45m", 45, false},
		{"45 min", 45, false},
		{"45 minutes", 45, false},
		{"1h30m", 90, false},
		{"1 h 30 min", 90, false},
		{"1.5h", 90, false},
		{"2 hours", 120, false},
		{"soon", 0, true},
		{"-5m", 0, true},
		{"25h", 0, true},
	}
	for _, tt := range tests {
		got, err := checklist.ParseTravel(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseTravel(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestTemplateRefusesLeaveOutsideARound(t *testing.T) {
	tpl := leaveTemplate()
	tpl.Sections[0].Scope = checklist.JobScope
	if err := tpl.Validate(); err == nil {
		t.Error("a job's own item due leave was accepted")
	}
}

func TestJourneyText(t *testing.T) {
	tests := []struct {
		r    checklist.Round
		want string
	}{
		{checklist.Round{Format: checklist.InPerson}, "journey not set: 30 min counted"},
		{checklist.Round{Format: checklist.InPerson, TravelMinutes: 45}, "45 min journey"},
		{checklist.Round{Format: checklist.InPerson, TravelMinutes: 60}, "1 h journey"},
		{checklist.Round{Format: checklist.InPerson, TravelMinutes: 95}, "1 h 35 min journey"},
		{checklist.Round{Format: checklist.Video, TravelMinutes: 45}, ""},
	}
	for _, tt := range tests {
		if got := tt.r.JourneyText(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestLeaveByOnARoundAdded(t *testing.T) {
	j := leaveJob(t, checklist.Video, 0)
	d := checklist.RoundDetails{Name: "Onsite", Format: checklist.InPerson, At: interview.AddDate(0, 0, 7), TravelMinutes: 20}
	if _, err := (checklist.AddRound{Template: leaveTemplate(), Details: d}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	it := j.Item("r2-leave-by")
	if it == nil || it.Text != "Leave by 09:25" || !it.DueAt.Equal(d.At.Add(-35*time.Minute)) {
		t.Errorf("the added round's item to leave by is %+v, want Leave by 09:25", it)
	}
}
