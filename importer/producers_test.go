package importer

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones of the invitations must load everywhere

	"github.com/prep-cli/prep/checklist"
)

// me are the test person's addresses.
var me = []string{"jane.doe@gmail.com", "Jane.Doe@outlook.com"}

func berlin(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// fixture finds a test invitation: this package's, or one of package
// invite's, which are written in the shapes real producers send.
func fixture(name string) string {
	if p := filepath.Join("testdata", name); exists(p) {
		return p
	}
	return filepath.Join("..", "invite", "testdata", name)
}

// wantRound is what a test expects a meeting to become.
type wantRound struct {
	action        Action
	company, role string
	name          string
	at            string // RFC 3339
	minutes       int
	format        checklist.Format
	where, link   string
	people        []string
	organizer     string
	assumed       []string // parts of what was assumed
}

// TestProducersMakeTheRound: an invitation from each producer, imported
// into an empty folder, makes the round a person would have typed.
func TestProducersMakeTheRound(t *testing.T) {
	tests := []struct {
		file string
		role string // --role, where the summary names none
		want wantRound
	}{
		{"google.ics", "Backend Engineer", wantRound{
			action: NewJob, company: "Acme Corp", role: "Backend Engineer", name: "Technical",
			at: "2026-12-08T14:00:00-05:00", minutes: 45, format: checklist.Video,
			link: "https://meet.google.com/abc-defg-hij", people: []string{"Dana Lee", "Kim Patel"},
			organizer: "Dana Lee", assumed: []string{`the company "Acme Corp" was guessed`},
		}},
		{"google-invite.eml", "Backend Engineer", wantRound{
			action: NewJob, company: "Acme Corp", role: "Backend Engineer", name: "Technical",
			at: "2026-12-08T14:00:00-05:00", minutes: 45, format: checklist.Video,
			link: "https://meet.google.com/abc-defg-hij", people: []string{"Dana Lee", "Kim Patel"},
			organizer: "Dana Lee",
		}},
		{"outlook.ics", "", wantRound{
			action: NewJob, company: "Globex", role: "Product Designer", name: "Interview",
			at: "2026-12-15T09:30:00+01:00", minutes: 60, format: checklist.Video, where: "Microsoft Teams Meeting",
			link:   "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2OGEtYjE3Ni00ZDM5LWE2ZDMtOTk0ZDQ4ZjE1NjA4%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d",
			people: []string{"Jörg Müller"}, organizer: "Kim Patel",
			assumed: []string{`the role "Product Designer" was read from the summary`},
		}},
		{"outlook-html.ics", "Analyst", wantRound{
			action: NewJob, company: "Initech", role: "Analyst", name: "Interview",
			at: "2026-12-10T15:30:00-05:00", minutes: 60, format: checklist.Video,
			link:   "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3OTk0YjMtNDU2Ni00OGQ2LWI4NzQtYzY1NzE2ZGQ2OWQ0%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d",
			people: []string{"Samir Nagheenanajar"}, organizer: "Bill Lumbergh",
		}},
		{"teams.ics", "", wantRound{
			action: NewJob, company: "Contoso", role: "Senior Data Engineer", name: "Technical",
			at: "2026-12-16T14:00:00+01:00", minutes: 75, format: checklist.Video, where: "Microsoft Teams Meeting",
			link: "https://teams.microsoft.com/meet/345678901234?p=Xy7Abc", people: []string{"Tobias Becker"},
			organizer: "Lena Schmidt",
		}},
		{"zoom.ics", "Product Manager", wantRound{
			action: NewJob, company: "Hooli", role: "Product Manager", name: "Recruiter call",
			at: "2026-12-09T11:00:00-08:00", minutes: 30, format: checklist.Video,
			link: "https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ.1", organizer: "Sam Rivera",
		}},
		{"icloud.ics", "Engineer", wantRound{
			action: NewJob, company: "Initrode", role: "Engineer", name: "Interview",
			at: "2026-12-11T15:30:00+01:00", minutes: 60, format: checklist.InPerson,
			where: "Café Einstein Unter den Linden 42, 10117 Berlin, Germany", people: []string{"Alex Chen"},
			organizer: "Alex Chen", assumed: []string{"called an interview"},
		}},
		{"greenhouse.ics", "", wantRound{
			action: NewJob, company: "Umbrella Corp", role: "Senior Backend Engineer", name: "Onsite",
			at: "2026-12-14T17:00:00Z", minutes: 180, format: checklist.InPerson,
			where:  "Umbrella Corp HQ, 500 Howard St, San Francisco, CA 94105 - Ask for Priya at the front desk",
			people: []string{"Marcus Webb", "Ana Silva"}, organizer: "Priya Shah (Umbrella Corp Recruiting)",
		}},
		{"lever.ics", "", wantRound{
			action: NewJob, company: "Initech", role: "Staff Software Engineer", name: "Phone screen",
			at: "2026-12-18T17:00:00Z", minutes: 30, format: checklist.Phone, where: "+1 (415) 555-0142",
			people: []string{"Karen Jones"}, organizer: "Karen Jones",
		}},
		{"zones.ics", "Engineer", wantRound{
			action: NewJob, company: "", role: "Engineer", name: "Interview",
			at: "2026-07-01T10:00:00+02:00", minutes: 45, format: checklist.InPerson,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			events, err := ReadFile(fixture(tt.file), me, berlin(t))
			if err != nil {
				t.Fatal(err)
			}
			company := ""
			if tt.want.company == "" {
				company = "Wayne Enterprises"
				tt.want.company = company
			}
			p, err := Decide(events[0], nil, Options{Me: me, Role: tt.role, Company: company})
			if err != nil {
				t.Fatal(err)
			}
			checkPlan(t, p, tt.want)
		})
	}
}

func checkPlan(t *testing.T, p Plan, w wantRound) {
	t.Helper()
	got := wantRound{
		action: p.Action, company: p.Company, role: p.Role, name: p.Round.Name,
		at: p.Round.At.Format(time.RFC3339), minutes: p.Round.Minutes, format: p.Round.Format,
		where: p.Round.Where, link: p.Round.Link, people: p.Round.Names(),
	}
	if len(got.people) == 0 {
		got.people = nil
	}
	if p.Organizer != nil {
		got.organizer = p.Organizer.Name
	}
	assumed := strings.Join(p.Assumed, "\n")
	for _, a := range w.assumed {
		if !strings.Contains(assumed, a) {
			t.Errorf("assumed %q, want it to say %q", p.Assumed, a)
		}
	}
	got.assumed, w.assumed = nil, nil
	if !slices.Equal(got.people, w.people) {
		t.Errorf("people %q, want %q", got.people, w.people)
	}
	got.people, w.people = nil, nil
	if got.organizer != w.organizer || got.action != w.action || got.company != w.company || got.role != w.role ||
		got.name != w.name || got.at != w.at || got.minutes != w.minutes || got.format != w.format ||
		got.where != w.where || got.link != w.link {
		t.Errorf("got  %+v\nwant %+v", got, w)
	}
	if p.Action.Writes() && p.Round.Invite == nil {
		t.Error("the round does not remember its invitation")
	}
}

// TestWhatCannotBeDecided: what the person must answer is named.
func TestWhatCannotBeDecided(t *testing.T) {
	read := func(name string) Plan {
		t.Helper()
		events, err := ReadFile(fixture(name), me, berlin(t))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Decide(events[0], nil, Options{Me: me})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if err := read("google.ics").Missing(); !errors.Is(err, ErrNoRole) {
		t.Errorf("a summary that names no role: %v", err)
	}
	if err := read("quirk-blank-line.ics").Missing(); !errors.Is(err, ErrNoCompany) {
		t.Errorf("an invitation that names no company: %v", err)
	}
	events, err := ReadFile(fixture("google-cancel.ics"), me, berlin(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decide(events[0], nil, Options{}); !errors.Is(err, ErrNothingToCancel) {
		t.Errorf("a cancellation of nothing: %v", err)
	}
}
