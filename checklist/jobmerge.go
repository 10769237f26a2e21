package checklist

import (
	"fmt"
	"strings"
	"time"
)

// Clash is something both devices changed in different ways, found by
// MergeJobs. For a note, both versions are kept in it, marked (see
// MergeNote); for anything else only one value fits, and ours is kept.
type Clash struct {
	// What names the thing: "the status", "the note of Plan the route".
	What string
	// Ours and Theirs are the two values; for a note, both are kept.
	Ours, Theirs string
	// BothKept is set for a note, which holds both versions.
	BothKept bool
}

func (c Clash) String() string {
	if c.BothKept {
		return c.What + " was changed on both devices: both versions are kept in it, marked with [["
	}
	return fmt.Sprintf("%s was changed on both devices: kept %q, not %q", c.What, c.Ours, c.Theirs)
}

// MergeJobs merges two versions of a job, ours and theirs, that were both
// changed from base, thing by thing, so that no change either made is
// lost where both can be kept:
//   - a tick and its time come from the side that changed it; ticked on
//     both, the item keeps the earlier time;
//   - notes are merged by lines (MergeNote): lines both changed keep both
//     versions, marked;
//   - items, sections, rounds, contacts and interviewers are matched by id
//     (interviewers by name): one added on either side is kept where it
//     was added, and one removed on one side is removed only if the other
//     left it as it was in base; the order of a list follows the side that
//     changed it, and both sides' moves where they do not cross;
//   - every other field comes from the side that changed it; changed on
//     both to different values, ours is kept and a Clash says so.
//
// Two rounds added on both sides under one id, which are not the same
// interview, are both kept: theirs takes the next free id.
//
// A job added on both sides with no common version is merged with an
// empty base. The result is a job whose ids are unique.
func MergeJobs(base, ours, theirs Job) (Job, []Clash) {
	base, ours, theirs = base.Clone(), ours.Clone(), theirs.Clone()
	theirs = renameAddedRounds(base, ours, theirs)
	m := &merger{base: base, ours: ours, theirs: theirs,
		baseItems: itemsByID(&base), ourItems: itemsByID(&ours), theirItems: itemsByID(&theirs)}
	j := m.job()
	dropDuplicateItems(&j)
	return j, m.clashes
}

// merger holds the three versions while they are merged, and the clashes
// found.
type merger struct {
	base, ours, theirs Job
	// The items of each version by id, wherever they are in it.
	baseItems, ourItems, theirItems map[string]Item
	clashes                         []Clash
}

func itemsByID(j *Job) map[string]Item {
	m := map[string]Item{}
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			m[it.ID] = it
		}
	}
	return m
}

func (m *merger) clash(what string, ours, theirs any) {
	m.clashes = append(m.clashes, Clash{What: what, Ours: fmt.Sprint(ours), Theirs: fmt.Sprint(theirs)})
}

// pick is the three-way merge of one value: the side that changed it wins.
func pick[T comparable](m *merger, what string, b, o, t T) T {
	v, ok := choose(b, o, t, func(x, y T) bool { return x == y })
	if !ok {
		m.clash(what, o, t)
	}
	return v
}

// choose is pick for any value with its own equality; ok is false when
// both changed it, and ours is returned.
func choose[T any](b, o, t T, eq func(x, y T) bool) (v T, ok bool) {
	switch {
	case eq(o, t) || eq(t, b):
		return o, true
	case eq(o, b):
		return t, true
	}
	return o, false
}

