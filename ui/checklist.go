package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// viewMode is the way a checklist is shown.
type viewMode int

const (
	// modeEdit is the plain checklist, both tabs, every key.
	modeEdit viewMode = iota
	// modeTonight is the night before: a card with the countdown, and only
	// what is left to prepare.
	modeTonight
	// modeReview is the read-only look back at a finished interview.
	modeReview
)

// checklistView is one job's checklist, in two tabs: Before and After.
type checklistView struct {
	mode viewMode
	// tick counts the countdowns started, so that only the latest runs.
	tick  int
	sh    *shared
	keys  checklistKeys
	job   checklist.Job
	phase checklist.Phase
	// cursor is the selected item's id in each tab, so it stays on the same
	// item when the job is saved or reloaded.
	cursor map[checklist.Phase]string
	// offset is the first body line on screen.
	offset  int
	history checklist.History
	// removing is the item waiting for a yes before it goes.
	removing string
	// picker is the status or reason list open over the checklist.
	picker  *picker
	picking pickWhat
	// hideDone keeps done items off the screen, except the selected one
	// until the cursor leaves it.
	hideDone bool
	// readOnly says why the job may not be changed, if it may not.
	readOnly error
	// drawn keeps the item rows drawn lately, since most of them look the
	// same after a key as before it.
	drawn map[drawnItem]string
	// editor is the text box open under the list, if any.
	editor *itemEditor
	width  int
	height int
}

// newChecklistView opens a job on the tab that matters now: Before until
// the interview, After from then on; or at the given item.
func newChecklistView(sh *shared, job checklist.Job, item string) *checklistView {
	v := &checklistView{sh: sh, keys: newChecklistKeys(), job: job, phase: checklist.Before,
		cursor: map[checklist.Phase]string{}}
	if !sh.now().Before(job.InterviewAt) {
		v.phase = checklist.After
	}
	now := sh.now()
	switch si, _, ok := job.Find(item); {
	case ok:
		v.phase = job.Sections[si].Phase
		v.cursor[v.phase] = item
	case job.EffectiveStatus(now).Final() && !now.Before(job.InterviewAt):
		v.mode = modeReview
	case interviewIsTonight(job, now):
		v.mode = modeTonight
		v.phase = checklist.Before
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
		if !v.hidingDone() || !it.Done || it.ID == v.cursor[v.phase] {
			idx = append(idx, ii)
		}
	}
	if v.hidingDone() && len(idx) == 0 {
		return nil
	}
	return idx
}

// hidingDone reports whether done items are off the screen: asked for with
// f, and always on the night before.
func (v *checklistView) hidingDone() bool { return v.hideDone || v.mode == modeTonight }

// scrollReview moves the read-only look back up and down.
func (v *checklistView) scrollReview(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, v.keys.Up):
		v.offset--
	case key.Matches(msg, v.keys.Down):
		v.offset++
	}
	v.scroll()
	return nil
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

