package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
)

// draftKinds names each text box in a draft file.
var draftKinds = map[editorKind]string{
	editNote:   "note",
	editAdd:    "add",
	editRename: "rename",
	editReason: "reason",
}

// draft is the text in the open box, as a draft to keep; nil when no box is
// open or nothing has been typed in it.
func (v *checklistView) draft() *data.Draft {
	e := v.editor
	if e == nil || e.rawValue() == e.was {
		return nil
	}
	d := &data.Draft{Kind: draftKinds[e.kind], Job: v.job.ID, Item: e.itemID, Text: e.rawValue(), Was: e.was}
	if e.kind == editAdd {
		// A new item goes after the selected one, so the draft remembers
		// where the cursor was.
		d.Item = v.cursor[v.phase]
	}
	return d
}

// errUnknownDraft is the answer to a draft of a kind this build does not
// write, from a newer version or a hand edit.
var errUnknownDraft = errors.New("this draft is of a kind prep does not know; it is left in the drafts folder")

// errItemGone is the answer to a draft whose item has since been removed.
var errItemGone = errors.New("the item this text was written for is gone")

// resume opens the text box a draft was typed in, with its text, on the
// item it was typed for.
func (v *checklistView) resume(d data.Draft) tea.Cmd {
	it := v.job.Item(d.Item)
	if d.Kind != "add" && d.Kind != "reason" && it == nil {
		return showError(errItemGone)
	}
	if it != nil {
		si, _, _ := v.job.Find(it.ID)
		v.mode, v.phase = modeEdit, v.job.Sections[si].Phase
		v.cursor[v.phase] = it.ID
		v.fixCursor()
	}
	var cmd tea.Cmd
	switch d.Kind {
	case "note":
		cmd = v.openEditor(editNote, it.ID, "Note on “"+oneLine(it.Text)+"”", d.Text)
	case "rename":
		cmd = v.openEditor(editRename, it.ID, "Rename", d.Text)
	case "add":
		s := v.currentSection()
		if s == nil {
			return showError(errItemGone)
		}
		cmd = v.openEditor(editAdd, "", "New item in "+oneLine(s.Title), d.Text)
	case "reason":
		cmd = v.openEditor(editReason, "", "The reason, in your own words", d.Text)
	}
	if v.editor == nil {
		return showError(errUnknownDraft)
	}
	v.editor.was = d.Was
	return cmd
}

// saveOpenNote saves the note being written, as esc would, for a person
// who quits with the editor open; nil when no note is open.
func (v *checklistView) saveOpenNote() tea.Cmd {
	e := v.editor
	if e == nil || e.kind != editNote {
		return nil
	}
	v.editor = nil
	v.scroll()
	return v.saveNote(e)
}
