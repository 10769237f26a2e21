package export

import (
	"bytes"
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
