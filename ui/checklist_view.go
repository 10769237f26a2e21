package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
)

// Under the body: a rule and the selected item's hint.
const hintLines = 2

// headerHeight counts the header's lines without drawing it.
func (v *checklistView) headerHeight() int {
	switch v.mode {
	case modeTonight:
		return 1 + 2 + len(v.tonightCardLines())
	case modeReview:
		return 2
	}
	return 3
}

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
	lines, cur := v.rows()
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
		if cur >= 2 && lines[cur-2].kind == rowGap {
			v.offset = max(0, cur-2)
		}
	}
	if cur >= v.offset+h {
		v.offset = cur - h + 1
	}
	v.offset = max(0, min(v.offset, len(lines)-h))
}

func (v *checklistView) View() string {
	rows, _ := v.rows()
	h := v.bodyHeight()
	end := min(len(rows), v.offset+h)
	shown := rows[min(v.offset, end):end]
	var b strings.Builder
	b.WriteString(v.header())
	for _, r := range shown {
		b.WriteString("\n" + v.drawRow(r))
	}
	for range h - len(shown) {
		b.WriteString("\n")
	}
	b.WriteString("\n" + v.footer())
	if v.picker != nil {
		return overlay(b.String(), v.picker.View(v.sh.styles, v.width), v.width, v.height)
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
		v.rule()
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

// row is one line of the body, planned but not yet drawn: planning every
// line is cheap, and only the lines on screen are drawn.
type row struct {
	kind rowKind
	// section and item place a section title or an item.
	section, item int
	// text is a note's line, or a line drawn already (the look back).
	text string
}

type rowKind int

const (
	rowGap rowKind = iota
	rowSection
	rowItem
	rowNote
	rowNoteMore
	rowText
)

// itemID is the id of the item a row shows, or "".
func (v *checklistView) itemID(r row) string {
	if r.kind != rowItem {
		return ""
	}
	return v.job.Sections[r.section].Items[r.item].ID
}

// rows plans the body of the mode on show, and says which row holds the
// cursor (-1 for none).
func (v *checklistView) rows() (rows []row, cursor int) {
	text := func(lines []string) []row {
		out := make([]row, len(lines))
		for i, l := range lines {
			out[i] = row{kind: rowText, text: l}
		}
		return out
	}
	if v.mode == modeReview {
		return text(v.reviewLines()), -1
	}
	rows, cursor = v.checklistRows()
	switch {
	case len(rows) > 0:
	case v.mode == modeTonight:
		rows = text(v.readyLines())
	case v.hideDone:
		st := v.sh.styles
		rows = text([]string{"", "   " + st.Done.Render("✓ Everything on this tab is done."),
			"   " + st.Muted.Render("Press f to see the done items again.")})
	}
	return rows, cursor
}

// maxNoteLines is how much of a note shows under its item; the rest is in
// the editor.
const maxNoteLines = 3

// checklistRows plans the sections and items of the tab: a title per
// section, a row per item, and the selected item's note under it.
func (v *checklistView) checklistRows() (rows []row, cursor int) {
	cursor = -1
	for si := range v.job.Sections {
		items := v.shown(si)
		if items == nil {
			continue
		}
		if len(rows) > 0 {
			rows = append(rows, row{kind: rowGap})
		}
		rows = append(rows, row{kind: rowSection, section: si})
		for _, ii := range items {
			it := &v.job.Sections[si].Items[ii]
			if it.ID != v.cursor[v.phase] {
				rows = append(rows, row{kind: rowItem, section: si, item: ii})
				continue
			}
			cursor = len(rows)
			rows = append(rows, row{kind: rowItem, section: si, item: ii})
			if it.Note == "" {
				continue
			}
			for i, l := range strings.Split(safeBlock(it.Note), "\n") {
				if i == maxNoteLines {
					rows = append(rows, row{kind: rowNoteMore})
					break
				}
				rows = append(rows, row{kind: rowNote, text: l})
			}
		}
	}
	return rows, cursor
}

// drawRow draws one planned row at the content width.
func (v *checklistView) drawRow(r row) string {
	st := v.sh.styles
	w := v.contentWidth()
	switch r.kind {
	case rowSection:
		s := v.job.Sections[r.section]
		p := s.Progress()
		right := st.Bar(p.Fraction(), 12) + st.Muted.Render(fmt.Sprintf("%6s", fmt.Sprintf("%d/%d", p.Done, p.Total)))
		return " " + spread(st.Section.Render(oneLine(s.Title)), right, w)
	case rowItem:
		return v.drawItem(&v.job.Sections[r.section].Items[r.item], w)
	case rowNote:
		return "       " + st.Note.Render(truncate(r.text, w-8))
	case rowNoteMore:
		return "       " + st.Muted.Render("…")
	case rowText:
		return r.text
	}
	return ""
}

// drawnItem is what an item row looks like: when none of it changes, the
// row drawn before is drawn again as it was.
type drawnItem struct {
	item     checklist.Item
	selected bool
	width    int
	label    string
	styles   *Styles
}

// maxDrawn bounds the rows kept; past it they are all drawn afresh.
const maxDrawn = 1024

func (v *checklistView) drawItem(it *checklist.Item, w int) string {
	label, _ := v.dueLabel(it)
	k := drawnItem{item: *it, selected: it.ID == v.cursor[v.phase], width: w, label: label, styles: v.sh.styles}
	if line, ok := v.drawn[k]; ok {
		return line
	}
	if v.drawn == nil || len(v.drawn) >= maxDrawn {
		v.drawn = make(map[drawnItem]string)
	}
	line := " " + v.itemLine(it, k.selected, w)
	v.drawn[k] = line
	return line
}

// itemLine draws an item: the cursor bar, its box, its text with marks
// for a note and for the person's own items, and its due time on the right.
// Widths are measured on plain text before styling, since this runs for
// every row on every key.
func (v *checklistView) itemLine(it *checklist.Item, selected bool, w int) string {
	st := v.sh.styles
	bar, box, text := st.noBar, st.boxOpen, st.Item
	if it.Done {
		box, text = st.boxDone, st.ItemDone
	}
	if selected {
		bar, text = st.cursorBar, st.Selected
	}
	marks := ""
	if it.Note != "" {
		marks = " ✎"
	}
	if it.Own {
		marks += " · mine"
	}
	label, labelStyle := v.dueLabel(it)
	room := w - 6
	if label != "" {
		room -= textWidth(label) + 1
	}
	body := oneLine(it.Text)
	bodyWidth := textWidth(body)
	marksWidth := textWidth(marks)
	switch {
	case bodyWidth+marksWidth <= room:
	case bodyWidth <= room:
		marks = truncate(marks, room-bodyWidth)
		marksWidth = textWidth(marks)
	default:
		body, marks, marksWidth = truncate(body, room), "", 0
		bodyWidth = textWidth(body)
	}
	line := bar + box + text.Render(body)
	if marks != "" {
		line += st.Muted.Render(marks)
	}
	if label == "" {
		return line
	}
	gap := max(1, w-6-bodyWidth-marksWidth-textWidth(label))
	return line + strings.Repeat(" ", gap) + labelStyle.Render(label)
}

// dueLabel says when an item is due, or was done against its due time,
// with the style for how pressing it is; late is marked with ! as well as
// colour.
func (v *checklistView) dueLabel(it *checklist.Item) (string, lipgloss.Style) {
	st := v.sh.styles
	now := v.sh.now()
	switch it.DueState(now) {
	case checklist.DueNone:
		return "", st.Muted
	case checklist.DueLate:
		return "! " + checklist.DueLabel(*it, now), st.Late
	case checklist.DueSoon:
		return checklist.DueLabel(*it, now), st.Due
	}
	return checklist.DueLabel(*it, now), st.Muted
}

func (v *checklistView) footer() string {
	st := v.sh.styles
	w := v.contentWidth()
	if v.editor != nil {
		return v.rule() + "\n" + indent(cutLines(v.editor.View(st), w), " ")
	}
	switch {
	case v.readOnly != nil:
		return v.rule() + "\n " + st.Error.Render(truncate("Read-only: "+oneLine(v.readOnly.Error()), w))
	case v.mode == modeReview:
		return v.rule() + "\n " + st.Muted.Render("Read-only. Press v to change anything.")
	}
	hint := ""
	if it := v.current(); it != nil && it.Hint != "" {
		hint = st.Hint.Render(truncate(oneLine(it.Hint), w))
	}
	return v.rule() + "\n " + hint
}

// rule is the thin line under the header and over the hint.
func (v *checklistView) rule() string {
	return " " + v.sh.styles.Rule.Render(strings.Repeat("─", v.contentWidth()))
}
