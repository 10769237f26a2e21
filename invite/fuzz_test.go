package invite

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParse: no input makes Parse panic or hang; what it returns holds
// together, and Clean leaves nothing a terminal would act on.
//
//	go test ./invite -run '^$' -fuzz FuzzParse -fuzztime 60s -fuzzminimizetime 3s
//
// (Minimizing each new input for the default minute stalls a run on a
// busy machine.) testdata/fuzz holds what it found: an event in the year 1.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*.*")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"",
		"BEGIN:",
		"BEGIN:VEVENT\nDTSTART:20261201T100000Z\nEND:VEVENT",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=X:20261201T100000\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYDAY=-5SU;BYMONTH=2;UNTIL=20001231\nEND:STANDARD\nEND:VTIMEZONE\nEND:VCALENDAR",
		"Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/calendar\nContent-Transfer-Encoding: base64\n\nQkVHSU46VkNBTEVOREFS\n--x--",
		"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261201T100000Z\nDURATION:P99999999W\nDESCRIPTION:<a href=\"https://www.google.com/url?q=https://www.google.com/url?q=x\">x</a>\nEND:VEVENT\nEND:VCALENDAR",
	} {
		f.Add([]byte(s))
	}
	loc := time.FixedZone("test", 3600)
	f.Fuzz(func(t *testing.T, data []byte) {
		events, err := Parse(bytes.NewReader(data), Options{Local: loc, Me: []string{"me@example.com"}})
		if err != nil {
			if !isInputError(err) {
				t.Fatalf("an error that names no cause: %v", err)
			}
			if len(events) != 0 {
				t.Fatalf("events with an error: %d", len(events))
			}
			return
		}
		if len(events) == 0 {
			t.Fatal("no events and no error")
		}
		for _, e := range events {
			if !e.Start.IsZero() && e.End.Before(e.Start) {
				t.Fatalf("ends %s before it starts %s", e.End, e.Start)
			}
			if e.Start.IsZero() && !e.Cancelled {
				t.Fatal("no start, and not a cancellation")
			}
			c := e.Clean()
			texts := []string{c.UID, c.Summary, c.Location, c.Link, c.Description, c.CompanyGuess,
				c.Organizer.Name, c.Organizer.Email, string(c.Method), string(c.Status)}
			for _, p := range c.Interviewers(nil) {
				texts = append(texts, p.Name, p.Email)
			}
			texts = append(texts, c.Assumed...)
			for _, s := range texts {
				if strings.ContainsFunc(s, unsafeRune) {
					t.Fatalf("Clean left an unsafe character in %q", s)
				}
			}
		}
	})
}

func isInputError(err error) bool {
	for _, cause := range []error{ErrNotCalendar, ErrNoEvent, ErrTooLarge, ErrUnknownZone, ErrBadTime} {
		if errors.Is(err, cause) {
			return true
		}
	}
	return false
}
