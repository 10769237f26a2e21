// Package stats is the look back across every interview: how the jobs
// ended and how far each got, the likely reasons, how often the
// thank-yous and follow-ups went out on time, what was most often left
// undone before a no and before an offer, every lesson written down, and
// which stories were used where. It is pure: it reads jobs and stories
// already loaded, and touches neither the disk nor the terminal.
package stats

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// Summary is the look back across a set of jobs.
type Summary struct {
	Jobs int
	// RoundsHeld counts the rounds that took place, in every job.
	RoundsHeld int
	Outcomes   Outcomes
	// Reach is each job with the furthest round it got to, the most
	// recent job first.
	Reach []Reach
	// Stages groups the jobs by the number of the furthest round they got
	// to, from the first: a no after a final is not a no after a phone
	// screen. Stage 0 holds the jobs with no round held yet.
	Stages []Stage
	// Reasons are the likely reasons recorded, the most common first;
	// NoReason counts the noes with none recorded.
	Reasons  []ReasonCount
	NoReason int
	// ThankYous and FollowUps say how the thank-you messages and the
	// follow-ups went against their due times.
	ThankYous Timeliness
	FollowUps Timeliness
	// UndoneBeforeNo and UndoneBeforeOffer are the sections of the
	// preparation left with something undone, by how many of the noes
	// (or offers) they were left so in, the most often first.
	UndoneBeforeNo    []Undone
	UndoneBeforeOffer []Undone
	// Lessons are every lesson written down, the newest first.
	Lessons []Lesson
	// Stories are the stories of the bank and the jobs each was used for,
	// the most used first, then the stories jobs link that are gone from
	// the bank.
	Stories []StoryUse
}

// Outcomes counts the jobs by where they ended.
type Outcomes struct {
	Offers, Noes, NoAnswers, Withdrawn int
	// Open are the jobs still waiting: upcoming or interviewed.
	Open int
}

func (o *Outcomes) add(s checklist.Status) {
	switch s {
	case checklist.Offer:
		o.Offers++
	case checklist.Rejected:
		o.Noes++
	case checklist.NoResponse:
		o.NoAnswers++
	case checklist.Withdrawn:
		o.Withdrawn++
	default:
		o.Open++
	}
}

// JobRef names a job.
type JobRef struct {
	ID, Company, Role string
}

func refOf(j *checklist.Job) JobRef { return JobRef{ID: j.ID, Company: j.Company, Role: j.Role} }

// Reach is how far one job got.
type Reach struct {
	Job    JobRef
	Status checklist.Status
	// Round is the name of the furthest round held, Number its place
	// among the job's rounds and Of how many there are; Number is 0 when
	// no round has been held yet.
	Round      string
	Number, Of int
}

// Stage counts the jobs whose furthest round held was round Number.
type Stage struct {
	Number int
	Jobs   int
	Outcomes
}

// ReasonCount is how many jobs have a likely reason.
type ReasonCount struct {
	Code  checklist.ReasonCode
	Label string
	Count int
}

// Timeliness counts tasks against their due times: done by then, done
// after, and still open past them.
type Timeliness struct {
	OnTime, Late, Missed int
}

// Total is every task counted.
func (t Timeliness) Total() int { return t.OnTime + t.Late + t.Missed }

// OnTimeShare is the share of the tasks done on time, and false when
// there are none to share out.
func (t Timeliness) OnTimeShare() (float64, bool) {
	if t.Total() == 0 {
		return 0, false
	}
	return float64(t.OnTime) / float64(t.Total()), true
}

// Undone is a section of the preparation left with something undone in
// Jobs of the Of jobs that ended one way.
type Undone struct {
	Title    string
	Jobs, Of int
}

// Lesson is a lesson written down after a job.
type Lesson struct {
	Job JobRef
	// At is when it was written: when the item was ticked, else when the
	// job got its answer, else when the job began.
	At   time.Time
	Text string
}

// StoryUse is a story and the jobs it was used for. Gone is set for a
// story a job links that the bank no longer has; its Title is then empty.
type StoryUse struct {
	ID, Title string
	Gone      bool
	Jobs      []JobRef
}

// lessonsItem is the default template's item for the lessons.
const lessonsItem = "lessons"

