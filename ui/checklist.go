package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// checklistView is one job's checklist, in two tabs: Before and After.
type checklistView struct {
	sh    *shared
	keys  checklistKeys
	job   checklist.Job
	phase checklist.Phase
	// cursor is the selected item's id in each tab, so it stays on the same
	// item when the job is saved or reloaded.
	cursor map[checklist.Phase]string
	// offset is the first body line on screen.
	offset int
	undo   []checklist.Edit
	// hideDone keeps done items off the screen, except the selected one
	// until the cursor leaves it.
	hideDone bool
	// editor is the text box open under the list, if any.
	editor *itemEditor
	width  int
	height int
}

func newChecklistView(sh *shared, job checklist.Job) *checklistView {
	v := &checklistView{sh: sh, keys: newChecklistKeys(), job: job, phase: checklist.Before,
		cursor: map[checklist.Phase]string{}}
	if !sh.now().Before(job.InterviewAt) {
		v.phase = checklist.After
	}
	v.fixCursor()
	return v
}

// itemRef points at an item by its section and place.
type itemRef struct{ section, item int }

func (v *checklistView) ref(r itemRef) *checklist.Item {
	return &v.job.Sections[r.section].Items[r.item]
}

// visible lists the items of the current tab, in order.
func (v *checklistView) visible() []itemRef {
	var refs []itemRef
	for si := range v.job.Sections {
		for _, ii := range v.shown(si) {
			refs = append(refs, itemRef{si, ii})
		}
	}
	return refs
}

// shown lists the items of a section on screen now; nil when the section
// is not on screen at all.
func (v *checklistView) shown(si int) []int {
	s := v.job.Sections[si]
	if s.Phase != v.phase || !s.Visible(v.job.Status) {
		return nil
	}
	idx := make([]int, 0, len(s.Items))
	for ii, it := range s.Items {
		if !v.hideDone || !it.Done || it.ID == v.cursor[v.phase] {
			idx = append(idx, ii)
		}
	}
	if v.hideDone && len(idx) == 0 {
		return nil
	}
	return idx
}

// selected returns the position of the cursor in visible(), or -1.
func (v *checklistView) selected(refs []itemRef) int {
	for i, r := range refs {
		if v.ref(r).ID == v.cursor[v.phase] {
			return i
		}
	}
	return -1
}

// fixCursor puts the cursor on an item of the tab if it is on none.
func (v *checklistView) fixCursor() {
	refs := v.visible()
	if len(refs) > 0 && v.selected(refs) < 0 {
		v.cursor[v.phase] = v.ref(refs[0]).ID
	}
	v.scroll()
}

func (v *checklistView) current() *checklist.Item {
	refs := v.visible()
	if i := v.selected(refs); i >= 0 {
		return v.ref(refs[i])
	}
	return nil
}

func (v *checklistView) SetSize(width, height int) {
	v.width, v.height = width, height
	if v.editor != nil {
		v.editor.SetWidth(v.contentWidth())
	}
	v.scroll()
}

func (v *checklistView) Typing() bool { return v.editor != nil }

func (v *checklistView) Prompt() string { return "" }

func (v *checklistView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case jobSavedMsg:
		if msg.id == v.job.ID {
			v.job = msg.job
			v.fixCursor()
		}
	case jobReloadedMsg:
		if msg.err == nil && msg.job.ID == v.job.ID {
			v.job = msg.job
			if !msg.changedElsewhere {
				v.undo = nil
			}
			v.fixCursor()
		}
	case tea.MouseClickMsg:
		return v.click(msg.Mouse())
	case tea.MouseWheelMsg:
		v.wheel(msg.Mouse())
		return nil
	case tea.KeyPressMsg:
		if v.editor != nil {
			return v.updateEditor(msg)
		}
		return v.handleKey(msg)
	}
	if v.editor != nil {
		_, cmd := v.editor.Update(msg)
		return cmd
	}
	return nil
}

func (v *checklistView) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, v.keys.Up):
		v.move(-1)
	case key.Matches(msg, v.keys.Down):
		v.move(1)
	case key.Matches(msg, v.keys.Tab):
		v.phase = otherPhase(v.phase)
		v.fixCursor()
	case key.Matches(msg, v.keys.Toggle):
		return v.toggle()
	case key.Matches(msg, v.keys.Undo):
		return v.undoLast()
	case key.Matches(msg, v.keys.Hide):
		v.hideDone = !v.hideDone
		v.fixCursor()
	case key.Matches(msg, v.keys.Note):
		if it := v.current(); it != nil {
			return v.openEditor(editNote, it.ID, "Note on “"+oneLine(it.Text)+"”", it.Note)
		}
	case key.Matches(msg, v.keys.Add):
		if s := v.currentSection(); s != nil {
			return v.openEditor(editAdd, "", "New item in "+oneLine(s.Title), "")
		}
	case key.Matches(msg, v.keys.Back):
		return showList
	}
	return nil
}

func (v *checklistView) openEditor(kind editorKind, itemID, label, value string) tea.Cmd {
	e, cmd := newItemEditor(kind, itemID, label, value, v.contentWidth())
	v.editor = e
	v.scroll()
	return cmd
}

