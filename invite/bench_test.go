package invite

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

func BenchmarkParseMail(b *testing.B) {
	data, err := os.ReadFile("testdata/google-invite.eml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// largestCalendar is an input near MaxBytes made to cost the most: every
// event in a time zone of its own that only its VTIMEZONE describes, with
// a long HTML description and many attendees.
func largestCalendar() []byte {
	var buf bytes.Buffer
	buf.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
	html := "X-ALT-DESC;FMTTYPE=text/html:<p>" + strings.Repeat("<b>word</b> <a href=\"https://example.com/x\">link</a><br>", 20) + "</p>\r\n"
	for i := 0; buf.Len() < MaxBytes-8192; i++ {
		fmt.Fprintf(&buf, "BEGIN:VTIMEZONE\r\nTZID:/custom/Zone %d\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n", i)
		fmt.Fprintf(&buf, "BEGIN:VEVENT\r\nUID:%d@x\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;TZID=/custom/Zone %d:20261210T100000\r\nDTEND;TZID=/custom/Zone %d:20261210T110000\r\nSUMMARY:Event %d at Acme\r\n", i, i, i, i)
		buf.WriteString(html)
		for j := range 10 {
			fmt.Fprintf(&buf, "ATTENDEE;CN=Person %d:mailto:p%d@acme-%d.com\r\n", j, j, i)
		}
		buf.WriteString("END:VEVENT\r\n")
	}
	buf.WriteString("END:VCALENDAR\r\n")
	return buf.Bytes()
}

func BenchmarkParseLargest(b *testing.B) {
	data := largestCalendar()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		events, err := Parse(bytes.NewReader(data), Options{})
		if err != nil || len(events) < 1000 {
			b.Fatal(len(events), err)
		}
	}
}