// Compute makes the summary of the jobs and the story bank at now.
func Compute(jobs []checklist.Job, stories []checklist.Story, now time.Time) Summary {
	s := Summary{Jobs: len(jobs)}
	reasons := map[checklist.ReasonCode]int{}
	stages := map[int]*Stage{}
	undoneNo, undoneOffer := map[string]int{}, map[string]int{}
	uses := map[string][]JobRef{}
	starts := make(map[string]time.Time, len(jobs))
	for ji := range jobs {
		j := &jobs[ji]
		status := j.EffectiveStatus(now)
		s.Outcomes.add(status)
		reach := Reach{Job: refOf(j), Status: status}
		for ri := range j.Rounds {
			if j.Held(&j.Rounds[ri], now) {
				s.RoundsHeld++
			}
		}
		r := j.LastHeld(now)
		if r != nil {
			reach.Round = r.Name
		}
		reach.Number, reach.Of = j.Number(r)
		s.Reach = append(s.Reach, reach)
		starts[j.ID] = j.Start()
		st := stages[reach.Number]
		if st == nil {
			st = &Stage{Number: reach.Number}
			stages[reach.Number] = st
		}
		st.Jobs++
		st.add(status)

		switch {
		case j.Reason != nil:
			reasons[j.Reason.Code]++
		case status == checklist.Rejected:
			s.NoReason++
		}
		timeliness(j, now, &s.ThankYous, &s.FollowUps)
		switch status {
		case checklist.Rejected:
			countUndone(j, now, undoneNo)
		case checklist.Offer:
			countUndone(j, now, undoneOffer)
		}
		for _, id := range j.Stories {
			uses[id] = append(uses[id], reach.Job)
		}
	}
	slices.SortStableFunc(s.Reach, func(a, b Reach) int {
		return cmp.Or(starts[b.Job.ID].Compare(starts[a.Job.ID]), cmp.Compare(a.Job.ID, b.Job.ID))
	})
	for _, st := range stages {
		s.Stages = append(s.Stages, *st)
	}
	slices.SortFunc(s.Stages, func(a, b Stage) int { return cmp.Compare(a.Number, b.Number) })
	s.Reasons = reasonCounts(reasons)
	s.UndoneBeforeNo = undoneList(undoneNo, s.Outcomes.Noes)
	s.UndoneBeforeOffer = undoneList(undoneOffer, s.Outcomes.Offers)
	s.Lessons = Lessons(jobs)
	s.Stories = storyUses(stories, uses)
	return s
}

// reasonCounts lists the reasons the most common first, ties in the order
// the reasons are offered.
func reasonCounts(counts map[checklist.ReasonCode]int) []ReasonCount {
	var out []ReasonCount
	order := map[checklist.ReasonCode]int{}
	for i, r := range checklist.Reasons() {
		order[r.Code] = i
	}
	for code, n := range counts {
		out = append(out, ReasonCount{Code: code, Label: code.Label(), Count: n})
	}
	slices.SortFunc(out, func(a, b ReasonCount) int {
		oa, ka := order[a.Code]
		ob, kb := order[b.Code]
		if !ka {
			oa = len(order)
		}
		if !kb {
			ob = len(order)
		}
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(oa, ob), cmp.Compare(a.Code, b.Code))
	})
	return out
}

// isFollowUp reports whether an item is a follow-up after the interview:
// the template's follow-up section, or an item that says so in its id.
func isFollowUp(s *checklist.Section, it checklist.Item) bool {
	return s.ID == "follow-up" || strings.HasSuffix(s.ID, "-follow-up") || strings.Contains(it.ID, "follow-up")
}

// timeliness counts the job's thank-yous and follow-ups against their
// due times (see missed for the open ones).
func timeliness(j *checklist.Job, now time.Time, thanks, follow *Timeliness) {
	count := func(r *checklist.Round, sections []checklist.Section) {
		for si := range sections {
			s := &sections[si]
			if s.Phase != checklist.After {
				continue
			}
			for _, it := range s.Items {
				var t *Timeliness
				switch {
				case isFollowUp(s, it):
					t = follow
				case checklist.IsThankYou(it):
					t = thanks
				default:
					continue
				}
				switch it.DueState(now) {
				case checklist.DoneOnTime:
					t.OnTime++
				case checklist.DoneLate:
					t.Late++
				case checklist.DueLate:
					if missed(j, r, s, it, now) {
						t.Missed++
					}
				}
			}
		}
	}
	count(nil, j.Sections)
	for ri := range j.Rounds {
		count(&j.Rounds[ri], j.Rounds[ri].Sections)
	}
}

