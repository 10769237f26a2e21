package invite

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// me are the addresses of Jane Doe, to whom the test invitations are sent,
// in other cases than some of the invitations write them.
var me = []string{"JANE.DOE@gmail.com", "jane.doe@outlook.com", "jane.doe@yahoo.com", "jane.doe@gmx.de"}

func berlin(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func parseFile(t *testing.T, name string) ([]Event, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Parse(f, Options{Local: berlin(t), Me: me})
}

// want is what a person would see of an imported event. Times are written
// as RFC 3339, so the offset is checked with the moment; zone is the name
// of the time zone the start is shown in.
type want struct {
	uid          string
	sequence     int
	stamp        string
	method       Method
	status       Status
	cancelled    bool
	summary      string
	start        string
	zone         string
	minutes      int
	allDay       bool
	location     string
	link         string
	format       Format
	organizer    Person
	interviewers []Person
	description  string
	recurrenceID string
	recurring    bool
	company      string
	// assumed holds a part of each note, in order, one for every note.
	assumed []string
}

func check(t *testing.T, got Event, w want) {
	t.Helper()
	eq := func(field string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s:\n got %q\nwant %q", field, got, want)
		}
	}
	stamp := ""
	if !got.Stamp.IsZero() {
		stamp = got.Stamp.Format(time.RFC3339)
	}
	rid := ""
	if !got.RecurrenceID.IsZero() {
		rid = got.RecurrenceID.Format(time.RFC3339)
	}
	eq("UID", got.UID, w.uid)
	eq("Sequence", got.Sequence, w.sequence)
	eq("Stamp", stamp, w.stamp)
	eq("Method", got.Method, w.method)
	eq("Status", got.Status, w.status)
	eq("Cancelled", got.Cancelled, w.cancelled)
	eq("Summary", got.Summary, w.summary)
	eq("Start", got.Start.Format(time.RFC3339), w.start)
	eq("Start's zone", got.Start.Location().String(), w.zone)
	eq("Minutes", got.Minutes(), w.minutes)
	eq("AllDay", got.AllDay, w.allDay)
	eq("Location", got.Location, w.location)
	eq("Link", got.Link, w.link)
	eq("Format", got.Format, w.format)
	eq("Organizer", got.Organizer, w.organizer)
	eq("Description", got.Description, w.description)
	eq("RecurrenceID", rid, w.recurrenceID)
	eq("Recurring", got.Recurring, w.recurring)
	eq("CompanyGuess", got.CompanyGuess, w.company)
	people := got.Interviewers(me)
	if len(people) != len(w.interviewers) {
		t.Errorf("Interviewers: got %+v, want %+v", people, w.interviewers)
	} else {
		for i := range people {
			eq("Interviewer", people[i], w.interviewers[i])
		}
	}
	if len(got.Assumed) != len(w.assumed) {
		t.Errorf("Assumed: got %q, want notes with %q", got.Assumed, w.assumed)
		return
	}
	for i, part := range w.assumed {
		if !strings.Contains(got.Assumed[i], part) {
			t.Errorf("Assumed[%d] = %q, want it to say %q", i, got.Assumed[i], part)
		}
	}
}

const inPersonNote = "no place or link was given; the format was taken as in person"

