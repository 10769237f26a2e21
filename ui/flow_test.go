package ui

import (
	"strings"
	"testing"
)

// A person's first evening with prep: an empty list, a new job through the
// form, a tick, back to the list, quit; then open again and find it saved.
func TestNewJobTickAndReopen(t *testing.T) {
	store := newStore(t)
	a := startApp(t, store, 100, 30)
	a.waitForText("No jobs yet")

	a.key("n")
	a.waitFor("the form", func(s snapshot) bool { return s.screen == formScreen })
	a.fillForm("Acme Corp", "Backend Engineer", "2026-12-01 10:00", "Room 4, 1 Main St", "Dana Lee, Sam Ng")
	s := a.waitFor("the new job's checklist", func(s snapshot) bool { return s.onJob() })
	if s.job.Company != "Acme Corp" || s.job.Role != "Backend Engineer" || s.job.ID != "acme-corp-backend-engineer-2026-12-01" {
		t.Fatalf("opened %+v", s.job)
	}
	if got := s.job.Rounds[0].At.Format("2006-01-02 15:04"); got != "2026-12-01 10:00" {
		t.Errorf("interview at %s", got)
	}
	if s.job.Item("thank-interviewers-dana-lee") == nil {
		t.Errorf("no thank-you item for Dana Lee")
	}
	if !strings.Contains(s.view, "36 left to do") || !strings.Contains(s.view, "Company research") {
		t.Errorf("checklist screen:\n%s", s.view)
	}

	first := s.job.Sections[0].Items[0].ID
	a.key("space")
	a.waitFor("the first item ticked", func(s snapshot) bool { return s.job.Item(first).Done })
	waitForFile(t, store, s.job.ID, func(done bool) bool { return done }, first)

	a.key("esc")
	a.waitFor("the job list", func(s snapshot) bool {
		return s.screen == listScreen && strings.Contains(s.view, "Acme Corp") && strings.Contains(s.view, "1/")
	})
	a.quit()

	b := startApp(t, store, 100, 30)
	b.waitForText("Acme Corp")
	b.key("enter")
	s = b.waitFor("the job reopened", func(s snapshot) bool { return s.onJob() })
	if !s.job.Item(first).Done {
		t.Errorf("the tick was lost on reopening")
	}
	b.quit()
}

// Nothing is saved until every field of the form is right, and each
// mistake is explained next to its field.
func TestFormExplainsBadInput(t *testing.T) {
	store := newStore(t)
	a := startApp(t, store, 100, 30)
	a.waitForText("No jobs yet")
	a.key("n")
	a.waitFor("the form", func(s snapshot) bool { return s.screen == formScreen })
	a.key("enter")
	a.waitForText("type the company")
	a.fillForm("Acme Corp", "SRE", "next blursday")
	a.waitForText("is not a time prep can read")
	a.key("esc")
	a.waitFor("the list again", func(s snapshot) bool { return s.screen == listScreen })
	jobs, _, err := store.List()
	if err != nil || len(jobs) != 0 {
		t.Fatalf("a cancelled form saved %d jobs (%v)", len(jobs), err)
	}
	a.quit()
}

// Keys typed straight after enter, before the form has moved on, still go
// to the next field: a fast typist or a paste loses nothing.
func TestFormKeepsFastTyping(t *testing.T) {
	store := newStore(t)
	a := startApp(t, store, 100, 30)
	a.waitForText("No jobs yet")
	a.key("n")
	a.waitFor("the form", func(s snapshot) bool { return s.screen == formScreen })
	for _, field := range []string{"Acme Corp", "Backend Engineer", "2030-06-01 10:00", "1 Main St", "Dana Lee"} {
		a.typeText(field)
		a.key("enter")
	}
	s := a.waitFor("the new job", func(s snapshot) bool { return s.onJob() })
	if r := s.job.Rounds[0]; s.job.Company != "Acme Corp" || s.job.Role != "Backend Engineer" || r.Where != "1 Main St" ||
		len(r.Interviewers) != 1 || r.Interviewers[0].Name != "Dana Lee" {
		t.Fatalf("made %q %q %+v", s.job.Company, s.job.Role, r)
	}
	a.quit()
}
