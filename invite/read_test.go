package invite

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	good := map[string]time.Duration{
		"PT45M":       45 * time.Minute,
		"PT1H":        time.Hour,
		"P1DT2H30M":   26*time.Hour + 30*time.Minute,
		"P0DT0H30M0S": 30 * time.Minute,
		"P1W":         7 * 24 * time.Hour,
		"-PT15M":      -15 * time.Minute,
		"+PT90S":      90 * time.Second,
		" pt1h30m ":   90 * time.Minute,
		"P5200W":      5200 * 7 * 24 * time.Hour,
	}
	for in, want := range good {
		if got, ok := parseDuration(in); !ok || got != want {
			t.Errorf("parseDuration(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "P", "PT", "1H", "P1H", "PT1.5H", "PT1H2", "PTH", "P5300W", "P99999999999999999999W", "PT876000H1S", "P1Y", "PT-1H", "PT1HT2M"} {
		if got, ok := parseDuration(in); ok {
			t.Errorf("parseDuration(%q) = %v, want it refused", in, got)
		}
	}
}

func TestParseWallTime(t *testing.T) {
	good := map[string]wallTime{
		"20261201T100000":      {year: 2026, month: 12, day: 1, hour: 10},
		"20261201T100000Z":     {year: 2026, month: 12, day: 1, hour: 10, utc: true},
		"20261201":             {year: 2026, month: 12, day: 1, date: true},
		"20261201T1030":        {year: 2026, month: 12, day: 1, hour: 10, min: 30},
		"2026-12-01T10:30:15":  {year: 2026, month: 12, day: 1, hour: 10, min: 30, sec: 15},
		"20240229T000000":      {year: 2024, month: 2, day: 29},
		"20261201T100000/PT1H": {year: 2026, month: 12, day: 1, hour: 10},
	}
	for in, want := range good {
		if got, ok := parseWallTime(in); !ok || got != want {
			t.Errorf("parseWallTime(%q) = %+v, %v; want %+v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "2026120", "20261301T100000", "20260230T100000", "20261201T250000", "20261201T106000", "20261201T10", "tomorrow", "20261201TT100000"} {
		if got, ok := parseWallTime(in); ok {
			t.Errorf("parseWallTime(%q) = %+v, want it refused", in, got)
		}
	}
}

func TestIsPhonePlace(t *testing.T) {
	phone := []string{
		"+1 (212) 555-0187",
		"tel:+493012345678",
		"Call Dana: +44 20 7946 0958",
		"Phone: 415.555.0100 ext. 12",
		"0049 30 1234567",
	}
	notPhone := []string{
		"",
		"Main St 1, 10115 Berlin",
		"1600 Amphitheatre Pkwy, Mountain View, CA 94043",
		"https://zoom.us/j/81234567890",
		"Room 12345678 in building five on the third floor east",
		"Room 123",
		"Microsoft Teams Meeting",
	}
	for _, p := range phone {
		if !isPhonePlace(p) {
			t.Errorf("%q is a number to call", p)
		}
	}
	for _, p := range notPhone {
		if isPhonePlace(p) {
			t.Errorf("%q is not a number to call", p)
		}
	}
}

func TestGuessFormat(t *testing.T) {
	tests := []struct {
		link, location, summary string
		want                    Format
		noted                   bool
	}{
		{"https://zoom.us/j/1", "Room 4", "Interview", Video, false},
		{"", "+1 212 555 0187", "Interview", Phone, false},
		{"", "Acme HQ, Main St 1", "Phone screen", InPerson, false},
		{"", "Microsoft Teams Meeting", "Interview", Video, true},
		{"", "Phone call", "Interview", Phone, true},
		{"", "By telephone", "Interview", Phone, true},
		{"", "", "Phone screen with Acme", Phone, true},
		{"", "", "Onsite", InPerson, true},
	}
	for _, tt := range tests {
		got, note := guessFormat(tt.link, tt.location, tt.summary)
		if got != tt.want || (note != "") != tt.noted {
			t.Errorf("guessFormat(%q, %q, %q) = %s, %q; want %s (noted: %v)", tt.link, tt.location, tt.summary, got, note, tt.want, tt.noted)
		}
	}
}

func TestCompanyFromDomain(t *testing.T) {
	tests := map[string]string{
		"acme-corp.com":             "Acme Corp",
		"mail.acme.co.uk":           "Acme",
		"ibm.com":                   "IBM",
		"contoso-gmbh.de":           "Contoso",
		"initech-inc.com":           "Initech",
		"contoso.onmicrosoft.com":   "Contoso",
		"gmail.com":                 "",
		"googlemail.com":            "",
		"hotmail.co.uk":             "",
		"web.de":                    "",
		"group.calendar.google.com": "",
		"greenhouse.io":             "",
		"hire.lever.co":             "",
		"google.com":                "Google",
		"":                          "",
		"localhost":                 "",
	}
	for domain, want := range tests {
		if got := companyFromDomain(domain); got != want {
			t.Errorf("companyFromDomain(%q) = %q, want %q", domain, got, want)
		}
	}
}

func TestCompanyFromSummary(t *testing.T) {
	people := []string{"Dana Lee", "Jane Doe"}
	tests := map[string]string{
		"Acme Corp <> Jane Doe: Technical Interview": "Acme Corp",
		"Phone screen with Globex":                   "Globex",
		"Interview with Dana Lee":                    "",
		"[Initech] Onsite":                           "Initech",
		"Backend Engineer interview – Hooli":         "Hooli",
		"Jane Doe / Umbrella Corp – Final round":     "Umbrella Corp",
		"Weekly mentoring – Oscorp":                  "Oscorp",
		"Coffee chat":                                "",
		"Interview: Jane Doe - Umbrella Corp - Senior Backend Engineer (Onsite)": "Umbrella Corp",
		"intro call acme": "acme",
	}
	for summary, want := range tests {
		if got := companyFromSummary(summary, people); got != want {
			t.Errorf("companyFromSummary(%q) = %q, want %q", summary, got, want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	in := `<html><head><style>p {color: red}</style><title>Invite</title></head><body>` +
		`<!--[if mso]><p>hidden</p><![endif]--><p>Hi&nbsp;Jane,</p><p>Agenda:</p><ul><li>Intro</li><li>Code &amp; design</li></ul>` +
		`<div>Join <a href="https://meet.google.com/abc-defg-hij">here</a><br>or   call<br/>+1 555 0100</div>` +
		`<script>alert(1)</script></body></html>`
	text, links := htmlText(in)
	want := "Hi Jane,\nAgenda:\n- Intro\n- Code & design\nJoin here\nor call\n+1 555 0100"
	if text != want {
		t.Errorf("text:\n got %q\nwant %q", text, want)
	}
	if !reflect.DeepEqual(links, []string{"https://meet.google.com/abc-defg-hij"}) {
		t.Errorf("links: %q", links)
	}
}

// TestContentLines reads the lines of iCalendar as real producers write
// them: folds of a space or a tab, quoted parameters holding ; : and ,,
// RFC 6868 escapes, names in lower case, and lines that are not iCalendar.
func TestContentLines(t *testing.T) {
	text := "BEGIN:VEVENT\r\n" +
		"summary;language=en:Folded\r\n  with a space\r\n\tand a tab\r\n" +
		"ATTENDEE;CN=\"Lee, Dana; PhD: Lead\";DELEGATED-FROM=\"mailto:a@x.com\",\"mailto:b@x.com\";X-Q=a^'b^'^n^^:mailto:dana@x.com\r\n" +
		"DTSTART;TZID=tzone://Microsoft/Utc:20261201T100000\r\n" +
		"this line is not iCalendar\r\n" +
		"X-EMPTY:\r\n" +
		"END:VEVENT"
	roots := readComponents(text)
	if len(roots) != 1 {
		t.Fatalf("got %d components", len(roots))
	}
	c := roots[0]
	if got := c.value("SUMMARY"); got != "Folded with a spaceand a tab" {
		t.Errorf("SUMMARY %q", got)
	}
	a, _ := c.prop("ATTENDEE")
	if a.param("CN") != "Lee, Dana; PhD: Lead" || a.value != "mailto:dana@x.com" {
		t.Errorf("ATTENDEE: CN %q, value %q", a.param("CN"), a.value)
	}
	if got := a.params["DELEGATED-FROM"]; !reflect.DeepEqual(got, []string{"mailto:a@x.com", "mailto:b@x.com"}) {
		t.Errorf("DELEGATED-FROM %q", got)
	}
	if got := a.param("X-Q"); got != "a\"b\"\n^" {
		t.Errorf("X-Q %q", got)
	}
	if d, _ := c.prop("DTSTART"); d.param("TZID") != "tzone://Microsoft/Utc" || d.value != "20261201T100000" {
		t.Errorf("DTSTART: TZID %q, value %q", d.param("TZID"), d.value)
	}
	if c.skipped != 1 || c.unclosed {
		t.Errorf("skipped %d, unclosed %v; want 1 line skipped and the event closed", c.skipped, c.unclosed)
	}
}

func TestUnescapeText(t *testing.T) {
	tests := map[string]string{
		`a\nb\Nc`:         "a\nb\nc",
		`x\, y\; z\\ w`:   `x, y; z\ w`,
		`odd\:colon`:      "odd:colon",
		`trailing\`:       `trailing\`,
		`C:\\temp\\notes`: `C:\temp\notes`,
		"plain":           "plain",
	}
	for in, want := range tests {
		if got := unescapeText(in); got != want {
			t.Errorf("unescapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnclosedEvent: an invitation cut short still gives what it has.
func TestUnclosedEvent(t *testing.T) {
	in := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:cut@x\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261202T090000Z\r\nDURATION:PT30M\r\nSUMMARY:Cut sh"
	events, err := Parse(strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := events[0]
	if e.Summary != "Cut sh" || e.Minutes() != 30 || !strings.Contains(strings.Join(e.Assumed, "\n"), "ends inside the event") {
		t.Errorf("got %q, %d minutes, notes %q", e.Summary, e.Minutes(), e.Assumed)
	}
}

func TestCharsets(t *testing.T) {
	latin1 := []byte("SUMMARY:J\xf6rg M\xfcller")
	tests := []struct {
		name    string
		in      []byte
		charset string
		want    string
		noted   bool
	}{
		{"UTF-8", []byte("SUMMARY:Jörg"), "", "SUMMARY:Jörg", false},
		{"a byte-order mark", []byte("\xef\xbb\xbfSUMMARY:Jörg"), "", "SUMMARY:Jörg", false},
		{"UTF-16", []byte("\xff\xfeS\x00:\x00\xf6\x00"), "", "S:ö", false},
		{"named Latin-1", latin1, "ISO-8859-1", "SUMMARY:Jörg Müller", false},
		{"unnamed Windows-1252", latin1, "", "SUMMARY:Jörg Müller", true},
		{"UTF-8 with one bad byte", []byte("SUMMARY:Jörg \xff"), "", "SUMMARY:Jörg \xff", false},
		{"an unknown name", []byte("SUMMARY:x"), "x-klingon", "SUMMARY:x", true},
	}
	for _, tt := range tests {
		got, notes := toUTF8(tt.in, tt.charset)
		if got != tt.want || (len(notes) > 0) != tt.noted {
			t.Errorf("%s: %q, %q; want %q (noted: %v)", tt.name, got, notes, tt.want, tt.noted)
		}
	}
}

func TestReadOrganizer(t *testing.T) {
	tests := []struct {
		line  string
		want  Person
		relay bool
	}{
		{"ORGANIZER;CN=Dana Lee:mailto:dana@acme.com", Person{"Dana Lee", "dana@acme.com"}, false},
		{"ORGANIZER:MAILTO:Dana%40acme.com", Person{"Dana@acme.com", "Dana@acme.com"}, false},
		{"ORGANIZER;CN=Alex Chen;EMAIL=alex@icloud.com:mailto:2_GEZDG@imip.me.com", Person{"Alex Chen", "alex@icloud.com"}, false},
		{"ORGANIZER;CN=Alex Chen;EMAIL=alex@icloud.com:urn:uuid:0F1E2D3C", Person{"Alex Chen", "alex@icloud.com"}, false},
		{`ORGANIZER;CN=Priya;SENT-BY="mailto:priya@umbrella.com":mailto:no-reply@greenhouse.io`, Person{"Priya", "priya@umbrella.com"}, false},
		{`ORGANIZER;SENT-BY="mailto:assistant@acme.com":mailto:boss@acme.com`, Person{"boss@acme.com", "boss@acme.com"}, false},
		{"ORGANIZER;CN=Hiring Team:mailto:c_abc123@group.calendar.google.com", Person{"Hiring Team", ""}, true},
		{"ORGANIZER:mailto:no-reply@greenhouse.io", Person{}, true},
		{"ORGANIZER;CN=Nobody:urn:uuid:1234", Person{"Nobody", ""}, false},
	}
	for _, tt := range tests {
		p, ok := parseLine(tt.line)
		if !ok {
			t.Fatalf("%q is not a content line", tt.line)
		}
		got, relay := readOrganizer(p)
		if got != tt.want || relay != tt.relay {
			t.Errorf("%s: %+v (relay: %v), want %+v (relay: %v)", tt.line, got, relay, tt.want, tt.relay)
		}
	}
}

// TestFloatingTimeInTheCalendarsZone: a time without a zone is read in the
// zone the calendar names for itself (X-WR-TIMEZONE), else locally.
func TestFloatingTimeInTheCalendarsZone(t *testing.T) {
	in := "BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:America/New_York\r\nBEGIN:VEVENT\r\nUID:f@x\r\nDTSTAMP:20261201T090000Z\r\n" +
		"DTSTART:20261210T100000\r\nDTEND:20261210T110000\r\nSUMMARY:Floating\r\nLOCATION:Room 1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	events, err := Parse(strings.NewReader(in), Options{Local: berlin(t)})
	if err != nil {
		t.Fatal(err)
	}
	e := events[0]
	if e.Start.Format(time.RFC3339) != "2026-12-10T10:00:00-05:00" || e.Minutes() != 60 ||
		len(e.Assumed) != 1 || !strings.Contains(e.Assumed[0], "the calendar's (America/New_York)") {
		t.Errorf("got %s, %d minutes, notes %q", e.Start.Format(time.RFC3339), e.Minutes(), e.Assumed)
	}
}
