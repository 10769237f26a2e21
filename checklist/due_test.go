package checklist_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// openDue is an open item due at due.
func openDue(due time.Time) checklist.Item {
	return checklist.Item{ID: "x", Text: "X", DueAt: &due}
}

// doneDue is an item due at due and done at done.
func doneDue(due, done time.Time) checklist.Item {
	return checklist.Item{ID: "x", Text: "X", DueAt: &due, Done: true, DoneAt: &done}
}

// unreadableDue is an item whose due_at in the file is not a time.
func unreadableDue(t *testing.T) checklist.Item {
	t.Helper()
	var it checklist.Item
	if err := json.Unmarshal([]byte(`{"id": "x", "text": "X", "done": false, "due_at": "next week"}`), &it); err != nil {
		t.Fatal(err)
	}
	return it
}

func TestDueStateAndLabel(t *testing.T) {
	loc := berlin(t)
	at := func(month time.Month, day, hour, min, sec int) time.Time {
		return time.Date(2026, month, day, hour, min, sec, 0, loc)
	}
	// Wednesday 2 December 2026, 10:00 in Berlin.
	now := at(12, 2, 10, 0, 0)
	tests := []struct {
		name  string
		item  checklist.Item
		now   time.Time
		state checklist.DueState
		label string
	}{
		{"no due time", checklist.Item{ID: "x"}, now, checklist.DueNone, ""},
		{"unreadable due time", unreadableDue(t), now, checklist.DueNone, "no due time"},
		{"done, no due time", checklist.Item{ID: "x", Done: true, DoneAt: &now}, now, checklist.DueNone, ""},

		{"exactly at the due time is due, not late", openDue(now), now, checklist.DueSoon, "due now"},
		{"one second after is late", openDue(now.Add(-time.Second)), now, checklist.DueLate, "1 min late"},
		{"30 s ahead", openDue(now.Add(30 * time.Second)), now, checklist.DueSoon, "due now"},
		{"a minute ahead", openDue(now.Add(time.Minute)), now, checklist.DueSoon, "due in 1 min"},
		{"40 min ahead", openDue(now.Add(40 * time.Minute)), now, checklist.DueSoon, "due in 40 min"},
		{"just under an hour", openDue(now.Add(time.Hour - time.Second)), now, checklist.DueSoon, "due in 59 min"},
		{"an hour", openDue(now.Add(time.Hour)), now, checklist.DueSoon, "due in 1 h"},
		{"5 h", openDue(at(12, 2, 15, 30, 0)), now, checklist.DueSoon, "due in 5 h"},
		{"just under 12 h", openDue(now.Add(12*time.Hour - time.Second)), now, checklist.DueSoon, "due in 11 h"},
		{"exactly 12 h", openDue(now.Add(12 * time.Hour)), now, checklist.DueSoon, "due today 22:00"},
		{"later today", openDue(at(12, 2, 23, 0, 0)), now, checklist.DueSoon, "due today 23:00"},
		{"tomorrow morning", openDue(at(12, 3, 9, 0, 0)), now, checklist.DueSoon, "due tomorrow"},
		{"tomorrow night", openDue(at(12, 3, 23, 59, 0)), now, checklist.DueSoon, "due tomorrow"},
		{"exactly 48 h ahead is soon", openDue(now.Add(48 * time.Hour)), now, checklist.DueSoon, "due Fri 10:00"},
		{"48 h and a second is later", openDue(now.Add(48*time.Hour + time.Second)), now, checklist.DueLater, "due Fri 10:00"},
		{"in six days", openDue(at(12, 8, 9, 0, 0)), now, checklist.DueLater, "due Tue 09:00"},
		{"in a week", openDue(at(12, 9, 10, 0, 0)), now, checklist.DueLater, "due Dec 9"},
		{"next year", openDue(time.Date(2027, 1, 5, 10, 0, 0, 0, loc)), now, checklist.DueLater, "due Jan 5 2027"},

		{"59 min late", openDue(now.Add(-59 * time.Minute)), now, checklist.DueLate, "59 min late"},
		{"an hour late", openDue(now.Add(-time.Hour)), now, checklist.DueLate, "1 h late"},
		{"2 h late", openDue(at(12, 2, 8, 0, 0)), now, checklist.DueLate, "2 h late"},
		{"just under a day late", openDue(now.Add(-24*time.Hour + time.Second)), now, checklist.DueLate, "23 h late"},
		{"a day late", openDue(at(12, 1, 10, 0, 0)), now, checklist.DueLate, "24 h late"},
		{"47 h late, two days back", openDue(at(11, 30, 11, 0, 0)), now, checklist.DueLate, "47 h late"},
		{"48 h late", openDue(at(11, 30, 10, 0, 0)), now, checklist.DueLate, "2 days late"},
		{"2 days 14 hours late is 2 days, not 3", openDue(at(11, 29, 20, 0, 0)), now, checklist.DueLate, "2 days late"},
		{"just under 3 days late", openDue(now.Add(-72*time.Hour + time.Second)), now, checklist.DueLate, "2 days late"},
		{"3 days late", openDue(now.Add(-72 * time.Hour)), now, checklist.DueLate, "3 days late"},
		{"a month late", openDue(at(11, 2, 10, 0, 0)), now, checklist.DueLate, "30 days late"},

		{"done at the due time", doneDue(now, now), now, checklist.DoneOnTime, "done on time"},
		{"done early", doneDue(now, now.Add(-time.Hour)), now, checklist.DoneOnTime, "done on time"},
		{"done early, now past due", doneDue(at(11, 30, 10, 0, 0), at(11, 29, 10, 0, 0)), now, checklist.DoneOnTime, "done on time"},
		{"done a second late", doneDue(now, now.Add(time.Second)), now, checklist.DoneLate, "done 1 min late"},
		{"done 40 min late", doneDue(now, now.Add(40*time.Minute)), now, checklist.DoneLate, "done 40 min late"},
		{"done 5 h late", doneDue(now, now.Add(5*time.Hour)), now, checklist.DoneLate, "done 5 h late"},
		{"done 47 h late", doneDue(at(11, 28, 10, 0, 0), at(11, 30, 9, 0, 0)), now, checklist.DoneLate, "done 47 h late"},
		{"done 2 days 14 hours late", doneDue(at(11, 27, 20, 0, 0), at(11, 30, 10, 0, 0)), now, checklist.DoneLate, "done 2 days late"},
		{"done 9 days late", doneDue(at(11, 20, 10, 0, 0), at(11, 29, 10, 0, 0)), now, checklist.DoneLate, "done 9 days late"},
		{"done 10 days late", doneDue(at(11, 20, 10, 0, 0), at(11, 30, 10, 0, 0)), now, checklist.DoneLate, "done late"},
		{"done, time not recorded", checklist.Item{ID: "x", DueAt: &now, Done: true}, now, checklist.DoneOnTime, "done"},

		// Across midnight: days are calendar days, hours are hours.
		{"before midnight, due after it", openDue(at(12, 3, 0, 30, 0)), at(12, 2, 23, 30, 0), checklist.DueSoon, "due in 1 h"},
		{"before midnight, due tomorrow noon", openDue(at(12, 3, 12, 0, 0)), at(12, 2, 23, 30, 0), checklist.DueSoon, "due tomorrow"},
		{"after midnight, due before it", openDue(at(12, 2, 23, 30, 0)), at(12, 3, 0, 30, 0), checklist.DueLate, "1 h late"},
		{"after midnight, due the evening before last", openDue(at(12, 1, 23, 0, 0)), at(12, 3, 0, 30, 0), checklist.DueLate, "25 h late"},
		{"at 23:59, due at 00:01 the day after tomorrow", openDue(at(12, 4, 0, 1, 0)), at(12, 2, 23, 59, 0), checklist.DueSoon, "due Fri 00:01"},

		// Across the end of summer time in Berlin, Sunday 25 October 2026,
		// when 03:00 CEST becomes 02:00 CET and the day has 25 hours.
		{"due the day after, 25 h ahead", openDue(at(10, 25, 20, 0, 0)), at(10, 24, 20, 0, 0), checklist.DueSoon, "due tomorrow"},
		{"4 h ahead, 3 on the clock", openDue(at(10, 25, 4, 30, 0)), at(10, 25, 1, 30, 0), checklist.DueSoon, "due in 4 h"},
		{"24 h late within the long day", openDue(at(10, 25, 0, 30, 0)), at(10, 25, 23, 30, 0), checklist.DueLate, "24 h late"},
		{"two days on the clock across the change are 2 days", openDue(at(10, 24, 12, 0, 0)), at(10, 26, 12, 0, 0), checklist.DueLate, "2 days late"},
		{"due Saturday, late on Monday", openDue(at(10, 24, 18, 0, 0)), at(10, 26, 9, 0, 0), checklist.DueLate, "40 h late"},
		{"47 h ahead across the change is soon", openDue(at(10, 26, 8, 0, 0)), at(10, 24, 10, 0, 0), checklist.DueSoon, "due Mon 08:00"},
		{"48 h on the clock is 49 h, later", openDue(at(10, 26, 10, 0, 0)), at(10, 24, 10, 0, 0), checklist.DueLater, "due Mon 10:00"},
	}
	// How early is said only of a task before a round, and only in whole
	// days: hours early is on time, and so is any after task done early.
	withDue := func(it checklist.Item, due checklist.Offset) checklist.Item {
		it.Due = due
		return it
	}
	tests = append(tests, []struct {
		name  string
		item  checklist.Item
		now   time.Time
		state checklist.DueState
		label string
	}{
		{"confirmed 8 h early is on time", withDue(doneDue(now, now.Add(-8*time.Hour)), "-24h"), now, checklist.DoneOnTime, "done on time"},
		{"confirmed 23 h early is on time", withDue(doneDue(now, now.Add(-23*time.Hour)), "-24h"), now, checklist.DoneOnTime, "done on time"},
		{"confirmed a day early", withDue(doneDue(now, now.Add(-24*time.Hour)), "-24h"), now, checklist.DoneOnTime, "a day early"},
		{"confirmed 1 day 20 h early is a day", withDue(doneDue(now, now.Add(-44*time.Hour)), "-24h"), now, checklist.DoneOnTime, "a day early"},
		{"2 days 14 h early is 2 days, not 3", withDue(doneDue(now, at(11, 29, 20, 0, 0)), "-12h"), now, checklist.DoneOnTime, "2 days early"},
		{"a month early", withDue(doneDue(now, at(11, 2, 10, 0, 0)), "-24h"), now, checklist.DoneOnTime, "30 days early"},
		{"left 20 min early", withDue(doneDue(now, now.Add(-20*time.Minute)), checklist.Leave), now, checklist.DoneOnTime, "done on time"},
		{"a task before done late", withDue(doneDue(now, now.Add(40*time.Minute)), "-24h"), now, checklist.DoneLate, "done 40 min late"},
		{"a thank-you sent 3 days early is on time", withDue(doneDue(now, now.Add(-72*time.Hour)), "+7d"), now, checklist.DoneOnTime, "done on time"},
		{"a day early across a clock change, 25 h", withDue(doneDue(at(10, 25, 9, 0, 0), at(10, 24, 9, 0, 0)), "-24h"), now, checklist.DoneOnTime, "a day early"},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.item.DueState(tt.now); got != tt.state {
				t.Errorf("DueState = %v, want %v", got, tt.state)
			}
			if got := checklist.DueLabel(tt.item, tt.now); got != tt.label {
				t.Errorf("DueLabel = %q, want %q", got, tt.label)
			}
		})
	}
}

