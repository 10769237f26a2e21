package importer

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/invite"
)

// Action is what importing an invitation does.
type Action string

// The actions, as prep import --json names them.
const (
	// NewJob makes a job of its own, with the meeting as its first round.
	NewJob Action = "new-job"
	// NewRound adds the meeting as the next round of a job at the same
	// company.
	NewRound Action = "new-round"
	// Update changes the round an earlier version of the invitation made:
	// its time (and the due times with it), place, link, format and people.
	Update Action = "update"
	// Cancel marks that round cancelled: kept with its ticks and notes, no
	// longer chased.
	Cancel Action = "cancel"
	// Older changes nothing: the round holds a later version.
	Older Action = "older"
	// Unchanged changes nothing: the round holds this version already.
	Unchanged Action = "unchanged"
)

// Writes reports whether the action changes a job.
func (a Action) Writes() bool {
	return a == NewJob || a == NewRound || a == Update || a == Cancel
}

// Errors of Decide that the person can answer with an option.
var (
	// ErrNoCompany: the invitation does not tell which company it is with.
	ErrNoCompany = errors.New("the invitation does not say which company the meeting is with")
	// ErrNoRole: it does not name the role, and a new job needs one.
	ErrNoRole = errors.New("the invitation does not name the role")
	// ErrWhichJob: several jobs are at the invitation's company.
	ErrWhichJob = errors.New("several jobs are at this company")
	// ErrNoSuchJob: the job asked for is not there.
	ErrNoSuchJob = errors.New("no such job")
	// ErrNothingToCancel: a cancellation of a meeting never imported.
	ErrNothingToCancel = errors.New("the invitation cancels a meeting that was never imported, so there is nothing to cancel")
)

// Options steer Decide; the zero value decides everything from the
// invitation and the jobs.
type Options struct {
	// Me are the person's own addresses: never an interviewer, a contact
	// or a company.
	Me []string
	// Company and Role, when given, are used for a new job in place of
	// what the invitation suggests; Company also picks the job a new
	// round joins.
	Company, Role string
	// JobID makes a new meeting a round of this job.
	JobID string
	// New makes a new meeting a job of its own, even where a job at the
	// same company exists.
	New bool
}

// Plan is what importing one meeting will do, for the person to see
// before it is saved.
type Plan struct {
	Action Action
	// Event is the meeting as read, made fit to show (invite.Event.Clean).
	Event invite.Event
	// JobID and RoundID name the job and the round changed; empty for a
	// new job, and RoundID for a new round.
	JobID, RoundID string
	// Company and Role are the job's: guessed for a new job, the job's own
	// otherwise.
	Company, Role string
	// Round is the round as it will be. Its Name is guessed from the
	// summary for a new round and kept for an update.
	Round checklist.RoundDetails
	// Notes is the invitation's description, kept with the job.
	Notes string
	// Organizer is who sent it, kept as a contact of the job; nil when
	// the invitation names no one, or names the person themselves.
	Organizer *checklist.Contact
	// SameCompany lists the other jobs at the company when a new one is
	// made there, or the job the round joins.
	SameCompany []string
	// Assumed lists, in plain words, what was guessed.
	Assumed []string
	// Was is the round as it stood, for an update or a cancellation.
	Was *checklist.Round
}

// Decide makes the plan for one meeting given the jobs there are.
func Decide(e invite.Event, jobs []checklist.Job, o Options) (Plan, error) {
	e = e.Clean()
	p := Plan{Event: e, Assumed: slices.Clone(e.Assumed)}
	p.Round = roundDetails(e, o.Me)
	if j, r := findRound(jobs, e.UID); r != nil {
		return p.change(j, r), nil
	}
	if e.Cancelled {
		return Plan{}, fmt.Errorf("%w (%q)", ErrNothingToCancel, e.Summary)
	}
	p.Notes = strings.TrimSpace(e.Description)
	p.Organizer = organizer(e.Organizer, o.Me)
	if p.Round.Name == "" {
		p.Round.Name = "Interview"
		p.Assumed = append(p.Assumed, "the summary names no kind of round; it was called an interview")
	}
	company := strings.TrimSpace(o.Company)
	if company == "" {
		company = e.CompanyGuess
	}
	switch {
	case o.JobID != "":
		j := findJob(jobs, o.JobID)
		if j == nil {
			return Plan{}, fmt.Errorf("%w: %s", ErrNoSuchJob, o.JobID)
		}
		return p.joining(j), nil
	case !o.New && company != "":
		same := atCompany(jobs, company)
		if open := stillOpen(same); len(same) > 1 && len(open) == 1 {
			same = open
		}
		switch len(same) {
		case 0:
		case 1:
			return p.joining(same[0]), nil
		default:
			return Plan{}, fmt.Errorf("%w (%s): %s", ErrWhichJob, company, strings.Join(ids(same), ", "))
		}
	}
	p.Action, p.Company = NewJob, company
	p.Role = strings.TrimSpace(o.Role)
	if p.Role == "" {
		if p.Role = roleFrom(e.Summary, company, isPrepUID(e.UID)); p.Role != "" {
			p.Assumed = append(p.Assumed, fmt.Sprintf("the role %q was read from the summary", p.Role))
		}
	}
	if o.Company == "" && company != "" {
		p.Assumed = append(p.Assumed, fmt.Sprintf("the company %q was guessed from the invitation", company))
	}
	p.SameCompany = ids(atCompany(jobs, company))
	return p, nil
}

