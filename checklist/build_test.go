package checklist_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestNewJobCopiesTheTemplate(t *testing.T) {
	tp := testTemplate()
	j := newTestJob(t)

	if j.Version != checklist.FormatVersion {
		t.Errorf("Version = %d, want %d", j.Version, checklist.FormatVersion)
	}
	if j.ID != "acme-corp-backend-engineer-2026-12-01" {
		t.Errorf("ID = %q", j.ID)
	}
	if j.Company != "Acme Corp" || j.Role != "Backend Engineer" {
		t.Errorf("company, role = %q, %q", j.Company, j.Role)
	}
	if len(j.Rounds) != 1 {
		t.Fatalf("%d rounds, want the first one alone", len(j.Rounds))
	}
	r := j.Rounds[0]
	if r.ID != "r1" || r.Name != "Interview" || r.Format != checklist.InPerson || r.State != checklist.Scheduled {
		t.Errorf("first round = %s %q %s %s, want r1 \"Interview\" in-person scheduled", r.ID, r.Name, r.Format, r.State)
	}
	if r.Where != "Berlin office" || !r.At.Equal(interview) {
		t.Errorf("first round at %s in %q, want %s in Berlin office", r.At, r.Where, interview)
	}
	if j.Status != checklist.Upcoming {
		t.Errorf("Status = %q, want upcoming", j.Status)
	}
	if j.StatusAt != nil {
		t.Errorf("StatusAt = %s, want none", j.StatusAt)
	}
	if !j.CreatedAt.Equal(created) {
		t.Errorf("CreatedAt = %s, want %s", j.CreatedAt, created)
	}
	if j.Template != "test" {
		t.Errorf("Template = %q, want the template's name", j.Template)
	}
	// The job holds its own sections, the round the others, each in the
	// template's order.
	var own, round []string
	for _, s := range j.Sections {
		own = append(own, s.ID)
	}
	for _, s := range r.Sections {
		round = append(round, s.ID)
	}
	if want := []string{"research", "people", "if-no"}; !reflect.DeepEqual(own, want) {
		t.Errorf("the job's sections = %v, want %v", own, want)
	}
	if want := []string{"thanks"}; !reflect.DeepEqual(round, want) {
		t.Errorf("the round's sections = %v, want %v", round, want)
	}
	for _, ts := range tp.Sections {
		s := section(t, j, ts.ID)
		if s.Title != ts.Title || s.Phase != ts.Phase || s.When != ts.When || s.Scope != ts.Scope {
			t.Errorf("section %q = {%q %q %q %q}, want {%q %q %q %q}",
				ts.ID, s.Title, s.Phase, s.When, s.Scope, ts.Title, ts.Phase, ts.When, ts.Scope)
		}
		if len(s.Items) != len(ts.Items) {
			t.Errorf("section %q has %d items, want %d", s.ID, len(s.Items), len(ts.Items))
			continue
		}
		for ii, ti := range ts.Items {
			it := s.Items[ii]
			if it.ID != ti.ID || it.Text != ti.Text || it.Hint != ti.Hint || it.Due != ti.Due {
				t.Errorf("item %q = {%q %q %q}, want {%q %q %q}", ti.ID, it.Text, it.Hint, it.Due, ti.Text, ti.Hint, ti.Due)
			}
			if it.Done || it.DoneAt != nil || it.Note != "" {
				t.Errorf("item %q starts done or noted: %+v", it.ID, it)
			}
		}
	}
	checkItemIDs(t, j)
}

func TestNewJobTrimsDetails(t *testing.T) {
	d := checklist.Details{Company: "  Acme Corp ", Role: "\tBackend Engineer\n", At: interview, Where: " Room 4 "}
	j, err := checklist.NewJob(testTemplate(), d, "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	if j.Company != "Acme Corp" || j.Role != "Backend Engineer" || j.Rounds[0].Where != "Room 4" {
		t.Errorf("company, role, where = %q, %q, %q; want them trimmed", j.Company, j.Role, j.Rounds[0].Where)
	}
}

