package checklist

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"time"
)

// SoonWithin is how far ahead an open item's due time counts as soon.
const SoonWithin = 48 * time.Hour

// DueState is where an item stands against its due time.
type DueState int

// The states an item can be in against its due time. An open item is late
// only once its due time has passed: exactly at the due time it is still
// due, one second after it is late.
const (
	DueNone    DueState = iota // no due time, or one the file had unreadable
	DueLater                   // open, due more than SoonWithin from now
	DueSoon                    // open, due within SoonWithin from now
	DueLate                    // open, past its due time
	DoneOnTime                 // done by its due time, or done at a time not recorded
	DoneLate                   // done after its due time
	NotNeeded                  // open, but the job no longer needs it (see Job.NotNeeded)
)

var dueStateNames = [...]string{"none", "later", "soon", "late", "done on time", "done late", "not needed"}

func (s DueState) String() string {
	if s < 0 || int(s) >= len(dueStateNames) {
		return fmt.Sprintf("DueState(%d)", int(s))
	}
	return dueStateNames[s]
}

// DueState tells where the item stands against its due time at now.
func (it Item) DueState(now time.Time) DueState {
	switch {
	case it.DueAt == nil:
		return DueNone
	case it.Done && it.DoneAt != nil && it.DoneAt.After(*it.DueAt):
		return DoneLate
	case it.Done:
		return DoneOnTime
	case now.After(*it.DueAt):
		return DueLate
	case it.DueAt.Sub(now) <= SoonWithin:
		return DueSoon
	}
	return DueLater
}

// DueLabel says briefly when an item is due, for a checklist line; it is
// never longer than 16 characters. Times and days are those of now's time
// zone. It is "" for an item with no due time and "no due time" for one
// whose due time the file had unreadable.
//
// An open item, by how far its due time is from now:
//
//	under a minute ahead   "due now"
//	under an hour          "due in 40 min"
//	under 12 hours         "due in 5 h"
//	later today            "due today 18:00"
//	tomorrow               "due tomorrow"
//	within 6 days          "due Thu 10:00"
//	further                "due Dec 8", or "due Jan 5 2027" in another year
//	past, under an hour    "1 min late" … "59 min late"
//	past, under two days   "2 h late", "39 h late"
//	past, further          "2 days late", "3 days late" (whole days gone by)
//
// A done item: "done on time"; "done 40 min late", "done 5 h late", "done 2
// days late" (up to 9 days), then "done late"; "done" when it is not
// recorded when it was done.
//
// A task to do before a round done a whole day or more ahead of its time
// says so: "a day early", "3 days early" (whole days, counted down). A
// check due a day ahead that was done three days ahead may be out of date,
// and the person reading back should see it. Anything else done by its
// time is "done on time": a thank-you sent the evening of the interview is
// not early, it is simply done, and hours early would read as odd praise.
func DueLabel(it Item, now time.Time) string {
	if it.DueAt == nil {
		if it.dueAtText != "" {
			return "no due time"
		}
		return ""
	}
	due := it.DueAt.In(now.Location())
	if it.Done {
		if it.DoneAt == nil {
			return "done"
		}
		if !it.DoneAt.After(due) {
			return doneEarly(it, due)
		}
		if late := lateness(due, it.DoneAt.In(now.Location())); len(late) <= 11 {
			return "done " + late
		}
		return "done late"
	}
	if now.After(due) {
		return lateness(due, now)
	}
	d := due.Sub(now)
	switch {
	case d < time.Minute:
		return "due now"
	case d < time.Hour:
		return "due in " + strconv.Itoa(int(d/time.Minute)) + " min"
	case d < 12*time.Hour:
		return "due in " + strconv.Itoa(int(d/time.Hour)) + " h"
	}
	switch days := calendarDays(now, due); {
	case days == 0:
		return "due today " + due.Format("15:04")
	case days == 1:
		return "due tomorrow"
	case days < 7:
		return "due " + due.Format("Mon 15:04")
	case due.Year() == now.Year():
		return "due " + due.Format("Jan 2")
	}
	return "due " + due.Format("Jan 2 2006")
}

// doneEarly is the label of an item done by its due time: how many whole
// days early, for a task before a round done a day or more ahead, else
// "done on time".
func doneEarly(it Item, due time.Time) string {
	if !it.Due.Before() {
		return "done on time"
	}
	switch days := wholeDays(it.DoneAt.In(due.Location()), due); {
	case days == 1:
		return "a day early"
	case days > 1:
		return strconv.Itoa(days) + " days early"
	}
	return "done on time"
}

// lateness says how long after due the moment t is: "40 min late", "5 h
// late", "39 h late", then whole days: "2 days late" from 48 hours on. Days
// are counted as a person counts them, down, never up: 2 days and 14 hours
// is 2 days, not 3; and by the calendar of due's time zone, so that a day
// across a clock change is still a day.
func lateness(due, t time.Time) string {
	d := t.Sub(due)
	switch {
	case d < time.Hour:
		return strconv.Itoa(max(1, int(d/time.Minute))) + " min late"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d/time.Hour)) + " h late"
	}
	return strconv.Itoa(max(2, wholeDays(due, t))) + " days late"
}

// wholeDays counts the days from a to b that have fully gone by, on a's
// calendar.
func wholeDays(a, b time.Time) int {
	n := max(0, calendarDays(a, b))
	for n > 0 && a.AddDate(0, 0, n).After(b) {
		n--
	}
	return n
}

