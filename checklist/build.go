package checklist

import (
	"errors"
	"strings"
	"time"
)

// Details are what a person tells about an interview.
type Details struct {
	Company      string
	Role         string
	At           time.Time
	Where        string
	Interviewers []string
}

// Validate names the first missing or unusable detail.
func (d Details) Validate() error {
	switch {
	case tidyDetail(d.Company) == "":
		return errors.New("company is empty")
	case tidyDetail(d.Role) == "":
		return errors.New("role is empty")
	case d.At.IsZero():
		return errors.New("interview time is missing")
	}
	return nil
}

// NewJob builds a job from a template: every section and item copied,
// per-interviewer items made for each name, and due times counted from the
// interview. Sections that wait on an outcome get their due times when the
// job reaches that outcome.
func NewJob(t Template, d Details, id string, now time.Time) (Job, error) {
	if err := d.Validate(); err != nil {
		return Job{}, err
	}
	if err := t.Validate(); err != nil {
		return Job{}, err
	}
	j := Job{
		Version:      FormatVersion,
		ID:           id,
		Company:      tidyDetail(d.Company),
		Role:         tidyDetail(d.Role),
		InterviewAt:  d.At,
		Where:        tidyDetail(d.Where),
		Interviewers: cleanNames(d.Interviewers),
		Status:       Upcoming,
		Template:     t.Name,
		CreatedAt:    now,
	}
	taken := map[string]bool{}
	for _, ts := range t.Sections {
		for _, ti := range ts.Items {
			taken[ti.ID] = true
		}
	}
	for _, ts := range t.Sections {
		s := Section{ID: ts.ID, Title: ts.Title, Phase: ts.Phase, When: ts.When}
		for _, ti := range ts.Items {
			s.Items = append(s.Items, expand(ti, j.Interviewers, taken)...)
		}
		j.Sections = append(j.Sections, s)
	}
	j.scheduleDue()
	return j, nil
}

// expand turns one template item into the job's items: one per interviewer
// when the item is done for each of them, else one.
func expand(ti TemplateItem, names []string, taken map[string]bool) []Item {
	base := Item{ID: ti.ID, Text: ti.Text, Hint: ti.Hint, Due: ti.Due, Bring: ti.Bring, Each: ti.TextEach}
	if ti.TextEach == "" || len(names) == 0 {
		return []Item{base}
	}
	items := make([]Item, 0, len(names))
	for _, name := range names {
		it := base
		it.For = name
		it.Text = strings.ReplaceAll(ti.TextEach, "{name}", name)
		id := ti.ID
		if slug := Slugify(name, maxSlugPart); slug != "" {
			id += "-" + slug
		}
		it.ID = UniqueID(id, func(id string) bool { return taken[id] })
		taken[it.ID] = true
		items = append(items, it)
	}
	return items
}

// scheduleDue sets the due time of every item whose start is known: the
// interview for plain sections, the status change for an outcome's.
func (j *Job) scheduleDue() {
	for si := range j.Sections {
		s := &j.Sections[si]
		start := j.InterviewAt
		if s.When != "" {
			if s.When != j.Status || j.StatusAt == nil {
				continue
			}
			start = *j.StatusAt
		}
		for ii := range s.Items {
			it := &s.Items[ii]
			if it.Due == "" {
				continue
			}
			if at, err := it.Due.From(start); err == nil {
				it.DueAt = &at
			}
		}
	}
}

func cleanNames(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		n = tidyDetail(n)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