func (m *merger) job() Job {
	b, o, t := m.base, m.ours, m.theirs
	j := o
	j.Version = max(o.Version, t.Version)
	j.Company = pick(m, "the company", b.Company, o.Company, t.Company)
	j.Role = pick(m, "the role", b.Role, o.Role, t.Role)
	type status struct {
		s  Status
		at *time.Time
	}
	st, ok := choose(status{b.Status, b.StatusAt}, status{o.Status, o.StatusAt}, status{t.Status, t.StatusAt},
		func(x, y status) bool { return x.s == y.s && timeEq(x.at, y.at) })
	if !ok {
		m.clash("the status", o.Status, t.Status)
	}
	j.Status, j.StatusAt = st.s, st.at
	j.Reason = m.reason(b.Reason, o.Reason, t.Reason)
	j.Posting = pick(m, "the posting", b.Posting, o.Posting, t.Posting)
	j.Salary = pick(m, "the salary", b.Salary, o.Salary, t.Salary)
	j.AppliedAt = m.time("the date applied", b.AppliedAt, o.AppliedAt, t.AppliedAt)
	j.DecisionBy = m.time("the decision date", b.DecisionBy, o.DecisionBy, t.DecisionBy)
	j.AppliedVia = pick(m, "where you applied", b.AppliedVia, o.AppliedVia, t.AppliedVia)
	j.Notes = m.note("the job's notes", b.Notes, o.Notes, t.Notes)
	j.Template = pick(m, "the template", b.Template, o.Template, t.Template)
	if at, ok := choose(b.CreatedAt, o.CreatedAt, t.CreatedAt, time.Time.Equal); ok {
		j.CreatedAt = at
	} else if t.CreatedAt.Before(o.CreatedAt) {
		j.CreatedAt = t.CreatedAt // made on both sides: the first one made it
	}
	j.Contacts = mergeKeyed(b.Contacts, o.Contacts, t.Contacts, Contact.key, contactEq, m.contact, nil)
	j.Rounds = mergeKeyed(b.Rounds, o.Rounds, t.Rounds, Round.key, roundEq, m.round, nil)
	j.Sections = m.sections(b.Sections, o.Sections, t.Sections)
	// Stories linked to the job: a link made or taken away on either side.
	same := func(id string) string { return id }
	j.Stories = mergeKeyed(b.Stories, o.Stories, t.Stories, same, func(x, y string) bool { return x == y },
		func(_, o, _ string) string { return o }, nil)
	return j
}

func (m *merger) reason(b, o, t *Reason) *Reason {
	r, ok := choose(b, o, t, func(x, y *Reason) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y })
	if !ok {
		m.clash("the reason", reasonText(o), reasonText(t))
	}
	return r
}

func reasonText(r *Reason) string {
	if r == nil {
		return "none"
	}
	return strings.TrimSpace(string(r.Code) + " " + r.Text)
}

func (m *merger) time(what string, b, o, t *time.Time) *time.Time {
	at, ok := choose(b, o, t, timeEq)
	if !ok {
		m.clash(what, timeText(o), timeText(t))
	}
	return at
}

func timeText(t *time.Time) string {
	if t == nil {
		return "none"
	}
	return t.Format(time.DateTime)
}

func (m *merger) note(what, b, o, t string) string {
	n, clean := MergeNote(b, o, t)
	if !clean {
		m.clashes = append(m.clashes, Clash{What: what, Ours: o, Theirs: t, BothKept: true})
	}
	return n
}

func (c Contact) key() string { return c.ID }

func contactEq(a, b Contact) bool { return a == b }

func (m *merger) contact(b, o, t Contact) Contact {
	what := "the contact " + o.Name + "'s "
	c := o
	c.Name = pick(m, what+"name", b.Name, o.Name, t.Name)
	c.Role = pick(m, what+"role", b.Role, o.Role, t.Role)
	c.Email = pick(m, what+"email", b.Email, o.Email, t.Email)
	c.Phone = pick(m, what+"phone", b.Phone, o.Phone, t.Phone)
	c.LinkedIn = pick(m, what+"LinkedIn", b.LinkedIn, o.LinkedIn, t.LinkedIn)
	return c
}

func (r Round) key() string { return r.ID }

func (p Person) key() string { return p.Name }

func (m *merger) round(b, o, t Round) Round {
	what := "round " + o.Name + "'s "
	r := o
	r.Name = pick(m, what+"name", b.Name, o.Name, t.Name)
	r.Format = pick(m, what+"format", b.Format, o.Format, t.Format)
	if at, ok := choose(b.At, o.At, t.At, time.Time.Equal); ok {
		r.At = at
	} else {
		m.clash(what+"time", o.At.Format(time.DateTime), t.At.Format(time.DateTime))
	}
	r.Minutes = pick(m, what+"length", b.Minutes, o.Minutes, t.Minutes)
	r.Where = pick(m, what+"place", b.Where, o.Where, t.Where)
	r.TravelMinutes = pick(m, what+"journey", b.TravelMinutes, o.TravelMinutes, t.TravelMinutes)
	r.Link = pick(m, what+"link", b.Link, o.Link, t.Link)
	r.State = pick(m, what+"state", b.State, o.State, t.State)
	r.Invite, _ = choose(b.Invite, o.Invite, t.Invite, inviteEq)
	r.Interviewers = mergeKeyed(b.Interviewers, o.Interviewers, t.Interviewers, Person.key,
		func(x, y Person) bool { return x == y },
		func(b, o, t Person) Person {
			p := o
			p.Email = pick(m, o.Name+"'s email", b.Email, o.Email, t.Email)
			return p
		}, nil)
	r.Sections = m.sections(b.Sections, o.Sections, t.Sections)
	return r
}