// take shows the job as its file now holds it. A question about an item
// the file no longer has (another copy of prep removed it) goes with it.
func (v *checklistView) take(j checklist.Job) {
	v.job = j
	if v.removing != "" && v.job.Item(v.removing) == nil {
		v.removing = ""
	}
	v.fixCursor()
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

// pickWhat says what the open picker chooses.
type pickWhat int

const (
	pickingStatus pickWhat = iota + 1
	pickingReason
)

// Init starts the countdown when the checklist opens on the night before.
func (v *checklistView) Init() tea.Cmd {
	if v.mode != modeTonight {
		return nil
	}
	v.tick++
	return everyMinute(v.sh, v.tick)
}

// setMode switches between the plain checklist, the night before and the
// look back, from the tab that fits each.
func (v *checklistView) setMode(m viewMode) tea.Cmd {
	if v.mode == m {
		m = modeEdit
	}
	v.mode = m
	v.offset = 0
	if m == modeTonight {
		v.phase = checklist.Before
	}
	v.fixCursor()
	return v.Init()
}

func (v *checklistView) Typing() bool { return v.editor != nil || v.picker != nil || v.removing != "" }

func (v *checklistView) Prompt() string {
	if it := v.job.Item(v.removing); it != nil {
		return "Remove “" + oneLine(it.Text) + "”? y/n"
	}
	return ""
}

func (v *checklistView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case jobSavedMsg:
		if msg.id == v.job.ID {
			v.take(msg.job)
		}
	case jobReloadedMsg:
		if msg.err == nil && msg.job.ID == v.job.ID {
			if !msg.changedElsewhere {
				v.history.Reset()
			}
			v.take(msg.job)
		}
	case minuteMsg:
		if msg.gen == v.tick && v.mode == modeTonight {
			return everyMinute(v.sh, v.tick)
		}
	case tea.MouseClickMsg:
		if v.mode == modeReview {
			return nil
		}
		return v.click(msg.Mouse())
	case tea.MouseWheelMsg:
		v.wheel(msg.Mouse())
		return nil
	case tea.KeyPressMsg:
		switch {
		case v.editor != nil:
			return v.updateEditor(msg)
		case v.picker != nil:
			return v.updatePicker(msg)
		case v.removing != "":
			return v.answerRemove(msg)
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
	k := v.keys
	if v.readOnly != nil && key.Matches(msg, k.Toggle, k.Note, k.Add, k.Rename, k.Remove, k.MoveUp, k.MoveDown,
		k.Details, k.Status, k.Undo, k.Redo) {
		return showError(v.readOnly)
	}
	switch {
	case key.Matches(msg, v.keys.Tonight):
		return v.setMode(modeTonight)
	case key.Matches(msg, v.keys.Review):
		return v.setMode(modeReview)
	case key.Matches(msg, v.keys.Back):
		return showList
	case v.mode == modeReview:
		return v.scrollReview(msg)
	case v.mode == modeTonight && key.Matches(msg, v.keys.Tab):
		return v.setMode(modeEdit)
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
		return v.undo()
	case key.Matches(msg, v.keys.Redo):
		return v.redo()
	case key.Matches(msg, v.keys.Rename):
		if it := v.current(); it != nil {
			return v.openEditor(editRename, it.ID, "Rename", it.Text)
		}
	case key.Matches(msg, v.keys.Remove):
		v.askRemove()
	case key.Matches(msg, v.keys.MoveUp):
		return v.moveItem(-1)
	case key.Matches(msg, v.keys.MoveDown):
		return v.moveItem(1)
	case key.Matches(msg, v.keys.Status):
		v.pickStatus()
	case key.Matches(msg, v.keys.Details):
		return editDetails
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

// addItem puts a person's own item right after the selected one, and
// selects it.
// currentSection is the section of the selected item, or the tab's first.
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

// edit applies an edit to the screen's copy at once and sends it on to be
// saved, remembering how to take it back.
// The screen is a header, a scrolling body and, under it, the selected
// item's hint.
// scroll keeps the selected line on screen, with its section's title when
// there is room.
// body lays out every section of the tab and says which line holds the
// cursor.
// layout draws the body's lines and says which item each line shows ("" for
// titles, notes and gaps), for the cursor and for mouse clicks.
// the editor.
func (v *checklistView) ShortHelp() []key.Binding {
	switch {
	case v.mode == modeReview:
		return []key.Binding{v.keys.Up, v.keys.Down, v.keys.Review, v.keys.Back}
	case v.mode == modeTonight && v.editor == nil && v.picker == nil && v.removing == "":
		return []key.Binding{v.keys.Toggle, v.keys.Note, v.keys.Tonight, v.keys.Back}
	case v.editor != nil:
		return v.editor.ShortHelp()
	case v.picker != nil:
		return v.picker.ShortHelp()
	case v.removing != "":
		c := newConfirmKeys()
		return []key.Binding{c.Yes, c.No}
	}
	return []key.Binding{v.keys.Toggle, v.keys.Tab, v.keys.Note, v.keys.Status, v.keys.Undo, v.keys.Back}
}

func (v *checklistView) FullHelp() [][]key.Binding {
	if short := v.ShortHelp(); v.editor != nil || v.picker != nil || v.removing != "" || v.mode == modeReview {
		return [][]key.Binding{short}
	}
	return [][]key.Binding{
		{v.keys.Up, v.keys.Down, v.keys.Tab, v.keys.Hide, v.keys.Back},
		{v.keys.Toggle, v.keys.Note, v.keys.Add, v.keys.Rename, v.keys.Remove},
		{v.keys.MoveUp, v.keys.MoveDown, v.keys.Undo, v.keys.Redo},
		{v.keys.Status, v.keys.Details, v.keys.Tonight, v.keys.Review},
	}
}
