package checklist

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// JobDetails are what is known about the job itself, for its own page.
type JobDetails struct {
	Company    string
	Role       string
	Posting    string
	Salary     string
	AppliedAt  *time.Time
	AppliedVia string
	Notes      string
	Contacts   []Contact
	// DecisionBy is when they expect to decide (see SetDecisionDate).
	DecisionBy *time.Time
}

// Details are the job's details as they stand, to fill a form for
// SetJobDetails.
func (j Job) Details() JobDetails {
	return JobDetails{
		Company: j.Company, Role: j.Role, Posting: j.Posting, Salary: j.Salary,
		AppliedAt: j.AppliedAt, AppliedVia: j.AppliedVia, Notes: j.Notes,
		Contacts: slices.Clone(j.Contacts), DecisionBy: j.DecisionBy,
	}
}

// Contact returns the first contact with the given role ("hr",
// "recruiter"), or nil.
func (j *Job) Contact(role string) *Contact {
	for i := range j.Contacts {
		if strings.EqualFold(j.Contacts[i].Role, role) {
			return &j.Contacts[i]
		}
	}
	return nil
}

// String is the contact on one line, as it was written: "Kim Patel
// (recruiter, kim@acme.example)".
func (c Contact) String() string {
	var more []string
	for _, s := range []string{c.Role, c.Email, c.Phone, c.LinkedIn} {
		if s = strings.TrimSpace(s); s != "" {
			more = append(more, s)
		}
	}
	if len(more) == 0 {
		return c.Name
	}
	return c.Name + " (" + strings.Join(more, ", ") + ")"
}

// SetJobDetails changes the job's own details, trimmed; the job keeps its
// id. A contact without an id gets one made from the name, unique among
// the job's contacts; one without a name is dropped. A new decision date
// moves the due times that count from it and ticks the item asking for
// it, as SetDecisionDate does, At being when it was said. The undo puts
// the details back exactly.
type SetJobDetails struct {
	Details JobDetails
	At      time.Time
}

// Apply implements Edit.
func (e SetJobDetails) Apply(j *Job) (Edit, error) {
	d := e.Details
	switch {
	case tidyDetail(d.Company) == "":
		return nil, errors.New("company is empty")
	case tidyDetail(d.Role) == "":
		return nil, errors.New("role is empty")
	}
	undo := jobDetailsState{j.Details()}
	j.Company, j.Role = tidyDetail(d.Company), tidyDetail(d.Role)
	j.Posting, j.Salary = strings.TrimSpace(d.Posting), strings.TrimSpace(d.Salary)
	j.AppliedAt, j.AppliedVia = d.AppliedAt, strings.TrimSpace(d.AppliedVia)
	j.Notes = strings.TrimSpace(d.Notes)
	j.Contacts = tidyContacts(d.Contacts)
	if j.setDecisionBy(d.DecisionBy) {
		return then(undo, j.tickDecision(e.At)), nil
	}
	return undo, nil
}

func tidyContacts(contacts []Contact) []Contact {
	var out []Contact
	taken := map[string]bool{}
	for _, c := range contacts {
		c.Name = strings.TrimSpace(c.Name)
		if c.Name == "" {
			continue
		}
		c.Role, c.Email = strings.TrimSpace(c.Role), strings.TrimSpace(c.Email)
		c.Phone, c.LinkedIn = strings.TrimSpace(c.Phone), strings.TrimSpace(c.LinkedIn)
		if !ValidID(c.ID) || taken[c.ID] {
			base := Slugify(c.Name, maxSlugPart)
			if base == "" {
				base = "contact"
			}
			c.ID = UniqueID(base, func(id string) bool { return taken[id] })
		}
		taken[c.ID] = true
		out = append(out, c)
	}
	return out
}

// jobDetailsState puts a job's own details back exactly.
type jobDetailsState struct {
	d JobDetails
}

// Apply implements Edit.
func (e jobDetailsState) Apply(j *Job) (Edit, error) {
	undo := jobDetailsState{j.Details()}
	d := e.d
	j.Company, j.Role, j.Posting, j.Salary = d.Company, d.Role, d.Posting, d.Salary
	j.AppliedAt, j.AppliedVia, j.Notes = d.AppliedAt, d.AppliedVia, d.Notes
	j.Contacts = slices.Clone(d.Contacts)
	j.setDecisionBy(d.DecisionBy)
	return undo, nil
}
