// Package dataset makes data directories full of realistic jobs, for the
// benchmarks and for bench/compare.sh. Every job is made from the default
// template and changed through the real data.Store, so the files are
// exactly the ones prep writes.
//
// It lives apart from data because nothing in prep itself needs it: the
// data package keeps to what the app and the commands use, and internal/
// keeps the generator from becoming anyone's API.
package dataset

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// Reference is the moment Generate spreads interviews around: about two
// thirds of them before it, a third after. It is the clock of the
// command-line tests, so a generated folder has jobs that are due, late,
// upcoming and long past for them.
var Reference = time.Date(2026, 11, 23, 9, 0, 0, 0, zone)

// zone is the time zone of every generated time, fixed so that a folder
// made on one machine is the same byte for byte as one made on another.
var zone = time.FixedZone("CET", 60*60)

// Generate makes n jobs in the data directory dir (its jobs folder must be
// empty or missing), spread around Reference. The same seed gives the same
// files.
func Generate(dir string, n int, seed uint64) error {
	return GenerateAt(dir, n, seed, Reference)
}

// GenerateAt is Generate with interviews spread around now instead: from
// about 180 days before it to 60 days after.
func GenerateAt(dir string, n int, seed uint64, now time.Time) error {
	entries, err := os.ReadDir(filepath.Join(dir, "jobs"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s already holds jobs: generate into an empty folder", filepath.Join(dir, "jobs"))
	}
	g := &generator{
		rng:   rand.New(rand.NewPCG(seed, 0x70726570)),
		store: data.NewStore(dir),
		tmpl:  data.DefaultTemplate(),
		now:   now.In(zone).Truncate(time.Minute),
	}
	for i := range n {
		if err := g.job(); err != nil {
			return fmt.Errorf("job %d: %w", i+1, err)
		}
	}
	return nil
}

type generator struct {
	rng   *rand.Rand
	store *data.Store
	tmpl  checklist.Template
	now   time.Time
}

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// between is a moment from a to b, to the minute.
func (g *generator) between(a, b time.Time) time.Time {
	if !b.After(a) {
		return a
	}
	return a.Add(time.Duration(g.rng.Int64N(int64(b.Sub(a))))).Truncate(time.Minute)
}

func (g *generator) job() error {
	// Interviews fall on a working day in office hours, on the hour or half.
	day := g.now.AddDate(0, 0, g.rng.IntN(240)-180)
	at := time.Date(day.Year(), day.Month(), day.Day(), 9+g.rng.IntN(8), 30*g.rng.IntN(2), 0, 0, zone)
	created := at.AddDate(0, 0, -3-g.rng.IntN(28))
	if created.After(g.now) {
		created = g.now.Add(-time.Duration(g.rng.IntN(72)) * time.Hour)
	}
	names := checklist.RoundNames()
	d := checklist.Details{
		Company: g.pick(companies),
		Role:    g.pick(roles),
		Name:    names[g.rng.IntN(2)],
		Format:  g.format(),
		At:      at,
	}
	if g.chance(0.7) {
		d.Where = g.pick(places)
	}
	for range g.rng.IntN(5) {
		d.Interviewers = append(d.Interviewers, g.pick(people))
	}
	j, err := g.store.Create(g.tmpl, d, created)
	if err != nil {
		return err
	}
	// One to four rounds, each some days after the last.
	var rounds []checklist.Edit
	next := at
	for i := range g.rng.IntN(4) {
		next = next.AddDate(0, 0, 3+g.rng.IntN(8))
		rd := checklist.RoundDetails{Name: names[min(2+i, len(names)-1)], Format: g.format(), At: next, Minutes: 45 + 15*g.rng.IntN(4)}
		for range g.rng.IntN(4) {
			rd.Interviewers = append(rd.Interviewers, checklist.Person{Name: g.pick(people)})
		}
		rounds = append(rounds, checklist.AddRound{Template: g.tmpl, Details: rd, At: created})
	}
	if len(rounds) > 0 {
		if j, err = g.store.Apply(j.ID, rounds...); err != nil {
			return err
		}
	}
	edits := g.edits(j, created)
	if len(edits) == 0 {
		return nil
	}
	_, err = g.store.Apply(j.ID, edits...)
	return err
}

// edits are what a person would have done to the job by now: ticks and
// notes before the interview, the follow-ups after it, and an answer.
func (g *generator) format() checklist.Format {
	formats := checklist.Formats()
	return formats[g.rng.IntN(len(formats))]
}

func (g *generator) edits(j checklist.Job, created time.Time) []checklist.Edit {
	last := j.LastRound().At
	past := last.Before(g.now)
	var edits []checklist.Edit

	status := checklist.Upcoming
	if past {
		switch r := g.rng.Float64(); {
		case r < 0.10: // never updated: shown as interviewed
		case r < 0.35:
			status = checklist.Interviewed
		case r < 0.45:
			status = checklist.Offer
		case r < 0.75:
			status = checklist.Rejected
		case r < 0.90:
			status = checklist.NoResponse
		default:
			status = checklist.Withdrawn
		}
	} else if g.chance(0.08) {
		status = checklist.Withdrawn
	}
	statusAt := g.now
	if status != checklist.Upcoming {
		from, to := last.Add(2*time.Hour), last.AddDate(0, 0, 21)
		if !past {
			from, to = created, g.now
		}
		statusAt = g.between(from, minTime(to, g.now))
		edits = append(edits, checklist.SetStatus{Status: status, At: statusAt})
	}
	if status == checklist.Rejected {
		reasons := checklist.Reasons()
		r := checklist.Reason{Code: reasons[g.rng.IntN(len(reasons))].Code}
		if r.Code == checklist.OtherReason || g.chance(0.3) {
			r.Text = g.pick(reasonTexts)
		}
		edits = append(edits, checklist.SetReason{Reason: &r, At: statusAt})
	}

	// How much of each part is done.
	before := 0.6 + 0.4*g.rng.Float64()
	if !past {
		before = 0.7 * g.rng.Float64()
	}
	after, outcome := 0.0, 0.0
	if past {
		after = g.rng.Float64()
		outcome = g.rng.Float64()
	}
	for _, s := range j.AllSections() {
		at := last
		if r := j.RoundOf(s); r != nil {
			at = r.At
		}
		share, from, to := before, created, minTime(at, g.now)
		switch {
		case at.After(g.now) && s.Phase == checklist.After:
			share = 0
		case s.When != "" && s.When == status:
			share, from, to = outcome, statusAt, g.now
		case s.When != "":
			share = 0
		case s.Phase == checklist.After:
			share, from, to = after, at.Add(time.Hour), g.now
		}
		for _, it := range s.Items {
			if share > 0 && g.chance(share) {
				done := g.between(from, to)
				edits = append(edits, checklist.SetDone{ItemID: it.ID, Done: true, At: &done})
			}
			if g.chance(0.08) && (s.When == "" || s.When == status) {
				edits = append(edits, checklist.SetNote{ItemID: it.ID, Note: g.pick(notes)})
			}
		}
	}
	return edits
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

var companies = []string{
	"Acme Corp", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay Industries",
	"Stark Logistics", "Wayne Foods", "Tyrell Systems", "Cyberdyne Labs", "Soylent Green Energy",
	"Wonka Confectionery", "Oceanic Airlines", "Massive Dynamic", "Aperture Science",
	"Black Mesa Research", "Monarch Solutions", "Nakatomi Trading", "Gringotts Bank",
	"Pied Piper", "Dunder Mifflin", "Bluth Company", "Prestige Worldwide", "Sterling Cooper",
	"Los Pollos Hermanos", "Krusty Krab", "Wernham Hogg", "Blue Sun", "Weyland Yutani",
	"Omni Consumer Products", "Buy n Large", "Virtucon", "Gekko & Co", "Ollivanders",
	"Kwik-E-Mart", "Duff Brewing", "Planet Express", "Mom's Friendly Robots", "Café Müller",
	"Nordwind Software",
}

var roles = []string{
	"Backend Engineer", "Frontend Engineer", "Full-Stack Developer", "Site Reliability Engineer",
	"Data Analyst", "Data Engineer", "Product Manager", "Product Designer", "UX Researcher",
	"Engineering Manager", "QA Engineer", "Technical Writer", "Support Engineer",
	"Security Engineer", "Mobile Developer", "Marketing Manager", "Account Executive",
	"Office Manager", "Junior Developer", "Staff Engineer",
}

var places = []string{
	"Berlin office, 3rd floor", "Video call (link in the invite)", "Phone call",
	"12 Harbour St, Hamburg", "Head office, ask for reception", "Zoom", "Google Meet",
	"Café across from the office", "Remote, Teams", "Warehouse 4, gate B",
}

var people = []string{
	"Dana Lee", "Sam Ng", "Ana Lima", "Bo Chen", "Priya Shah", "Tom Becker", "Lena Fischer",
	"Omar Haddad", "Mia Rossi", "Jonas Berg", "Chloé Martin", "Kenji Sato", "Zoe Adams",
	"Luis García", "Fatima Noor", "Ola Nordmann", "Grace Kim", "Ravi Patel", "Eva Novak",
	"Noah Williams", "Sofia Costa", "Ahmed Ali", "Hannah Weber", "Leo Dubois",
}

var reasonTexts = []string{
	"They went with someone who had led a team before",
	"Moved the role to another city",
	"The hiring manager left the company",
	"Wanted more Kubernetes experience",
	"Salary expectations did not match",
}

var notes = []string{
	"Done.",
	"Asked about on-call; one week in six.",
	"Spoke to the team lead about on-call.\nFollow up on the pairing question.",
	"Their Q3 report says they are hiring 40 engineers next year.",
	"Bring the portfolio on a USB stick as well, the Wi-Fi there is bad.",
	"Train at 8:12 from the main station, platform 4. Backup: the 8:42.",
	"She wrote the blog post on their migration to Postgres: ask about it.",
	"Blue shirt, grey jacket. Shoes polished.",
	"Sent on LinkedIn with a line about the whiteboard question.",
	"Called HR, they said a decision by Friday.",
	"Lessons: slow down on the system design question; draw first, talk after.\nPractise the salary answer.",
	"No reply yet — try again Monday.",
	"Mentioned \"remote first\" twice; ask what that means in practice.",
	"Questions: team size, release cadence, how reviews work, what a first month looks like.",
	strings.Repeat("Long note with the full story of the day. ", 6),
}
