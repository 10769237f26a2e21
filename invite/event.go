package invite

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
	"time"
)

// Method is the calendar's METHOD (RFC 5546): what the sender asks of the
// receiver. Values are upper case as written; "" when there is none, as in
// a calendar file saved rather than sent.
type Method string

// The methods of invitations.
const (
	MethodRequest Method = "REQUEST" // a new meeting, or an update of one
	MethodCancel  Method = "CANCEL"  // the meeting is called off
	MethodPublish Method = "PUBLISH" // a calendar shared for reading
	MethodReply   Method = "REPLY"   // an attendee's answer, not an invitation
)

// Status is the event's STATUS; "" when not written.
type Status string

// The statuses of an event.
const (
	StatusConfirmed Status = "CONFIRMED"
	StatusTentative Status = "TENTATIVE"
	StatusCancelled Status = "CANCELLED"
)

// Event is one meeting read from an invitation.
type Event struct {
	// UID names the meeting across its updates; with RecurrenceID it names
	// one occurrence of a recurring meeting.
	UID string
	// Sequence counts the sender's revisions: a higher one is a later
	// version.
	Sequence int
	// Stamp is DTSTAMP: when this version was made. It orders versions of
	// the same Sequence; zero when the invitation has none.
	Stamp time.Time
	// Method is the calendar's; a mail's Content-Type method when the
	// calendar has none.
	Method Method
	Status Status
	// Cancelled is set by METHOD:CANCEL or STATUS:CANCELLED.
	Cancelled bool
	Summary   string
	// Start is when the meeting starts, in its time zone: an IANA zone
	// where the invitation's zone is known by name, else a fixed offset
	// named like "UTC+01:00"; UTC for a time written in UTC. Zero only for
	// a cancellation that gives no time.
	Start time.Time
	// End is when it ends: DTEND, or Start plus DURATION, or Start plus
	// DefaultLength (said in Assumed).
	End time.Time
	// AllDay is set for a DATE start, which has no time of day; Start is
	// then midnight, local time.
	AllDay bool
	// Location is the place as written: an address, a room, a number to
	// call, or a link.
	Location string
	// Link is the link to join, unwrapped from mail redirects; "" if none.
	Link string
	// Format is the guess at how the meeting is held.
	Format Format
	// Organizer is who sent it; the zero Person when not given.
	Organizer Person
	// Attendees are everyone it was sent to, as listed.
	Attendees []Attendee
	// Description is the notes as plain text: HTML turned into text, the
	// join details Google Calendar and Teams add left out.
	Description string
	// RecurrenceID is set when the invitation is for one occurrence of a
	// recurring meeting: the start that occurrence had in the series.
	RecurrenceID time.Time
	// Recurring is set for a meeting that repeats (RRULE); Start is its
	// first time.
	Recurring bool
	// CompanyGuess is the company the meeting seems to be with, from the
	// organizer's domain, the attendees' or the summary; "" if none could
	// be told. Someone should confirm it.
	CompanyGuess string
	// Assumed lists, in plain words, what was guessed because the
	// invitation did not say.
	Assumed []string
}

// Duration is how long the meeting lasts.
func (e Event) Duration() time.Duration { return e.End.Sub(e.Start) }

// Minutes is Duration in whole minutes, rounded.
func (e Event) Minutes() int {
	return int(math.Round(e.Duration().Minutes()))
}

// CompareVersion orders this invitation against a version of the same
// meeting seen before, at sequence and stamp: 1 when this one is later
// (a higher Sequence, or the same with a later Stamp), -1 when earlier,
// 0 when neither can be told later.
func (e Event) CompareVersion(sequence int, stamp time.Time) int {
	switch {
	case e.Sequence > sequence:
		return 1
	case e.Sequence < sequence:
		return -1
	case e.Stamp.IsZero() || stamp.IsZero():
		return 0
	case e.Stamp.After(stamp):
		return 1
	case e.Stamp.Before(stamp):
		return -1
	}
	return 0
}

// calendarContext is what the events of one calendar share.
type calendarContext struct {
	method   Method
	fromPrep bool // made by prep export
	zones    *zones
	// floating is the zone of times and dates that name none: the
	// calendar's X-WR-TIMEZONE where it gives one, else Options.Local.
	floating *time.Location
	opts     Options
}

// place places a DATE-TIME value of this calendar in time.
func (cx calendarContext) place(w wallTime, tzid string) (time.Time, []string, error) {
	return cx.zones.place(w, tzid, cx.floating)
}

