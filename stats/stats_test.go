package stats_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/stats"
)

// now is when the tests look back: Monday 2026-11-23 09:00.
var now = day(23, 9)

func day(d, hour int) time.Time { return time.Date(2026, 11, d, hour, 0, 0, 0, time.UTC) }

func ptr(t time.Time) *time.Time { return &t }

func open(id string) checklist.Item { return checklist.Item{ID: id, Text: id} }

func done(id string) checklist.Item { return checklist.Item{ID: id, Text: id, Done: true} }

// task is an item due at due, done at doneAt if that is not zero.
func task(id string, due, doneAt time.Time) checklist.Item {
	it := checklist.Item{ID: id, Text: id, DueAt: ptr(due)}
	if !doneAt.IsZero() {
		it.Done, it.DoneAt = true, ptr(doneAt)
	}
	return it
}

func section(id, title string, p checklist.Phase, items ...checklist.Item) checklist.Section {
	return checklist.Section{ID: id, Title: title, Phase: p, Items: items}
}

func round(id, name string, at time.Time, state checklist.RoundState, sections ...checklist.Section) checklist.Round {
	return checklist.Round{ID: id, Name: name, At: at, State: state, Format: checklist.Video, Sections: sections}
}

// jobs is the hand-built set the figures are worked out on:
//
//   - acme: a no on Nov 10 after the final, round 2 of 2; the reason
//     recorded. The company research and the final's materials were left
//     undone. Three thank-yous: the phone screen's on time, the final's
//     late, the hiring manager's after the no on time. The follow-up call
//     fell due after the no: moot, not missed. A lesson ticked on Nov 12.
//     It used a story of the bank and one since removed.
//   - globex: an offer on Nov 15 after an onsite, round 1 of 1 (the final
//     was cancelled: its undone materials and open thank-you count for
//     nothing). Culture and values left undone. The thank-you to HR on
//     time; the follow-up call a day late.
//   - initech: a no on Nov 20 after a phone screen still marked
//     scheduled (held, as its time passed); no reason recorded. The
//     company research undone. The round's thank-you fell due before the
//     no and was never sent: missed; so is the hiring manager's, on the
//     no's own list. A lesson not ticked: dated by the no.
//   - umbrella: still going, round 1 of 2 held; its thank-you done at a
//     time not recorded (on time); keeping in touch is a day overdue:
//     missed.
//   - hooli: withdrawn on Nov 3, before its only round: no round held,
//     and its follow-up, due after, is moot.
func jobs() []checklist.Job {
	b, a := checklist.Before, checklist.After
	rejected := checklist.Rejected
	ifNo := func(items ...checklist.Item) checklist.Section {
		s := section("if-no", "If the answer is no", a, items...)
		s.When = rejected
		return s
	}
	lessons := func(note string, doneAt *time.Time) checklist.Item {
		it := open("lessons")
		it.Note = note
		if doneAt != nil {
			it.Done, it.DoneAt = true, doneAt
		}
		return it
	}
	initechLessons := lessons("Ask about on-call.", nil)
	return []checklist.Job{
		{
			ID: "acme", Company: "Acme", Role: "Backend", Status: rejected, StatusAt: ptr(day(10, 12)),
			Reason:  &checklist.Reason{Code: checklist.MoreExperience},
			Stories: []string{"failure-story", "gone-story"},
			Sections: []checklist.Section{
				section("research", "Company research", b, done("website"), open("news")),
				section("culture", "Culture and values", b, done("values")),
				section("follow-up", "Follow-up", a, task("follow-up-call", day(12, 10), time.Time{})),
				ifNo(task("thank-manager", day(11, 12), day(10, 13)), lessons("Draw first, talk after.", ptr(day(12, 8)))),
			},
			Rounds: []checklist.Round{
				round("r1", "Phone screen", day(1, 10), checklist.Held,
					section("thanks", "Thank-you notes", a, task("thank-interviewers-dana-lee", day(2, 10), day(1, 18)))),
				round("r2", "Final", day(5, 10), checklist.Held,
					section("r2-materials", "Materials", b, open("r2-tailored-resume")),
					section("r2-thanks", "Thank-you notes", a, task("r2-thank-interviewers", day(6, 10), day(8, 9)))),
			},
		},
		{
			ID: "globex", Company: "Globex", Role: "Designer", Status: checklist.Offer, StatusAt: ptr(day(15, 9)),
			Stories: []string{"failure-story"},
			Sections: []checklist.Section{
				section("research", "Company research", b, done("website")),
				section("culture", "Culture and values", b, open("values")),
				section("follow-up", "Follow-up", a, task("follow-up-call", day(14, 10), day(15, 10))),
			},
			Rounds: []checklist.Round{
				round("r1", "Onsite", day(12, 10), checklist.Held,
					section("thanks", "Thank-you notes", a, task("thank-hr", day(14, 10), day(13, 10)))),
				round("r2", "Final", day(14, 10), checklist.Cancelled,
					section("r2-materials", "Materials", b, open("r2-tailored-resume")),
					section("r2-thanks", "Thank-you notes", a, task("r2-thank-interviewers", day(15, 10), time.Time{}))),
			},
		},
		{
			ID: "initech", Company: "Initech", Role: "SRE", Status: rejected, StatusAt: ptr(day(20, 9)),
			Sections: []checklist.Section{
				section("research", "Company research", b, open("news")),
				ifNo(task("thank-manager", day(21, 9), time.Time{}), initechLessons),
			},
			Rounds: []checklist.Round{
				round("r1", "Phone screen", day(18, 10), checklist.Scheduled,
					section("thanks", "Thank-you notes", a, task("thank-interviewers", day(19, 10), time.Time{}))),
			},
		},
		{
			ID: "umbrella", Company: "Umbrella", Role: "QA", Status: checklist.Upcoming,
			Sections: []checklist.Section{
				section("follow-up", "Follow-up", a, task("keep-in-touch", day(22, 10), time.Time{})),
			},
			Rounds: []checklist.Round{
				round("r1", "Recruiter call", day(16, 10), checklist.Held,
					section("thanks", "Thank-you notes", a, checklist.Item{ID: "thank-interviewers", Done: true, DueAt: ptr(day(17, 10))})),
				round("r2", "Technical", day(25, 10), checklist.Scheduled),
			},
		},
		{
			ID: "hooli", Company: "Hooli", Role: "PM", Status: checklist.Withdrawn, StatusAt: ptr(day(3, 9)),
			Sections: []checklist.Section{
				section("follow-up", "Follow-up", a, task("follow-up-call", day(11, 10), time.Time{})),
			},
			Rounds: []checklist.Round{round("r1", "Phone screen", day(4, 10), checklist.Scheduled)},
		},
	}
}

