package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// itemList is the open job's items on one tab, with the cursor, and all a
// person does to them: tick, write a note, add, rename, remove and move
// items, and set the job's status. The plain checklist and the
// night-before card each draw one under a header of their own.
type itemList struct {
	*openedJob
	host    listHost
	keys    checklistKeys
	confirm confirmKeys
	// hideDone keeps done items off the screen, except the selected one
	// until the cursor leaves it.
	hideDone bool
	// offset is the first body line on screen.
	offset int
	// removing is the item waiting for a yes before it goes.
	removing string
	// picker is the status or reason list open over the screen.
	picker  *picker
	picking pickWhat
	// editor is the text box open under the list, if any.
	editor *itemEditor
	// drawn keeps the item rows drawn lately, since most of them look the
	// same after a key as before it.
	drawn map[drawnItem]string
	// width and height are the whole screen's, header included.
	width, height int
}

// listHost is the screen an itemList is drawn on.
type listHost interface {
	// headerHeight is how many lines the screen draws above the list.
	headerHeight() int
	// allDone is what the list says when done items are hidden and
	// nothing else is left.
	allDone() []string
}

func newItemList(o *openedJob, host listHost) *itemList {
	return &itemList{openedJob: o, host: host, keys: newChecklistKeys(), confirm: newConfirmKeys()}
}

// itemRef points at an item by its section and place.
type itemRef struct {
	section *checklist.Section
	item    int
}

func (l *itemList) ref(r itemRef) *checklist.Item {
	return &r.section.Items[r.item]
}

// sections are the sections of the tab: the job's own and the round's on
// show.
func (l *itemList) sections() []*checklist.Section {
	return l.job.VisibleSections(l.phase, l.round())
}

// visible lists the items of the current tab, in order.
func (l *itemList) visible() []itemRef {
	var refs []itemRef
	for _, s := range l.sections() {
		for _, ii := range l.shown(s) {
			refs = append(refs, itemRef{s, ii})
		}
	}
	return refs
}

// shown lists the items of a section of the tab on screen now; nil when
// the section is not on screen at all.
func (l *itemList) shown(s *checklist.Section) []int {
	idx := make([]int, 0, len(s.Items))
	for ii, it := range s.Items {
		if !l.hideDone || !it.Done || it.ID == l.cursor[l.phase] {
			idx = append(idx, ii)
		}
	}
	if l.hideDone && len(idx) == 0 {
		return nil
	}
	return idx
}

// hiddenDone counts the done items of the tab that are off the screen.
func (l *itemList) hiddenDone() int {
	n := 0
	for _, s := range l.sections() {
		n += len(s.Items) - len(l.shown(s))
	}
	return n
}

// selected returns the position of the cursor in visible(), or -1.
func (l *itemList) selected(refs []itemRef) int {
	for i, r := range refs {
		if l.ref(r).ID == l.cursor[l.phase] {
			return i
		}
	}
	return -1
}

// fixCursor puts the cursor on an item of the tab if it is on none.
func (l *itemList) fixCursor() {
	refs := l.visible()
	if len(refs) > 0 && l.selected(refs) < 0 {
		l.cursor[l.phase] = l.ref(refs[0]).ID
	}
	l.scroll()
}

// dropVanished lets go of a question about an item the job no longer has:
// another copy of prep removed it.
func (l *itemList) dropVanished() {
	if l.removing != "" && l.job.Item(l.removing) == nil {
		l.removing = ""
	}
}

// fixed puts the cursor right after a change to the job, and passes on the
// change's command.
func (l *itemList) fixed(cmd tea.Cmd) tea.Cmd {
	l.fixCursor()
	return cmd
}

// restart shows the list from its top, as a screen coming on shows it.
func (l *itemList) restart() {
	l.offset = 0
	l.fixCursor()
}

func (l *itemList) current() *checklist.Item {
	refs := l.visible()
	if i := l.selected(refs); i >= 0 {
		return l.ref(refs[i])
	}
	return nil
}

// currentSection is the section of the selected item, or the tab's first.
func (l *itemList) currentSection() *checklist.Section {
	if it := l.current(); it != nil {
		s, _, _ := l.job.Find(it.ID)
		return s
	}
	if secs := l.sections(); len(secs) > 0 {
		return secs[0]
	}
	return nil
}