func TestDueLabelShownInNowsZone(t *testing.T) {
	// A due time stored with another offset reads in the local clock.
	due := time.Date(2026, 12, 2, 17, 0, 0, 0, time.UTC)
	now := time.Date(2026, 12, 2, 5, 0, 0, 0, berlin(t))
	if got := checklist.DueLabel(openDue(due), now); got != "due today 18:00" {
		t.Errorf("DueLabel = %q, want %q", got, "due today 18:00")
	}
}

func TestDueLabelFitsSixteenColumns(t *testing.T) {
	loc := berlin(t)
	now := time.Date(2026, 3, 29, 1, 30, 0, 0, loc) // the night summer time starts
	var steps []time.Duration
	for d := time.Duration(0); d < 800*24*time.Hour; d = d*5/4 + 7*time.Minute + 13*time.Second {
		steps = append(steps, d, -d)
	}
	for _, d := range steps {
		due := now.Add(d)
		for _, it := range []checklist.Item{openDue(due), doneDue(due, due.Add(d)), doneDue(due, due.Add(-d))} {
			if l := checklist.DueLabel(it, now); len(l) > 16 || l == "" {
				t.Errorf("DueLabel(due %s, done %v at %v) = %q: %d characters", due, it.Done, it.DoneAt, l, len(l))
			}
		}
	}
}

