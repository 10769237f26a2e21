package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// ProductID names prep as the maker of its iCalendar files.
const ProductID = "-//prep-cli//prep//EN"

// ReminderHour is the hour, in the local time zone, of the evening before
// the interview at which the event's reminder fires.
const ReminderHour = 19

// EventUID is the iCalendar UID of a round's event. Exporting a job again
// gives the same UIDs, so a calendar app updates what it imported before
// rather than adding it twice. The first round's is the job's own, as it
// was when a job had one interview. A round that came from an invitation
// keeps the invitation's UID, so that the calendar holding the invitation
// sees the same event.
func EventUID(j checklist.Job, r checklist.Round) string {
	switch {
	case r.Invite != nil && r.Invite.UID != "":
		return r.Invite.UID
	case r.ID == "r1":
		return j.ID + "@prep"
	}
	return j.ID + "." + r.ID + "@prep"
}

// TodoUID is the iCalendar UID of the to-do made from one item of the job.
func TodoUID(j checklist.Job, it checklist.Item) string { return j.ID + "." + it.ID + "@prep" }

// ICS writes the job as an iCalendar file (RFC 5545) that calendar apps
// import:
//
//   - one event for each round, as long as the round, with the place and
//     the join link, the interviewers and what to bring, and a reminder at
//     19:00 the evening before; a cancelled round's event is cancelled;
//   - one to-do for each after-interview item with a due time, open or
//     done, on the checklist the job shows now, with its hint and note,
//     each related to its round's event; the open ones the job no longer
//     needs, after its answer, a withdrawal or a round called off, are
//     cancelled.
//
// Times are written in UTC, so the file means the same moments wherever it
// is opened; DTSTAMP is now. Lines end in CRLF and are folded at 75 octets,
// never inside a UTF-8 character, and text is escaped. Text from the job is
// made inert first: control characters become visible symbols, which
// RFC 5545 text may hold and a terminal will not act on.
func ICS(w io.Writer, j checklist.Job, now time.Time) error {
	cal := ics.NewCalendar()
	cal.SetProductId(ProductID)
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	last := j.LastRound()
	for _, r := range j.ByTime() {
		addEvent(cal, j, r, now)
		for _, s := range j.VisibleSections(checklist.After, r) {
			owner := r
			if j.RoundOf(s) == nil {
				// The job's own after tasks count from its last round.
				if r != last {
					continue
				}
				owner = last
			}
			for _, it := range s.Items {
				if it.DueAt != nil {
					addTodo(cal, j, *owner, it, j.NotNeeded(s, now), now)
				}
			}
		}
	}
	if err := cal.SerializeTo(w, ics.WithNewLineWindows); err != nil {
		return fmt.Errorf("write iCalendar: %w", err)
	}
	return nil
}

func addEvent(cal *ics.Calendar, j checklist.Job, r *checklist.Round, now time.Time) {
	ev := cal.AddEvent(EventUID(j, *r))
	ev.SetDtStampTime(now)
	ev.SetStartAt(r.At)
	ev.SetEndAt(r.Ends())
	ev.SetSummary(icsLine(r.Name) + ": " + jobTitle(j))
	if where := icsLine(r.Where); where != "" {
		ev.SetLocation(where)
	}
	if link, ok := webLink(r.Link); ok {
		ev.SetURL(link)
	} else if link, ok := webLink(r.Where); ok {
		ev.SetURL(link)
	}
	var desc []string
	if len(r.Interviewers) > 0 {
		desc = append(desc, "Interviewers: "+icsJoin(r.Names()))
	}
	if bring := j.ToBring(r); len(bring) > 0 {
		desc = append(desc, "Bring: "+icsJoin(bring))
	}
	desc = append(desc, "Checklist: prep show "+icsLine(j.ID))
	ev.SetDescription(strings.Join(desc, "\n"))
	if j.Status == checklist.Withdrawn || r.State == checklist.Cancelled {
		ev.SetStatus(ics.ObjectStatusCancelled)
		return
	}
	ev.SetStatus(ics.ObjectStatusConfirmed)
	alarm := ev.AddAlarm()
	alarm.SetAction(ics.ActionDisplay)
	alarm.SetTrigger(reminderTrigger(r.At, now.Location()))
	at := r.At.In(now.Location()).Format("15:04")
	alarm.SetProperty(ics.ComponentPropertyDescription,
		icsLine(r.Name)+" tomorrow at "+at+": "+jobTitle(j)+". Check the night-before list in prep.")
}

// addTodo adds the to-do of one item; an open item the job no longer needs
// (see checklist.Job.NotNeeded) is a cancelled one.
func addTodo(cal *ics.Calendar, j checklist.Job, r checklist.Round, it checklist.Item, needless bool, now time.Time) {
	todo := cal.AddTodo(TodoUID(j, it))
	todo.SetDtStampTime(now)
	todo.SetDueAt(*it.DueAt)
	todo.SetSummary(icsLine(it.Text))
	switch {
	case it.Done:
		todo.SetStatus(ics.ObjectStatusCompleted)
		if it.DoneAt != nil {
			todo.SetCompletedAt(*it.DoneAt)
		}
	case needless:
		todo.SetStatus(ics.ObjectStatusCancelled)
	default:
		todo.SetStatus(ics.ObjectStatusNeedsAction)
	}
	var desc []string
	if hint := icsLine(it.Hint); hint != "" {
		desc = append(desc, hint)
	}
	if note := icsBlock(it.Note); note != "" {
		desc = append(desc, "Note: "+note)
	}
	desc = append(desc, jobTitle(j)+". Tick it: prep check "+icsLine(j.ID)+" "+icsLine(it.ID))
	todo.SetDescription(strings.Join(desc, "\n\n"))
	todo.AddProperty(ics.ComponentPropertyRelatedTo, EventUID(j, r))
}

// reminderTrigger is the TRIGGER of the interview's reminder: a duration
// before the start that lands on ReminderHour the evening before, in loc.
// A duration rather than a date-time, because calendar apps honour those
// more widely; it is exact, so it holds across a clock change.
func reminderTrigger(start time.Time, loc *time.Location) string {
	s := start.In(loc)
	evening := time.Date(s.Year(), s.Month(), s.Day()-1, ReminderHour, 0, 0, 0, loc)
	return "-" + icsDuration(start.Sub(evening))
}

// icsDuration writes a positive duration as an RFC 5545 duration of hours,
// minutes and seconds: "PT15H", "PT14H30M".
func icsDuration(d time.Duration) string {
	d = d.Truncate(time.Second)
	h, m, sec := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	var b strings.Builder
	b.WriteString("PT")
	if h > 0 {
		fmt.Fprintf(&b, "%dH", h)
	}
	if m > 0 {
		fmt.Fprintf(&b, "%dM", m)
	}
	if sec > 0 || (h == 0 && m == 0) {
		fmt.Fprintf(&b, "%dS", sec)
	}
	return b.String()
}

// jobTitle is "Company — Role", made inert.
func jobTitle(j checklist.Job) string {
	return icsLine(j.Company) + " — " + icsLine(j.Role)
}

// icsLine is one line of text from a job, inert and trimmed. The library
// escapes it as RFC 5545 text.
func icsLine(s string) string {
	return strings.TrimSpace(safetext.Line(s))
}

// icsBlock is text from a job that may span lines, inert and trimmed; its
// line breaks are written as \n.
func icsBlock(s string) string {
	return strings.Trim(safetext.Block(s), " \n")
}

func icsJoin(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = icsLine(n)
	}
	return strings.Join(out, ", ")
}
