package checklist

import (
	"reflect"
	"slices"
	"strings"
)

// DescribeChange says in a few words what changed from one state of a job
// to the next, as a person would say they did it: "ticked Research the
// company", "added Bring a pen", "set the status to offer". Undo says what
// it took back with it, the states given the other way round. It names the
// first change it finds, the status and a round added or removed before
// the items, and says "changed the job" when it can find no plainer word.
func DescribeChange(from, to *Job) string {
	if from.Status != to.Status {
		return "set the status to " + string(to.Status)
	}
	if !reflect.DeepEqual(from.Reason, to.Reason) {
		return "recorded the likely reason"
	}
	// A round comes and goes with its items: name the round, not the
	// first of them.
	switch {
	case len(to.Rounds) > len(from.Rounds):
		return "added a round"
	case len(to.Rounds) < len(from.Rounds):
		return "removed a round"
	}
	if s := describeItems(from, to); s != "" {
		return s
	}
	for i := range to.Rounds {
		a, b := from.Rounds[i], to.Rounds[i]
		a.Sections, b.Sections = nil, nil
		switch {
		case a.State != b.State && b.State == Cancelled:
			return "cancelled " + plainLine(b.Name)
		case a.State != b.State:
			return "marked " + plainLine(b.Name) + " " + string(b.State)
		case !a.At.Equal(b.At):
			return "moved " + plainLine(b.Name)
		case !reflect.DeepEqual(a, b):
			return "changed " + plainLine(b.Name)
		}
	}
	if !reflect.DeepEqual(from.Details(), to.Details()) {
		return "changed the job's details"
	}
	return "changed the job"
}

// describeItems names the first item added, removed, ticked, noted,
// renamed or moved between the two states; "" when none was.
func describeItems(from, to *Job) string {
	was := map[string]Item{}
	var order []string
	for _, s := range from.AllSections() {
		for _, it := range s.Items {
			was[it.ID] = it
			order = append(order, it.ID)
		}
	}
	var now []string
	for _, s := range to.AllSections() {
		for _, it := range s.Items {
			now = append(now, it.ID)
			old, ok := was[it.ID]
			switch {
			case !ok:
				return "added " + plainLine(it.Text)
			case old.Done != it.Done && it.Done:
				return "ticked " + plainLine(it.Text)
			case old.Done != it.Done:
				return "unticked " + plainLine(it.Text)
			case old.Note != it.Note:
				return "the note on " + plainLine(it.Text)
			case old.Text != it.Text:
				return "renamed " + plainLine(old.Text) + " to " + plainLine(it.Text)
			}
		}
	}
	for _, id := range order {
		if !slices.Contains(now, id) {
			return "removed " + plainLine(was[id].Text)
		}
	}
	for i := range now {
		if now[i] != order[i] {
			return "moved " + plainLine(was[now[i]].Text)
		}
	}
	return ""
}

// plainLine keeps a text on one line, for a message of one line.
func plainLine(s string) string { return strings.Join(strings.Fields(s), " ") }
