package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin for the clock-change test, on any machine
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/prep-cli/prep/checklist"
)

var (
	cet = time.FixedZone("CET", 3600)
	// now is when the tests export: Monday 2026-11-23 09:00 CET.
	now = time.Date(2026, 11, 23, 9, 0, 0, 0, cet)
)

// Text that iCalendar must escape or fold: separators, a line break, a
// backslash, emoji, and runs of multi-byte characters with no space, which
// force folds between bytes of a long line.
const (
	hardCompany = "Smith; Jones, & Co.\nLtd 🎉 Internationale Beratungsgesellschaft für Vorstellungsgespräche mbH"
	hardNote    = "Sent at 9:05; cc HR, Dana.\nPath C:\\notes\\acme.txt\n\n" +
		"日本語のメモ日本語のメモ日本語のメモ日本語のメモ日本語のメモ日本語のメモ日本語のメモ" +
		"🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉"
	hostileText = "\x1b]0;pwned\x07\x1b[31m\u009b2J\u202e"
)

func at(day, hour, min int) *time.Time {
	t := time.Date(2026, 11, day, hour, min, 0, 0, cet)
	return &t
}

// hardJob is a job just past its interview, with after-interview items
// open, done on time, done late, done at an unrecorded time and without a
// due time, an outcome section it does not show, and text that needs
// escaping everywhere.
func hardJob() checklist.Job {
	return checklist.Job{
		Version: checklist.FormatVersion,
		ID:      "smith-jones-dev-2026-11-20",
		Company: hardCompany,
		Role:    "Dev, Backend; Go",
		Status:  checklist.Interviewed,
		Rounds: []checklist.Round{{
			ID: "r1", Name: "Interview", Format: checklist.Video, State: checklist.Scheduled,
			At:           time.Date(2026, 11, 20, 10, 0, 0, 0, cet),
			Where:        "https://meet.example.com/abc-defg-hij?pwd=0123456789abcdefghijklmnopqrstuvwxyz",
			Interviewers: checklist.People("Ann Lee", "Bob, Jr."),
			Sections: []checklist.Section{
				{ID: "materials", Title: "Materials", Phase: checklist.Before, Items: []checklist.Item{
					{ID: "resume", Text: "Print your resume", Bring: "resume copies", DueAt: at(19, 18, 0)},
					{ID: "pen", Text: "Pack a pen", Bring: "pen; notepad", Done: true},
				}},
				{ID: "thanks", Title: "Thank-you notes", Phase: checklist.After, Items: []checklist.Item{
					{ID: "thank-ann", Text: "Thank Ann; then Bob, too", Hint: "A short note, the same day.",
						Note: hardNote, DueAt: at(21, 10, 0)},
					{ID: "thank-hr", Text: "Thank HR", DueAt: at(21, 10, 0), Done: true, DoneAt: at(20, 17, 30)},
					{ID: "card", Text: "Send a card", DueAt: at(22, 10, 0), Done: true, DoneAt: at(23, 8, 0)},
					{ID: "call", Text: "Call them", DueAt: at(27, 10, 0), Done: true},
					{ID: "no-due", Text: "Smile"},
				}},
			}}},
		Sections: []checklist.Section{
			{ID: "if-no", Title: "If the answer is no", Phase: checklist.After, When: checklist.Rejected, Items: []checklist.Item{
				{ID: "feedback", Text: "Ask for feedback", DueAt: at(26, 9, 0)},
			}},
		},
	}
}

