package ui

import (
	"fmt"
	"strings"

	"github.com/prep-cli/prep/checklist"
)

// reviewLines lays out a past interview as a read-only look back: what was
// prepared and what was skipped, every note, how the tasks after it went,
// the outcome and the lessons.
func (v *checklistView) reviewLines() []string {
	st := v.sh.styles
	w := v.contentWidth()
	j := v.job
	now := v.sh.now()
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	head := func(s string) { add("", " "+st.Section.Render(s)) }
	row := func(label, value string) {
		add(" " + st.Muted.Render(fmt.Sprintf("%-11s", label)) + truncate(value, w-12))
	}

	at := j.InterviewAt.In(now.Location())
	row("Interview", st.Item.Render(at.Format("Mon 2 Jan 2006, 15:04")+" · "+checklist.Relative(j.InterviewAt, now)))
	status := j.EffectiveStatus(now)
	outcome := statusStyle(st, status).Render(statusLabel(status))
	if j.Reason != nil {
		outcome += st.Item.Render(" · likely reason: " + oneLine(j.Reason.String()))
	}
	row("Outcome", outcome)
	before, after := j.Progress(checklist.Before), j.Progress(checklist.After)
	row("Prepared", st.Item.Render(fmt.Sprintf("%d of %d before · %d of %d after", before.Done, before.Total, after.Done, after.Total)))
	if j.Template != "" {
		row("Template", st.Muted.Render(oneLine(j.Template)))
	}

	head("Before the interview")
	for _, s := range j.Sections {
		if s.Phase != checklist.Before {
			continue
		}
		p := s.Progress()
		line := "   " + st.Item.Render(fmt.Sprintf("%-30s", truncate(oneLine(s.Title), 30))) +
			st.Muted.Render(fmt.Sprintf("%6s", fmt.Sprintf("%d/%d", p.Done, p.Total)))
		if p.Complete() {
			line += st.Done.Render("  ✓ all done")
		}
		add(line)
		for _, it := range s.Items {
			if !it.Done {
				add("     " + st.Muted.Render(truncate("skipped: "+oneLine(it.Text), w-6)))
			}
		}
	}

	head("After the interview")
	for _, s := range j.Sections {
		if s.Phase != checklist.After || !s.Visible(j.Status) {
			continue
		}
		for _, it := range s.Items {
			mark := st.Late.Render("✗ ")
			if it.Done {
				mark = st.Done.Render("✓ ")
			}
			label := "not done"
			if it.Done {
				label = checklist.DueLabel(it, now)
			}
			add("   " + mark + spread(st.Item.Render(oneLine(it.Text)), st.Muted.Render(label), w-5))
		}
	}

	head("Notes")
	notes := 0
	for _, s := range j.Sections {
		for _, it := range s.Items {
			if it.Note == "" || it.ID == lessonsItem {
				continue
			}
			notes++
			add("   " + st.Item.Render(truncate(oneLine(it.Text), w-4)))
			add(v.quote(it.Note, w)...)
		}
	}
	if notes == 0 {
		add("   " + st.Muted.Render("No notes were written."))
	}

	head("Lessons")
	if it := j.Item(lessonsItem); it != nil && it.Note != "" {
		add(v.quote(it.Note, w)...)
	} else {
		hint := st.Muted.Width(w - 3).Render("None written down. Press v, then e on “" + lessonsText(j) + "” to add them.")
		add(strings.Split(indent(hint, "   "), "\n")...)
	}
	return out
}

// lessonsItem is the default template's item for writing down the lessons.
const lessonsItem = "lessons"

func lessonsText(j checklist.Job) string {
	if it := j.Item(lessonsItem); it != nil {
		return oneLine(it.Text)
	}
	return "a note"
}

// quote draws a note's lines under its item, behind a bar.
func (v *checklistView) quote(note string, w int) []string {
	st := v.sh.styles
	var out []string
	for _, l := range strings.Split(safeBlock(note), "\n") {
		out = append(out, "     "+st.Rule.Render("│ ")+st.Note.Render(truncate(l, w-8)))
	}
	return out
}