func TestDueStateString(t *testing.T) {
	if got := checklist.DueLate.String(); got != "late" {
		t.Errorf("DueLate = %q", got)
	}
	if got := checklist.DueState(42).String(); got != "DueState(42)" {
		t.Errorf("DueState(42) = %q", got)
	}
}

// taskJob is a job with one round, held at 2026-12-01 10:00, with one
// after section of items due at the given times, and the job's rejection
// section.
func taskJob(id string, dues ...time.Time) checklist.Job {
	j := checklist.Job{
		Version: checklist.FormatVersion, ID: id, Company: "Co " + id, Role: "Role",
		Status: checklist.Interviewed, CreatedAt: created,
		Rounds: []checklist.Round{{ID: "r1", Name: "Onsite", At: interview, State: checklist.Scheduled,
			Sections: []checklist.Section{{ID: "after", Title: "After", Phase: checklist.After, Scope: checklist.RoundScope}}}},
		Sections: []checklist.Section{
			{ID: "if-no", Title: "If the answer is no", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Rejected,
				Items: []checklist.Item{{ID: "hidden", Text: "hidden", DueAt: ptr(interview)}}},
		},
	}
	after := &j.Rounds[0].Sections[0]
	for i, d := range dues {
		after.Items = append(after.Items, checklist.Item{ID: id + "-" + string(rune('a'+i)), Text: "t", DueAt: ptr(d)})
	}
	return j
}