func exportICS(t *testing.T, j checklist.Job) string {
	t.Helper()
	var b bytes.Buffer
	if err := ICS(&b, j, now); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestICSRoundTrip(t *testing.T) {
	j := hardJob()
	out := exportICS(t, j)
	cal := parseICS(t, out)

	if cal.name != "VCALENDAR" {
		t.Fatalf("top component is %s", cal.name)
	}
	requireProp(t, cal, "VERSION", "2.0")
	requireProp(t, cal, "PRODID", ProductID)

	events, todos := cal.children("VEVENT"), cal.children("VTODO")
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	ev := events[0]
	company := "Smith; Jones, & Co.␊Ltd 🎉 Internationale Beratungsgesellschaft für Vorstellungsgespräche mbH"
	requireProp(t, ev, "UID", "smith-jones-dev-2026-11-20@prep")
	requireProp(t, ev, "DTSTAMP", "20261123T080000Z")
	requireProp(t, ev, "DTSTART", "20261120T090000Z")
	requireProp(t, ev, "DTEND", "20261120T100000Z")
	requireProp(t, ev, "SUMMARY", "Interview: "+company+" — Dev, Backend; Go")
	requireProp(t, ev, "LOCATION", j.Rounds[0].Where)
	requireProp(t, ev, "URL", j.Rounds[0].Where)
	requireProp(t, ev, "DESCRIPTION", "Interviewers: Ann Lee, Bob, Jr.\n"+
		"Bring: resume copies, pen; notepad\nChecklist: prep show smith-jones-dev-2026-11-20")

	alarms := ev.children("VALARM")
	if len(alarms) != 1 {
		t.Fatalf("%d alarms, want 1", len(alarms))
	}
	requireProp(t, alarms[0], "ACTION", "DISPLAY")
	requireProp(t, alarms[0], "TRIGGER", "-PT15H")
	requireProp(t, alarms[0], "DESCRIPTION", "Interview tomorrow at 10:00: "+company+
		" — Dev, Backend; Go. Check the night-before list in prep.")

	type want struct {
		uid, due, status, completed, desc string
	}
	wants := []want{
		{"smith-jones-dev-2026-11-20.thank-ann@prep", "20261121T090000Z", "NEEDS-ACTION", "",
			"A short note, the same day.\n\nNote: " + hardNote + "\n\n" + company +
				" — Dev, Backend; Go. Tick it: prep check smith-jones-dev-2026-11-20 thank-ann"},
		{"smith-jones-dev-2026-11-20.thank-hr@prep", "20261121T090000Z", "COMPLETED", "20261120T163000Z", ""},
		{"smith-jones-dev-2026-11-20.card@prep", "20261122T090000Z", "COMPLETED", "20261123T070000Z", ""},
		{"smith-jones-dev-2026-11-20.call@prep", "20261127T090000Z", "COMPLETED", "", ""},
	}
	if len(todos) != len(wants) {
		t.Fatalf("%d to-dos, want %d (open and done after-items with a due time, shown sections only)", len(todos), len(wants))
	}
	for i, w := range wants {
		td := todos[i]
		requireProp(t, td, "UID", w.uid)
		requireProp(t, td, "DTSTAMP", "20261123T080000Z")
		requireProp(t, td, "DUE", w.due)
		requireProp(t, td, "STATUS", w.status)
		requireProp(t, td, "RELATED-TO", "smith-jones-dev-2026-11-20@prep")
		if w.completed == "" {
			if _, ok := td.get("COMPLETED"); ok {
				t.Errorf("%s has COMPLETED, want none", w.uid)
			}
		} else {
			requireProp(t, td, "COMPLETED", w.completed)
		}
		if w.desc != "" {
			requireProp(t, td, "DESCRIPTION", w.desc)
		}
	}
	requireProp(t, todos[0], "SUMMARY", "Thank Ann; then Bob, too")
}

// TestICSWithTheLibraryParser reads the file back with the library's own
// parser too, so that the two readers agree.
func TestICSWithTheLibraryParser(t *testing.T) {
	out := exportICS(t, hardJob())
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	summary := events[0].GetProperty(ics.ComponentPropertySummary).Value
	if want := "Interview: Smith; Jones, & Co.␊Ltd 🎉 Internationale Beratungsgesellschaft für Vorstellungsgespräche mbH — Dev, Backend; Go"; summary != want {
		t.Errorf("SUMMARY = %q, want %q", summary, want)
	}
	start, err := events[0].GetStartAt()
	if err != nil || !start.Equal(hardJob().Rounds[0].At) {
		t.Errorf("DTSTART = %v (%v), want %v", start, err, hardJob().Rounds[0].At)
	}
	if n := len(events[0].Alarms()); n != 1 {
		t.Errorf("%d alarms, want 1", n)
	}
	todos := cal.Todos()
	if len(todos) != 4 {
		t.Fatalf("%d to-dos, want 4", len(todos))
	}
	if desc := todos[0].GetProperty(ics.ComponentPropertyDescription).Value; !strings.Contains(desc, hardNote) {
		t.Errorf("the note does not read back whole:\n%q", desc)
	}
	due, err := todos[0].GetDueAt()
	if err != nil || !due.Equal(*at(21, 10, 0)) {
		t.Errorf("DUE = %v (%v)", due, err)
	}
}

// TestICSLines checks the lines themselves: CRLF endings, at most 75
// octets, folds never inside a UTF-8 character, and that long lines were
// indeed folded.
func TestICSLines(t *testing.T) {
	out := exportICS(t, hardJob())
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatal("the file does not end in CRLF")
	}
	folds := 0
	for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if n := len(line); n > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, n, line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, line)
		}
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, line)
		}
		if strings.HasPrefix(line, " ") {
			folds++
		}
	}
	if folds < 5 {
		t.Errorf("only %d folded lines; the long texts should fold", folds)
	}
}

