package importer

import (
	"fmt"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// Save carries out the plan through the store, as one change of one job,
// and returns the job as saved and the id of the round made or changed.
// A plan that writes nothing (Older, Unchanged) saves nothing.
func Save(s *data.Store, p Plan, t checklist.Template, now time.Time) (checklist.Job, string, error) {
	if err := p.Missing(); err != nil {
		return checklist.Job{}, "", err
	}
	switch p.Action {
	case NewJob:
		d := checklist.Details{
			Company: p.Company, Role: p.Role, Name: p.Round.Name, Format: p.Round.Format,
			At: p.Round.At, Minutes: p.Round.Minutes, Where: p.Round.Where, Link: p.Round.Link,
			People: p.Round.Interviewers, Invite: p.Round.Invite, Notes: p.Notes,
		}
		if p.Organizer != nil {
			d.Contacts = []checklist.Contact{*p.Organizer}
		}
		j, err := s.Create(t, d, now)
		if err != nil {
			return j, "", fmt.Errorf("create job: %w", err)
		}
		return j, j.Rounds[0].ID, nil
	case NewRound:
		edits := []checklist.Edit{checklist.AddRound{Template: t, Details: p.Round}}
		if p.Organizer != nil || p.Notes != "" {
			edits = append(edits, addToJob{contact: p.Organizer, notes: roundNotes(p)})
		}
		j, err := s.Apply(p.JobID, edits...)
		if err != nil {
			return j, "", err
		}
		return j, j.Rounds[len(j.Rounds)-1].ID, nil
	case Update:
		var edits []checklist.Edit
		if p.Was != nil && p.Was.State == checklist.Cancelled {
			edits = append(edits, checklist.SetRoundState{RoundID: p.RoundID, State: checklist.Scheduled})
		}
		edits = append(edits, checklist.SetRound{RoundID: p.RoundID, Details: p.Round})
		j, err := s.Apply(p.JobID, edits...)
		return j, p.RoundID, err
	case Cancel:
		j, err := s.Apply(p.JobID, checklist.SetRound{RoundID: p.RoundID, Details: p.Round},
			checklist.SetRoundState{RoundID: p.RoundID, State: checklist.Cancelled})
		return j, p.RoundID, err
	}
	return checklist.Job{}, p.RoundID, nil
}

// roundNotes is the invitation's description as a paragraph of the job's
// notes, headed by the round it is about.
func roundNotes(p Plan) string {
	if p.Notes == "" {
		return ""
	}
	return p.Round.Name + " (" + p.Round.At.Format("2 Jan 2006") + "): " + p.Notes
}

// addToJob adds a contact, unless the job has them already, and a
// paragraph of notes to a job. It is SetJobDetails on the job as it is
// when applied, so that it keeps what was changed elsewhere since.
type addToJob struct {
	contact *checklist.Contact
	notes   string
}

// Apply implements checklist.Edit.
func (e addToJob) Apply(j *checklist.Job) (checklist.Edit, error) {
	d := j.Details()
	if e.contact != nil && !hasContact(j, *e.contact) {
		d.Contacts = append(d.Contacts, *e.contact)
	}
	if e.notes != "" && !strings.Contains(d.Notes, e.notes) {
		d.Notes = strings.TrimSpace(d.Notes + "\n\n" + e.notes)
	}
	return checklist.SetJobDetails{Details: d}.Apply(j)
}
