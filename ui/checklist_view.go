package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
)

// Under the body: a rule and the selected item's hint.
const hintLines = 2

func (v *checklistView) headerHeight() int { return lipgloss.Height(v.header()) }

func (v *checklistView) bodyHeight() int {
	return max(1, v.height-v.headerHeight()-v.bottomHeight())
}

func (v *checklistView) bottomHeight() int {
	if v.editor != nil {
		return 1 + v.editor.Height()
	}
	return hintLines
}

// maxContentWidth keeps a line short enough to read on a wide terminal.
const maxContentWidth = 100

func (v *checklistView) contentWidth() int { return min(maxContentWidth, max(10, v.width-2)) }

// scroll keeps the selected line on screen, with its section's title when
// there is room; the look back just stays within its lines.
func (v *checklistView) scroll() {
	lines, cur := v.body()
	h := v.bodyHeight()
	if v.mode == modeReview {
		v.offset = max(0, min(v.offset, len(lines)-h))
		return
	}
	if cur < 0 {
		v.offset = 0
		return
	}
	if cur-1 < v.offset {
		v.offset = max(0, cur-1)
		if cur >= 2 && strings.TrimSpace(lines[cur-2]) == "" {
			v.offset = max(0, cur-2)
		}
	}
	if cur >= v.offset+h {
		v.offset = cur - h + 1
	}
	v.offset = max(0, min(v.offset, len(lines)-h))
}

func (v *checklistView) View() string {
	lines, _ := v.body()
	h := v.bodyHeight()
	end := min(len(lines), v.offset+h)
	shown := lines[min(v.offset, end):end]
	var b strings.Builder
	b.WriteString(v.header())
	for _, l := range shown {
		b.WriteString("\n" + l)
	}
	for range h - len(shown) {
		b.WriteString("\n")
	}
	b.WriteString("\n" + v.footer())
	if v.picker != nil {
		return overlay(b.String(), v.picker.View(v.sh.styles), v.width, v.height)
	}
	return b.String()
}

func (v *checklistView) header() string {
	switch v.mode {
	case modeTonight:
		return v.tonightHeader()
	case modeReview:
		return v.reviewHeader()
	}
	return v.editHeader()
}

func (v *checklistView) reviewHeader() string {
	st := v.sh.styles
	w := v.contentWidth()
	title := st.Key.Render("Looking back · ") + st.Title.Render(oneLine(v.job.Company)) + st.Subtitle.Render(" · "+oneLine(v.job.Role))
	return " " + truncate(title, w) + "\n " + st.Rule.Render(strings.Repeat("─", w))
}

func (v *checklistView) editHeader() string {
	st := v.sh.styles
	w := v.contentWidth()
	now := v.sh.now()
	j := v.job
	title := st.Title.Render(oneLine(j.Company)) + st.Subtitle.Render(" · "+oneLine(j.Role))
	status := j.EffectiveStatus(now)
	when := st.Muted.Render(checklist.Relative(j.InterviewAt, now)+" · ") + statusStyle(st, status).Render(statusLabel(status))
	if status == checklist.Rejected && j.Reason != nil {
		when += st.Muted.Render(" · " + truncate(oneLine(j.Reason.String()), 24))
	}
	var tabs []string
	for _, p := range []checklist.Phase{checklist.Before, checklist.After} {
		label := v.tabLabel(p)
		if p == v.phase {
			tabs = append(tabs, st.TabActive.Render(label))
		} else {
			tabs = append(tabs, st.TabInactive.Render(label))
		}
	}
	total := j.TotalProgress()
	overall := st.Muted.Render(fmt.Sprintf("%d/%d done", total.Done, total.Total))
	return " " + spread(title, when, w) + "\n" +
		" " + spread(strings.Join(tabs, "   "), overall, w) + "\n" +
		" " + st.Rule.Render(strings.Repeat("─", w))
}

func (v *checklistView) tabLabel(p checklist.Phase) string {
	pr := v.job.Progress(p)
	return fmt.Sprintf("%s %d/%d", phaseTitle(p), pr.Done, pr.Total)
}

func phaseTitle(p checklist.Phase) string {
	if p == checklist.After {
		return "After"
	}
	return "Before"
}

// body is the scrolling part of the screen, and the line of the cursor.
func (v *checklistView) body() (lines []string, cursorLine int) {
	lines, _, cursorLine = v.layout()
	return lines, cursorLine
}