var bank = []checklist.Story{
	{Version: 1, ID: "failure-story", Title: "A launch that slipped"},
	{Version: 1, ID: "mentoring", Title: "Mentoring a new hire"},
}

func ref(id, company, role string) stats.JobRef {
	return stats.JobRef{ID: id, Company: company, Role: role}
}

var (
	acme     = ref("acme", "Acme", "Backend")
	globex   = ref("globex", "Globex", "Designer")
	initech  = ref("initech", "Initech", "SRE")
	umbrella = ref("umbrella", "Umbrella", "QA")
	hooli    = ref("hooli", "Hooli", "PM")
)

func TestComputeFigures(t *testing.T) {
	s := stats.Compute(jobs(), bank, now)
	share := func(tl stats.Timeliness) any {
		f, ok := tl.OnTimeShare()
		return []any{f, ok}
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"jobs", s.Jobs, 5},
		{"rounds held: acme 2, globex 1 (the final cancelled), initech 1 (past, still scheduled), umbrella 1, hooli none", s.RoundsHeld, 5},
		{"outcomes", s.Outcomes, stats.Outcomes{Offers: 1, Noes: 2, Withdrawn: 1, Open: 1}},
		{"furthest round of each job, the latest job first", s.Reach, []stats.Reach{
			{Job: initech, Status: checklist.Rejected, Round: "Phone screen", Number: 1, Of: 1},
			{Job: umbrella, Status: checklist.Upcoming, Round: "Recruiter call", Number: 1, Of: 2},
			{Job: globex, Status: checklist.Offer, Round: "Onsite", Number: 1, Of: 1},
			{Job: hooli, Status: checklist.Withdrawn, Of: 1},
			{Job: acme, Status: checklist.Rejected, Round: "Final", Number: 2, Of: 2},
		}},
		{"jobs by the furthest round", s.Stages, []stats.Stage{
			{Number: 0, Jobs: 1, Outcomes: stats.Outcomes{Withdrawn: 1}},
			{Number: 1, Jobs: 3, Outcomes: stats.Outcomes{Offers: 1, Noes: 1, Open: 1}},
			{Number: 2, Jobs: 1, Outcomes: stats.Outcomes{Noes: 1}},
		}},
		{"likely reasons", s.Reasons, []stats.ReasonCount{
			{Code: checklist.MoreExperience, Label: checklist.MoreExperience.Label(), Count: 1}}},
		{"noes without a reason", s.NoReason, 1},
		{"thank-yous", s.ThankYous, stats.Timeliness{OnTime: 4, Late: 1, Missed: 2}},
		{"thank-yous on time", share(s.ThankYous), []any{4.0 / 7, true}},
		{"follow-ups", s.FollowUps, stats.Timeliness{Late: 1, Missed: 1}},
		{"follow-ups on time", share(s.FollowUps), []any{0.0, true}},
		{"left undone before a no", s.UndoneBeforeNo, []stats.Undone{
			{Title: "Company research", Jobs: 2, Of: 2}, {Title: "Materials", Jobs: 1, Of: 2}}},
		{"left undone before an offer", s.UndoneBeforeOffer, []stats.Undone{
			{Title: "Culture and values", Jobs: 1, Of: 1}}},
		{"lessons, newest first", s.Lessons, []stats.Lesson{
			{Job: initech, At: day(20, 9), Text: "Ask about on-call."},
			{Job: acme, At: day(12, 8), Text: "Draw first, talk after."},
		}},
		{"stories and where they were used", s.Stories, []stats.StoryUse{
			{ID: "failure-story", Title: "A launch that slipped", Jobs: []stats.JobRef{acme, globex}},
			{ID: "mentoring", Title: "Mentoring a new hire"},
			{ID: "gone-story", Gone: true, Jobs: []stats.JobRef{acme}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", tt.got, tt.want)
			}
		})
	}
}