// Missing is ErrNoCompany or ErrNoRole when the plan makes a job and
// lacks its company or role, which the person must then give; nil
// otherwise.
func (p Plan) Missing() error {
	switch {
	case p.Action != NewJob:
	case strings.TrimSpace(p.Company) == "":
		return ErrNoCompany
	case strings.TrimSpace(p.Role) == "":
		return fmt.Errorf("%w (%q)", ErrNoRole, p.Event.Summary)
	}
	return nil
}

// joining makes p a new round of j.
func (p Plan) joining(j *checklist.Job) Plan {
	p.Action, p.JobID, p.Company, p.Role = NewRound, j.ID, j.Company, j.Role
	p.SameCompany = []string{j.ID}
	if p.Organizer != nil && hasContact(j, *p.Organizer) {
		p.Organizer = nil
	}
	return p
}

// change makes p the update, cancellation or nothing that this version of
// the invitation is to the round r of j, which an earlier one made.
func (p Plan) change(j *checklist.Job, r *checklist.Round) Plan {
	was := checklist.Job{Rounds: []checklist.Round{*r}}.Clone().Rounds[0]
	p.JobID, p.RoundID, p.Company, p.Role, p.Was = j.ID, r.ID, j.Company, j.Role, &was
	// An invitation says nothing of the name the person gave the round
	// or of their journey to it: both stay.
	p.Round.Name, p.Round.TravelMinutes = r.Name, r.TravelMinutes
	if p.Event.Cancelled {
		// A cancellation moves nothing: the round is kept as it was.
		p.Round = details(r)
	}
	p.Round.Invite = inviteOf(p.Event)
	cmp := 0
	if r.Invite != nil && r.Invite.UID == p.Event.UID {
		cmp = p.Event.CompareVersion(r.Invite.Sequence, stampOf(r.Invite))
	}
	switch {
	case cmp < 0:
		p.Action = Older
	case p.Event.Cancelled && r.State == checklist.Cancelled, !p.Event.Cancelled && cmp == 0 && sameRound(r, p.Round):
		p.Action = Unchanged
	case p.Event.Cancelled:
		p.Action = Cancel
	default:
		p.Action = Update
	}
	return p
}

// roundDetails is the round the meeting makes.
func roundDetails(e invite.Event, me []string) checklist.RoundDetails {
	d := checklist.RoundDetails{
		Name:    roundName(e.Summary, isPrepUID(e.UID)),
		Format:  formatOf(string(e.Format)),
		At:      e.Start,
		Minutes: max(e.Minutes(), 0),
		Where:   e.Location,
		Link:    e.Link,
		Invite:  inviteOf(e),
	}
	if d.Minutes > 24*60 {
		d.Minutes = 24 * 60
	}
	if d.Where == d.Link {
		d.Where = ""
	}
	for _, person := range e.Interviewers(me) {
		d.Interviewers = append(d.Interviewers, checklist.Person{Name: person.Name, Email: person.Email})
	}
	return d
}

func inviteOf(e invite.Event) *checklist.Invite {
	if e.UID == "" {
		return nil
	}
	inv := &checklist.Invite{UID: e.UID, Sequence: e.Sequence}
	if !e.Stamp.IsZero() {
		at := e.Stamp
		inv.Stamp = &at
	}
	return inv
}

func stampOf(inv *checklist.Invite) time.Time {
	if inv.Stamp == nil {
		return time.Time{}
	}
	return *inv.Stamp
}

// details are a round's as a change of it takes them.
func details(r *checklist.Round) checklist.RoundDetails {
	return checklist.RoundDetails{Name: r.Name, Format: r.Format, At: r.At, Minutes: r.Minutes,
		Where: r.Where, TravelMinutes: r.TravelMinutes, Link: r.Link, Interviewers: slices.Clone(r.Interviewers)}
}

// sameRound reports whether the round already says what d says.
func sameRound(r *checklist.Round, d checklist.RoundDetails) bool {
	return r.At.Equal(d.At) && r.Minutes == d.Minutes && r.Where == d.Where && r.Link == d.Link &&
		r.Format == d.Format && slices.Equal(r.Names(), d.Names()) && r.State != checklist.Cancelled
}

// organizer is the contact the organizer makes, or nil.
func organizer(org invite.Person, me []string) *checklist.Contact {
	name := strings.TrimSpace(org.Name)
	if name == "" {
		return nil
	}
	for _, m := range me {
		if org.Email != "" && strings.EqualFold(strings.TrimSpace(m), org.Email) {
			return nil
		}
	}
	return &checklist.Contact{Name: name, Role: "organizer", Email: org.Email}
}

func hasContact(j *checklist.Job, c checklist.Contact) bool {
	return slices.ContainsFunc(j.Contacts, func(x checklist.Contact) bool {
		return c.Email != "" && strings.EqualFold(x.Email, c.Email) || strings.EqualFold(x.Name, c.Name)
	})
}

func atCompany(jobs []checklist.Job, company string) []*checklist.Job {
	var out []*checklist.Job
	for i := range jobs {
		if sameCompany(jobs[i].Company, company) {
			out = append(out, &jobs[i])
		}
	}
	return out
}

// stillOpen are the jobs without an answer yet.
func stillOpen(jobs []*checklist.Job) []*checklist.Job {
	var out []*checklist.Job
	for _, j := range jobs {
		if !j.Status.Final() {
			out = append(out, j)
		}
	}
	return out
}

func findJob(jobs []checklist.Job, id string) *checklist.Job {
	for i := range jobs {
		if jobs[i].ID == id {
			return &jobs[i]
		}
	}
	return nil
}

func ids(jobs []*checklist.Job) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = j.ID
	}
	return out
}
