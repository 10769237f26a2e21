package checklist

import (
	"strings"
	"time"
)

// FormatVersion is the version of the job file this build writes.
const FormatVersion = 2

// Job is one role at one company: what is known about it, every interview
// round of it, and its checklist. The sections of the job itself hold what
// is done once for the whole job (the research, the people, the values,
// the outcome lists); each round holds the sections done again for it.
type Job struct {
	Version  int        `json:"version"`
	ID       string     `json:"id"`
	Company  string     `json:"company"`
	Role     string     `json:"role"`
	Status   Status     `json:"status"`
	StatusAt *time.Time `json:"status_at,omitempty"`
	Reason   *Reason    `json:"reason,omitempty"`
	// DecisionBy is when they said they expect to decide, asked at the end
	// of an interview; the follow-up when no word comes counts from it.
	DecisionBy *time.Time `json:"decision_by,omitempty"`
	Posting    string     `json:"posting,omitempty"`
	Salary     string     `json:"salary,omitempty"`
	AppliedAt  *time.Time `json:"applied_at,omitempty"`
	// AppliedVia says where or how the person applied: a job board, a
	// referral, the company's site.
	AppliedVia string    `json:"applied_via,omitempty"`
	Notes      string    `json:"notes,omitempty"`
	Contacts   []Contact `json:"contacts,omitempty"`
	Rounds     []Round   `json:"rounds"`
	Template   string    `json:"template,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
	Sections   []Section `json:"sections"`
	// Stories are the ids of the stories from the story bank the person
	// got ready for this job, in the order they were linked.
	Stories []string `json:"stories,omitempty"`
}

// Contact is a person at the company the job seeker deals with.
type Contact struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Role     string `json:"role,omitempty"`
	Email    string `json:"email,omitempty"`
	Phone    string `json:"phone,omitempty"`
	LinkedIn string `json:"linkedin,omitempty"`
}

// Section is a titled group of items in one phase. A section with When set
// belongs to an outcome and shows only once the job has that status. Scope
// says whether it is the job's own or a round's, as the template made it.
type Section struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Phase Phase  `json:"phase"`
	Scope Scope  `json:"scope,omitempty"`
	When  Status `json:"when,omitempty"`
	Items []Item `json:"items"`
}

// Item is one thing to do.
type Item struct {
	ID     string     `json:"id"`
	Text   string     `json:"text"`
	Hint   string     `json:"hint,omitempty"`
	Done   bool       `json:"done"`
	DoneAt *time.Time `json:"done_at,omitempty"`
	Note   string     `json:"note,omitempty"`
	Due    Offset     `json:"due,omitempty"`
	// DueDecided is when the item falls due once the job has a decision
	// date, counted from it: "+2wd", two working days after the day they
	// said. Until then Due counts as usual.
	DueDecided Offset     `json:"due_decided,omitempty"`
	DueAt      *time.Time `json:"due_at,omitempty"`
	Own        bool       `json:"own,omitempty"`
	// Bring names, in a few words, a thing to take to the interview that
	// this item is about, for the night-before card.
	Bring string `json:"bring,omitempty"`
	// Each and For mark an item made once per interviewer: Each is the
	// template's text with "{name}" in it, For the interviewer's name.
	Each string `json:"each,omitempty"`
	For  string `json:"for,omitempty"`

	// dueAtText is a due_at from the file that is not a time, its JSON
	// kept as it was written so that saving the job gives it back (see
	// itemjson.go). A string, so that items stay comparable with ==.
	dueAtText string
}

// Visible reports whether the section belongs on the job's checklist now:
// always for plain sections, and for an outcome's section once the job has
// that outcome or once anything in it was ticked or noted.
func (s Section) Visible(status Status) bool {
	if s.When == "" || s.When == status {
		return true
	}
	for _, it := range s.Items {
		if it.Done || it.Note != "" {
			return true
		}
	}
	return false
}

// AllSections lists every section of the job: the job's own, then each
// round's in turn. The sections are the job's, not copies.
func (j *Job) AllSections() []*Section {
	out := make([]*Section, 0, len(j.Sections)+4*len(j.Rounds))
	for si := range j.Sections {
		out = append(out, &j.Sections[si])
	}
	for ri := range j.Rounds {
		for si := range j.Rounds[ri].Sections {
			out = append(out, &j.Rounds[ri].Sections[si])
		}
	}
	return out
}

// Find returns the section holding the item with the given id, and the
// item's place in it.
func (j *Job) Find(itemID string) (sec *Section, item int, ok bool) {
	for _, s := range j.AllSections() {
		for ii, it := range s.Items {
			if it.ID == itemID {
				return s, ii, true
			}
		}
	}
	return nil, -1, false
}

// Item returns a pointer to the item with the given id, or nil.
func (j *Job) Item(itemID string) *Item {
	s, ii, ok := j.Find(itemID)
	if !ok {
		return nil
	}
	return &s.Items[ii]
}

// Section returns the section with the given id, the job's or a round's,
// or nil.
func (j *Job) Section(id string) *Section {
	for _, s := range j.AllSections() {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// RoundOf returns the round a section belongs to, or nil for a section of
// the job itself.
func (j *Job) RoundOf(s *Section) *Round {
	for ri := range j.Rounds {
		r := &j.Rounds[ri]
		for si := range r.Sections {
			if &r.Sections[si] == s {
				return r
			}
		}
	}
	return nil
}

// Clone returns a deep copy, so that edits to it never reach j.
func (j Job) Clone() Job {
	c := j
	// Copies keep an empty list empty rather than nil, so that a clone is
	// equal to its original and saves as the same file ("items": []).
	c.Contacts = cloneList(j.Contacts)
	c.Stories = cloneList(j.Stories)
	c.Sections = cloneSections(j.Sections)
	c.Rounds = cloneList(j.Rounds)
	for ri := range c.Rounds {
		r := &c.Rounds[ri]
		r.Interviewers = cloneList(r.Interviewers)
		r.Sections = cloneSections(r.Sections)
		r.Invite = r.Invite.clone()
	}
	return c
}

func cloneSections(sections []Section) []Section {
	out := cloneList(sections)
	for i := range out {
		out[i].Items = cloneList(out[i].Items)
	}
	return out
}

// cloneList copies a list, keeping nil nil and empty empty.
func cloneList[T any](list []T) []T {
	if list == nil {
		return nil
	}
	return append(make([]T, 0, len(list)), list...)
}

// EffectiveStatus is the status to show: an upcoming job with no round
// left ahead, once one has begun, is shown as interviewed.
func (j Job) EffectiveStatus(now time.Time) Status {
	if j.Status == Upcoming && j.NextRound(now) == nil && j.LastHeld(now) != nil {
		return Interviewed
	}
	return j.Status
}

// VisibleSections are the sections of one phase that belong on the
// checklist of a round now (see Section.Visible): before the interview,
// the job's own and then the round's; after it, the round's and then the
// job's, so that the day's tasks come before the job's follow-ups. A round
// that is nil, or not the job's, gives the job's own sections alone.
func (j *Job) VisibleSections(p Phase, r *Round) []*Section {
	own := j.visible(p, j.Sections)
	if r == nil || j.Round(r.ID) != r {
		return own
	}
	theirs := j.visible(p, r.Sections)
	if p == After {
		return append(theirs, own...)
	}
	return append(own, theirs...)
}

func (j *Job) visible(p Phase, sections []Section) []*Section {
	var out []*Section
	for si := range sections {
		if s := &sections[si]; s.Phase == p && s.Visible(j.Status) {
			out = append(out, s)
		}
	}
	return out
}

// ToBring lists, each once and in checklist order, the things the items
// say to take to a round.
func (j Job) ToBring(r *Round) []string {
	var things []string
	seen := map[string]bool{}
	for _, s := range j.VisibleSections(Before, r) {
		for _, it := range s.Items {
			b := strings.TrimSpace(it.Bring)
			if b != "" && !seen[b] {
				seen[b] = true
				things = append(things, b)
			}
		}
	}
	return things
}