var (
	dana              = Person{Name: "Dana Lee", Email: "dana.lee@acme-corp.com"}
	kim               = Person{Name: "Kim Patel", Email: "kim.patel@acme-corp.com"}
	googleDescription = "Hi Jane,\n\nLooking forward to our chat about the Backend Engineer role. " +
		"Please have a code editor ready.\n\nDana"
	teamsLink = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2OGEtYjE3Ni00ZDM5LWE2ZDMtOTk0ZDQ4ZjE1NjA4%40thread.v2/0" +
		"?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d"
	outlookWant = want{
		uid:          "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000F1E2D3C4B5A697887766554433221100",
		stamp:        "2026-12-02T10:15:44Z",
		method:       MethodRequest,
		status:       StatusConfirmed,
		summary:      "Interview Jane Doe – Product Designer",
		start:        "2026-12-15T09:30:00+01:00",
		zone:         "Europe/Berlin",
		minutes:      60,
		location:     "Microsoft Teams Meeting",
		link:         teamsLink,
		format:       Video,
		organizer:    Person{Name: "Kim Patel", Email: "kim.patel@globex.de"},
		interviewers: []Person{{Name: "Jörg Müller", Email: "joerg.mueller@globex.de"}},
		description:  "Hello Jane,\n\nthank you for your time. Jörg and I look forward to talking with you.\n\nKim",
		company:      "Globex",
	}
	zoomDescription = "Sam Rivera is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n" +
		"https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ.1\n\n" +
		"Meeting ID: 812 3456 7890\nPasscode: 482913\n\n---\n\nOne tap mobile\n" +
		"+16699006833,,81234567890#,,,,*482913# US (San Jose)\n+12532158782,,81234567890#,,,,*482913# US (Tacoma)\n\n" +
		"---\n\nJoin by SIP\n• 81234567890@zoomcrc.com\n\nFind your local number: https://us02web.zoom.us/u/kbXyZ12ab"
	zoomWant = want{
		uid:         "20261202T180012Z-81234567890@fe80:0:0:0:1c2d:3e4f:5a6b:7c8dens192",
		stamp:       "2026-12-02T18:00:12Z",
		method:      MethodPublish,
		summary:     "Hooli Recruiter Screen",
		start:       "2026-12-09T11:00:00-08:00",
		zone:        "America/Los_Angeles",
		minutes:     30,
		location:    "https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ.1",
		link:        "https://us02web.zoom.us/j/81234567890?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ.1",
		format:      Video,
		organizer:   Person{Name: "Sam Rivera", Email: "sam.rivera@hooli.xyz"},
		description: zoomDescription,
		company:     "Hooli",
	}
)

func googleWant() want {
	return want{
		uid:          "5k2j3h4g5f6d7s8a9q0w1e2r3t@google.com",
		stamp:        "2026-12-01T15:30:12Z",
		method:       MethodRequest,
		status:       StatusConfirmed,
		summary:      "Acme Corp <> Jane Doe: Technical Interview",
		start:        "2026-12-08T14:00:00-05:00",
		zone:         "America/New_York",
		minutes:      45,
		link:         "https://meet.google.com/abc-defg-hij",
		format:       Video,
		organizer:    dana,
		interviewers: []Person{dana, kim},
		description:  googleDescription,
		company:      "Acme Corp",
	}
}

