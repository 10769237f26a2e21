package checklist

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Details are what a person tells about a new job: the company and the
// role, and its first round: its name, format, time, length, place or
// link, and the names of the people they will meet.
type Details struct {
	Company string
	Role    string
	Name    string
	Format  Format
	At      time.Time
	Minutes int
	Where   string
	// TravelMinutes is the journey to a first round held in person.
	TravelMinutes int
	Link          string
	Interviewers  []string
	// People are interviewers with more than a name; they follow those of
	// Interviewers.
	People []Person
	// Invite is the invitation the first round came from, if any.
	Invite *Invite
	// Notes and Contacts start the job's own notes and contacts.
	Notes    string
	Contacts []Contact
}

// Round is the first round as the details give it.
func (d Details) Round() RoundDetails {
	return RoundDetails{
		Name: d.Name, Format: d.Format, At: d.At, Minutes: d.Minutes,
		Where: d.Where, TravelMinutes: d.TravelMinutes, Link: d.Link, Interviewers: append(People(d.Interviewers...), d.People...),
		Invite: d.Invite,
	}
}

// RoundDetails are what a person tells about one round.
type RoundDetails struct {
	// Name is the kind of round ("Phone screen", "Onsite"); any text.
	Name    string
	Format  Format
	At      time.Time
	Minutes int
	Where   string
	// TravelMinutes is how long the journey there takes, for a round in
	// person; 0 is none set.
	TravelMinutes int
	Link          string
	// Interviewers are the people the person will meet; a name alone is
	// fine.
	Interviewers []Person
	// Invite is the calendar invitation the round comes from. Changing a
	// round, nil keeps the one it has.
	Invite *Invite
}

// Names lists the interviewers' names.
func (d RoundDetails) Names() []string {
	return Round{Interviewers: d.Interviewers}.Names()
}

// People makes interviewers of names alone.
func People(names ...string) []Person {
	out := make([]Person, 0, len(names))
	for _, n := range names {
		out = append(out, Person{Name: n})
	}
	return out
}

// Validate names the first missing or unusable detail.
func (d Details) Validate() error {
	switch {
	case tidyDetail(d.Company) == "":
		return errors.New("company is empty")
	case tidyDetail(d.Role) == "":
		return errors.New("role is empty")
	}
	return d.Round().Validate()
}

// Validate names the first missing or unusable detail of a round.
func (d RoundDetails) Validate() error {
	switch {
	case d.At.IsZero():
		return errors.New("interview time is missing")
	case d.Minutes < 0 || d.Minutes > 24*60:
		return fmt.Errorf("length %d minutes: give a length from 1 minute to a day", d.Minutes)
	case d.TravelMinutes < 0 || d.TravelMinutes > MaxTravelMinutes:
		return fmt.Errorf("journey %d minutes: give a journey from 1 minute to a day", d.TravelMinutes)
	case d.Format != "":
		_, err := ParseFormat(string(d.Format))
		return err
	}
	return nil
}

// tidy trims the details, fills in what can be guessed (the format from a
// join link, the name), and drops interviewers without a name and repeats.
func (d RoundDetails) tidy() RoundDetails {
	d.Name = tidyDetail(d.Name)
	if d.Name == "" {
		d.Name = "Interview"
	}
	d.Where = tidyDetail(d.Where)
	d.Link = tidyDetail(d.Link)
	if d.Format == "" {
		d.Format = InPerson
		if d.Link != "" || looksLikeLink(d.Where) {
			d.Format = Video
		}
	}
	d.Interviewers = cleanPeople(d.Interviewers)
	return d
}

