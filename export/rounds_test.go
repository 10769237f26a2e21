package export

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// threeRounds is a job with a phone screen held, a video round cancelled
// and an onsite to come, made as the app makes them.
func threeRounds(t *testing.T) checklist.Job {
	t.Helper()
	tmpl := data.DefaultTemplate()
	first := time.Date(2026, 11, 16, 10, 0, 0, 0, cet)
	j, err := checklist.NewJob(tmpl, checklist.Details{Company: "Orbit", Role: "SRE", Name: "Phone screen",
		Format: checklist.Phone, At: first, Minutes: 30, Interviewers: []string{"Kim Patel"}}, "orbit-sre-2026-11-16", first.AddDate(0, 0, -3))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []checklist.Edit{
		checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Name: "Technical", Format: checklist.Video,
			At: first.AddDate(0, 0, 4), Link: "https://zoom.example.com/j/123", Interviewers: checklist.People("Dana Lee")}},
		checklist.SetRoundState{RoundID: "r2", State: checklist.Cancelled},
		checklist.AddRound{Template: tmpl, Details: checklist.RoundDetails{Name: "Onsite", Format: checklist.InPerson,
			At: first.AddDate(0, 0, 14), Minutes: 180, Where: "1 Orbit Way", Interviewers: checklist.People("Sam Ng", "Ada Park")}},
	} {
		if _, err := e.Apply(&j); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

// The calendar has one event per round, with its own length, place, link
// and people; a cancelled round's event is cancelled; each round's to-dos
// belong to its event.
func TestICSOneEventPerRound(t *testing.T) {
	j := threeRounds(t)
	cal := parseICS(t, exportICS(t, j))
	events := cal.children("VEVENT")
	if len(events) != 3 {
		t.Fatalf("%d events, want one per round", len(events))
	}
	want := []struct{ uid, summary, start, end, status, where, url string }{
		{"orbit-sre-2026-11-16@prep", "Phone screen: Orbit — SRE", "20261116T090000Z", "20261116T093000Z", "CONFIRMED", "", ""},
		{"orbit-sre-2026-11-16.r2@prep", "Technical: Orbit — SRE", "20261120T090000Z", "20261120T100000Z", "CANCELLED", "", "https://zoom.example.com/j/123"},
		{"orbit-sre-2026-11-16.r3@prep", "Onsite: Orbit — SRE", "20261130T090000Z", "20261130T120000Z", "CONFIRMED", "1 Orbit Way", ""},
	}
	for i, w := range want {
		ev := events[i]
		requireProp(t, ev, "UID", w.uid)
		requireProp(t, ev, "SUMMARY", w.summary)
		requireProp(t, ev, "DTSTART", w.start)
		requireProp(t, ev, "DTEND", w.end)
		requireProp(t, ev, "STATUS", w.status)
		if got, _ := ev.get("LOCATION"); got != w.where {
			t.Errorf("%s LOCATION = %q, want %q", w.uid, got, w.where)
		}
		if got, _ := ev.get("URL"); got != w.url {
			t.Errorf("%s URL = %q, want %q", w.uid, got, w.url)
		}
	}
	if desc, _ := events[2].get("DESCRIPTION"); !strings.Contains(desc, "Interviewers: Sam Ng, Ada Park") || !strings.Contains(desc, "photo ID") {
		t.Errorf("the onsite's description lacks its people or what to bring: %q", desc)
	}
	related := map[string]int{}
	for _, todo := range cal.children("VTODO") {
		r, _ := todo.get("RELATED-TO")
		related[r]++
		uid, _ := todo.get("UID")
		if st, _ := todo.get("STATUS"); strings.Contains(uid, ".r2-") && st != "COMPLETED" {
			requireProp(t, todo, "STATUS", "CANCELLED")
		}
	}
	for _, w := range want {
		if related[w.uid] == 0 {
			t.Errorf("no to-do belongs to %s", w.uid)
		}
	}
	if related["orbit-sre-2026-11-16.r3@prep"] <= related["orbit-sre-2026-11-16@prep"] {
		t.Errorf("the job's own follow-ups are not with its last round: %v", related)
	}
}

// Markdown names every round in order, with when, how, where and who, a
// cancelled one as such, and the job's own sections before and after them.
func TestMarkdownShowsEveryRound(t *testing.T) {
	j := threeRounds(t)
	var b bytes.Buffer
	if err := Markdown(&b, j, time.Date(2026, 11, 18, 9, 0, 0, 0, cet)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	var last int
	for _, want := range []string{
		"## Before every round\n",
		"## Round 1 of 2: Phone screen\n\n- **When:** Mon 16 Nov 2026, 10:00 CET, 30 min, phone call\n- **Interviewers:** Kim Patel\n",
		"### Before: Punctuality and logistics",
		"## Technical (cancelled)\n\n- **When:** Fri 20 Nov 2026, 10:00 CET, video call\n- **Link:** <https://zoom.example.com/j/123>\n",
		"## Round 2 of 2: Onsite\n\n- **When:** Mon 30 Nov 2026, 10:00 CET, 180 min, in person\n- **Where:** 1 Orbit Way\n- **Interviewers:** Sam Ng, Ada Park\n",
		"## After the interviews\n",
		"### Follow-up",
	} {
		i := strings.Index(out[last:], want)
		if i < 0 {
			t.Fatalf("output lacks, in order, %q:\n%s", want, out)
		}
		last += i + len(want)
	}
	if strings.Contains(out, "Open the link ten minutes early") && !strings.Contains(out, "## Technical (cancelled)") {
		t.Error("a video item appears without the video round")
	}
}

// Once the answer is no, the job's own follow-ups (feedback, staying in
// touch) are to-dos of its last round alone, each once; rounds before it
// keep only their own.
func TestICSJobFollowUpsBelongToTheLastRound(t *testing.T) {
	j := threeRounds(t)
	if _, err := (checklist.SetStatus{Status: checklist.Rejected, At: time.Date(2026, 12, 1, 9, 0, 0, 0, cet)}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	last := EventUID(j, j.Rounds[2])
	own := map[string]bool{}
	for _, s := range j.Sections {
		for _, it := range s.Items {
			if s.Phase == checklist.After && it.DueAt != nil {
				own[TodoUID(j, it)] = true
			}
		}
	}
	if len(own) == 0 {
		t.Fatal("the rejected job has no follow-up of its own with a due time")
	}
	seen := map[string]int{}
	for _, todo := range parseICS(t, exportICS(t, j)).children("VTODO") {
		uid, _ := todo.get("UID")
		related, _ := todo.get("RELATED-TO")
		seen[uid]++
		if own[uid] && related != last {
			t.Errorf("the job's to-do %s belongs to %s, want %s", uid, related, last)
		}
	}
	for uid, n := range seen {
		if n != 1 {
			t.Errorf("to-do %s is in the calendar %d times", uid, n)
		}
	}
	for uid := range own {
		if seen[uid] == 0 {
			t.Errorf("the job's follow-up %s is not in the calendar", uid)
		}
	}
}

// A round with nobody named and nothing to bring says neither in its
// event's description.
func TestICSDescriptionLeavesOutWhatARoundLacks(t *testing.T) {
	j := hardJob()
	j.Rounds[0].Interviewers = nil
	for i := range j.Rounds[0].Sections {
		for k := range j.Rounds[0].Sections[i].Items {
			j.Rounds[0].Sections[i].Items[k].Bring = ""
		}
	}
	desc, _ := parseICS(t, exportICS(t, j)).children("VEVENT")[0].get("DESCRIPTION")
	if strings.Contains(desc, "Interviewers:") || strings.Contains(desc, "Bring:") {
		t.Errorf("description = %q", desc)
	}
	if !strings.HasPrefix(desc, "Checklist: prep show ") {
		t.Errorf("description = %q, want it to start with the checklist command", desc)
	}
}

// A round that came from an invitation keeps the invitation's UID in the
// calendar, so that the invitation and the export are one event; one
// whose invitation had no UID gets the UID prep gives any round.
func TestICSRoundFromAnInvitationKeepsItsUID(t *testing.T) {
	j := threeRounds(t)
	j.Rounds[1].Invite = &checklist.Invite{UID: "040000008200E00074C5B7101A82E008@mail.example"}
	j.Rounds[2].Invite = &checklist.Invite{}
	var uids []string
	for _, ev := range parseICS(t, exportICS(t, j)).children("VEVENT") {
		uid, _ := ev.get("UID")
		uids = append(uids, uid)
	}
	want := []string{"orbit-sre-2026-11-16@prep", "040000008200E00074C5B7101A82E008@mail.example", "orbit-sre-2026-11-16.r3@prep"}
	if !slices.Equal(uids, want) {
		t.Errorf("event UIDs %q, want %q", uids, want)
	}
}