// buildEvent reads one VEVENT.
func buildEvent(c *component, cx calendarContext) (Event, error) {
	e := Event{Method: cx.method}
	var notes []string
	note := func(s ...string) { notes = append(notes, s...) }

	e.UID = strings.TrimSpace(c.value("UID"))
	if e.UID == "" {
		note("the event has no UID, so a later update cannot be matched with it")
	}
	e.Sequence = readSequence(c.value("SEQUENCE"), note)
	e.Stamp = readStamp(c, cx, note)
	e.Status = Status(strings.ToUpper(strings.TrimSpace(c.value("STATUS"))))
	e.Cancelled = e.Method == MethodCancel || e.Status == StatusCancelled
	e.Summary = strings.TrimSpace(unescapeText(c.value("SUMMARY")))
	e.Location = strings.TrimSpace(unescapeText(c.value("LOCATION")))

	if err := readTimes(c, cx, &e, note); err != nil {
		return Event{}, err
	}
	if p, ok := c.prop("RECURRENCE-ID"); ok {
		if t, ok := placeProp(p, cx, note); ok {
			e.RecurrenceID = t
		}
	}
	if c.value("RRULE") != "" && e.RecurrenceID.IsZero() {
		e.Recurring = true
		note("the meeting repeats; its first time was taken")
	}

	desc, descLinks := readDescription(c)
	e.Description = desc
	e.Link = findLink(c, e.Location, descLinks)
	var formatNote string
	e.Format, formatNote = guessFormat(e.Link, e.Location, e.Summary)
	if formatNote != "" {
		note(formatNote)
	}

	if p, ok := c.prop("ORGANIZER"); ok {
		var dropped bool
		e.Organizer, dropped = readOrganizer(p)
		if dropped {
			note(fmt.Sprintf("the organizer's address %q is a relay that reaches no one; it was left out", strings.TrimSpace(p.value)))
		}
	}
	for _, p := range c.all("ATTENDEE") {
		e.Attendees = append(e.Attendees, readAttendee(p))
	}
	if len(e.Attendees) == 0 && cx.fromPrep {
		e.Attendees = prepInterviewers(e.Description)
	}
	if name, ok := prepCompany(e.Summary); cx.fromPrep && ok {
		e.CompanyGuess = name
	} else {
		e.CompanyGuess = guessCompany(e.Organizer, e.Attendees, cx.opts.Me, e.Summary)
	}

	switch {
	case c.skipped == 1:
		note("a line of the event was not iCalendar and was skipped")
	case c.skipped > 1:
		note(fmt.Sprintf("%d lines of the event were not iCalendar and were skipped", c.skipped))
	}
	if c.unclosed {
		note("the invitation ends inside the event; what came before the end was read")
	}
	e.Assumed = unique(notes)
	return e, nil
}

func readSequence(v string, note func(...string)) int {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		note(fmt.Sprintf("the SEQUENCE %q is not a count; it was read as 0", v))
		return 0
	}
	return n
}

// readStamp is DTSTAMP, else LAST-MODIFIED, else zero.
func readStamp(c *component, cx calendarContext, note func(...string)) time.Time {
	for _, name := range []string{"DTSTAMP", "LAST-MODIFIED"} {
		p, ok := c.prop(name)
		if !ok {
			continue
		}
		if t, ok := placeProp(p, cx, func(...string) {}); ok {
			if name != "DTSTAMP" {
				note("the event has no DTSTAMP; when it was made was read from LAST-MODIFIED")
			}
			return t
		}
	}
	note("the event has no DTSTAMP, so an update with the same SEQUENCE cannot be told from it")
	return time.Time{}
}

// placeProp places a DATE-TIME property in time; false when it cannot be
// read, or its zone placed.
func placeProp(p property, cx calendarContext, note func(...string)) (time.Time, bool) {
	w, ok := parseWallTime(p.value)
	if !ok {
		return time.Time{}, false
	}
	if w.date {
		return w.in(cx.floating), true
	}
	t, notes, err := cx.place(w, p.param("TZID"))
	if err != nil {
		return time.Time{}, false
	}
	note(notes...)
	return t, true
}

// An event's start must fall in these years. Time zone rules start in
// 1601, as Windows writes them; a meeting does not.
const minYear, maxYear = 1900, 2999

// readTimes sets Start, End and AllDay.
func readTimes(c *component, cx calendarContext, e *Event, note func(...string)) error {
	p, ok := c.prop("DTSTART")
	if !ok {
		if e.Cancelled {
			note("the cancellation gives no time")
			return nil
		}
		return fmt.Errorf("%w: the event %q has no start (DTSTART)", ErrBadTime, e.Summary)
	}
	w, ok := parseWallTime(p.value)
	if !ok || w.year < minYear || w.year > maxYear {
		return fmt.Errorf("%w: the event %q starts at %q, which is not a date or a time", ErrBadTime, e.Summary, p.value)
	}
	if w.date {
		e.AllDay = true
		e.Start = w.in(cx.floating)
		note(fmt.Sprintf("the event lasts all day, with no time of day; it was placed at midnight (%s)", cx.floating))
	} else {
		t, notes, err := cx.place(w, p.param("TZID"))
		if err != nil {
			return fmt.Errorf("the event %q: %w", e.Summary, err)
		}
		e.Start = t
		note(notes...)
	}
	e.End = readEnd(c, cx, e, note)
	return nil
}

