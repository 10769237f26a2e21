package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/prep-cli/prep/checklist"
)

func (v *checklistView) openEditor(kind editorKind, itemID, label, value string) tea.Cmd {
	e, cmd := newItemEditor(kind, itemID, label, value, v.contentWidth())
	v.editor = e
	v.scroll()
	return cmd
}

// updateEditor hands a key to the open text box, and when the box closes
// with a save, makes the edit it was opened for.
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
	case editRename:
		return v.rename(e.Value())
	case editReason:
		return v.edit(checklist.SetReason{Reason: &checklist.Reason{Code: checklist.OtherReason, Text: e.Value()}})
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
	item, err := checklist.NewOwnItem(v.job, text)
	if err != nil {
		return showError(err)
	}
	cmd := v.edit(checklist.AddItem{SectionID: s.ID, Index: index, Item: item})
	v.cursor[v.phase] = item.ID
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

func (v *checklistView) toggle() tea.Cmd {
	it := v.current()
	if it == nil {
		return nil
	}
	e, err := checklist.Tick(v.job, it.ID, v.sh.now())
	if err != nil {
		return showError(err)
	}
	return v.edit(e)
}

// edit applies an edit to the screen's copy at once, keeps it for undo, and
// hands it on to be saved.
func (v *checklistView) edit(e checklist.Edit) tea.Cmd {
	if v.readOnly != nil {
		return showError(v.readOnly)
	}
	if err := v.history.Do(&v.job, e); err != nil {
		return showError(err)
	}
	v.fixCursor()
	v.sh.saveEdit(v.job.ID, e)
	return nil
}

// undo and redo step through the history; the edit each step applies is
// saved like any other.
func (v *checklistView) undo() tea.Cmd {
	return v.step(v.history.Undo, "Nothing to undo.")
}

func (v *checklistView) redo() tea.Cmd {
	return v.step(v.history.Redo, "Nothing to redo.")
}

func (v *checklistView) step(do func(*checklist.Job) (checklist.Edit, bool, error), none string) tea.Cmd {
	if v.readOnly != nil {
		return showError(v.readOnly)
	}
	e, ok, err := do(&v.job)
	switch {
	case err != nil:
		return showError(err)
	case !ok:
		return showNotice(none)
	}
	v.fixCursor()
	v.sh.saveEdit(v.job.ID, e)
	return nil
}

func (v *checklistView) rename(text string) tea.Cmd {
	it := v.current()
	if it == nil || checklist.ItemText(text) == it.Text {
		return nil
	}
	return v.edit(checklist.RenameItem{ItemID: it.ID, Text: text})
}

func (v *checklistView) moveItem(delta int) tea.Cmd {
	it := v.current()
	if it == nil || !checklist.CanMove(v.job, it.ID, delta) {
		return nil
	}
	return v.edit(checklist.MoveItem{ItemID: it.ID, Delta: delta})
}

// askRemove asks before an item goes; the answer comes as the next key.
func (v *checklistView) askRemove() {
	if it := v.current(); it != nil {
		v.removing = it.ID
	}
}

func (v *checklistView) answerRemove(msg tea.KeyPressMsg) tea.Cmd {
	id := v.removing
	v.removing = ""
	if !key.Matches(msg, newConfirmKeys().Yes) {
		return nil
	}
	refs := v.visible()
	at := v.selected(refs)
	cmd := v.edit(checklist.RemoveItem{ItemID: id})
	if refs = v.visible(); len(refs) > 0 {
		v.cursor[v.phase] = v.ref(refs[min(max(at, 0), len(refs)-1)]).ID
		v.scroll()
	}
	return cmd
}

// pickStatus opens the list of statuses, the job's own selected.
func (v *checklistView) pickStatus() {
	var opts []option
	for _, s := range checklist.Statuses() {
		opts = append(opts, option{label: statusLabel(s), value: string(s)})
	}
	v.picker = newPicker("Where does it stand?", opts, string(v.job.EffectiveStatus(v.sh.now())))
	v.picking = pickingStatus
}

// pickReason opens the list of likely reasons for a no.
func (v *checklistView) pickReason() {
	var opts []option
	for _, r := range checklist.Reasons() {
		opts = append(opts, option{label: r.Label, value: string(r.Code)})
	}
	current := ""
	if v.job.Reason != nil {
		current = string(v.job.Reason.Code)
	}
	v.picker = newPicker("The likely reason (often not about you)", opts, current)
	v.picking = pickingReason
}

func (v *checklistView) updatePicker(msg tea.KeyPressMsg) tea.Cmd {
	switch v.picker.Update(msg) {
	case picking:
		return nil
	case pickCancelled:
		v.picker = nil
		return nil
	}
	value, what := v.picker.Value(), v.picking
	v.picker = nil
	switch what {
	case pickingStatus:
		st := checklist.Status(value)
		var cmd tea.Cmd
		if st != v.job.Status {
			cmd = v.edit(checklist.SetStatus{Status: st, At: v.sh.now()})
		}
		v.showOutcome(st)
		if st == checklist.Rejected {
			v.pickReason()
		}
		return cmd
	case pickingReason:
		code := checklist.ReasonCode(value)
		if code == checklist.OtherReason {
			text := ""
			if v.job.Reason != nil {
				text = v.job.Reason.Text
			}
			return v.openEditor(editReason, "", "The reason, in your own words", text)
		}
		return v.edit(checklist.SetReason{Reason: &checklist.Reason{Code: code}})
	}
	return nil
}

// showOutcome puts the cursor on the first item of the list an outcome
// brings in, so the person sees what is now to do.
func (v *checklistView) showOutcome(st checklist.Status) {
	for _, s := range v.job.Sections {
		if s.When == st && len(s.Items) > 0 {
			v.phase = s.Phase
			v.cursor[v.phase] = s.Items[0].ID
			v.scroll()
			return
		}
	}
}