func taskIDs(tasks []checklist.Task) []string {
	ids := []string{}
	for _, t := range tasks {
		ids = append(ids, t.Item.ID)
	}
	return ids
}

func TestDueTasks(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, cet)
	h := func(n int) time.Time { return now.Add(time.Duration(n) * time.Hour) }

	b := taskJob("b", h(5), h(-1), h(-30), h(49), h(48))
	a := taskJob("a", h(5), h(-30), h(1))
	a.Rounds[0].Sections[0].Items = append(a.Rounds[0].Sections[0].Items,
		checklist.Item{ID: "a-done", DueAt: ptr(h(-50)), Done: true, DoneAt: ptr(h(-60))},
		checklist.Item{ID: "a-nodue"},
	)
	withdrawn := taskJob("w", h(-2))
	withdrawn.Status = checklist.Withdrawn
	ahead := taskJob("z", h(1))
	ahead.Rounds[0].At = h(2) // the interview has not begun yet
	ahead.Status = checklist.Upcoming
	rejected := taskJob("r")
	rejected.Status = checklist.Rejected // its outcome section shows
	touched := taskJob("t")
	touched.Sections[0].Items = append(touched.Sections[0].Items,
		checklist.Item{ID: "noted", Note: "asked", DueAt: ptr(h(3))}) // shown, as something in it was noted

	jobs := []checklist.Job{b, a, withdrawn, ahead, rejected, touched}
	got := checklist.DueTasks(jobs, now, checklist.SoonWithin)
	want := []string{
		"hidden", "hidden", // rejected and touched: due at the interview, days ago; r before t
		"a-b", "b-c", // 30 h late; a before b
		"b-b",        // 1 h late
		"a-c",        // due in 1 h
		"noted",      // due in 3 h
		"a-a", "b-a", // due in 5 h
		"b-e", // due in exactly 48 h
	}
	if ids := taskIDs(got); !reflect.DeepEqual(ids, want) {
		t.Errorf("DueTasks = %v, want %v", ids, want)
	}
	if got[0].JobID != "r" || got[1].JobID != "t" || got[2].Company != "Co a" || got[2].SectionTitle != "After" ||
		got[0].RoundID != "" || got[2].RoundID != "r1" || got[2].RoundName != "Onsite" {
		t.Errorf("tasks carry the wrong job or section: %+v", got[:3])
	}
	for i, task := range got {
		if late := task.Late(now); late != (i < 5) {
			t.Errorf("task %s late = %v", task.Item.ID, late)
		}
	}

	if ids := taskIDs(checklist.DueTasks(jobs, now, 0)); !reflect.DeepEqual(ids, want[:5]) {
		t.Errorf("DueTasks within 0 = %v, want only the late ones %v", ids, want[:5])
	}
	if got := checklist.DueTasks(nil, now, checklist.SoonWithin); len(got) != 0 {
		t.Errorf("DueTasks of no jobs = %v", got)
	}

	task, ok := checklist.MostUrgent(jobs, now)
	if !ok || task.JobID != "r" || task.Item.ID != "hidden" {
		t.Errorf("MostUrgent = %+v, %v; want the rejected job's overdue item", task, ok)
	}
	if _, ok := checklist.MostUrgent([]checklist.Job{taskJob("far", h(72)), withdrawn, ahead}, now); ok {
		t.Error("MostUrgent found a task where none is due within 48 h")
	}
	if task, ok := checklist.MostUrgent([]checklist.Job{taskJob("soon", h(72), h(47))}, now); !ok || task.Item.ID != "soon-b" {
		t.Errorf("MostUrgent = %+v, %v; want soon-b", task, ok)
	}
}