func (m *merger) sections(b, o, t []Section) []Section {
	return mergeKeyed(b, o, t, Section.key, sectionEq, func(b, o, t Section) Section {
		s := o
		s.Title = pick(m, "section "+o.Title+"'s title", b.Title, o.Title, t.Title)
		s.Phase = pick(m, "section "+o.Title+"'s phase", b.Phase, o.Phase, t.Phase)
		s.Scope = pick(m, "section "+o.Title+"'s scope", b.Scope, o.Scope, t.Scope)
		s.When = pick(m, "section "+o.Title+"'s outcome", b.When, o.When, t.When)
		s.Items = mergeKeyed(b.Items, o.Items, t.Items, Item.key, itemEq, m.item,
			func(x Item) Item { return m.item(x, x, x) })
		if s.Items == nil {
			s.Items = []Item{}
		}
		return s
	}, nil)
}

func (s Section) key() string { return s.ID }

func (it Item) key() string { return it.ID }

// item merges one item. Its three versions are looked up in the whole of
// each job, so that an item that moved to another section is merged with
// its own earlier self.
func (m *merger) item(_, o, t Item) Item {
	b := m.baseItems[o.ID]
	if ob, ok := m.ourItems[o.ID]; ok {
		o = ob
	}
	if tb, ok := m.theirItems[o.ID]; ok {
		t = tb
	}
	what := "item " + o.Text + "'s "
	it := o
	it.Text = pick(m, what+"text", b.Text, o.Text, t.Text)
	it.Hint = pick(m, what+"hint", b.Hint, o.Hint, t.Hint)
	it.Due = pick(m, what+"due offset", b.Due, o.Due, t.Due)
	it.DueDecided = pick(m, what+"due offset from the decision date", b.DueDecided, o.DueDecided, t.DueDecided)
	it.Own = pick(m, what+"own mark", b.Own, o.Own, t.Own)
	it.Bring = pick(m, what+"thing to bring", b.Bring, o.Bring, t.Bring)
	it.Each = pick(m, what+"text for each", b.Each, o.Each, t.Each)
	it.For = pick(m, what+"interviewer", b.For, o.For, t.For)
	it.Done, it.DoneAt = tick(b, o, t)
	// The due time follows from the round and the status; where both
	// counted it again, ours is as good as theirs.
	due, _ := choose(b, o, t, func(x, y Item) bool { return timeEq(x.DueAt, y.DueAt) && x.dueAtText == y.dueAtText })
	it.DueAt, it.dueAtText = due.DueAt, due.dueAtText
	it.Note = m.note("the note of "+o.Text, b.Note, o.Note, t.Note)
	return it
}

// tick merges an item's tick and its time. Changed on both sides, a tick
// wins over an untick, and of two ticks the earlier time is kept: the
// item was done by then.
func tick(b, o, t Item) (bool, *time.Time) {
	changed := func(x Item) bool { return x.Done != b.Done || !timeEq(x.DoneAt, b.DoneAt) }
	switch {
	case !changed(t):
		return o.Done, o.DoneAt
	case !changed(o):
		return t.Done, t.DoneAt
	case o.Done && t.Done:
		if o.DoneAt == nil || t.DoneAt != nil && t.DoneAt.Before(*o.DoneAt) {
			return true, t.DoneAt
		}
		return true, o.DoneAt
	case t.Done:
		return true, t.DoneAt
	}
	return o.Done, o.DoneAt
}