func (v *checklistView) updateEditor(msg tea.KeyPressMsg) tea.Cmd {
	res, cmd := v.editor.Update(msg)
	if res == editing {
		return cmd
	}
	e := v.editor
	v.editor = nil
	defer v.scroll()
	if res == editorCancelled {
		return nil
	}
	switch e.kind {
	case editNote:
		if it := v.job.Item(e.itemID); it != nil && it.Note != e.Value() {
			return v.edit(checklist.SetNote{ItemID: e.itemID, Note: e.Value()})
		}
	case editAdd:
		return v.addItem(e.Value())
	}
	return nil
}

// addItem puts a person's own item right after the selected one, and
// selects it.
func (v *checklistView) addItem(text string) tea.Cmd {
	s := v.currentSection()
	if text == "" || s == nil {
		return nil
	}
	index := len(s.Items)
	if it := v.current(); it != nil {
		if _, ii, ok := v.job.Find(it.ID); ok {
			index = ii + 1
		}
	}
	id := checklist.NewItemID(v.job, text)
	cmd := v.edit(checklist.AddItem{SectionID: s.ID, Index: index,
		Item: checklist.Item{ID: id, Text: text, Own: true}})
	v.cursor[v.phase] = id
	v.scroll()
	return cmd
}

// currentSection is the section of the selected item, or the tab's first.
func (v *checklistView) currentSection() *checklist.Section {
	if it := v.current(); it != nil {
		si, _, _ := v.job.Find(it.ID)
		return &v.job.Sections[si]
	}
	for si, s := range v.job.Sections {
		if s.Phase == v.phase && s.Visible(v.job.Status) {
			return &v.job.Sections[si]
		}
	}
	return nil
}

func otherPhase(p checklist.Phase) checklist.Phase {
	if p == checklist.Before {
		return checklist.After
	}
	return checklist.Before
}

func (v *checklistView) move(delta int) {
	refs := v.visible()
	if len(refs) == 0 {
		return
	}
	i := min(max(v.selected(refs)+delta, 0), len(refs)-1)
	v.cursor[v.phase] = v.ref(refs[i]).ID
	v.scroll()
}

func (v *checklistView) toggle() tea.Cmd {
	it := v.current()
	if it == nil {
		return nil
	}
	e, err := checklist.Tick(v.job, it.ID, v.sh.now())
	if err != nil {
		return nil
	}
	return v.edit(e)
}

// edit applies an edit to the screen's copy at once and sends it on to be
// saved, remembering how to take it back.
func (v *checklistView) edit(e checklist.Edit) tea.Cmd {
	undo, err := e.Apply(&v.job)
	if err != nil {
		return nil
	}
	v.undo = append(v.undo, undo)
	v.fixCursor()
	return saveEdit(v.job.ID, e)
}

func (v *checklistView) undoLast() tea.Cmd {
	if len(v.undo) == 0 {
		return nil
	}
	e := v.undo[len(v.undo)-1]
	v.undo = v.undo[:len(v.undo)-1]
	if _, err := e.Apply(&v.job); err != nil {
		return nil
	}
	v.fixCursor()
	return saveEdit(v.job.ID, e)
}

// The screen is a header, a scrolling body and, under it, the selected
// item's hint.
const (
	headerLines = 3
	hintLines   = 2
)

func (v *checklistView) bodyHeight() int {
	return max(1, v.height-headerLines-v.bottomHeight())
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
// there is room.
func (v *checklistView) scroll() {
	lines, cur := v.body()
	h := v.bodyHeight()
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
	return b.String()
}

func (v *checklistView) header() string {
	st := v.sh.styles
	w := v.contentWidth()
	now := v.sh.now()
	j := v.job
	title := st.Title.Render(oneLine(j.Company)) + st.Subtitle.Render(" · "+oneLine(j.Role))
	status := j.EffectiveStatus(now)
	when := st.Muted.Render(checklist.Relative(j.InterviewAt, now)+" · ") + statusStyle(st, status).Render(string(status))
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

// body lays out every section of the tab and says which line holds the
// cursor.
func (v *checklistView) body() (lines []string, cursorLine int) {
	lines, _, cursorLine = v.layout()
	return lines, cursorLine
}

// layout draws the body's lines and says which item each line shows ("" for
// titles, notes and gaps), for the cursor and for mouse clicks.
func (v *checklistView) layout() (lines, itemOf []string, cursorLine int) {
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
	if len(lines) == 0 && v.hideDone {
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
	return bar + box + truncate(text.Render(oneLine(it.Text))+mark, w-6)
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
	hint := ""
	if it := v.current(); it != nil && it.Hint != "" {
		hint = st.Hint.Render(truncate(oneLine(it.Hint), w))
	}
	return " " + st.Rule.Render(strings.Repeat("─", w)) + "\n " + hint
}

func (v *checklistView) ShortHelp() []key.Binding {
	if v.editor != nil {
		return v.editor.ShortHelp()
	}
	return []key.Binding{v.keys.Toggle, v.keys.Tab, v.keys.Note, v.keys.Undo, v.keys.Back}
}

func (v *checklistView) FullHelp() [][]key.Binding {
	if v.editor != nil {
		return [][]key.Binding{v.editor.ShortHelp()}
	}
	return [][]key.Binding{
		{v.keys.Up, v.keys.Down, v.keys.Tab, v.keys.Hide},
		{v.keys.Toggle, v.keys.Note, v.keys.Add, v.keys.Undo},
		{v.keys.Back},
	}
}
