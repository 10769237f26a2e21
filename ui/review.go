package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// reviewView is the look back at a past interview, read-only: what was
// prepared and what was skipped, every note, how the tasks after it went,
// the outcome and the lessons.
type reviewView struct {
	*openedJob
	keys checklistKeys
	// offset is the first body line on screen.
	offset        int
	width, height int
}

func newReviewView(o *openedJob) *reviewView {
	return &reviewView{openedJob: o, keys: newChecklistKeys()}
}

// enter shows the look back from its top.
func (v *reviewView) enter() tea.Cmd {
	v.offset = 0
	v.scroll()
	return nil
}

func (v *reviewView) SetSize(width, height int) {
	v.width, v.height = width, height
	v.scroll()
}

func (v *reviewView) Typing() bool { return false }

func (v *reviewView) Prompt() string { return "" }

func (v *reviewView) Update(msg tea.Msg) tea.Cmd {
	if cmd, changed := v.update(msg); changed {
		v.scroll()
		return cmd
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return v.handleKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			v.offset--
		case tea.MouseWheelDown:
			v.offset++
		}
		v.scroll()
	}
	return nil
}

func (v *reviewView) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, refused := v.refuse(msg, v.keys); refused {
		return cmd
	}
	switch {
	case key.Matches(msg, v.keys.Tonight):
		return v.tonightOrWhy()
	case key.Matches(msg, v.keys.FromReview):
		return showChecklist
	case key.Matches(msg, v.keys.JobPage):
		return showJobPage
	case key.Matches(msg, v.keys.Back):
		return showList
	case key.Matches(msg, v.keys.Up):
		v.offset--
	case key.Matches(msg, v.keys.Down):
		v.offset++
	}
	v.scroll()
	return nil
}

// reviewHeaderHeight is the title and a rule.
const reviewHeaderHeight = 2

func (v *reviewView) bodyHeight() int {
	return max(1, v.height-reviewHeaderHeight-hintLines)
}

// scroll keeps the look back within its lines.
func (v *reviewView) scroll() {
	v.offset = max(0, min(v.offset, len(v.lines())-v.bodyHeight()))
}

// reviewWidth is the width the look back draws in: the whole window, as
// it is read rather than worked in, and holds the person's own words
// whole.
func reviewWidth(width int) int { return max(10, width-2) }

// reviewRule is the line under the look back's title and over its foot.
func reviewRule(st *Styles, width int) string {
	return " " + st.Rule.Render(strings.Repeat("─", reviewWidth(width)))
}

func (v *reviewView) View() string {
	st := v.sh.styles
	w := reviewWidth(v.width)
	lines := v.lines()
	h := v.bodyHeight()
	end := min(len(lines), v.offset+h)
	shown := lines[min(v.offset, end):end]
	title := st.Key.Render("Looking back · ") + st.Title.Render(oneLine(v.job.Company)) + st.Subtitle.Render(" · "+oneLine(v.job.Role))
	var b strings.Builder
	b.WriteString(" " + truncate(title, w) + "\n" + reviewRule(st, v.width))
	for _, l := range shown {
		b.WriteString("\n" + l)
	}
	for range h - len(shown) {
		b.WriteString("\n")
	}
	b.WriteString("\n" + reviewRule(st, v.width) + "\n ")
	if v.readOnly != nil {
		b.WriteString(readOnlyLine(st, v.readOnly, w))
	} else {
		b.WriteString(st.Muted.Render("Read-only. Press v to change anything."))
	}
	return b.String()
}

func (v *reviewView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Up, v.keys.Down, v.keys.FromReview, v.keys.Back}
}

func (v *reviewView) FullHelp() [][]key.Binding {
	return [][]key.Binding{v.ShortHelp(), {v.keys.Tonight, v.keys.JobPage}}
}