// Task is an open item with a due time, with the job it belongs to.
type Task struct {
	JobID   string
	Company string
	Role    string
	// RoundID and RoundName name the round the item belongs to, if it is a
	// round's.
	RoundID   string
	RoundName string
	// SectionID and SectionTitle name the item's section.
	SectionID    string
	SectionTitle string
	Item         Item
}

// Due is when the task is due.
func (t Task) Due() time.Time { return *t.Item.DueAt }

// Late reports whether the task's due time has passed at now.
func (t Task) Late(now time.Time) bool { return now.After(t.Due()) }

// Tasks are the job's open items with a due time, in checklist order: the
// items not yet done in the sections the checklist shows. A round's after
// tasks are chased once the round has taken place (they cannot be done
// before), its items due before it (such as "-24h") only while it is still
// to come, and nothing of a cancelled round; the job's own after tasks
// once any round has taken place, its before items while one is to come.
// A withdrawn job has none: nothing is left to chase. Once there is an
// answer, yes or no, only the list for that answer is chased: a follow-up
// call is moot after an offer.
func (j Job) Tasks(now time.Time) []Task {
	var tasks []Task
	chasedNow := j.chaser(now)
	for ri, s := range j.chased() {
		r := j.roundAt(ri)
		if !chasedNow(r, s.Phase) {
			continue
		}
		for _, it := range s.Items {
			if !it.Done && it.DueAt != nil {
				tasks = append(tasks, j.task(r, s.ID, s.Title, it))
			}
		}
	}
	return tasks
}

// chased yields the sections whose open items with a due time Tasks may
// chase, with the index of their round (-1 for the job's own): what the
// job's status decides, whatever the time. chaser decides the rest.
func (j *Job) chased() iter.Seq2[int, *Section] {
	return func(yield func(int, *Section) bool) {
		chased := func(r *Round, s *Section) bool { return s.Visible(j.Status) && !j.settled(r, s) }
		for si := range j.Sections {
			if s := &j.Sections[si]; chased(nil, s) && !yield(-1, s) {
				return
			}
		}
		for ri := range j.Rounds {
			r := &j.Rounds[ri]
			for si := range r.Sections {
				if s := &r.Sections[si]; chased(r, s) && !yield(ri, s) {
					return
				}
			}
		}
	}
}

// chaser reports whether the tasks of a section of phase p are chased at
// now: for round r, those before it while it is to come and those after it
// once held; for the job's own (r nil), those before while any round is to
// come and those after once any was held. The answer for the job's own,
// which walks all its rounds, is worked out once for all the items asked
// about, not for each: over a thousand jobs that was most of the time of
// prep due.
func (j *Job) chaser(now time.Time) func(r *Round, p Phase) bool {
	var ownBefore, ownAfter, known bool
	return func(r *Round, p Phase) bool {
		var before, after bool
		if r != nil {
			before, after = j.ahead(r, now), j.held(r, now)
		} else {
			if !known {
				ownBefore, ownAfter, known = j.NextRound(now) != nil, j.LastHeld(now) != nil, true
			}
			before, after = ownBefore, ownAfter
		}
		return !(p == Before && !before || p == After && !after)
	}
}

// roundAt is the round at index i of the job's rounds, or nil for -1.
func (j *Job) roundAt(i int) *Round {
	if i < 0 {
		return nil
	}
	return &j.Rounds[i]
}

func (j *Job) task(r *Round, sectionID, sectionTitle string, it Item) Task {
	t := Task{JobID: j.ID, Company: j.Company, Role: j.Role, SectionID: sectionID, SectionTitle: sectionTitle, Item: it}
	if r != nil {
		t.RoundID, t.RoundName = r.ID, r.Name
	}
	return t
}

// DueCounts counts the job's tasks that are due within SoonWithin and those
// already late, for the job list.
func (j Job) DueCounts(now time.Time) (soon, late int) {
	for _, t := range j.Tasks(now) {
		switch t.Item.DueState(now) {
		case DueSoon:
			soon++
		case DueLate:
			late++
		}
	}
	return soon, late
}

// DueTasks gathers the tasks of all jobs that are late or due within the
// given time from now, most urgent first: late ones first, the longest
// overdue first, then the soonest due. Tasks due at the same moment keep the
// order of their jobs by id and of the items in their checklist.
func DueTasks(jobs []Job, now time.Time, within time.Duration) []Task {
	var out []Task
	for _, j := range jobs {
		for _, t := range j.Tasks(now) {
			if t.Due().Sub(now) <= within {
				out = append(out, t)
			}
		}
	}
	return mostUrgentFirst(out)
}

// mostUrgentFirst sorts tasks as DueTasks gives them.
func mostUrgentFirst(tasks []Task) []Task {
	slices.SortStableFunc(tasks, func(a, b Task) int {
		return cmp.Or(a.Item.DueAt.Compare(*b.Item.DueAt), cmp.Compare(a.JobID, b.JobID))
	})
	return tasks
}

// MostUrgent is the first of DueTasks within SoonWithin: the longest overdue
// task, or else the one due soonest. It reports false when nothing is late
// or due within SoonWithin.
func MostUrgent(jobs []Job, now time.Time) (Task, bool) {
	tasks := DueTasks(jobs, now, SoonWithin)
	if len(tasks) == 0 {
		return Task{}, false
	}
	return tasks[0], true
}
