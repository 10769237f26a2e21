package ui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
)

// The checklist's columns: a margin, the cursor bar, then the box.
const (
	boxStart = 3
	boxEnd   = 6
)

// click selects the item under the pointer, and ticks it when the click is
// on its box.
func (l *itemList) click(m tea.Mouse) tea.Cmd {
	if m.Button != tea.MouseLeft || l.editor != nil {
		return nil
	}
	top := l.host.headerHeight()
	line := l.offset + m.Y - top
	if m.Y < top || m.Y >= top+l.bodyHeight() {
		return nil
	}
	rows, _ := l.rows()
	if line < 0 || line >= len(rows) || l.itemID(rows[line]) == "" {
		return nil
	}
	l.cursor[l.phase] = l.itemID(rows[line])
	l.scroll()
	if m.X >= boxStart && m.X < boxEnd {
		return l.toggle()
	}
	return nil
}

func (l *itemList) wheel(m tea.Mouse) {
	switch m.Button {
	case tea.MouseWheelUp:
		l.move(-1)
	case tea.MouseWheelDown:
		l.move(1)
	}
}

// clickTab switches tabs on a click on the tab line.
func (v *checklistView) clickTab(x int) {
	before := lipgloss.Width(v.tabLabel(checklist.Before))
	switch {
	case x >= 1 && x <= before:
		v.phase = checklist.Before
	case x > before+2:
		v.phase = checklist.After
	}
	v.list.fixCursor()
}

// The job list's layout under bubbles' list: a title with a blank line
// under it, then rows of two lines and a gap.
const (
	listTop     = 2
	listRowStep = 3
)

// click opens the job under the pointer.
func (v *jobList) click(m tea.Mouse) tea.Cmd {
	if m.Button != tea.MouseLeft || v.deleting != nil || v.Typing() {
		return nil
	}
	row := m.Y - listTop
	if row < 0 || row%listRowStep == listRowStep-1 {
		return nil
	}
	i := v.list.Paginator.Page*v.list.Paginator.PerPage + row/listRowStep
	items := v.list.VisibleItems()
	if i >= len(items) {
		return nil
	}
	v.list.Select(i)
	if u := v.urgentSelected(); u != nil {
		return openJobAt(u.target())
	}
	return openJob(items[i].(jobItem).d.Job.ID)
}

func (v *jobList) wheel(m tea.Mouse) {
	switch m.Button {
	case tea.MouseWheelUp:
		v.list.CursorUp()
	case tea.MouseWheelDown:
		v.list.CursorDown()
	}
}