func TestDueCounts(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, cet)
	h := func(n int) time.Time { return now.Add(time.Duration(n) * time.Hour) }
	tests := []struct {
		name       string
		job        checklist.Job
		soon, late int
	}{
		{"mixed", taskJob("a", h(-30), h(-1), now, h(5), h(48), h(49), h(500)), 3, 2},
		{"nothing due", taskJob("b"), 0, 0},
		{"exactly at the due time is soon", taskJob("c", now), 1, 0},
		{"a second past is late", taskJob("d", now.Add(-time.Second)), 0, 1},
	}
	withdrawn := taskJob("w", h(-1), h(1))
	withdrawn.Status = checklist.Withdrawn
	tests = append(tests, struct {
		name       string
		job        checklist.Job
		soon, late int
	}{"withdrawn", withdrawn, 0, 0})
	rejected := taskJob("r", h(1))
	rejected.Status = checklist.Rejected
	tests = append(tests, struct {
		name       string
		job        checklist.Job
		soon, late int
	}{"rejected: only the list for a no counts", rejected, 0, 1})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			soon, late := tt.job.DueCounts(now)
			if soon != tt.soon || late != tt.late {
				t.Errorf("DueCounts = %d soon, %d late; want %d, %d", soon, late, tt.soon, tt.late)
			}
		})
	}
}
