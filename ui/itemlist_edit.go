package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// pickWhat says what the open picker chooses.
type pickWhat int

const (
	pickingStatus pickWhat = iota + 1
	pickingReason
)

// edit makes a change to the job and puts the cursor right after it.
func (l *itemList) edit(e checklist.Edit) tea.Cmd {
	return l.fixed(l.apply(e))
}

func (l *itemList) openEditor(kind editorKind, itemID, label, value string) tea.Cmd {
	e, cmd := newItemEditor(kind, itemID, label, value, contentWidth(l.width))
	l.editor = e
	l.scroll()
	return cmd
}

// updateEditor hands a key to the open text box, and when the box closes
// with a save, makes the edit it was opened for.
func (l *itemList) updateEditor(msg tea.KeyPressMsg) tea.Cmd {
	res, cmd := l.editor.Update(msg)
	if res == editing {
		return cmd
	}
	e := l.editor
	l.editor = nil
	defer l.scroll()
	if res == editorCancelled {
		return nil
	}
	switch e.kind {
	case editNote:
		return l.openedJob.saveNote(e.itemID, e.Value(), e.was)
	case editAdd:
		return l.addItem(e.Value())
	case editRename:
		return l.rename(e.Value())
	case editReason:
		return l.edit(checklist.SetReason{Reason: &checklist.Reason{Code: checklist.OtherReason, Text: e.Value()}, At: l.sh.now()})
	case editDoneAt:
		return l.tickAt(e)
	}
	return nil
}

// askDoneAt opens the box that asks when an item was really done.
func (l *itemList) askDoneAt(it *checklist.Item, typed string) tea.Cmd {
	return l.openEditor(editDoneAt, it.ID, "When was “"+oneLine(it.Text)+"” done? (like today 08:30)", typed)
}

// tickAt ticks the item the box was opened for as done at the time typed
// in it. A time that cannot be read, or is still to come, is explained,
// and the box stays open with what was typed.
func (l *itemList) tickAt(e *itemEditor) tea.Cmd {
	now := l.sh.now()
	at, err := checklist.ParseWhen(e.Value(), now)
	if err == nil {
		err = checklist.CheckDoneTime(at, now)
	}
	if err != nil {
		l.editor = e
		return showError(err)
	}
	return l.edit(checklist.DoneAt{ItemID: e.itemID, At: at})
}

// addItem puts a person's own item right after the selected one, and
// selects it.
func (l *itemList) addItem(text string) tea.Cmd {
	s := l.currentSection()
	if text == "" || s == nil {
		return nil
	}
	index := len(s.Items)
	if it := l.current(); it != nil {
		if _, ii, ok := l.job.Find(it.ID); ok {
			index = ii + 1
		}
	}
	item, err := checklist.NewOwnItem(l.job, text)
	if err != nil {
		return showError(err)
	}
	cmd := l.edit(checklist.AddItem{SectionID: s.ID, Index: index, Item: item})
	l.cursor[l.phase] = item.ID
	l.scroll()
	return cmd
}

func (l *itemList) toggle() tea.Cmd {
	it := l.current()
	if it == nil {
		return nil
	}
	e, err := checklist.Tick(l.job, it.ID, l.sh.now())
	if err != nil {
		return showError(err)
	}
	return l.edit(e)
}

func (l *itemList) rename(text string) tea.Cmd {
	it := l.current()
	if it == nil || checklist.ItemText(text) == it.Text {
		return nil
	}
	return l.edit(checklist.RenameItem{ItemID: it.ID, Text: text})
}

func (l *itemList) moveItem(delta int) tea.Cmd {
	it := l.current()
	if it == nil || !checklist.CanMove(l.job, it.ID, delta) {
		return nil
	}
	return l.edit(checklist.MoveItem{ItemID: it.ID, Delta: delta})
}

// askRemove asks before an item goes; the answer comes as the next key.
func (l *itemList) askRemove() {
	if it := l.current(); it != nil {
		l.removing = it.ID
	}
}

func (l *itemList) answerRemove(msg tea.KeyPressMsg) tea.Cmd {
	id := l.removing
	l.removing = ""
	if !key.Matches(msg, l.confirm.Yes) {
		return nil
	}
	refs := l.visible()
	at := l.selected(refs)
	cmd := l.edit(checklist.RemoveItem{ItemID: id})
	if refs = l.visible(); len(refs) > 0 {
		l.cursor[l.phase] = l.ref(refs[min(max(at, 0), len(refs)-1)]).ID
		l.scroll()
	}
	return cmd
}

// pickStatus opens the list of statuses, the job's own selected.
func (l *itemList) pickStatus() {
	var opts []option
	for _, s := range checklist.Statuses() {
		opts = append(opts, option{label: statusLabel(s), value: string(s)})
	}
	l.picker = newPicker("Where does it stand?", opts, string(l.job.EffectiveStatus(l.sh.now())))
	l.picking = pickingStatus
}

// pickReason opens the list of likely reasons for a no.
func (l *itemList) pickReason() {
	l.picker = reasonPicker(l.job, true)
	l.picking = pickingReason
}

// reasonPicker asks for the likely reason of a no, the job's own chosen;
// withOther offers "other", which then wants a line of text.
func reasonPicker(j checklist.Job, withOther bool) *picker {
	var opts []option
	for _, r := range checklist.Reasons() {
		if withOther || r.Code != checklist.OtherReason {
			opts = append(opts, option{label: r.Label, value: string(r.Code)})
		}
	}
	current := ""
	if j.Reason != nil {
		current = string(j.Reason.Code)
	}
	return newPicker("The likely reason (often not about you)", opts, current)
}

func (l *itemList) updatePicker(msg tea.KeyPressMsg) tea.Cmd {
	switch l.picker.Update(msg) {
	case picking:
		return nil
	case pickCancelled:
		l.picker = nil
		return nil
	}
	value, what := l.picker.Value(), l.picking
	l.picker = nil
	switch what {
	case pickingStatus:
		st := checklist.Status(value)
		var cmd tea.Cmd
		if st != l.job.Status {
			cmd = l.edit(checklist.SetStatus{Status: st, At: l.sh.now()})
		}
		l.showOutcome(st)
		if st == checklist.Rejected {
			l.pickReason()
		}
		return cmd
	case pickingReason:
		code := checklist.ReasonCode(value)
		if code == checklist.OtherReason {
			text := ""
			if l.job.Reason != nil {
				text = l.job.Reason.Text
			}
			return l.openEditor(editReason, "", "The reason, in your own words", text)
		}
		return l.edit(checklist.SetReason{Reason: &checklist.Reason{Code: code}, At: l.sh.now()})
	}
	return nil
}

// showOutcome puts the cursor on the first item of the list an outcome
// brings in, so the person sees what is now to do.
func (l *itemList) showOutcome(st checklist.Status) {
	for _, s := range l.job.Sections {
		if s.When == st && len(s.Items) > 0 {
			l.phase = s.Phase
			l.cursor[l.phase] = s.Items[0].ID
			l.scroll()
			return
		}
	}
}
