package checklist

import (
	"reflect"
	"slices"
	"strings"
	"time"
)

// Details are the job's details as a person gave them, to fill a form for
// SetDetails.
func (j Job) Details() Details {
	return Details{
		Company:      j.Company,
		Role:         j.Role,
		At:           j.InterviewAt,
		Where:        j.Where,
		Interviewers: slices.Clone(j.Interviewers),
	}
}

// SetDetails changes a job's details, checked and tidied as NewJob does.
// The job keeps its id.
//
// A new interview time moves the due times of the items of every section
// that does not wait on an outcome, counted again from each item's offset.
//
// A new list of interviewers changes the items made once per interviewer
// (those with Each set), group by group: an interviewer added gets an item
// after the others of the group, or takes over the group's generic item
// ("Send each interviewer a thank-you message"), which keeps its id, tick
// and note. An interviewer removed loses their items only while untouched
// (not done, no note); if that would empty a group, the last item turns
// back into the generic one instead. Items keep their ids throughout, and
// new ones get ids no other item of the job has.
//
// The undo puts back the previous details and the items exactly. Applied
// to a copy of the job read afresh, it keeps the ticks and notes made
// there since, and any item added there since.
type SetDetails struct {
	Details Details
}

// Apply implements Edit.
func (e SetDetails) Apply(j *Job) (Edit, error) {
	d := e.Details
	if err := d.Validate(); err != nil {
		return nil, err
	}
	before := captureDetails(j)
	items := make([][]Item, len(j.Sections))
	for si, s := range j.Sections {
		items[si] = slices.Clone(s.Items)
	}

	j.Company = tidyDetail(d.Company)
	j.Role = tidyDetail(d.Role)
	j.Where = tidyDetail(d.Where)
	if !d.At.Equal(j.InterviewAt) {
		j.InterviewAt = d.At
		j.rescheduleFromInterview()
	}
	old, names := j.Interviewers, cleanNames(d.Interviewers)
	if !slices.Equal(old, names) {
		j.Interviewers = names
		added := without(names, old)
		removed := without(old, names)
		for si := range j.Sections {
			j.syncInterviewerItems(si, added, removed)
		}
	}

	known := map[string]bool{}
	for si, s := range j.Sections {
		if reflect.DeepEqual(items[si], s.Items) {
			continue
		}
		before.sections = append(before.sections, sectionItems{id: s.ID, items: items[si]})
		for _, it := range items[si] {
			known[it.ID] = true
		}
		for _, it := range s.Items {
			known[it.ID] = true
		}
	}
	before.known = known
	return before, nil
}

// rescheduleFromInterview counts the due times of the sections that do not
// wait on an outcome again from the interview.
func (j *Job) rescheduleFromInterview() {
	for si := range j.Sections {
		s := &j.Sections[si]
		if s.When != "" {
			continue
		}
		for ii := range s.Items {
			it := &s.Items[ii]
			if it.Due == "" {
				continue
			}
			if at, err := it.Due.From(j.InterviewAt); err == nil {
				it.setDueAt(&at)
			}
		}
	}
}

// syncInterviewerItems brings the per-interviewer groups of one section in
// line with the interviewers added and removed.
func (j *Job) syncInterviewerItems(si int, added, removed []string) {
	var groups []string
	for _, it := range j.Sections[si].Items {
		if it.Each != "" && !slices.Contains(groups, it.Each) {
			groups = append(groups, it.Each)
		}
	}
	for _, each := range groups {
		j.syncGroup(si, each, added, removed)
	}
}