// readEnd is DTEND, else DTSTART plus DURATION, else the default length
// (a day for an all-day event).
func readEnd(c *component, cx calendarContext, e *Event, note func(...string)) time.Time {
	why := "no end or length was given"
	if p, ok := c.prop("DTEND"); ok {
		var end time.Time
		var notes []string
		w, ok := parseWallTime(p.value)
		switch {
		case !ok:
		case w.date:
			end = w.in(cx.floating)
		default:
			var err error
			if end, notes, err = cx.place(w, p.param("TZID")); err != nil {
				end = time.Time{}
			}
		}
		if !end.IsZero() && !end.Before(e.Start) {
			note(notes...)
			return end
		}
		why = fmt.Sprintf("the end %q could not be used", p.value)
	} else if v := c.value("DURATION"); v != "" {
		if d, ok := parseDuration(v); ok && d >= 0 {
			if e.AllDay {
				days := int(d / (24 * time.Hour))
				return e.Start.AddDate(0, 0, days).Add(d % (24 * time.Hour))
			}
			return e.Start.Add(d)
		}
		why = fmt.Sprintf("the length %q could not be read", v)
	}
	if e.AllDay {
		return e.Start.AddDate(0, 0, 1)
	}
	d := cx.opts.DefaultLength
	note(fmt.Sprintf("%s; it was taken to last %s", why, describeLength(d)))
	return e.Start.Add(d)
}

func describeLength(d time.Duration) string {
	switch {
	case d == time.Hour:
		return "an hour"
	case d%time.Hour == 0:
		return fmt.Sprintf("%d hours", int(d/time.Hour))
	}
	return fmt.Sprintf("%d minutes", int(d/time.Minute))
}

// readDescription is the plain-text notes and the links in them, from
// DESCRIPTION, or, where that is missing or empty, from the HTML one
// (X-ALT-DESC, Outlook's). The join details Google and Teams add are cut
// out both before HTML is turned into text, where they sit on lines of
// their own, and after, where the markup put them on lines.
func readDescription(c *component) (string, []string) {
	raw := unescapeText(c.value("DESCRIPTION"))
	isHTML := looksLikeHTML(raw)
	var links []string
	for _, l := range urlsIn(raw) {
		if isHTML {
			l = html.UnescapeString(l)
		}
		links = append(links, l)
	}
	text := withoutJoinDetails(raw)
	if isHTML {
		var hrefs []string
		text, hrefs = htmlText(text)
		text = withoutJoinDetails(text)
		links = append(links, hrefs...)
	}
	for _, alt := range c.all("X-ALT-DESC") {
		altText, hrefs := htmlText(unescapeText(alt.value))
		links = append(links, hrefs...)
		if text == "" {
			text = withoutJoinDetails(altText)
		}
	}
	return text, links
}

// findLink picks the link to join, in order of trust: the properties
// made for it (CONFERENCE, Google's, Teams' and Skype's), URL, a link in
// the place, then a meeting link in the description.
func findLink(c *component, location string, descLinks []string) string {
	for _, p := range c.all("CONFERENCE") {
		if l := unwrapLink(strings.TrimSpace(p.value)); webLinkOK(l) {
			return l
		}
	}
	for _, name := range []string{"X-GOOGLE-CONFERENCE", "X-GOOGLE-HANGOUT", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
		"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK", "URL"} {
		for _, p := range c.all(name) {
			if l := unwrapLink(strings.TrimSpace(unescapeText(p.value))); webLinkOK(l) {
				return l
			}
		}
	}
	for _, l := range urlsIn(location) {
		if l = unwrapLink(l); webLinkOK(l) {
			return l
		}
	}
	for _, l := range descLinks {
		if l = unwrapLink(l); meetingLink(l) {
			return l
		}
	}
	return ""
}

func webLinkOK(s string) bool {
	_, ok := webURL(s)
	return ok
}

// prepInterviewers reads the names prep export writes into its
// description, "Interviewers: Dana Lee, Kim Patel", as its files carry no
// ATTENDEE.
func prepInterviewers(desc string) []Attendee {
	var out []Attendee
	for line := range strings.SplitSeq(desc, "\n") {
		names, ok := strings.CutPrefix(line, "Interviewers: ")
		if !ok {
			continue
		}
		for n := range strings.SplitSeq(names, ", ") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, Attendee{Person: Person{Name: n}, Role: "REQ-PARTICIPANT", PartStat: "NEEDS-ACTION", Kind: "INDIVIDUAL"})
			}
		}
	}
	return out
}

// prepCompany reads the company from the summary prep export writes,
// "Interview: Acme Corp — Backend Engineer", or with the round's name
// first: "Phone screen: Acme Corp — Backend Engineer".
func prepCompany(summary string) (string, bool) {
	_, rest, ok := strings.Cut(summary, ": ")
	i := strings.LastIndex(rest, " — ")
	if !ok || i < 0 {
		return "", false
	}
	return rest[:i], true
}

func unique(notes []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range notes {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
