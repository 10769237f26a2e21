package checklist

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/prep-cli/prep/internal/reorder"
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

// OpenItem is an open item with a due time, and where it is: what the list
// of jobs and prep due show of it. Its section and the offset it was due
// by are left out: a thousand jobs have some seventeen thousand open
// items, and nothing that lists them names those.
type OpenItem struct {
	// Round is the index of the item's round in Job.Rounds, or -1 for an
	// item of the job's own.
	Round    int
	Phase    Phase
	ID, Text string
	DueAt    time.Time
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
				d.Open = append(d.Open, OpenItem{Round: ri, Phase: s.Phase, ID: it.ID, Text: it.Text, DueAt: *it.DueAt})
			}
		}
	}
	return d
}

// Tasks are the job's Tasks at now, but for their sections and the items'
// offsets, hints, notes and other details, which the digest does not keep
// (see OpenItem).
func (d Digest) Tasks(now time.Time) []Task {
	due := d.appendDue(nil, now, endOfTime)
	tasks := make([]Task, len(due))
	for i, u := range due {
		tasks[i] = u.Task()
	}
	return tasks
}

// endOfTime is later than any due time a job file, or the index made from
// job files, can hold: their years end at 9999.
var endOfTime = time.Unix(1<<62, 0)

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

// Due is one of the tasks DueTasks gives, as the digest of its job holds
// it: a thousand jobs can have thousands of tasks late, and a Task in
// full is some hundreds of bytes.
type Due struct {
	Digest *Digest
	Open   *OpenItem
	// sec and nsec are Open.DueAt, kept here for sorting: the tasks of a
	// thousand jobs are compared some hundred thousand times, and looking
	// each time up through Open was most of what that cost.
	sec  int64
	nsec int32
	// place is where the task comes in the digests and their items, which
	// decides between tasks due at the same moment.
	place int32
}

// dueOf is the task of the digest's open item o.
func dueOf(d *Digest, o *OpenItem) Due {
	return Due{Digest: d, Open: o, sec: o.DueAt.Unix(), nsec: int32(o.DueAt.Nanosecond())}
}

// Task is the task in full, but for its section and the item's offset,
// hint, note and other details, which the digest does not keep.
func (u Due) Task() Task {
	j, o := &u.Digest.Job, u.Open
	return j.task(j.roundAt(o.Round), "", "", Item{ID: o.ID, Text: o.Text, DueAt: &o.DueAt})
}

// Late reports whether the task's due time has passed at now.
func (u Due) Late(now time.Time) bool { return now.After(u.Open.DueAt) }

// compare orders tasks as DueTasks does. It compares the ids only when the
// times are the same.
func (u Due) compare(v Due) int {
	if c := cmp.Compare(u.sec, v.sec); c != 0 {
		return c
	}
	if c := cmp.Compare(u.nsec, v.nsec); c != 0 {
		return c
	}
	if u.Digest != v.Digest {
		if c := strings.Compare(u.Digest.Job.ID, v.Digest.Job.ID); c != 0 {
			return c
		}
	}
	return cmp.Compare(u.place, v.place)
}

// dueBy is the last moment a task DueTasks gives at now, within the
// duration given, can be due at.
func dueBy(now time.Time, within time.Duration) time.Time {
	if within == math.MaxInt64 {
		// DueTasks measures the time to each task, which stops at the
		// longest duration there is: all of them are within it.
		return endOfTime
	}
	return now.Add(within)
}

// DigestDue is DueTasks of the jobs the digests are of.
func DigestDue(digests []Digest, now time.Time, within time.Duration) []Due {
	by := dueBy(now, within)
	// Room is made at once for every item due by then, chased or not: a
	// slice grown as it fills takes twice the memory, and fresh memory is
	// much of what "prep due" costs.
	n := 0
	for i := range digests {
		for _, o := range digests[i].Open {
			if !o.DueAt.After(by) {
				n++
			}
		}
	}
	due := make([]Due, 0, n)
	// The jobs are taken in the order of their ids, so that between tasks
	// due at the same moment their places decide as compare does.
	for _, i := range byID(digests) {
		due = digests[i].appendDue(due, now, by)
	}
	for i := range due {
		due[i].place = int32(i)
	}
	sortDue(due)
	return due
}

// PlacedItem is an open item of one of a list of digests, and the place
// of that digest in the list.
type PlacedItem struct {
	Digest int
	OpenItem
}

