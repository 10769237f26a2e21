package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// Under the body: a rule and the selected item's hint.
const hintLines = 2

func (l *itemList) bodyHeight() int {
	return max(1, l.height-l.host.headerHeight()-l.bottomHeight())
}

func (l *itemList) bottomHeight() int {
	if l.editor != nil {
		return 1 + l.editor.Height()
	}
	return hintLines
}

// scroll keeps the selected line on screen, with its section's title when
// there is room.
func (l *itemList) scroll() {
	lines, cur := l.rows()
	h := l.bodyHeight()
	if cur < 0 {
		l.offset = 0
		return
	}
	if cur-1 < l.offset {
		l.offset = max(0, cur-1)
		if cur >= 2 && lines[cur-2].kind == rowGap {
			l.offset = max(0, cur-2)
		}
	}
	if cur >= l.offset+h {
		l.offset = cur - h + 1
	}
	l.offset = max(0, min(l.offset, len(lines)-h))
}

// View draws the list under the screen's header, and the open picker over
// both.
func (l *itemList) View(header string) string {
	rows, _ := l.rows()
	h := l.bodyHeight()
	end := min(len(rows), l.offset+h)
	shown := rows[min(l.offset, end):end]
	var b strings.Builder
	b.WriteString(header)
	for _, r := range shown {
		b.WriteString("\n" + l.drawRow(r))
	}
	for range h - len(shown) {
		b.WriteString("\n")
	}
	b.WriteString("\n" + l.footer())
	if l.picker != nil {
		return overlay(b.String(), l.picker.View(l.sh.styles, l.width), l.width, l.height)
	}
	return b.String()
}

// row is one line of the body, planned but not yet drawn: planning every
// line is cheap, and only the lines on screen are drawn.
type row struct {
	kind rowKind
	// section and item place a section title or an item.
	section *checklist.Section
	item    int
	// text is a note's line, or a line drawn already.
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
func (l *itemList) itemID(r row) string {
	if r.kind != rowItem {
		return ""
	}
	return r.section.Items[r.item].ID
}

// rows plans the body, and says which row holds the cursor (-1 for none).
func (l *itemList) rows() (rows []row, cursor int) {
	rows, cursor = l.checklistRows()
	if len(rows) == 0 && l.hideDone {
		for _, line := range l.host.allDone() {
			rows = append(rows, row{kind: rowText, text: line})
		}
	}
	return rows, cursor
}

// maxNoteLines is how much of a note shows under its item; the rest is in
// the editor.
const maxNoteLines = 3

// checklistRows plans the sections and items of the tab: a title per
// section, a row per item, and the selected item's note under it.
func (l *itemList) checklistRows() (rows []row, cursor int) {
	cursor = -1
	for _, s := range l.sections() {
		items := l.shown(s)
		if items == nil {
			continue
		}
		if len(rows) > 0 {
			rows = append(rows, row{kind: rowGap})
		}
		rows = append(rows, row{kind: rowSection, section: s})
		for _, ii := range items {
			it := &s.Items[ii]
			if it.ID != l.cursor[l.phase] {
				rows = append(rows, row{kind: rowItem, section: s, item: ii})
				continue
			}
			cursor = len(rows)
			rows = append(rows, row{kind: rowItem, section: s, item: ii})
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
func (l *itemList) drawRow(r row) string {
	st := l.sh.styles
	w := contentWidth(l.width)
	switch r.kind {
	case rowSection:
		s := r.section
		p := s.Progress()
		right := st.Bar(p.Fraction(), 12) + st.Muted.Render(fmt.Sprintf("%6s", fmt.Sprintf("%d/%d", p.Done, p.Total)))
		return " " + spread(st.Section.Render(oneLine(s.Title)), right, w)
	case rowItem:
		return l.drawItem(r.section, &r.section.Items[r.item], w)
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

func (l *itemList) drawItem(s *checklist.Section, it *checklist.Item, w int) string {
	label, labelStyle := l.dueLabel(s, it)
	k := drawnItem{item: *it, selected: it.ID == l.cursor[l.phase], width: w, label: label, styles: l.sh.styles}
	if line, ok := l.drawn[k]; ok {
		return line
	}
	if l.drawn == nil || len(l.drawn) >= maxDrawn {
		l.drawn = make(map[drawnItem]string)
	}
	line := " " + l.itemLine(it, k.selected, w, label, labelStyle)
	l.drawn[k] = line
	return line
}

// itemLine draws an item: the cursor bar, its box, its text with marks
// for a note and for the person's own items, and its due time on the right.
// Widths are measured on plain text before styling, since this runs for
// every row on every key.
func (l *itemList) itemLine(it *checklist.Item, selected bool, w int, label string, labelStyle lipgloss.Style) string {
	st := l.sh.styles
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
	room := w - 6
	if label != "" {
		room -= safetext.Width(label) + 1
	}
	body := oneLine(it.Text)
	bodyWidth := safetext.Width(body)
	marksWidth := safetext.Width(marks)
	switch {
	case bodyWidth+marksWidth <= room:
	case bodyWidth <= room:
		marks = truncate(marks, room-bodyWidth)
		marksWidth = safetext.Width(marks)
	default:
		body, marks, marksWidth = truncate(body, room), "", 0
		bodyWidth = safetext.Width(body)
	}
	line := bar + box + text.Render(body)
	if marks != "" {
		line += st.Muted.Render(marks)
	}
	if label == "" {
		return line
	}
	gap := max(1, w-6-bodyWidth-marksWidth-safetext.Width(label))
	return line + strings.Repeat(" ", gap) + labelStyle.Render(label)
}

// dueLabel says when item it of section s is due, or was done against its
// due time, or that the job no longer needs it, with the style for how
// pressing it is; late is marked with ! as well as colour.
func (l *itemList) dueLabel(s *checklist.Section, it *checklist.Item) (string, lipgloss.Style) {
	st := l.sh.styles
	now := l.sh.now()
	label := l.job.ItemDueLabel(s, *it, now)
	switch l.job.ItemDueState(s, *it, now) {
	case checklist.DueNone:
		return label, st.Muted
	case checklist.DueLate:
		return "! " + label, st.Late
	case checklist.DueSoon:
		return label, st.Due
	}
	return label, st.Muted
}

func (l *itemList) footer() string {
	st := l.sh.styles
	w := contentWidth(l.width)
	if l.editor != nil {
		return rule(st, l.width) + "\n" + indent(cutLines(l.editor.View(st), w), " ")
	}
	if l.readOnly != nil {
		return rule(st, l.width) + "\n " + readOnlyLine(st, l.readOnly, w)
	}
	hint := ""
	if it := l.current(); it != nil && it.Hint != "" {
		hint = st.Hint.Render(truncate(oneLine(it.Hint), w))
	}
	return rule(st, l.width) + "\n " + hint
}

// maxContentWidth keeps a line short enough to read on a wide terminal.
const maxContentWidth = 100

// contentWidth is the width a job's screens draw in, in a window this wide.
func contentWidth(width int) int { return min(maxContentWidth, max(10, width-2)) }

// rule is the thin line under a job screen's header and over its hint.
func rule(st *Styles, width int) string {
	return " " + st.Rule.Render(strings.Repeat("─", contentWidth(width)))
}

// readOnlyLine says why the job may not be changed.
func readOnlyLine(st *Styles, why error, w int) string {
	return st.Error.Render(truncate("Read-only: "+oneLine(why.Error()), w))
}
