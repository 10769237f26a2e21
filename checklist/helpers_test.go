package checklist_test

import (
	"slices"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin must load even where the system has no zoneinfo.

	"github.com/prep-cli/prep/checklist"
)

// cet is a fixed +01:00 zone, the zone of the interviews in these tests.
var cet = time.FixedZone("CET", 60*60)

// interview is the moment of the test interview: 2026-12-01 10:00 +01:00.
var interview = time.Date(2026, 12, 1, 10, 0, 0, 0, cet)

// created is when the test job is made, a few days before the interview.
var created = time.Date(2026, 11, 20, 18, 30, 0, 0, cet)

func berlin(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatalf("load Europe/Berlin: %v", err)
	}
	return loc
}

// testTemplate is a small template with one of every kind of section and
// item: the job's own before sections, a round's after section with items
// with and without a due time and an item made once per interviewer, and
// the job's section for a rejection.
func testTemplate() checklist.Template {
	return checklist.Template{
		Version: checklist.TemplateVersion,
		Name:    "test",
		Sections: []checklist.TemplateSection{
			{ID: "research", Title: "Company research", Phase: checklist.Before, Scope: checklist.JobScope, Items: []checklist.TemplateItem{
				{ID: "website", Text: "Read the company website", Hint: "Know what they do."},
				{ID: "news", Text: "Read the recent news", Hint: "A current detail shows interest."},
			}},
			{ID: "people", Title: "Leadership and people", Phase: checklist.Before, Scope: checklist.JobScope, Items: []checklist.TemplateItem{
				{ID: "profiles", Text: "Read the interviewers' profiles", Hint: "Know who you will meet."},
			}},
			{ID: "thanks", Title: "Thank-you notes", Phase: checklist.After, Scope: checklist.RoundScope, Items: []checklist.TemplateItem{
				{ID: "thank-interviewers", Text: "Send each interviewer a thank-you message",
					TextEach: "Send a thank-you message to {name}", Hint: "Mention something specific.", Due: "+24h"},
				{ID: "thank-hr", Text: "Thank your HR contact", Hint: "HR notices who thanks them.", Due: "+2d"},
				{ID: "notes", Text: "Write down what was discussed", Hint: "Details fade fast."},
			}},
			{ID: "if-no", Title: "If the answer is no", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Rejected, Items: []checklist.TemplateItem{
				{ID: "ask-feedback", Text: "Ask HR politely for feedback", Hint: "Learn what to change.", Due: "+3d"},
				{ID: "lessons", Text: "Write down the lessons", Hint: "The next one gets easier.", Due: "+7d"},
			}},
		},
	}
}

func testDetails(interviewers ...string) checklist.Details {
	return checklist.Details{
		Company:      "Acme Corp",
		Role:         "Backend Engineer",
		At:           interview,
		Where:        "Berlin office",
		Interviewers: interviewers,
	}
}

// newTestJob builds a job from testTemplate, failing the test if it cannot.
func newTestJob(t *testing.T, interviewers ...string) checklist.Job {
	t.Helper()
	j, err := checklist.NewJob(testTemplate(), testDetails(interviewers...), "acme-corp-backend-engineer-2026-12-01", created)
	if err != nil {
		t.Fatalf("NewJob: %v", err)
	}
	return j
}

// itemIDs lists the ids of a job's items in order, section by section: the
// job's own, then each round's.
func itemIDs(j checklist.Job) []string {
	var ids []string
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

// checkItemIDs fails the test unless every item id of j is valid and unique.
func checkItemIDs(t *testing.T, j checklist.Job) {
	t.Helper()
	seen := map[string]bool{}
	for _, id := range itemIDs(j) {
		if !checklist.ValidID(id) {
			t.Errorf("item id %q is not a valid id", id)
		}
		if seen[id] {
			t.Errorf("item id %q appears twice in the job", id)
		}
		seen[id] = true
	}
}

// section returns the job's or a round's section with the given id,
// failing the test if there is none.
func section(t *testing.T, j checklist.Job, id string) checklist.Section {
	t.Helper()
	s := j.Section(id)
	if s == nil {
		t.Fatalf("no section %q", id)
	}
	return *s
}

// detailsOf are a round's details as they stand, for SetRound.
func detailsOf(r checklist.Round) checklist.RoundDetails {
	return checklist.RoundDetails{
		Name: r.Name, Format: r.Format, At: r.At, Minutes: r.Minutes,
		Where: r.Where, Link: r.Link, Interviewers: slices.Clone(r.Interviewers),
	}
}