func TestICSHostileTextIsInert(t *testing.T) {
	j := hardJob()
	j.Company = "Evil" + hostileText
	j.Rounds[0].Sections[1].Items[0].Note = "note" + hostileText + "\r\nnext\rover"
	out := exportICS(t, j)
	for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds a raw %q", bad)
		}
	}
	// RFC 5545 text may hold no control characters but tab.
	for _, r := range strings.ReplaceAll(out, "\r\n", "") {
		if r < 0x20 || r == 0x7f {
			t.Errorf("output holds control character %U", r)
		}
	}
	cal := parseICS(t, out)
	if s, _ := cal.children("VEVENT")[0].get("SUMMARY"); !strings.Contains(s, "Evil␛]0;pwned") {
		t.Errorf("SUMMARY = %q, want the escape shown as a symbol", s)
	}
}

func TestICSUpcomingAddressWithoutLink(t *testing.T) {
	j := hardJob()
	j.Rounds[0].Where = "Main St 1, Springfield"
	j.Rounds[0].Interviewers = nil
	j.Status = checklist.Upcoming
	cal := parseICS(t, exportICS(t, j))
	ev := cal.children("VEVENT")[0]
	requireProp(t, ev, "LOCATION", "Main St 1, Springfield")
	if u, ok := ev.get("URL"); ok {
		t.Errorf("URL = %q for an address", u)
	}
	requireProp(t, ev, "STATUS", "CONFIRMED")
}

func TestICSWithdrawn(t *testing.T) {
	j := hardJob()
	j.Status = checklist.Withdrawn
	cal := parseICS(t, exportICS(t, j))
	ev := cal.children("VEVENT")[0]
	requireProp(t, ev, "STATUS", "CANCELLED")
	if n := len(ev.children("VALARM")); n != 0 {
		t.Errorf("a withdrawn interview has %d reminders", n)
	}
	todos := cal.children("VTODO")
	requireProp(t, todos[0], "STATUS", "CANCELLED")
	requireProp(t, todos[1], "STATUS", "COMPLETED")
}

func TestICSShowsOutcomeSectionOnceRejected(t *testing.T) {
	j := hardJob()
	j.Status = checklist.Rejected
	todos := parseICS(t, exportICS(t, j)).children("VTODO")
	if len(todos) != 5 {
		t.Fatalf("%d to-dos, want 5", len(todos))
	}
	requireProp(t, todos[4], "UID", "smith-jones-dev-2026-11-20.feedback@prep")
}

// TestICSAnswerEndsTheChase: once the answer came, the after tasks it made
// pointless are cancelled to-dos, not overdue ones; the answer's own list
// and what was done stay as they are.
func TestICSAnswerEndsTheChase(t *testing.T) {
	for _, status := range []checklist.Status{checklist.Rejected, checklist.Offer} {
		j := hardJob()
		if _, err := (checklist.SetStatus{Status: status, At: now.Add(-time.Hour)}).Apply(&j); err != nil {
			t.Fatal(err)
		}
		for _, td := range parseICS(t, exportICS(t, j)).children("VTODO") {
			uid, _ := td.get("UID")
			st, _ := td.get("STATUS")
			due, _ := td.get("DUE")
			switch {
			case uid == "smith-jones-dev-2026-11-20.feedback@prep":
				if st != "NEEDS-ACTION" {
					t.Errorf("%s: the answer's own task %s is %s", status, uid, st)
				}
			case st == "NEEDS-ACTION":
				t.Errorf("%s: %s is still to do (due %s), though the answer made it pointless", status, uid, due)
			}
		}
	}
}

func TestReminderTrigger(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		start time.Time
		loc   *time.Location
		want  string
	}{
		{"morning", time.Date(2026, 12, 1, 10, 0, 0, 0, cet), cet, "-PT15H"},
		{"afternoon", time.Date(2026, 12, 1, 14, 30, 0, 0, cet), cet, "-PT19H30M"},
		{"just after midnight", time.Date(2026, 12, 1, 0, 15, 0, 0, cet), cet, "-PT5H15M"},
		{"late evening", time.Date(2026, 12, 1, 23, 0, 0, 0, cet), cet, "-PT28H"},
		{"shown in another zone", time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC), cet, "-PT16H"},
		// Clocks go forward on the night of 28 to 29 March 2026: 19:00 CET
		// to 10:00 CEST is 14 hours, not 15.
		{"over a clock change", time.Date(2026, 3, 29, 10, 0, 0, 0, berlin), berlin, "-PT14H"},
		{"seconds kept", time.Date(2026, 12, 1, 10, 0, 30, 0, cet), cet, "-PT15H30S"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reminderTrigger(tt.start, tt.loc); got != tt.want {
				t.Errorf("reminderTrigger = %q, want %q", got, tt.want)
			}
		})
	}
}