// missed reports whether an open task past its due time was really
// missed: its round took place, and its due time came before the answer
// made it moot (a follow-up call is not owed after an offer), unless it
// is on the answer's own list. A job whose answer has no time recorded
// cannot tell, and counts none.
func missed(j *checklist.Job, r *checklist.Round, s *checklist.Section, it checklist.Item, now time.Time) bool {
	switch {
	case !s.Visible(j.Status), r != nil && !j.Held(r, now):
		return false
	case s.When != "":
		return s.When == j.Status
	}
	return !j.Status.Final() || j.StatusAt != nil && it.DueAt.Before(*j.StatusAt)
}

// countUndone adds, once each, the titles of the job's sections of
// preparation left with something undone: the job's own, and those of
// every round held.
func countUndone(j *checklist.Job, now time.Time, counts map[string]int) {
	seen := map[string]bool{}
	add := func(s *checklist.Section) {
		if s.Phase != checklist.Before || !s.Visible(j.Status) || seen[s.Title] {
			return
		}
		for _, it := range s.Items {
			if !it.Done {
				seen[s.Title] = true
				counts[s.Title]++
				return
			}
		}
	}
	for si := range j.Sections {
		add(&j.Sections[si])
	}
	for ri := range j.Rounds {
		r := &j.Rounds[ri]
		if !j.Held(r, now) {
			continue
		}
		for si := range r.Sections {
			add(&r.Sections[si])
		}
	}
}

func undoneList(counts map[string]int, of int) []Undone {
	out := make([]Undone, 0, len(counts))
	for title, n := range counts {
		out = append(out, Undone{Title: title, Jobs: n, Of: of})
	}
	slices.SortFunc(out, func(a, b Undone) int {
		return cmp.Or(cmp.Compare(b.Jobs, a.Jobs), cmp.Compare(a.Title, b.Title))
	})
	return out
}

// lessons are the lessons the job has written down.
func lessons(j *checklist.Job) []Lesson {
	var out []Lesson
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			if it.ID != lessonsItem && !strings.HasSuffix(it.ID, "-"+lessonsItem) {
				continue
			}
			text := strings.TrimSpace(it.Note)
			if text == "" {
				continue
			}
			at := j.Start()
			switch {
			case it.DoneAt != nil:
				at = *it.DoneAt
			case j.StatusAt != nil:
				at = *j.StatusAt
			}
			out = append(out, Lesson{Job: refOf(j), At: at, Text: text})
		}
	}
	return out
}

// Lessons are every lesson written down in the jobs, the newest first.
func Lessons(jobs []checklist.Job) []Lesson {
	var out []Lesson
	for ji := range jobs {
		out = append(out, lessons(&jobs[ji])...)
	}
	NewestFirst(out)
	return out
}

// NewestFirst sorts lessons as Lessons gives them, so that the lessons of
// jobs read a few at a time come out as those of all the jobs at once.
func NewestFirst(lessons []Lesson) {
	slices.SortStableFunc(lessons, func(a, b Lesson) int {
		return cmp.Or(b.At.Compare(a.At), cmp.Compare(a.Job.ID, b.Job.ID))
	})
}

// storyUses pairs each story of the bank with the jobs that link it, and
// adds the stories linked that the bank does not have.
func storyUses(stories []checklist.Story, uses map[string][]JobRef) []StoryUse {
	var out []StoryUse
	known := map[string]bool{}
	for _, st := range stories {
		known[st.ID] = true
		out = append(out, StoryUse{ID: st.ID, Title: st.Title, Jobs: uses[st.ID]})
	}
	slices.SortStableFunc(out, func(a, b StoryUse) int {
		return cmp.Or(cmp.Compare(len(b.Jobs), len(a.Jobs)), cmp.Compare(a.Title, b.Title))
	})
	var gone []StoryUse
	for id, jobs := range uses {
		if !known[id] {
			gone = append(gone, StoryUse{ID: id, Gone: true, Jobs: jobs})
		}
	}
	slices.SortFunc(gone, func(a, b StoryUse) int { return cmp.Compare(a.ID, b.ID) })
	return append(out, gone...)
}
