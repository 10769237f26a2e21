package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/stats"
)

// lastTimeLessons is how many lessons of earlier interviews the
// night-before card recalls.
const lastTimeLessons = 2

// lessonsFoundMsg carries the latest lessons written for jobs other than
// the one opened, newest first; gen is the opening they are for (see
// Model.watch).
type lessonsFoundMsg struct {
	lessons []stats.Lesson
	gen     int
}

// lessonsPage is how many jobs are read at a time for their lessons, so
// that a thousand jobs are never all in memory at once.
const lessonsPage = 100

// findEarlierLessons reads every job for its lessons, a page at a time,
// and keeps the latest of those of jobs other than openID. A job that does
// not read has none; the list says which those are.
func findEarlierLessons(store *data.Store, openID string, gen int) tea.Cmd {
	return func() tea.Msg {
		ids, _, _ := store.Scan()
		var all []stats.Lesson
		for start := 0; start < len(ids); start += lessonsPage {
			jobs, _ := store.LoadMany(ids[start:min(start+lessonsPage, len(ids))])
			all = append(all, stats.Lessons(jobs)...)
		}
		stats.NewestFirst(all)
		return lessonsFoundMsg{lessons: earlierLessons(all, openID), gen: gen}
	}
}

// earlierLessons are the first lessons, of those given newest first, that
// were written for jobs other than openID.
func earlierLessons(lessons []stats.Lesson, openID string) []stats.Lesson {
	var out []stats.Lesson
	for _, l := range lessons {
		if l.Job.ID != openID {
			out = append(out, l)
		}
		if len(out) == lastTimeLessons {
			break
		}
	}
	return out
}

// lastTimeLines recall those lessons on the card: "Last time: have a
// story about a failure ready", the first line of each.
func lastTimeLines(st *Styles, lessons []stats.Lesson, width int) []string {
	var lines []string
	for _, l := range lessons {
		first, _, _ := strings.Cut(strings.TrimSpace(l.Text), "\n")
		lines = append(lines, st.Muted.Render("Last time: ")+st.Note.Render(truncate(oneLine(first), width-11)))
	}
	return lines
}