// component is one BEGIN…END block of an iCalendar file as parseICS reads
// it, its text values unescaped.
type component struct {
	name  string
	props []prop
	subs  []*component
}

type prop struct {
	name, params, value string
}

func (c *component) get(name string) (string, bool) {
	for _, p := range c.props {
		if p.name == name {
			return p.value, true
		}
	}
	return "", false
}

func (c *component) children(name string) []*component {
	var out []*component
	for _, s := range c.subs {
		if s.name == name {
			out = append(out, s)
		}
	}
	return out
}

func requireProp(t *testing.T, c *component, name, want string) {
	t.Helper()
	got, ok := c.get(name)
	switch {
	case !ok:
		t.Errorf("%s has no %s", c.name, name)
	case got != want:
		t.Errorf("%s %s = %q, want %q", c.name, name, got, want)
	}
}

// textProps are the properties whose values are RFC 5545 TEXT, unescaped
// by parseICS; in them a bare "," or ";" is an error.
var textProps = map[string]bool{
	"SUMMARY": true, "DESCRIPTION": true, "LOCATION": true, "UID": true,
	"PRODID": true, "STATUS": true, "ACTION": true, "RELATED-TO": true,
}

// parseICS is a small, strict reader of RFC 5545, written apart from the
// library that makes the files: it unfolds lines (CRLF then one space or
// tab), splits each into name, parameters and value, unescapes text, and
// builds the tree of components, failing the test on anything malformed.
func parseICS(t *testing.T, s string) *component {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatal("the file does not end in CRLF")
	}
	var lines []string
	for _, phys := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if strings.HasPrefix(phys, " ") || strings.HasPrefix(phys, "\t") {
			if len(lines) == 0 {
				t.Fatal("the file starts with a continuation line")
			}
			lines[len(lines)-1] += phys[1:]
			continue
		}
		lines = append(lines, phys)
	}
	var stack []*component
	var root *component
	for _, line := range lines {
		p := parseLine(t, line)
		switch p.name {
		case "BEGIN":
			c := &component{name: p.value}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.subs = append(top.subs, c)
			} else if root != nil {
				t.Fatalf("a second top-level component %s", p.value)
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].name != p.value {
				t.Fatalf("END:%s does not close the open component", p.value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				t.Fatalf("property outside any component: %q", line)
			}
			top := stack[len(stack)-1]
			top.props = append(top.props, p)
		}
	}
	if len(stack) != 0 || root == nil {
		t.Fatalf("components left open: %d", len(stack))
	}
	return root
}

func parseLine(t *testing.T, line string) prop {
	t.Helper()
	i := strings.IndexAny(line, ";:")
	if i <= 0 {
		t.Fatalf("no property name in %q", line)
	}
	p := prop{name: line[:i]}
	rest := line[i:]
	// Parameters: ;NAME=value or ;NAME="quoted", up to the colon.
	for strings.HasPrefix(rest, ";") {
		j := 1
		for j < len(rest) && rest[j] != ':' && rest[j] != ';' {
			if rest[j] == '"' {
				k := strings.IndexByte(rest[j+1:], '"')
				if k < 0 {
					t.Fatalf("unclosed quote in %q", line)
				}
				j += k + 1
			}
			j++
		}
		p.params += rest[:j]
		rest = rest[j:]
	}
	if !strings.HasPrefix(rest, ":") {
		t.Fatalf("no value in %q", line)
	}
	p.value = rest[1:]
	if textProps[p.name] {
		v, err := unescapeText(p.value)
		if err != nil {
			t.Fatalf("%s: %v in %q", p.name, err, line)
		}
		p.value = v
	}
	return p
}

// unescapeText reads an RFC 5545 TEXT value: \\ \; \, \n and \N are the
// only escapes, and "," and ";" must be escaped.
func unescapeText(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 == len(s) {
				return "", fmt.Errorf("a backslash ends the value")
			}
			i++
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("unknown escape \\%c", s[i])
			}
		case ',', ';':
			return "", fmt.Errorf("unescaped %q", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}