// lines lays out the look back.
func (v *reviewView) lines() []string {
	st := v.sh.styles
	w := reviewWidth(v.width)
	j := v.job
	now := v.sh.now()
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	head := func(s string) { add("", " "+st.Section.Render(s)) }
	row := func(label, value string) {
		add(" " + st.Muted.Render(padRight(label, 11)) + truncate(value, w-12))
	}
	// wrapped adds text in a style, wrapped to the width after a margin
	// of pad spaces: the person's own words are never cut.
	wrapped := func(pad int, style lipgloss.Style, text string) {
		for _, l := range wrapLines(text, w-pad) {
			add(strings.Repeat(" ", pad) + style.Render(l))
		}
	}

	status := j.EffectiveStatus(now)
	outcome := statusStyle(st, status).Render(statusLabel(status))
	row("Outcome", outcome)
	if j.Reason != nil {
		wrapped(12, st.Item, "Likely reason: "+oneLine(j.Reason.String()))
	}
	if r := j.LastHeld(now); r != nil {
		n, of := j.Number(r)
		row("Got to", st.Item.Render(fmt.Sprintf("round %d of %d, %s", n, of, oneLine(r.Name))))
	}
	before, after := j.Progress(checklist.Before), j.Progress(checklist.After)
	row("Prepared", st.Item.Render(fmt.Sprintf("%d of %d before · %d of %d after", before.Done, before.Total, after.Done, after.Total)))
	if j.Template != "" {
		row("Template", st.Muted.Render(oneLine(j.Template)))
	}

	prepared := func(secs []*checklist.Section) {
		for _, s := range secs {
			p := s.Progress()
			line := "   " + st.Item.Render(padRight(truncate(oneLine(s.Title), 30), 30)) +
				st.Muted.Render(fmt.Sprintf("%6s", fmt.Sprintf("%d/%d", p.Done, p.Total)))
			if p.Complete() {
				line += st.Done.Render("  ✓ all done")
			}
			add(line)
			for _, it := range s.Items {
				if !it.Done {
					wrapped(5, st.Muted, "skipped: "+oneLine(it.Text))
				}
			}
		}
	}
	followed := func(secs []*checklist.Section) {
		for _, s := range secs {
			for _, it := range s.Items {
				done, label := followedLabel(&j, s, it, now)
				mark := st.Late.Render("✗ ")
				if done {
					mark = st.Done.Render("✓ ")
				}
				room := w - 6 - safetext.Width(label)
				lines := wrapLines(oneLine(it.Text), room)
				add("   " + mark + spread(st.Item.Render(lines[0]), st.Muted.Render(label), w-5))
				for _, l := range lines[1:] {
					add("     " + st.Item.Render(l))
				}
			}
		}
	}

	head("Before every round")
	prepared(j.VisibleSections(checklist.Before, nil))
	for _, r := range j.ByTime() {
		head(roundLabel(&j, r, now))
		at := r.At.In(now.Location()).Format("Mon 2 Jan 2006, 15:04")
		add("   " + st.Item.Render(truncate(at+" · "+r.Format.Label(), w-4)))
		for _, place := range []string{r.Where, r.Link} {
			if place != "" {
				wrapped(3, st.Muted, "At "+oneLine(place))
			}
		}
		if len(r.Interviewers) > 0 {
			wrapped(3, st.Muted, "With "+oneLine(strings.Join(r.Names(), ", ")))
		}
		prepared(roundOwn(&j, r, checklist.Before))
		followed(roundOwn(&j, r, checklist.After))
	}
	head("After the interviews")
	followed(j.VisibleSections(checklist.After, nil))

	head("Notes")
	notes := 0
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			if it.Note == "" || it.ID == lessonsItem {
				continue
			}
			notes++
			wrapped(3, st.Item, oneLine(it.Text))
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

// quote draws a note's lines under its item, behind a bar, wrapped: the
// person's own words are never cut.
func (v *reviewView) quote(note string, w int) []string {
	st := v.sh.styles
	var out []string
	for _, para := range strings.Split(safeBlock(note), "\n") {
		for _, l := range wrapLines(para, w-8) {
			out = append(out, "     "+st.Rule.Render("│ ")+st.Note.Render(l))
		}
	}
	return out
}

// followedLabel says how an after task went: when it was done against its
// due time ("done 5 h late"), that the app did it (the likely reason
// picked, the lessons written), that the answer made it pointless, or how
// late it was left undone.
func followedLabel(j *checklist.Job, s *checklist.Section, it checklist.Item, now time.Time) (done bool, label string) {
	switch {
	case it.Done:
		return true, checklist.DueLabel(it, now)
	case it.ID == checklist.ReasonItem && j.Reason != nil:
		return true, "recorded"
	case it.ID == checklist.LessonsItem && strings.TrimSpace(it.Note) != "":
		return true, "written"
	}
	switch j.ItemDueState(s, it, now) {
	case checklist.NotNeeded:
		return false, "not needed"
	case checklist.DueLate:
		return false, "not done · " + checklist.DueLabel(it, now)
	}
	return false, "not done"
}

// roundOwn are the sections of one phase a round has of its own, as its
// checklist shows them.
func roundOwn(j *checklist.Job, r *checklist.Round, p checklist.Phase) []*checklist.Section {
	var own []*checklist.Section
	for _, s := range j.VisibleSections(p, r) {
		if j.RoundOf(s) == r {
			own = append(own, s)
		}
	}
	return own
}