func timeEq(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

func inviteEq(a, b *Invite) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// itemEq reports whether an item was left as it was by the person: its
// due time is not theirs but counted from the round and the status, so a
// change of it alone does not keep an item the other side removed.
func itemEq(a, b Item) bool {
	da, db := a.DoneAt, b.DoneAt
	a.DoneAt, b.DoneAt, a.DueAt, b.DueAt = nil, nil, nil, nil
	a.dueAtText, b.dueAtText = "", ""
	return a == b && timeEq(da, db)
}

func sectionEq(a, b Section) bool {
	if a.ID != b.ID || a.Title != b.Title || a.Phase != b.Phase || a.Scope != b.Scope || a.When != b.When || len(a.Items) != len(b.Items) {
		return false
	}
	for i := range a.Items {
		if !itemEq(a.Items[i], b.Items[i]) {
			return false
		}
	}
	return true
}

func roundEq(a, b Round) bool {
	if a.ID != b.ID || a.Name != b.Name || a.Format != b.Format || !a.At.Equal(b.At) || a.Minutes != b.Minutes ||
		a.Where != b.Where || a.TravelMinutes != b.TravelMinutes || a.Link != b.Link || a.State != b.State || !inviteEq(a.Invite, b.Invite) ||
		len(a.Interviewers) != len(b.Interviewers) || len(a.Sections) != len(b.Sections) {
		return false
	}
	for i := range a.Interviewers {
		if a.Interviewers[i] != b.Interviewers[i] {
			return false
		}
	}
	for i := range a.Sections {
		if !sectionEq(a.Sections[i], b.Sections[i]) {
			return false
		}
	}
	return true
}

// renameAddedRounds gives each round theirs added an id that matches
// ours: the id of the same interview if ours added it too under another id
// (a merge elsewhere renamed one of them), else a new one if ours added
// another interview under that id, so that both are kept. The sections
// and items that carry a round's id follow it.
func renameAddedRounds(base, ours, theirs Job) Job {
	taken := map[string]bool{}
	for _, j := range []*Job{&base, &ours, &theirs} {
		for _, r := range j.Rounds {
			taken[r.ID] = true
		}
		for _, s := range j.AllSections() {
			taken[s.ID] = true
			for _, it := range s.Items {
				taken[it.ID] = true
			}
		}
	}
	for ri := range theirs.Rounds {
		r := &theirs.Rounds[ri]
		if base.Round(r.ID) != nil {
			continue
		}
		if o := ours.Round(r.ID); o != nil && sameInterview(*o, *r) {
			continue
		}
		if same := addedAs(base, ours, *r); same != "" && theirs.Round(same) == nil {
			renameRound(r, same, nil)
			continue
		}
		if ours.Round(r.ID) == nil {
			continue
		}
		all := Job{Rounds: append(append([]Round{}, ours.Rounds...), theirs.Rounds...)}
		id := all.nextRoundID()
		for taken[id] {
			all.Rounds = append(all.Rounds, Round{ID: id})
			id = all.nextRoundID()
		}
		taken[id] = true
		renameRound(r, id, taken)
	}
	return theirs
}

// addedAs is the id of the round ours added that is the same interview as
// r, or "".
func addedAs(base, ours Job, r Round) string {
	for _, o := range ours.Rounds {
		if base.Round(o.ID) == nil && sameInterview(o, r) {
			return o.ID
		}
	}
	return ""
}

// sameInterview reports whether two rounds added on two devices are one
// interview: from the same invitation, or of the same name at the same
// time.
func sameInterview(a, b Round) bool {
	if a.Invite != nil && b.Invite != nil {
		return a.Invite.UID == b.Invite.UID
	}
	return a.Name == b.Name && a.At.Equal(b.At)
}

// renameRound gives a round a new id, and its sections and items ids that
// carry it: unique against taken, or, with taken nil, exactly those of the
// round of that id they are to be merged with.
func renameRound(r *Round, id string, taken map[string]bool) {
	rename := func(old string) string {
		rest, ok := strings.CutPrefix(old, r.ID+"-")
		if !ok {
			rest = old
		}
		if taken == nil {
			return id + "-" + rest
		}
		n := UniqueID(id+"-"+rest, func(s string) bool { return taken[s] })
		taken[n] = true
		return n
	}
	for si := range r.Sections {
		s := &r.Sections[si]
		s.ID = rename(s.ID)
		for ii := range s.Items {
			s.Items[ii].ID = rename(s.Items[ii].ID)
		}
	}
	r.ID = id
}

// dropDuplicateItems keeps the first of two items with one id, which an
// item moved to another section on one side and changed in place on the
// other leaves; both were merged into the same item.
func dropDuplicateItems(j *Job) {
	seen := map[string]bool{}
	for _, s := range j.AllSections() {
		kept := s.Items[:0]
		for _, it := range s.Items {
			if !seen[it.ID] {
				seen[it.ID] = true
				kept = append(kept, it)
			}
		}
		s.Items = kept
	}
}