func TestNewJobDueTimes(t *testing.T) {
	j := newTestJob(t)
	tests := []struct {
		item string
		want *time.Time // nil: no due time
	}{
		{"website", nil},
		{"news", nil},
		{"thank-interviewers", ptr(interview.Add(24 * time.Hour))},
		{"thank-hr", ptr(interview.AddDate(0, 0, 2))},
		{"notes", nil},
		// The rejection section waits for the rejection to start counting.
		{"ask-feedback", nil},
		{"lessons", nil},
	}
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			it := j.Item(tt.item)
			if it == nil {
				t.Fatalf("no item %q", tt.item)
			}
			switch {
			case tt.want == nil && it.DueAt != nil:
				t.Errorf("due at %s, want no due time", it.DueAt)
			case tt.want != nil && it.DueAt == nil:
				t.Errorf("no due time, want %s", tt.want)
			case tt.want != nil && !it.DueAt.Equal(*tt.want):
				t.Errorf("due at %s, want %s", it.DueAt, tt.want)
			}
		})
	}
}

func TestNewJobDueDaysKeepTheWallClockAcrossDST(t *testing.T) {
	loc := berlin(t)
	d := testDetails()
	d.At = time.Date(2026, 3, 28, 15, 0, 0, 0, loc) // the day before the clocks go forward
	j, err := checklist.NewJob(testTemplate(), d, "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := *j.Item("thank-hr").DueAt, time.Date(2026, 3, 30, 15, 0, 0, 0, loc); !got.Equal(want) {
		t.Errorf("+2d due at %s, want %s", got, want)
	}
	if got, want := *j.Item("thank-interviewers").DueAt, time.Date(2026, 3, 29, 16, 0, 0, 0, loc); !got.Equal(want) {
		t.Errorf("+24h due at %s, want %s", got, want)
	}
}

func TestNewJobPerInterviewerItems(t *testing.T) {
	tests := []struct {
		name         string
		interviewers []string
		wantIDs      []string
		wantTexts    []string
		wantFor      []string
	}{
		{
			name:      "no interviewers: one generic item",
			wantIDs:   []string{"thank-interviewers"},
			wantTexts: []string{"Send each interviewer a thank-you message"},
			wantFor:   []string{""},
		},
		{
			name:         "two interviewers: one item each",
			interviewers: []string{"Dana Lee", "Sam Ng"},
			wantIDs:      []string{"thank-interviewers-dana-lee", "thank-interviewers-sam-ng"},
			wantTexts:    []string{"Send a thank-you message to Dana Lee", "Send a thank-you message to Sam Ng"},
			wantFor:      []string{"Dana Lee", "Sam Ng"},
		},
		{
			name:         "blank and repeated names are dropped",
			interviewers: []string{"  Dana Lee ", "", "Dana Lee", "   "},
			wantIDs:      []string{"thank-interviewers-dana-lee"},
			wantTexts:    []string{"Send a thank-you message to Dana Lee"},
			wantFor:      []string{"Dana Lee"},
		},
		{
			name:         "names that make the same id get distinct ids",
			interviewers: []string{"Dana Lee", "dana lee", "Dana-Lee"},
			wantIDs:      []string{"thank-interviewers-dana-lee", "thank-interviewers-dana-lee-2", "thank-interviewers-dana-lee-3"},
			wantTexts:    []string{"Send a thank-you message to Dana Lee", "Send a thank-you message to dana lee", "Send a thank-you message to Dana-Lee"},
			wantFor:      []string{"Dana Lee", "dana lee", "Dana-Lee"},
		},
		{
			name:         "accented names",
			interviewers: []string{"Zoë Müller"},
			wantIDs:      []string{"thank-interviewers-zoe-muller"},
			wantTexts:    []string{"Send a thank-you message to Zoë Müller"},
			wantFor:      []string{"Zoë Müller"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t, tt.interviewers...)
			thanks := section(t, j, "thanks")
			n := len(tt.wantIDs)
			if len(thanks.Items) != n+2 {
				t.Fatalf("thanks section has %d items, want %d: %v", len(thanks.Items), n+2, itemIDs(j))
			}
			for i := range n {
				it := thanks.Items[i]
				if it.ID != tt.wantIDs[i] || it.Text != tt.wantTexts[i] || it.For != tt.wantFor[i] {
					t.Errorf("item %d = {%q %q for %q}, want {%q %q for %q}",
						i, it.ID, it.Text, it.For, tt.wantIDs[i], tt.wantTexts[i], tt.wantFor[i])
				}
				if it.Hint != "Mention something specific." {
					t.Errorf("item %q hint = %q, want the template's", it.ID, it.Hint)
				}
				if want := interview.Add(24 * time.Hour); it.DueAt == nil || !it.DueAt.Equal(want) {
					t.Errorf("item %q due at %v, want %s", it.ID, it.DueAt, want)
				}
			}
			if got := thanks.Items[n].ID; got != "thank-hr" {
				t.Errorf("after the per-interviewer items comes %q, want thank-hr", got)
			}
			checkItemIDs(t, j)
		})
	}
}

