package cli

import (
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/importer"
)

// planJSON is what prep import --dry-run --json says of one meeting.
type planJSON struct {
	Action       importer.Action    `json:"action"`
	Job          string             `json:"job,omitempty"`
	Round        string             `json:"round,omitempty"`
	Company      string             `json:"company"`
	Role         string             `json:"role"`
	Name         string             `json:"name"`
	At           *time.Time         `json:"at,omitempty"`
	Minutes      int                `json:"minutes,omitempty"`
	Format       checklist.Format   `json:"format"`
	Where        string             `json:"where,omitempty"`
	Link         string             `json:"link,omitempty"`
	Interviewers []checklist.Person `json:"interviewers"`
	Organizer    *checklist.Contact `json:"organizer,omitempty"`
	Notes        string             `json:"notes,omitempty"`
	Invite       *checklist.Invite  `json:"invite,omitempty"`
	Assumed      []string           `json:"assumed"`
}

func toPlanJSON(p importer.Plan) planJSON {
	out := planJSON{
		Action: p.Action, Job: p.JobID, Round: p.RoundID, Company: p.Company, Role: p.Role,
		Name: p.Round.Name, Minutes: p.Round.Minutes, Format: p.Round.Format, Where: p.Round.Where,
		Link: p.Round.Link, Interviewers: p.Round.Interviewers, Organizer: p.Organizer, Notes: p.Notes,
		Invite: p.Round.Invite, Assumed: p.Assumed,
	}
	if !p.Round.At.IsZero() {
		at := p.Round.At
		out.At = &at
	}
	if out.Interviewers == nil {
		out.Interviewers = []checklist.Person{}
	}
	if out.Assumed == nil {
		out.Assumed = []string{}
	}
	return out
}
