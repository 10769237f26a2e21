package checklist_test

import (
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestProgressFraction(t *testing.T) {
	tests := []struct {
		name string
		p    checklist.Progress
		want float64
	}{
		{"nothing to do counts as none done", checklist.Progress{Done: 0, Total: 0}, 0},
		{"none done", checklist.Progress{Done: 0, Total: 4}, 0},
		{"a quarter", checklist.Progress{Done: 1, Total: 4}, 0.25},
		{"all done", checklist.Progress{Done: 3, Total: 3}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Fraction(); got != tt.want {
				t.Errorf("%+v.Fraction() = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestProgressComplete(t *testing.T) {
	tests := []struct {
		name string
		p    checklist.Progress
		want bool
	}{
		{"an empty list is not complete", checklist.Progress{}, false},
		{"some left", checklist.Progress{Done: 2, Total: 3}, false},
		{"none done", checklist.Progress{Done: 0, Total: 3}, false},
		{"all done", checklist.Progress{Done: 3, Total: 3}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Complete(); got != tt.want {
				t.Errorf("%+v.Complete() = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestProgressAdd(t *testing.T) {
	tests := []struct {
		name string
		p, q checklist.Progress
		want checklist.Progress
	}{
		{"zero and zero", checklist.Progress{}, checklist.Progress{}, checklist.Progress{}},
		{"zero is neutral", checklist.Progress{Done: 2, Total: 5}, checklist.Progress{}, checklist.Progress{Done: 2, Total: 5}},
		{"sums both counts", checklist.Progress{Done: 1, Total: 3}, checklist.Progress{Done: 4, Total: 4}, checklist.Progress{Done: 5, Total: 7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Add(tt.q); got != tt.want {
				t.Errorf("%+v.Add(%+v) = %+v, want %+v", tt.p, tt.q, got, tt.want)
			}
			if got := tt.q.Add(tt.p); got != tt.want {
				t.Errorf("%+v.Add(%+v) = %+v, want %+v", tt.q, tt.p, got, tt.want)
			}
		})
	}
}

func TestSectionProgress(t *testing.T) {
	tests := []struct {
		name  string
		items []checklist.Item
		want  checklist.Progress
	}{
		{"no items", nil, checklist.Progress{}},
		{"one of three done", []checklist.Item{{ID: "a", Done: true}, {ID: "b"}, {ID: "c"}}, checklist.Progress{Done: 1, Total: 3}},
		{"a note alone is not done", []checklist.Item{{ID: "a", Note: "later"}}, checklist.Progress{Done: 0, Total: 1}},
		{"all done", []checklist.Item{{ID: "a", Done: true}, {ID: "b", Done: true}}, checklist.Progress{Done: 2, Total: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := checklist.Section{ID: "s", Title: "S", Phase: checklist.Before, Items: tt.items}
			if got := s.Progress(); got != tt.want {
				t.Errorf("Progress() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// progressJob has two before sections (2 of 3 done), a plain after section
// (0 of 3 done), a rejection section of 2 items and an offer section of 1.
func progressJob(status checklist.Status, edit func(j *checklist.Job)) checklist.Job {
	j := checklist.Job{
		Version: checklist.FormatVersion,
		ID:      "acme-2026-12-01",
		Status:  status,
		Sections: []checklist.Section{
			{ID: "research", Title: "Research", Phase: checklist.Before, Items: []checklist.Item{
				{ID: "website", Done: true}, {ID: "news"},
			}},
			{ID: "dress", Title: "Dress", Phase: checklist.Before, Items: []checklist.Item{
				{ID: "outfit", Done: true},
			}},
			{ID: "thanks", Title: "Thanks", Phase: checklist.After, Items: []checklist.Item{
				{ID: "thank-a"}, {ID: "thank-b"}, {ID: "thank-hr"},
			}},
			{ID: "if-no", Title: "If the answer is no", Phase: checklist.After, When: checklist.Rejected, Items: []checklist.Item{
				{ID: "ask-feedback"}, {ID: "lessons"},
			}},
			{ID: "offer", Title: "If there is an offer", Phase: checklist.After, When: checklist.Offer, Items: []checklist.Item{
				{ID: "thank-offer"},
			}},
		},
	}
	if edit != nil {
		edit(&j)
	}
	return j
}

func TestJobProgressCountsOnlyVisibleSections(t *testing.T) {
	tests := []struct {
		name          string
		job           checklist.Job
		before, after checklist.Progress
	}{
		{
			name:   "upcoming: outcome sections hidden",
			job:    progressJob(checklist.Upcoming, nil),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 3},
		},
		{
			name:   "interviewed: outcome sections still hidden",
			job:    progressJob(checklist.Interviewed, nil),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 3},
		},
		{
			name:   "rejected: the rejection section counts, the offer one does not",
			job:    progressJob(checklist.Rejected, nil),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 5},
		},
		{
			name:   "offer: the offer section counts, the rejection one does not",
			job:    progressJob(checklist.Offer, nil),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 4},
		},
		{
			name:   "a ticked item shows its outcome section before the outcome",
			job:    progressJob(checklist.Interviewed, func(j *checklist.Job) { j.Sections[3].Items[1].Done = true }),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 1, Total: 5},
		},
		{
			name:   "a noted item shows its outcome section before the outcome",
			job:    progressJob(checklist.Upcoming, func(j *checklist.Job) { j.Sections[3].Items[0].Note = "ask Dana" }),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 5},
		},
		{
			name:   "work done for an outcome stays visible after another outcome",
			job:    progressJob(checklist.Offer, func(j *checklist.Job) { j.Sections[3].Items[0].Done = true }),
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 1, Total: 6},
		},
		{
			name:   "all before items done",
			job:    progressJob(checklist.Upcoming, func(j *checklist.Job) { j.Sections[0].Items[1].Done = true }),
			before: checklist.Progress{Done: 3, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.job.Progress(checklist.Before); got != tt.before {
				t.Errorf("Progress(before) = %+v, want %+v", got, tt.before)
			}
			if got := tt.job.Progress(checklist.After); got != tt.after {
				t.Errorf("Progress(after) = %+v, want %+v", got, tt.after)
			}
			if got, want := tt.job.TotalProgress(), tt.before.Add(tt.after); got != want {
				t.Errorf("TotalProgress() = %+v, want %+v", got, want)
			}
		})
	}
}

func TestSectionVisible(t *testing.T) {
	plain := checklist.Section{ID: "thanks", Phase: checklist.After, Items: []checklist.Item{{ID: "a"}}}
	outcome := checklist.Section{ID: "if-no", Phase: checklist.After, When: checklist.Rejected, Items: []checklist.Item{{ID: "b"}}}
	noted := outcome
	noted.Items = []checklist.Item{{ID: "b", Note: "called HR"}}
	tests := []struct {
		name    string
		section checklist.Section
		status  checklist.Status
		want    bool
	}{
		{"plain section while upcoming", plain, checklist.Upcoming, true},
		{"plain section after an offer", plain, checklist.Offer, true},
		{"rejection section while upcoming", outcome, checklist.Upcoming, false},
		{"rejection section after an offer", outcome, checklist.Offer, false},
		{"rejection section once rejected", outcome, checklist.Rejected, true},
		{"rejection section with a note", noted, checklist.Interviewed, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.section.Visible(tt.status); got != tt.want {
				t.Errorf("Visible(%s) = %v, want %v", tt.status, got, tt.want)
			}
		})
	}
}

// TestJobProgressCountsEveryRound: the job's count holds its own items and
// those of each of its rounds, but not those of a round called off, whose
// open items are no longer anything to do.
func TestJobProgressCountsEveryRound(t *testing.T) {
	round := func(id string, state checklist.RoundState, before, after []checklist.Item) checklist.Round {
		return checklist.Round{ID: id, State: state, Sections: []checklist.Section{
			{ID: id + "-dress", Phase: checklist.Before, Scope: checklist.RoundScope, Items: before},
			{ID: id + "-thanks", Phase: checklist.After, Scope: checklist.RoundScope, Items: after},
		}}
	}
	tests := []struct {
		name          string
		rounds        []checklist.Round
		before, after checklist.Progress
	}{
		{
			name:   "no rounds: the job's own items",
			before: checklist.Progress{Done: 2, Total: 3},
			after:  checklist.Progress{Done: 0, Total: 2},
		},
		{
			name: "one round",
			rounds: []checklist.Round{round("r1", checklist.Held,
				[]checklist.Item{{ID: "outfit", Done: true}}, []checklist.Item{{ID: "thank-a", Done: true}, {ID: "notes"}})},
			before: checklist.Progress{Done: 3, Total: 4},
			after:  checklist.Progress{Done: 1, Total: 4},
		},
		{
			name: "two rounds add up",
			rounds: []checklist.Round{
				round("r1", checklist.Held, []checklist.Item{{ID: "outfit", Done: true}}, []checklist.Item{{ID: "thank-a", Done: true}}),
				round("r2", checklist.Scheduled, []checklist.Item{{ID: "r2-outfit"}, {ID: "r2-route"}}, []checklist.Item{{ID: "r2-thank-a"}}),
			},
			before: checklist.Progress{Done: 3, Total: 6},
			after:  checklist.Progress{Done: 1, Total: 4},
		},
		{
			name: "a cancelled round does not count",
			rounds: []checklist.Round{
				round("r1", checklist.Held, []checklist.Item{{ID: "outfit", Done: true}}, []checklist.Item{{ID: "thank-a", Done: true}}),
				round("r2", checklist.Cancelled, []checklist.Item{{ID: "r2-outfit", Done: true}, {ID: "r2-route"}}, []checklist.Item{{ID: "r2-thank-a"}}),
			},
			before: checklist.Progress{Done: 3, Total: 4},
			after:  checklist.Progress{Done: 1, Total: 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := checklist.Job{ID: "acme", Status: checklist.Upcoming, Rounds: tt.rounds, Sections: []checklist.Section{
				{ID: "research", Phase: checklist.Before, Scope: checklist.JobScope, Items: []checklist.Item{
					{ID: "website", Done: true}, {ID: "news"}, {ID: "mission", Done: true}}},
				{ID: "follow-up", Phase: checklist.After, Scope: checklist.JobScope, Items: []checklist.Item{
					{ID: "follow-up-call"}, {ID: "keep-in-touch"}}},
				{ID: "if-no", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Rejected, Items: []checklist.Item{
					{ID: "ask-feedback"}}},
			}}
			if got := j.Progress(checklist.Before); got != tt.before {
				t.Errorf("Progress(before) = %+v, want %+v", got, tt.before)
			}
			if got := j.Progress(checklist.After); got != tt.after {
				t.Errorf("Progress(after) = %+v, want %+v", got, tt.after)
			}
		})
	}
}