func TestNewJobItemIDsUniqueInTheWholeJob(t *testing.T) {
	tp := testTemplate()
	// A per-interviewer item whose ids would clash with items already there:
	// "thank" for "HR" would be "thank-hr", for "Interviewers" "thank-interviewers".
	tp.Sections[2].Items = append(tp.Sections[2].Items, checklist.TemplateItem{
		ID: "thank", Text: "Thank everyone", TextEach: "Thank {name}", Hint: "Be kind.", Due: "+1d",
	})
	tests := []struct {
		name         string
		interviewers []string
	}{
		{"names that clash with template items", []string{"HR", "Interviewers"}},
		{"names with no Latin letters", []string{"李明", "王芳"}},
		{"punctuation-only names", []string{"?", "!!"}},
		{"long names", []string{strings.Repeat("Alexandra ", 10), strings.Repeat("Alexandra ", 11)}},
		{"many names", []string{"A", "B", "C", "D", "E", "F", "G", "H"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, err := checklist.NewJob(tp, testDetails(tt.interviewers...), "acme", created)
			if err != nil {
				t.Fatal(err)
			}
			checkItemIDs(t, j)
			if got, want := len(section(t, j, "thanks").Items), 2*len(tt.interviewers)+2; got != want {
				t.Errorf("thanks section has %d items, want %d: %v", got, want, itemIDs(j))
			}
			if j.Item("thank-hr") == nil || j.Item("thank-hr").Text != "Thank your HR contact" {
				t.Errorf("the template's own thank-hr item was lost or replaced: %v", itemIDs(j))
			}
		})
	}
}

func TestNewJobRefusesBadInput(t *testing.T) {
	badTemplate := testTemplate()
	badTemplate.Sections[0].Items[0].Text = ""
	tests := []struct {
		name string
		tp   checklist.Template
		d    checklist.Details
		want string
	}{
		{"no company", testTemplate(), checklist.Details{Company: "", Role: "Dev", At: interview}, "company"},
		{"blank company", testTemplate(), checklist.Details{Company: "  ", Role: "Dev", At: interview}, "company"},
		{"no role", testTemplate(), checklist.Details{Company: "Acme", Role: " \t", At: interview}, "role"},
		{"no time", testTemplate(), checklist.Details{Company: "Acme", Role: "Dev"}, "time"},
		{"invalid template", badTemplate, testDetails(), `"website"`},
		{"a negative length", testTemplate(), checklist.Details{Company: "Acme", Role: "Dev", At: interview, Minutes: -1}, "length"},
		{"longer than a day", testTemplate(), checklist.Details{Company: "Acme", Role: "Dev", At: interview, Minutes: 24*60 + 1}, "length"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := checklist.NewJob(tt.tp, tt.d, "acme", created)
			if err == nil {
				t.Fatal("NewJob succeeded, want an error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("NewJob error %q does not mention %s", err, tt.want)
			}
		})
	}
}

func TestNewJobDoesNotShareTheTemplate(t *testing.T) {
	tp := testTemplate()
	j, err := checklist.NewJob(tp, testDetails(), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	j.Sections[0].Items[0].Text = "changed"
	if !reflect.DeepEqual(tp, testTemplate()) {
		t.Error("editing the job changed the template")
	}
}

func ptr[T any](v T) *T { return &v }

// A first round may last anything from no time given to a whole day.
func TestNewJobTakesLengthsUpToADay(t *testing.T) {
	for _, minutes := range []int{0, 1, 24 * 60} {
		d := testDetails()
		d.Minutes = minutes
		j, err := checklist.NewJob(testTemplate(), d, "acme", created)
		if err != nil {
			t.Errorf("%d minutes: %v", minutes, err)
		} else if got := j.Rounds[0].Minutes; got != minutes {
			t.Errorf("%d minutes: a round of %d", minutes, got)
		}
	}
}