// layout draws the body of the mode on show.
func (v *checklistView) layout() (lines, itemOf []string, cursorLine int) {
	if v.mode == modeReview {
		lines = v.reviewLines()
		return lines, make([]string, len(lines)), -1
	}
	lines, itemOf, cursorLine = v.checklistLayout()
	if len(lines) == 0 && v.mode == modeTonight {
		lines = v.readyLines()
		itemOf = make([]string, len(lines))
	}
	return lines, itemOf, cursorLine
}

// checklistLayout draws the items' lines and says which item each line
// shows ("" for titles, notes and gaps), for the cursor and mouse clicks.
func (v *checklistView) checklistLayout() (lines, itemOf []string, cursorLine int) {
	st := v.sh.styles
	w := v.contentWidth()
	cursorLine = -1
	add := func(id string, ls ...string) {
		for _, l := range ls {
			lines = append(lines, l)
			itemOf = append(itemOf, id)
		}
	}
	for si, s := range v.job.Sections {
		items := v.shown(si)
		if items == nil {
			continue
		}
		if len(lines) > 0 {
			add("", "")
		}
		p := s.Progress()
		right := st.Bar(p.Fraction(), 12) + st.Muted.Render(fmt.Sprintf("%6s", fmt.Sprintf("%d/%d", p.Done, p.Total)))
		add("", " "+spread(st.Section.Render(oneLine(s.Title)), right, w))
		for _, ii := range items {
			it := &v.job.Sections[si].Items[ii]
			sel := it.ID == v.cursor[v.phase]
			if sel {
				cursorLine = len(lines)
			}
			add(it.ID, " "+v.itemLine(it, sel, w))
			if sel && it.Note != "" {
				add("", v.noteLines(it.Note, w)...)
			}
		}
	}
	if len(lines) == 0 && v.hideDone && v.mode == modeEdit {
		add("", "", "   "+st.Done.Render("✓ Everything on this tab is done."),
			"   "+st.Muted.Render("Press f to see the done items again."))
	}
	return lines, itemOf, cursorLine
}

func (v *checklistView) itemLine(it *checklist.Item, selected bool, w int) string {
	st := v.sh.styles
	bar := "  "
	if selected {
		bar = st.Cursor.Render("│ ")
	}
	box, text := "[ ] ", st.Item
	if it.Done {
		box, text = "["+st.Check.Render("✓")+"] ", st.ItemDone
	}
	if selected {
		text = st.Selected
	}
	mark := ""
	if it.Note != "" {
		mark = st.Muted.Render(" ✎")
	}
	if it.Own {
		mark += st.Muted.Render(" · mine")
	}
	return bar + box + spread(text.Render(oneLine(it.Text))+mark, v.dueLabel(it), w-6)
}

// dueLabel says when an item is due, or was done against its due time,
// styled by how pressing it is; late is marked with ! as well as colour.
func (v *checklistView) dueLabel(it *checklist.Item) string {
	st := v.sh.styles
	now := v.sh.now()
	label := checklist.DueLabel(*it, now)
	switch it.DueState(now) {
	case checklist.DueNone:
		return ""
	case checklist.DueLate:
		return st.Late.Render("! " + label)
	case checklist.DueSoon:
		return st.Due.Render(label)
	case checklist.DoneLate:
		return st.Muted.Render(label)
	}
	return st.Muted.Render(label)
}

// maxNoteLines is how much of a note shows under its item; the rest is in
// the editor.
const maxNoteLines = 3

func (v *checklistView) noteLines(note string, w int) []string {
	st := v.sh.styles
	var out []string
	for i, l := range strings.Split(safeBlock(note), "\n") {
		if i == maxNoteLines {
			out = append(out, "       "+st.Muted.Render("…"))
			break
		}
		out = append(out, "       "+st.Note.Render(truncate(l, w-8)))
	}
	return out
}

func (v *checklistView) footer() string {
	st := v.sh.styles
	w := v.contentWidth()
	if v.editor != nil {
		return " " + st.Rule.Render(strings.Repeat("─", w)) + "\n" + indent(v.editor.View(st), " ")
	}
	if v.mode == modeReview {
		return " " + st.Rule.Render(strings.Repeat("─", w)) + "\n " + st.Muted.Render("Read-only. Press v to change anything.")
	}
	hint := ""
	if it := v.current(); it != nil && it.Hint != "" {
		hint = st.Hint.Render(truncate(oneLine(it.Hint), w))
	}
	return " " + st.Rule.Render(strings.Repeat("─", w)) + "\n " + hint
}
