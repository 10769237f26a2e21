package ui

import (
	"strings"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/stats"
)

// lastTimeLessons is how many lessons of earlier interviews the
// night-before card recalls.
const lastTimeLessons = 2

// earlierLessons are the latest lessons written for jobs other than the
// one being opened, from the jobs the list holds, newest first.
func earlierLessons(jobs []checklist.Job, openID string) []stats.Lesson {
	var out []stats.Lesson
	for _, l := range stats.Lessons(jobs) {
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