// TestParseProducers reads invitations in the shapes Google Calendar,
// Outlook and Exchange, Zoom, iCloud and a hiring system send, as files
// and inside the mails that carry them.
func TestParseProducers(t *testing.T) {
	update := googleWant()
	update.sequence, update.stamp = 1, "2026-12-03T09:15:00Z"
	update.start, update.minutes = "2026-12-09T15:00:00-05:00", 60
	update.link = "https://meet.google.com/xyz-wxyz-klm"
	update.interviewers = []Person{dana}

	cancel := update
	cancel.sequence, cancel.stamp = 2, "2026-12-04T08:00:00Z"
	cancel.method, cancel.status, cancel.cancelled = MethodCancel, StatusCancelled, true

	forwarded := zoomWant
	forwarded.method = MethodRequest
	forwarded.summary = "Hooli Recruiter Screen mit Jörg Müller"
	forwarded.description = strings.Replace(zoomDescription, "•", "-", 1)

	tests := []struct {
		file string
		want want
	}{
		{"google.ics", googleWant()},
		{"google-update.ics", update},
		{"google-cancel.ics", cancel},
		{"google-invite.eml", googleWant()},
		{"outlook.ics", outlookWant},
		{"outlook-invite.eml", outlookWant},
		{"outlook-html.ics", want{
			uid:       "040000008200E00074C5B7101A82E00800000000D04C6A1E5F62DA01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
			stamp:     "2026-12-02T14:02:11Z",
			method:    MethodRequest,
			summary:   "Second round – case study",
			start:     "2026-12-10T15:30:00-05:00",
			zone:      "America/New_York",
			minutes:   60,
			link:      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3OTk0YjMtNDU2Ni00OGQ2LWI4NzQtYzY1NzE2ZGQ2OWQ0%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d",
			format:    Video,
			organizer: Person{Name: "Bill Lumbergh", Email: "bill.lumbergh@initech.com"},
			interviewers: []Person{
				{Name: "Samir Nagheenanajar", Email: "samir@initech.com"},
			},
			description: "Hi Jane,\n\nHere is the second round: a case study with Samir.\n\nBill",
			company:     "Initech",
		}},
		{"outlook2003.ics", want{
			uid:         "040000008200E00074C5B7101A82E0080000000090F1A2B3C4D5C601000000000000000010000000AABBCCDDEEFF00112233445566778899",
			stamp:       "2026-10-20T14:30:00Z",
			method:      MethodRequest,
			summary:     "Phone interview",
			start:       "2026-10-28T10:00:00-05:00", // by the invitation's pre-2007 rules; New York is on EDT then
			zone:        "UTC-05:00",
			minutes:     60,
			location:    "+1 (212) 555-0187",
			format:      Phone,
			organizer:   Person{Name: "peter.gibbons@initech.com", Email: "peter.gibbons@initech.com"},
			description: "When: Wednesday, October 28, 2026 10:00 AM-11:00 AM (GMT-05:00) Eastern Time (US & Canada).\n\n*~*~*~*~*~*~*~*~*~*\n\nPhone interview. I will call you.",
			company:     "Initech",
			assumed:     []string{`own rules for the time zone "(GMT-05.00) Eastern Time (US & Canada)" give another offset than America/New_York`},
		}},
		{"zoom.ics", zoomWant},
		{"forwarded.eml", forwarded},
		{"icloud.ics", want{
			uid:          "7A1F3C2B-9D4E-4F6A-8B1C-2D3E4F5A6B7C",
			stamp:        "2026-12-01T20:15:45Z",
			method:       MethodRequest,
			summary:      "Coffee chat – Initrode",
			start:        "2026-12-11T15:30:00+01:00",
			zone:         "Europe/Berlin",
			minutes:      60,
			location:     "Café Einstein\nUnter den Linden 42, 10117 Berlin, Germany",
			format:       InPerson,
			organizer:    Person{Name: "Alex Chen", Email: "alex.chen@icloud.com"},
			interviewers: []Person{{Name: "Alex Chen", Email: "alex.chen@icloud.com"}},
			description:  "Informal coffee before the formal process starts — no need to prepare anything.",
			company:      "Initrode",
		}},
		{"greenhouse.ics", want{
			uid:       "interview-8f3a2c1d-55e4-4b1e-9a77-0c2d3e4f5a6b@greenhouse.io",
			stamp:     "2026-12-02T16:30:00Z",
			method:    MethodRequest,
			status:    StatusConfirmed,
			summary:   "Interview: Jane Doe - Umbrella Corp - Senior Backend Engineer (Onsite)",
			start:     "2026-12-14T17:00:00Z",
			zone:      "UTC",
			minutes:   180,
			location:  "Umbrella Corp HQ, 500 Howard St, San Francisco, CA 94105 - Ask for Priya at the front desk",
			format:    InPerson,
			organizer: Person{Name: "Priya Shah (Umbrella Corp Recruiting)", Email: "priya.shah@umbrella-corp.com"},
			interviewers: []Person{
				{Name: "Marcus Webb", Email: "marcus.webb@umbrella-corp.com"},
				{Name: "Ana Silva", Email: "ana.silva@umbrella-corp.com"},
			},
			description: "Hi Jane,\n\nYour onsite interview is confirmed:\n\n1:00 PM – System design with Marcus Webb\n" +
				"2:00 PM – Coding with Ana Silva\n3:00 PM – Lunch and Q&A\n\nPlease bring a photo ID.\n\nPowered by Greenhouse",
			company: "Umbrella Corp",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			events, err := parseFile(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 1 {
				t.Fatalf("got %d events, want 1", len(events))
			}
			check(t, events[0], tt.want)
		})
	}
}

// TestParseQuirks reads invitations that bend the standard the ways real
// systems do.
func TestParseQuirks(t *testing.T) {
	tests := []struct {
		file string
		want want
	}{
		{"quirk-lf-no-final-newline.ics", want{
			uid: "lf-1@fastmail.example", stamp: "2026-12-01T09:00:00Z", method: MethodRequest,
			summary: "Final round", start: "2026-12-16T14:00:00Z", zone: "Europe/London", minutes: 60,
			location: "Vandelay Industries, 129 West 81st Street, New York", format: InPerson,
			organizer: Person{Name: "Art Vandelay", Email: "art@vandelay.com"}, company: "Vandelay",
		}},
		{"quirk-folded-tab.ics", want{
			uid: "fold-1@example.com", stamp: "2026-12-01T09:00:00Z",
			summary: "Entrevista técnica con Pied Piper", start: "2026-12-17T10:00:00+01:00", zone: "Europe/Madrid",
			minutes: 60, format: InPerson,
			organizer:    Person{Name: "Hendricks, Richard (CEO; Pied Piper)", Email: "richard@piedpiper.com"},
			interviewers: []Person{{Name: "Dunn, Jared", Email: "jared@piedpiper.com"}},
			description:  "A long description that a producer folded with a tab rather than a space, as RFC 5545 allows.",
			company:      "Piedpiper",
			assumed:      []string{inPersonNote},
		}},
		{"quirk-vtimezone-after.ics", want{
			uid:   "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DA01000000000000000010000000112233445566778899AABBCCDDEEFF00",
			stamp: "2026-12-01T10:15:44Z", method: MethodRequest, summary: "Hooli XYZ onsite",
			start: "2026-11-03T09:30:00-08:00", zone: "UTC-08:00", minutes: 150,
			location: "Hooli campus, 1 Hacker Way, Building 7", format: InPerson,
			organizer: Person{Name: "Gavin Belson", Email: "gavin@hooli.com"}, company: "Hooli",
		}},
		{"quirk-blank-line.ics", want{
			uid: "blank-1@example.com", stamp: "2026-12-01T09:00:00Z", summary: "Hiring manager chat",
			start: "2026-12-18T13:00:00Z", zone: "UTC", minutes: 60,
			location: "https://whereby.com/stark-industries-hiring", link: "https://whereby.com/stark-industries-hiring",
			format: Video,
		}},
		{"quirk-no-prodid-dtstamp-end.ics", want{
			uid: "bare-1@example.com", summary: "Phone screen", start: "2026-12-21T09:00:00-06:00",
			zone: "America/Chicago", minutes: 60, format: Phone,
			organizer: Person{Name: "Cyberdyne Talent", Email: "talent@cyberdyne.ai"}, company: "Cyberdyne",
			assumed: []string{"no DTSTAMP", "taken to last an hour", "the summary speaks of a call"},
		}},
		{"quirk-tzid-and-z.ics", want{
			uid: "z-1@example.com", stamp: "2026-12-01T09:00:00Z", summary: "Tyrell Corp – video interview",
			start: "2026-12-01T09:00:00Z", zone: "UTC", minutes: 60, link: "https://meet.google.com/tyr-ellc-orp",
			format: Video, company: "Tyrell Corp",
			assumed: []string{`both in the zone "Europe/Berlin" and as UTC; it was read as UTC`},
		}},
		{"quirk-floating.ics", want{
			uid: "float-1@example.com", stamp: "2026-12-01T09:00:00Z", summary: "Wonka Industries panel",
			start: "2026-12-22T10:30:00+01:00", zone: "Europe/Berlin", minutes: 90,
			location: "Wonka Factory, Gate 3", format: InPerson, company: "Wonka Industries",
			assumed: []string{"without a time zone; it was read as local time (Europe/Berlin)"},
		}},
		{"quirk-all-day.ics", want{
			uid: "allday-1@example.com", stamp: "2026-12-01T09:00:00Z", summary: "Take-home assignment due – Soylent",
			start: "2026-12-23T00:00:00+01:00", zone: "Europe/Berlin", minutes: 24 * 60, allDay: true,
			format: InPerson, company: "Soylent",
			assumed: []string{"lasts all day", inPersonNote},
		}},
		{"quirk-escapes.ics", want{
			uid: "esc-1@example.com", stamp: "2026-12-01T09:00:00Z", summary: "Smith; Jones, & Co. – interview",
			start: "2026-12-28T15:00:00Z", zone: "UTC", minutes: 60, location: "Room 3; Floor 2, Main St. 5",
			format:       InPerson,
			organizer:    Person{Name: "Smith, Jones; & Co: Hiring", Email: "hiring@smithjones.co.uk"},
			interviewers: []Person{{Name: `Pat "Paddy" O'Brien`, Email: "pat.obrien@smithjones.co.uk"}},
			description:  "Line one\nLine two\nwith a path C:\\temp\\notes and a caret ^ kept\nLast line, done",
			company:      "Smithjones",
		}},
		{"quirk-occurrence.ics", want{
			uid: "3q4w5e6r7t8y9u0i1o2p@google.com", sequence: 1, stamp: "2026-12-21T08:00:00Z",
			method: MethodRequest, status: StatusConfirmed, summary: "Weekly take-home check-in",
			start: "2026-12-29T11:00:00+01:00", zone: "Europe/Amsterdam", minutes: 30,
			location: "Massive Dynamic, Herengracht 182, Amsterdam", format: InPerson,
			organizer:    Person{Name: "Lotte de Vries", Email: "lotte@massive-dynamic.nl"},
			interviewers: []Person{{Name: "Lotte de Vries", Email: "lotte@massive-dynamic.nl"}},
			description:  "Moved a week because of the holidays.",
			recurrenceID: "2026-12-22T11:00:00+01:00",
			company:      "Massive Dynamic",
		}},
		{"quirk-recurring.ics", want{
			uid: "rec-1@example.com", stamp: "2026-12-01T09:00:00Z", summary: "Weekly mentoring – Oscorp",
			start: "2026-12-30T09:00:00-03:00", zone: "America/Sao_Paulo", minutes: 30,
			link: "https://oscorp.webex.com/meet/norman", format: Video, recurring: true, company: "Oscorp",
			assumed: []string{"repeats; its first time was taken"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			events, err := parseFile(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != 1 {
				t.Fatalf("got %d events, want 1", len(events))
			}
			check(t, events[0], tt.want)
		})
	}
}

// TestParseSeveralEventsAndZones reads a calendar of several events, each
// in a time zone written another way, and returns them all, in order.
func TestParseSeveralEventsAndZones(t *testing.T) {
	events, err := parseFile(t, "zones.ics")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		summary, start, zone, note string
	}{
		{"Old Outlook display name", "2026-07-01T10:00:00+02:00", "Europe/Berlin", ""},
		{"Old Outlook display name, shortened", "2026-07-01T10:00:00+02:00", "Europe/Berlin", `"(GMT+01.00) Amsterdam, Berlin, Bern, Rome" was read as Europe/Berlin`},
		{"Windows name without its VTIMEZONE", "2026-07-01T10:00:00+01:00", "Europe/London", ""},
		{"Exchange UTC", "2026-07-01T10:00:00Z", "UTC", ""},
		{"Old Thunderbird path", "2026-07-01T10:00:00+02:00", "Europe/Paris", ""},
		{"Offset only", "2026-07-01T10:00:00+05:30", "UTC+05:30", "gives only an offset"},
		{"Windows name, Asia", "2026-07-01T10:00:00+09:00", "Asia/Tokyo", ""},
	}
	if len(events) != len(tests) {
		t.Fatalf("got %d events, want %d", len(events), len(tests))
	}
	for i, tt := range tests {
		e := events[i]
		if e.Summary != tt.summary || e.Start.Format(time.RFC3339) != tt.start || e.Start.Location().String() != tt.zone {
			t.Errorf("event %d: got %q at %s in %s, want %q at %s in %s", i,
				e.Summary, e.Start.Format(time.RFC3339), e.Start.Location(), tt.summary, tt.start, tt.zone)
		}
		if e.Minutes() != 45 {
			t.Errorf("%s: %d minutes, want 45", e.Summary, e.Minutes())
		}
		notes := strings.Join(e.Assumed, "\n")
		if tt.note != "" && !strings.Contains(notes, tt.note) {
			t.Errorf("%s: notes %q, want one saying %q", e.Summary, e.Assumed, tt.note)
		}
		if tt.note == "" && strings.Contains(notes, "zone") {
			t.Errorf("%s: notes %q say something of the zone, which was known", e.Summary, e.Assumed)
		}
	}
}

// TestParseBadInput: what is not an invitation fails with an error a
// caller can tell apart, saying what is wrong.
func TestParseBadInput(t *testing.T) {
	tests := []struct {
		file string
		want error
		says string
	}{
		{"bad-not-calendar.txt", ErrNotCalendar, "no iCalendar data"},
		{"bad-vcard.vcf", ErrNotCalendar, "no calendar"},
		{"bad-mail-no-calendar.eml", ErrNotCalendar, "no iCalendar data"},
		{"bad-no-event.ics", ErrNoEvent, "no meeting"},
		{"bad-unknown-zone.ics", ErrUnknownZone, `"Mars/Olympus_Mons"`},
		{"bad-no-start.ics", ErrBadTime, `"Interview, some day" has no start`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			events, err := parseFile(t, tt.file)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v (%d events), want %v", err, len(events), tt.want)
			}
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q does not say %q", err, tt.says)
			}
		})
	}
}

func TestParseEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\r\n\r\n", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"} {
		_, err := Parse(strings.NewReader(in), Options{})
		if !errors.Is(err, ErrNotCalendar) && !errors.Is(err, ErrNoEvent) {
			t.Errorf("Parse(%q) = %v, want ErrNotCalendar or ErrNoEvent", in, err)
		}
	}
}

// TestParseTooLarge: an input over the limit is refused once the limit is
// read, without reading the rest.
func TestParseTooLarge(t *testing.T) {
	valid, err := os.ReadFile("testdata/google.ics")
	if err != nil {
		t.Fatal(err)
	}
	big := &countingReader{r: bytes.NewReader(append(valid, bytes.Repeat([]byte("X-PAD:x\r\n"), MaxBytes/9+1)...))}
	if _, err := Parse(big, Options{}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "5 MiB") {
		t.Errorf("got %v, want ErrTooLarge naming 5 MiB", err)
	}
	if big.n > MaxBytes+64*1024 {
		t.Errorf("read %d bytes to refuse it, want about %d", big.n, MaxBytes)
	}
	if _, err := Parse(bytes.NewReader(valid), Options{MaxBytes: int64(len(valid))}); err != nil {
		t.Errorf("an input of exactly MaxBytes: %v", err)
	}
	if _, err := Parse(bytes.NewReader(valid), Options{MaxBytes: int64(len(valid) - 1)}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("an input one byte over MaxBytes: %v, want ErrTooLarge", err)
	}
}

