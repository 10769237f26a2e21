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
	editDoneAt: "done-at",
}

// draft is the text in the open box, as a draft to keep; nil when no box is
// open or nothing has been typed in it.
func (l *itemList) draft() *data.Draft {
	e := l.editor
	if e == nil || e.rawValue() == e.was {
		return nil
	}
	d := &data.Draft{Kind: draftKinds[e.kind], Job: l.job.ID, Item: e.itemID, Text: e.rawValue(), Was: e.was}
	if e.kind == editAdd {
		// A new item goes after the selected one, so the draft remembers
		// where the cursor was.
		d.Item = l.cursor[l.phase]
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
func (l *itemList) resume(d data.Draft) tea.Cmd {
	it := l.job.Item(d.Item)
	if d.Kind != "add" && d.Kind != "reason" && it == nil {
		return showError(errItemGone)
	}
	if it != nil {
		s, _, _ := l.job.Find(it.ID)
		l.phase = s.Phase
		if r := l.job.RoundOf(s); r != nil {
			l.roundID = r.ID
		}
		l.cursor[l.phase] = it.ID
		l.fixCursor()
	}
	var cmd tea.Cmd
	switch d.Kind {
	case "note":
		cmd = l.openEditor(editNote, it.ID, "Note on “"+oneLine(it.Text)+"”", d.Text)
	case "rename":
		cmd = l.openEditor(editRename, it.ID, "Rename", d.Text)
	case "add":
		s := l.currentSection()
		if s == nil {
			return showError(errItemGone)
		}
		cmd = l.openEditor(editAdd, "", "New item in "+oneLine(s.Title), d.Text)
	case "reason":
		cmd = l.openEditor(editReason, "", "The reason, in your own words", d.Text)
	case "done-at":
		cmd = l.askDoneAt(it, d.Text)
	}
	if l.editor == nil {
		return showError(errUnknownDraft)
	}
	l.editor.was = d.Was
	return cmd
}

// saveOpenNote saves the note being written, as esc would, for a person
// who quits with the editor open; nil when no note is open.
func (l *itemList) saveOpenNote() tea.Cmd {
	e := l.editor
	if e == nil || e.kind != editNote {
		return nil
	}
	l.editor = nil
	l.scroll()
	return l.openedJob.saveNote(e.itemID, e.Value(), e.was)
}