func TestComputeOfNothing(t *testing.T) {
	s := stats.Compute(nil, nil, now)
	if s.Jobs != 0 || s.RoundsHeld != 0 || len(s.Reach)+len(s.Stages)+len(s.Reasons)+len(s.Lessons)+len(s.Stories) != 0 {
		t.Errorf("an empty folder has figures: %+v", s)
	}
	for _, tl := range []stats.Timeliness{s.ThankYous, s.FollowUps} {
		if f, ok := tl.OnTimeShare(); ok || f != 0 {
			t.Errorf("a share of nothing: %v, %v", f, ok)
		}
	}
}

func TestLessonsNewestFirst(t *testing.T) {
	got := stats.Lessons(jobs())
	if len(got) != 2 || got[0].Job.ID != "initech" || got[1].Job.ID != "acme" {
		t.Errorf("lessons: %+v", got)
	}
}

func TestWords(t *testing.T) {
	s := stats.Compute(jobs(), bank, now)
	tests := []struct{ got, want string }{
		{s.Outcomes.String(), "1 offer · 2 noes · 1 withdrawn · 1 still open"},
		{stats.Outcomes{}.String(), "none yet"},
		{stats.Outcomes{NoAnswers: 2}.String(), "2 no answers"},
		{s.ThankYous.String(), "4 of 7 on time (57%) · 1 late · 2 missed"},
		{s.FollowUps.String(), "0 of 2 on time (0%) · 1 late · 1 missed"},
		{stats.Timeliness{}.String(), "none due yet"},
		{s.Stages[0].Label(), "No round yet"},
		{s.Stages[2].Label(), "Round 2"},
		{s.UndoneBeforeNo[0].String(), "Company research: 2 of 2"},
		{s.Reach[4].Reached(), "round 2 of 2, Final"},
		{s.Reach[3].Reached(), "no round held yet"},
		{s.Reach[0].Job.Name(), "Initech · SRE"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