type countingReader struct {
	r interface{ Read([]byte) (int, error) }
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type failingReader struct{}

var errDisk = errors.New("input/output error")

func (failingReader) Read([]byte) (int, error) { return 0, errDisk }

// TestParseReaderError: a failure to read is the reader's, not bad input.
func TestParseReaderError(t *testing.T) {
	_, err := Parse(failingReader{}, Options{})
	if !errors.Is(err, errDisk) {
		t.Fatalf("got %v, want the reader's error", err)
	}
	for _, bad := range []error{ErrNotCalendar, ErrNoEvent, ErrTooLarge, ErrUnknownZone, ErrBadTime} {
		if errors.Is(err, bad) {
			t.Errorf("a read failure is reported as %v", bad)
		}
	}
}

// TestParseMailSendsTheEventOnce: Google's mail carries the calendar
// inline and again as invite.ics; it is one event.
func TestParseMailSendsTheEventOnce(t *testing.T) {
	events, err := parseFile(t, "google-invite.eml")
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 {
		t.Fatalf("got %d events, want the one sent twice", len(events))
	}
}

// TestRoundTripPrepExport: the calendar files prep export writes
// (`prep export JOB --format ics`, saved in testdata) read back to the
// job's start, length, place, link and people. prep-export-rounds.ics is
// what export writes on the rounds branch, for a job of two rounds.
func TestRoundTripPrepExport(t *testing.T) {
	type round struct {
		start          string
		minutes        int
		location, link string
		format         Format
		interviewers   []Person
	}
	tests := []struct {
		file    string
		rounds  []round
		company string
	}{
		{"prep-export-link.ics", []round{{"2026-12-10T10:00:00+01:00", 60, "https://zoom.us/j/123456789?pwd=abc",
			"https://zoom.us/j/123456789?pwd=abc", Video, []Person{{Name: "Dana Lee"}, {Name: "Kim Patel"}}}}, "Acme Corp"},
		{"prep-export-place.ics", []round{{"2026-12-15T14:30:00+01:00", 60, "Main St 1, Berlin; 3rd floor",
			"", InPerson, []Person{{Name: "José Ñúñez"}}}}, `Büro, Ltd; "x"`},
		{"prep-export-rounds.ics", []round{
			{"2026-12-10T10:00:00+01:00", 30, "+49 30 1234567", "", Phone, []Person{{Name: "Kim Patel"}}},
			{"2026-12-17T14:00:00+01:00", 90, "Video call", "https://meet.google.com/abc-defg-hij", Video,
				[]Person{{Name: "Dana Lee"}, {Name: "Sam Rivera"}}},
		}, "Acme Corp"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			events, err := parseFile(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(events) != len(tt.rounds) {
				t.Fatalf("got %d events, want one a round (the to-dos are not events)", len(events))
			}
			for i, r := range tt.rounds {
				e := events[i]
				start, _ := time.Parse(time.RFC3339, r.start)
				if !e.Start.Equal(start) {
					t.Errorf("start %s, want %s", e.Start, start)
				}
				if e.Minutes() != r.minutes {
					t.Errorf("%d minutes, want %d", e.Minutes(), r.minutes)
				}
				if e.Location != r.location || e.Link != r.link || e.Format != r.format {
					t.Errorf("place %q, link %q, %s; want %q, %q, %s", e.Location, e.Link, e.Format, r.location, r.link, r.format)
				}
				people := e.Interviewers(me)
				if !reflect.DeepEqual(people, r.interviewers) {
					t.Errorf("interviewers %+v, want %+v", people, r.interviewers)
				}
				if e.CompanyGuess != tt.company {
					t.Errorf("company %q, want %q", e.CompanyGuess, tt.company)
				}
				if len(e.Assumed) != 0 {
					t.Errorf("assumed %q of prep's own file", e.Assumed)
				}
			}
		})
	}
}

// TestCompareVersion: an update has a higher SEQUENCE, or the same with a
// later DTSTAMP; the cancellation is later than both.
func TestCompareVersion(t *testing.T) {
	read := func(name string) Event {
		events, err := parseFile(t, name)
		if err != nil {
			t.Fatal(err)
		}
		return events[0]
	}
	first, update, cancel := read("google.ics"), read("google-update.ics"), read("google-cancel.ics")
	later := first
	later.Stamp = first.Stamp.Add(time.Minute)
	tests := []struct {
		name       string
		this, seen Event
		want       int
	}{
		{"an update after the first", update, first, 1},
		{"the first after an update", first, update, -1},
		{"a cancellation after an update", cancel, update, 1},
		{"the same again", first, first, 0},
		{"the same sequence stamped later", later, first, 1},
		{"the same sequence stamped earlier", first, later, -1},
		{"the same sequence, no stamp", first, Event{Sequence: 0}, 0},
	}
	for _, tt := range tests {
		if got := tt.this.CompareVersion(tt.seen.Sequence, tt.seen.Stamp); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestInterviewers(t *testing.T) {
	e := Event{Attendees: []Attendee{
		{Person: Person{Name: "Dana Lee", Email: "dana@acme.com"}},
		{Person: Person{Name: "Jane Doe", Email: " Jane.Doe@Example.org "}},
		{Person: Person{Name: "Dana Lee (again)", Email: "DANA@acme.com"}},
		{Person: Person{Name: "Room 4", Email: "room4@acme.com"}, Kind: "ROOM"},
		{Person: Person{Name: "Projector", Email: "projector@acme.com"}, Kind: "RESOURCE"},
		{Person: Person{Name: "FYI list", Email: "fyi@acme.com"}, Role: "NON-PARTICIPANT"},
		{Person: Person{Name: "Scheduler", Email: "no-reply@acme.com"}},
		{Person: Person{Name: "Kim Patel"}},
		{Person: Person{Name: "kim patel"}},
	}}
	got := e.Interviewers([]string{"mailto:jane.doe@example.org"})
	want := []Person{{Name: "Dana Lee", Email: "dana@acme.com"}, {Name: "Kim Patel"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// TestHostileTextIsKeptAndCleaned: terminal escapes and bidi controls in
// an invitation are read as the data they are; Clean drops them from
// every field.
func TestHostileTextIsKeptAndCleaned(t *testing.T) {
	events, err := parseFile(t, "hostile.ics")
	if err != nil {
		t.Fatal(err)
	}
	e := events[0]
	if !strings.Contains(e.Summary, "\x1b]0;pwned") || !strings.Contains(e.Organizer.Name, "\u202e") {
		t.Errorf("the text was changed while reading: %q, %q", e.Summary, e.Organizer.Name)
	}
	c := e.Clean()
	texts := []string{c.UID, c.Summary, c.Location, c.Link, c.Description, c.CompanyGuess,
		c.Organizer.Name, c.Organizer.Email, string(c.Method), string(c.Status)}
	for _, a := range c.Attendees {
		texts = append(texts, a.Name, a.Email, a.Role, a.PartStat, a.Kind)
	}
	texts = append(texts, c.Assumed...)
	for _, s := range texts {
		if i := strings.IndexFunc(s, unsafeRune); i >= 0 {
			t.Errorf("Clean left %q in %q", s[i:], s)
		}
	}
	if c.Summary != "]0;pwned[2JInterview gnp.exe" {
		t.Errorf("clean summary %q", c.Summary)
	}
	if c.Description != "Hello\n[1mbold2J and " {
		t.Errorf("clean description %q keeps its line break and loses the rest", c.Description)
	}
	if e.Summary == c.Summary {
		t.Error("Clean changed the event it was called on")
	}
}

func unsafeRune(r rune) bool {
	return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 ||
		r == 0x200e || r == 0x200f || r == 0x061c || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
