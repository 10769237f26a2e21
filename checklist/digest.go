package checklist

import (
	"math"
	"time"
)

// Digest is what a list of jobs needs of a job, and no more: enough for
// "prep list" and "prep due" to answer as they would from the whole job,
// in a few hundred bytes where the job takes tens of kilobytes. The data
// package keeps digests in an index beside the job files, so that those
// commands need not read every file.
type Digest struct {
	// Job is the job without what only its own screens show: its
	// sections, its contacts, notes, posting, salary and application, and
	// its rounds' sections, interviewers and invites. Its rounds give
	// NextRound, CurrentRound, LastHeld, ListedAt, Number, Start and
	// EffectiveStatus as the whole job's do.
	Job Job
	// Progress is the whole job's TotalProgress.
	Progress Progress
	// Open are the items Tasks may chase, in checklist order: the open
	// items with a due time of the sections the job's status leaves
	// chased. Tasks picks those chased at a given time.
	Open []OpenItem
	// Before is, for each of Job.Rounds in turn, what is left to prepare
	// for it, as NextToPrepare counts it.
	Before []Left
}

// OpenItem is an open item with a due time, and where it is: of an item,
// what a Task shows.
type OpenItem struct {
	// Round is the index of the item's round in Job.Rounds, or -1 for an
	// item of the job's own.
	Round        int
	Phase        Phase
	SectionID    string
	SectionTitle string
	ID, Text     string
	Due          Offset
	DueAt        time.Time
}

// Digest is the job's digest.
func (j Job) Digest() Digest {
	d := Digest{
		Job: Job{
			Version: j.Version, ID: j.ID, Company: j.Company, Role: j.Role,
			Status: j.Status, StatusAt: j.StatusAt, Reason: j.Reason, CreatedAt: j.CreatedAt,
		},
		Progress: j.TotalProgress(),
	}
	if len(j.Rounds) > 0 {
		d.Job.Rounds = make([]Round, len(j.Rounds))
		d.Before = make([]Left, len(j.Rounds))
	}
	for i, r := range j.Rounds {
		d.Job.Rounds[i] = Round{
			ID: r.ID, Name: r.Name, Format: r.Format, At: r.At, Minutes: r.Minutes,
			Where: r.Where, Link: r.Link, State: r.State,
		}
		d.Before[i] = j.leftBefore(&j.Rounds[i])
	}
	for ri, s := range j.chased() {
		for _, it := range s.Items {
			if !it.Done && it.DueAt != nil {
				d.Open = append(d.Open, OpenItem{
					Round: ri, Phase: s.Phase, SectionID: s.ID, SectionTitle: s.Title,
					ID: it.ID, Text: it.Text, Due: it.Due, DueAt: *it.DueAt,
				})
			}
		}
	}
	return d
}

// Tasks are the job's Tasks at now, but for the items' hints, notes and
// other details, which the digest does not keep.
func (d Digest) Tasks(now time.Time) []Task {
	return d.appendTasks(nil, now, math.MaxInt64)
}

// DueCounts are the job's DueCounts.
func (d *Digest) DueCounts(now time.Time) (soon, late int) {
	j := &d.Job
	chasedNow := j.chaser(now)
	for i := range d.Open {
		o := &d.Open[i]
		if !chasedNow(j.roundAt(o.Round), o.Phase) {
			continue
		}
		switch {
		case now.After(o.DueAt):
			late++
		case o.DueAt.Sub(now) <= SoonWithin:
			soon++
		}
	}
	return soon, late
}

// DigestMostUrgent is MostUrgent of the jobs the digests are of.
func DigestMostUrgent(digests []Digest, now time.Time) (Task, bool) {
	tasks := DigestDueTasks(digests, now, SoonWithin)
	if len(tasks) == 0 {
		return Task{}, false
	}
	return tasks[0], true
}

// appendTasks appends to tasks those of Tasks(now) due within the given
// time from now, as DueTasks picks them.
func (d *Digest) appendTasks(tasks []Task, now time.Time, within time.Duration) []Task {
	j := &d.Job
	chasedNow := j.chaser(now)
	for i := range d.Open {
		o := &d.Open[i]
		if o.DueAt.Sub(now) > within {
			continue
		}
		if r := j.roundAt(o.Round); chasedNow(r, o.Phase) {
			it := Item{ID: o.ID, Text: o.Text, Due: o.Due, DueAt: &o.DueAt}
			tasks = append(tasks, j.task(r, o.SectionID, o.SectionTitle, it))
		}
	}
	return tasks
}