func looksLikeLink(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// NewJob builds a job from a template: the job's own sections once, and a
// first round with its own sections, per-interviewer items made for each
// name, and due times counted from the round. Sections that wait on an
// outcome get their due times when the job reaches that outcome. Names
// given already do what the item asking for them asks (see NamesItem).
func NewJob(t Template, d Details, id string, now time.Time) (Job, error) {
	if err := d.Validate(); err != nil {
		return Job{}, err
	}
	if err := t.Validate(); err != nil {
		return Job{}, err
	}
	j := Job{
		Version:   FormatVersion,
		ID:        id,
		Company:   tidyDetail(d.Company),
		Role:      tidyDetail(d.Role),
		Status:    Upcoming,
		Rounds:    []Round{},
		Template:  t.Name,
		Notes:     strings.TrimSpace(d.Notes),
		Contacts:  tidyContacts(d.Contacts),
		CreatedAt: now,
	}
	taken := map[string]bool{}
	for _, ts := range t.Sections {
		if ts.Scope != JobScope {
			continue
		}
		s := Section{ID: ts.ID, Title: ts.Title, Phase: ts.Phase, Scope: JobScope, When: ts.When}
		for _, ti := range ts.Items {
			s.Items = append(s.Items, expand(ti, "", nil, taken)...)
		}
		j.Sections = append(j.Sections, s)
	}
	j.Rounds = append(j.Rounds, j.newRound(t, d.Round()))
	j.scheduleDue()
	// Names given with a job made after its interview were written down
	// at a time not known.
	namedAt := now
	if !now.Before(j.Rounds[0].At) {
		namedAt = time.Time{}
	}
	j.tickNames(&j.Rounds[0], namedAt)
	return j, nil
}

// newRound makes the next round of j from the template's round sections:
// the items for its format, the look back at earlier rounds only when
// there were some. The first round's sections and items keep the
// template's ids, as a job from before rounds had them; a later round's
// carry its id before them ("r2-outfit-ready"), so that every id is unique
// in the job.
func (j *Job) newRound(t Template, d RoundDetails) Round {
	d = d.tidy()
	r := Round{
		ID: j.nextRoundID(), Name: d.Name, Format: d.Format, At: d.At, Minutes: d.Minutes,
		Where: d.Where, TravelMinutes: d.TravelMinutes, Link: d.Link, Interviewers: d.Interviewers, State: Scheduled,
		Invite: d.Invite.clone(), Sections: []Section{},
	}
	later := slices.ContainsFunc(j.Rounds, func(r Round) bool { return r.State != Cancelled })
	prefix := ""
	if len(j.Rounds) > 0 {
		prefix = r.ID + "-"
	}
	taken := map[string]bool{}
	for _, s := range j.AllSections() {
		taken[s.ID] = true
		for _, it := range s.Items {
			taken[it.ID] = true
		}
	}
	for _, ts := range t.Sections {
		if ts.Scope != RoundScope {
			continue
		}
		s := Section{ID: UniqueID(prefix+ts.ID, func(id string) bool { return taken[id] }),
			Title: ts.Title, Phase: ts.Phase, Scope: RoundScope}
		taken[s.ID] = true
		for _, ti := range ts.Items {
			if ti.Later && !later || len(ti.Formats) > 0 && !slices.Contains(ti.Formats, r.Format) {
				continue
			}
			s.Items = append(s.Items, expand(ti, prefix, r.Names(), taken)...)
		}
		if len(s.Items) > 0 {
			r.Sections = append(r.Sections, s)
		}
	}
	return r
}

// nextRoundID is "r" and one more than the highest round number in j.
func (j *Job) nextRoundID() string {
	n := 0
	for _, r := range j.Rounds {
		if k, err := strconv.Atoi(strings.TrimPrefix(r.ID, "r")); err == nil && strings.HasPrefix(r.ID, "r") {
			n = max(n, k)
		}
	}
	return "r" + strconv.Itoa(n+1)
}

// expand turns one template item into items: one per interviewer when the
// item is done for each of them, else one. Ids start with prefix and are
// kept unique against taken, which records them.
func expand(ti TemplateItem, prefix string, names []string, taken map[string]bool) []Item {
	base := Item{ID: prefix + ti.ID, Text: ti.Text, Hint: ti.Hint, Due: ti.Due, DueDecided: ti.DueDecided, Bring: ti.Bring, Each: ti.TextEach}
	if ti.TextEach == "" || len(names) == 0 {
		base.ID = UniqueID(base.ID, func(id string) bool { return taken[id] })
		taken[base.ID] = true
		return []Item{base}
	}
	items := make([]Item, 0, len(names))
	for _, name := range names {
		it := base
		it.For = name
		it.Text = strings.ReplaceAll(ti.TextEach, "{name}", name)
		id := base.ID
		if slug := Slugify(name, maxSlugPart); slug != "" {
			id += "-" + slug
		}
		it.ID = UniqueID(id, func(id string) bool { return taken[id] })
		taken[it.ID] = true
		items = append(items, it)
	}
	return items
}

// scheduleDue sets the due time of every item whose start is known (see
// dueStart).
func (j *Job) scheduleDue() {
	for _, s := range j.AllSections() {
		start, ok := j.dueStart(s)
		if !ok {
			continue
		}
		for ii := range s.Items {
			it := &s.Items[ii]
			if it.Due == "" {
				continue
			}
			if at, err := j.dueFrom(s, it, start); err == nil {
				j.setDue(it, at)
			}
		}
	}
}

// dueStart is the moment the due times of a section count from: its
// round's start for a round's section; the last round's for the job's own
// plain sections, so that the follow-up when no word comes waits for the
// last interview; and the status change for an outcome's, once the job has
// that status.
func (j *Job) dueStart(s *Section) (time.Time, bool) {
	if r := j.RoundOf(s); r != nil {
		return r.At, true
	}
	switch {
	case s.When == "":
		if r := j.LastRound(); r != nil {
			return r.At, true
		}
	case s.When == j.Status && j.StatusAt != nil:
		return *j.StatusAt, true
	}
	return time.Time{}, false
}

// reschedule counts the due times of the open items of every section but
// an outcome's again from their start, after a round moved, came or went.
// Done items keep theirs, so that how early or late they were stays true.
func (j *Job) reschedule() {
	for _, s := range j.AllSections() {
		if s.When != "" {
			continue
		}
		start, ok := j.dueStart(s)
		for ii := range s.Items {
			it := &s.Items[ii]
			if it.Due == "" || it.Done {
				continue
			}
			if !ok {
				it.setDueAt(nil)
				continue
			}
			if at, err := j.dueFrom(s, it, start); err == nil {
				j.setDue(it, at)
			}
		}
	}
}

// dueFrom is when item it of section s falls due, the section's start
// being start: by its Due, or by its DueDecided from the job's decision
// date once the job has one. The item to leave by counts back from its
// round's start by the journey (see Leave).
//
// A task to do before a round that was still to come when the job was
// made is never due before the job was: made 21 hours ahead, the day-ahead
// confirmation is due at once, not 3 hours late.
func (j *Job) dueFrom(s *Section, it *Item, start time.Time) (time.Time, error) {
	if it.DueDecided != "" && j.DecisionBy != nil {
		return it.DueDecided.From(*j.DecisionBy)
	}
	at, err := it.Due.From(start)
	if it.Due == Leave {
		if r := j.RoundOf(s); r != nil {
			at, err = r.LeaveBy(), nil
		}
	}
	if err == nil && at.Before(j.CreatedAt) && start.After(j.CreatedAt) {
		at = j.CreatedAt
	}
	return at, err
}

// setDue gives an item its due time, and the item to leave by the text
// that says it.
func (j *Job) setDue(it *Item, at time.Time) {
	retimeLeave(it, it.DueAt, at)
	it.setDueAt(&at)
}

func cleanPeople(people []Person) []Person {
	var out []Person
	seen := map[string]bool{}
	for _, p := range people {
		p.Name, p.Email = tidyDetail(p.Name), tidyDetail(p.Email)
		if p.Name != "" && !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, p)
		}
	}
	return out
}