// OrderedDue takes DigestDue's tasks from open items that come apart from
// their digests, already in the order DigestDue puts tasks in: by due
// time, then by their jobs' ids, then by their places among their jobs'
// open items. An index that keeps the open items in that order so answers
// "prep due" as it reads them, without sorting, and without reading those
// due after the window. The digests must be in the order of their ids,
// each id once, as a store gives them; the tasks' digests hold no open
// items of their own.
type OrderedDue struct {
	digests []Digest
	now, by time.Time
	// chasers holds each job's chaser, made for its first item.
	chasers []func(*Round, Phase) bool
	place   int32
}

// NewOrderedDue takes the tasks of the digests' open items at now, within
// the duration given. The digests' own open items are not looked at.
func NewOrderedDue(digests []Digest, now time.Time, within time.Duration) *OrderedDue {
	return &OrderedDue{digests: digests, now: now, by: dueBy(now, within), chasers: make([]func(*Round, Phase) bool, len(digests))}
}

// Append appends to due the tasks of items, which come after the items
// given before, and reports whether later items can hold tasks still:
// after the first due past the window, none can.
func (t *OrderedDue) Append(due []Due, items []PlacedItem) ([]Due, bool) {
	for i := range items {
		it := &items[i]
		if it.DueAt.After(t.by) {
			return due, false
		}
		d := &t.digests[it.Digest]
		chased := t.chasers[it.Digest]
		if chased == nil {
			chased = d.Job.chaser(t.now)
			t.chasers[it.Digest] = chased
		}
		if o := &it.OpenItem; chased(d.Job.roundAt(o.Round), o.Phase) {
			u := dueOf(d, o)
			u.place, t.place = t.place, t.place+1
			due = append(due, u)
		}
	}
	return due, true
}

// byID is the places of the digests in the order of their jobs' ids, and
// in their own order where ids are the same.
func byID(digests []Digest) []int {
	order := make([]int, len(digests))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := strings.Compare(digests[a].Job.ID, digests[b].Job.ID); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return order
}

// sortDue puts tasks in the order compare gives. The tasks must come in
// the order of their places (due[i].place is i), and their places follow
// the order of their jobs' ids. When every due time is a whole second, as
// the times of job files are, a task's time and its place make one
// number, and numbers sort in a third of the time of tasks compared field
// by field.
func sortDue(due []Due) {
	keys, shift, ok := dueKeys(due)
	if !ok {
		slices.SortFunc(due, Due.compare)
		return
	}
	slices.Sort(keys)
	// keys[i] now names, in its low bits, the task that belongs at i.
	mask := uint64(1)<<shift - 1
	for i := range keys {
		keys[i] &= mask
	}
	reorder.Apply(due, keys)
}

// dueKeys is, for each task, its due time in seconds from the earliest
// and then its place in the low bits, shift of them; ok is unset when a
// time has a fraction of a second, when the times span too long to fit,
// and when there are fewer than two tasks to sort.
func dueKeys(due []Due) (keys []uint64, shift int, ok bool) {
	if len(due) < 2 {
		return nil, 0, false
	}
	shift = bits.Len(uint(len(due)))
	earliest, latest := due[0].sec, due[0].sec
	for _, u := range due {
		if u.nsec != 0 {
			return nil, 0, false
		}
		earliest, latest = min(earliest, u.sec), max(latest, u.sec)
	}
	if bits.Len64(uint64(latest-earliest)) > 64-shift {
		return nil, 0, false
	}
	keys = make([]uint64, len(due))
	for i, u := range due {
		keys[i] = uint64(u.sec-earliest)<<shift | uint64(u.place)
	}
	return keys, shift, true
}

// DigestMostUrgent is MostUrgent of the jobs the digests are of. The list
// of jobs asks at every change, so the most urgent is looked for, not the
// rest put in order.
func DigestMostUrgent(digests []Digest, now time.Time) (Task, bool) {
	var most Due
	var due []Due
	place := 0
	by := now.Add(SoonWithin)
	for i := range digests {
		due = digests[i].appendDue(due[:0], now, by)
		for _, u := range due {
			u.place, place = int32(place), place+1
			if most.Open == nil || u.compare(most) < 0 {
				most = u
			}
		}
	}
	if most.Open == nil {
		return Task{}, false
	}
	return most.Task(), true
}

// appendDue appends to due the digest's Tasks(now) due by the given time,
// as DueTasks picks them.
func (d *Digest) appendDue(due []Due, now, by time.Time) []Due {
	j := &d.Job
	chasedNow := j.chaser(now)
	for i := range d.Open {
		o := &d.Open[i]
		if !o.DueAt.After(by) && chasedNow(j.roundAt(o.Round), o.Phase) {
			due = append(due, dueOf(d, o))
		}
	}
	return due
}