func (j *Job) syncGroup(si int, each string, added, removed []string) {
	s := &j.Sections[si]
	items := slices.Clone(s.Items)
	var members []int
	has := map[string]bool{}
	for i, it := range items {
		if it.Each == each {
			members = append(members, i)
			has[it.For] = true
		}
	}
	var missing []string
	for _, n := range added {
		if !has[n] {
			missing = append(missing, n)
		}
	}
	// The generic item becomes the first new interviewer's.
	if len(missing) > 0 {
		for _, i := range members {
			if items[i].For == "" {
				items[i].For = missing[0]
				items[i].Text = eachText(each, missing[0])
				missing = missing[1:]
				break
			}
		}
	}
	// The others get new items after the group's last.
	last := members[len(members)-1]
	base := groupBaseID(items, members)
	taken := func(id string) bool {
		if j.Item(id) != nil {
			return true
		}
		return slices.ContainsFunc(items, func(it Item) bool { return it.ID == id })
	}
	var fresh []Item
	for _, name := range missing {
		id := base
		if slug := Slugify(name, maxSlugPart); slug != "" {
			id += "-" + slug
		}
		id = UniqueID(id, func(id string) bool {
			return taken(id) || slices.ContainsFunc(fresh, func(it Item) bool { return it.ID == id })
		})
		rep := items[last]
		it := Item{ID: id, Text: eachText(each, name), Hint: rep.Hint, Due: rep.Due, Own: rep.Own, Each: each, For: name}
		if start, ok := j.dueStart(*s); ok && it.Due != "" {
			if at, err := it.Due.From(start); err == nil {
				it.DueAt = &at
			}
		}
		fresh = append(fresh, it)
	}
	items = slices.Insert(items, last+1, fresh...)

	// Items of interviewers removed go while untouched; a group never
	// empties, its last item turning generic instead.
	gone := map[int]bool{}
	left := len(members) + len(fresh)
	for _, i := range members {
		it := items[i]
		if it.For == "" || !slices.Contains(removed, it.For) || it.Done || it.Note != "" {
			continue
		}
		if left == 1 {
			items[i].For = ""
			items[i].Text = eachText(each, "each interviewer")
			continue
		}
		gone[i] = true
		left--
	}
	if len(gone) > 0 {
		kept := items[:0:0]
		for i, it := range items {
			if !gone[i] {
				kept = append(kept, it)
			}
		}
		items = kept
	}
	s.Items = items
}

// dueStart is the moment the due times of a section count from: the
// interview for a plain section, the status change for an outcome's once
// the job has that status.
func (j *Job) dueStart(s Section) (time.Time, bool) {
	switch {
	case s.When == "":
		return j.InterviewAt, true
	case s.When == j.Status && j.StatusAt != nil:
		return *j.StatusAt, true
	}
	return time.Time{}, false
}

// groupBaseID is the id the items of a per-interviewer group are named
// from: the generic item's id, or a named item's without the name.
func groupBaseID(items []Item, members []int) string {
	for _, i := range members {
		it := items[i]
		if it.For == "" {
			return it.ID
		}
		if base, ok := strings.CutSuffix(it.ID, "-"+Slugify(it.For, maxSlugPart)); ok && base != "" {
			return base
		}
	}
	return items[members[0]].ID
}

func eachText(each, name string) string {
	return strings.ReplaceAll(each, "{name}", name)
}

// without lists the names of a that b does not have, in a's order.
func without(a, b []string) []string {
	var out []string
	for _, n := range a {
		if !slices.Contains(b, n) {
			out = append(out, n)
		}
	}
	return out
}

// detailsState is what SetDetails changes: the details and the items of
// the sections it changed. Restoring it keeps the ticks and notes the job
// has by then, and the items it has that neither side of the change had.
type detailsState struct {
	company, role, where string
	at                   time.Time
	interviewers         []string
	sections             []sectionItems
	known                map[string]bool
}

type sectionItems struct {
	id    string
	items []Item
}

func captureDetails(j *Job) detailsState {
	return detailsState{
		company: j.Company, role: j.Role, where: j.Where, at: j.InterviewAt,
		interviewers: slices.Clone(j.Interviewers),
	}
}

// Apply implements Edit.
func (e detailsState) Apply(j *Job) (Edit, error) {
	undo := captureDetails(j)
	undo.known = e.known
	j.Company, j.Role, j.Where, j.InterviewAt = e.company, e.role, e.where, e.at
	j.Interviewers = slices.Clone(e.interviewers)
	for _, want := range e.sections {
		si := j.sectionIndex(want.id)
		if si < 0 {
			continue
		}
		cur := j.Sections[si].Items
		undo.sections = append(undo.sections, sectionItems{id: want.id, items: slices.Clone(cur)})
		now := map[string]Item{}
		for _, it := range cur {
			now[it.ID] = it
		}
		inWant := map[string]bool{}
		items := make([]Item, 0, len(want.items))
		for _, it := range want.items {
			inWant[it.ID] = true
			if c, ok := now[it.ID]; ok {
				it.Done, it.DoneAt, it.Note = c.Done, c.DoneAt, c.Note
			}
			items = append(items, it)
		}
		for _, c := range cur {
			if !inWant[c.ID] && !e.known[c.ID] {
				items = append(items, c)
			}
		}
		j.Sections[si].Items = items
	}
	return undo, nil
}
