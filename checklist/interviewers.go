package checklist

import (
	"slices"
	"strings"
)

// Items made once per interviewer.
//
// A template item with TextEach becomes, in each round, one item per
// interviewer of that round ("Send a thank-you message to Dana Lee"), or
// one generic item while the round has none. When a round's interviewers
// change, its groups follow: an interviewer added gets an item after the
// others of the group, or takes over the group's generic item, which keeps
// its id, tick and note. An interviewer removed loses their items only
// while untouched (not done, no note); if that would empty a group, the
// last item turns back into the generic one instead. Items keep their ids
// throughout, and new ones get ids no other item of the job has.

// syncInterviewerItems brings the per-interviewer groups of one section in
// line with the interviewers added and removed.
func (j *Job) syncInterviewerItems(s *Section, added, removed []string) {
	var groups []string
	for _, it := range s.Items {
		if it.Each != "" && !slices.Contains(groups, it.Each) {
			groups = append(groups, it.Each)
		}
	}
	for _, each := range groups {
		j.syncGroup(s, each, added, removed)
	}
}

func (j *Job) syncGroup(s *Section, each string, added, removed []string) {
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
		it := Item{ID: id, Text: eachText(each, name), Hint: rep.Hint, Due: rep.Due, DueDecided: rep.DueDecided,
			Bring: rep.Bring, Own: rep.Own, Each: each, For: name}
		// Due as the job's other items are (see scheduleDue).
		if start, ok := j.dueStart(s); ok && it.Due != "" {
			if at, err := j.dueFrom(s, &it, start); err == nil {
				j.setDue(&it, at)
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