func (l *itemList) move(delta int) {
	refs := l.visible()
	if len(refs) == 0 {
		return
	}
	i := min(max(l.selected(refs)+delta, 0), len(refs)-1)
	l.cursor[l.phase] = l.ref(refs[i]).ID
	l.scroll()
}

func (l *itemList) SetSize(width, height int) {
	l.width, l.height = width, height
	if l.editor != nil {
		l.editor.SetWidth(contentWidth(width))
	}
	l.scroll()
}

// Typing reports whether a box, a picker or a question has the keys.
func (l *itemList) Typing() bool { return l.editor != nil || l.picker != nil || l.removing != "" }

func (l *itemList) Prompt() string {
	if it := l.job.Item(l.removing); it != nil {
		return "Remove “" + oneLine(it.Text) + "”? y/n"
	}
	return ""
}

// Update takes the job as it comes back, the keys and the mouse; the
// screen has taken its own keys first.
func (l *itemList) Update(msg tea.Msg) tea.Cmd {
	if cmd, changed := l.update(msg); changed {
		l.dropVanished()
		return l.fixed(cmd)
	}
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		return l.click(msg.Mouse())
	case tea.MouseWheelMsg:
		l.wheel(msg.Mouse())
		return nil
	case tea.KeyPressMsg:
		switch {
		case l.editor != nil:
			return l.updateEditor(msg)
		case l.picker != nil:
			return l.updatePicker(msg)
		case l.removing != "":
			return l.answerRemove(msg)
		}
		return l.handleKey(msg)
	}
	if l.editor != nil {
		_, cmd := l.editor.Update(msg)
		return cmd
	}
	return nil
}

func (l *itemList) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, refused := l.refuse(msg, l.keys); refused {
		return cmd
	}
	if cmd, ok := l.handleLearnKey(msg); ok {
		return cmd
	}
	k := l.keys
	switch {
	case key.Matches(msg, k.Up):
		l.move(-1)
	case key.Matches(msg, k.Down):
		l.move(1)
	case key.Matches(msg, k.Toggle):
		return l.toggle()
	case key.Matches(msg, k.Undo):
		return l.fixed(l.undo())
	case key.Matches(msg, k.Redo):
		return l.fixed(l.redo())
	case key.Matches(msg, k.MoveUp):
		return l.moveItem(-1)
	case key.Matches(msg, k.MoveDown):
		return l.moveItem(1)
	case key.Matches(msg, k.Hide):
		l.hideDone = !l.hideDone
		l.fixCursor()
	case key.Matches(msg, k.Details):
		return editDetails(roundDetails)
	}
	return l.openOnKey(msg)
}

// openOnKey opens the box, picker or question a key asks for.
func (l *itemList) openOnKey(msg tea.KeyPressMsg) tea.Cmd {
	k := l.keys
	switch {
	case key.Matches(msg, k.Note):
		if it := l.current(); it != nil {
			return l.openEditor(editNote, it.ID, "Note on “"+oneLine(it.Text)+"”", it.Note)
		}
	case key.Matches(msg, k.Add):
		if s := l.currentSection(); s != nil {
			return l.openEditor(editAdd, "", "New item in "+oneLine(s.Title), "")
		}
	case key.Matches(msg, k.Rename):
		if it := l.current(); it != nil {
			return l.openEditor(editRename, it.ID, "Rename", it.Text)
		}
	case key.Matches(msg, k.DoneAt):
		if it := l.current(); it != nil {
			return l.askDoneAt(it, "")
		}
	case key.Matches(msg, k.Remove):
		l.askRemove()
	case key.Matches(msg, k.Status):
		l.pickStatus()
	}
	return nil
}

// typingHelp is the help while a box, a picker or a question has the keys.
func (l *itemList) typingHelp() []key.Binding {
	switch {
	case l.editor != nil:
		return l.editor.ShortHelp()
	case l.picker != nil:
		return l.picker.ShortHelp()
	}
	return []key.Binding{l.confirm.Yes, l.confirm.No}
}
