package checklist

import (
	"strings"
	"time"
)

// FormatVersion is the version of the job file this build writes.
const FormatVersion = 1

// Job is one interview for one role at one company, with its checklist.
type Job struct {
	Version      int        `json:"version"`
	ID           string     `json:"id"`
	Company      string     `json:"company"`
	Role         string     `json:"role"`
	InterviewAt  time.Time  `json:"interview_at"`
	Where        string     `json:"where,omitempty"`
	Interviewers []string   `json:"interviewers,omitempty"`
	Status       Status     `json:"status"`
	StatusAt     *time.Time `json:"status_at,omitempty"`
	Reason       *Reason    `json:"reason,omitempty"`
	Template     string     `json:"template,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	Sections     []Section  `json:"sections"`
}

// Section is a titled group of items in one phase. A section with When set
// belongs to an outcome and shows only once the job has that status.
type Section struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Phase Phase  `json:"phase"`
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
	DueAt  *time.Time `json:"due_at,omitempty"`
	Own    bool       `json:"own,omitempty"`
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

// Find returns the section and item indexes of the item with the given id.
func (j *Job) Find(itemID string) (sec, item int, ok bool) {
	for si, s := range j.Sections {
		for ii, it := range s.Items {
			if it.ID == itemID {
				return si, ii, true
			}
		}
	}
	return -1, -1, false
}

// Item returns a pointer to the item with the given id, or nil.
func (j *Job) Item(itemID string) *Item {
	si, ii, ok := j.Find(itemID)
	if !ok {
		return nil
	}
	return &j.Sections[si].Items[ii]
}

// Clone returns a deep copy, so that edits to it never reach j.
func (j Job) Clone() Job {
	c := j
	// Copies keep an empty list empty rather than nil, so that a clone is
	// equal to its original and saves as the same file ("items": []).
	if j.Interviewers != nil {
		c.Interviewers = append(make([]string, 0, len(j.Interviewers)), j.Interviewers...)
	}
	if j.Sections != nil {
		c.Sections = make([]Section, len(j.Sections))
	}
	for i, s := range j.Sections {
		if s.Items != nil {
			s.Items = append(make([]Item, 0, len(s.Items)), s.Items...)
		}
		c.Sections[i] = s
	}
	return c
}

// EffectiveStatus is the status to show: an upcoming job whose interview has
// begun is shown as interviewed.
func (j Job) EffectiveStatus(now time.Time) Status {
	if j.Status == Upcoming && !now.Before(j.InterviewAt) {
		return Interviewed
	}
	return j.Status
}

// VisibleSections are the sections of one phase that belong on the job's
// checklist now (see Section.Visible).
func (j Job) VisibleSections(p Phase) []Section {
	var out []Section
	for _, s := range j.Sections {
		if s.Phase == p && s.Visible(j.Status) {
			out = append(out, s)
		}
	}
	return out
}

// ToBring lists, each once and in checklist order, the things the job's
// items say to take to the interview.
func (j Job) ToBring() []string {
	var things []string
	seen := map[string]bool{}
	for _, s := range j.VisibleSections(Before) {
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
