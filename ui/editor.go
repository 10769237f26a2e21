package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/safetext"
)

// editorKind says what the text box under a checklist is for.
type editorKind int

const (
	editNote editorKind = iota + 1
	editAdd
	editRename
	editReason
	editDoneAt
)

// itemEditor is the text box open under a checklist: a note, a new item's
// text or an item's new name.
type itemEditor struct {
	kind   editorKind
	itemID string
	label  string
	// was is the text the box opened with: what a note is written over,
	// and what a draft is compared with.
	was  string
	keys editorKeys
	area textarea.Model
	line textinput.Model
}

// noteHeight is the room a note gets while it is written.
const noteHeight = 5

func newItemEditor(kind editorKind, itemID, label, value string, width int) (*itemEditor, tea.Cmd) {
	e := &itemEditor{kind: kind, itemID: itemID, label: label, was: value, keys: newEditorKeys(kind)}
	if kind == editNote {
		e.area = textarea.New()
		e.area.ShowLineNumbers = false
		e.area.Prompt = "┃ "
		e.area.CharLimit = 10000
		e.area.SetWidth(width)
		e.area.SetHeight(noteHeight)
		e.area.SetValue(value)
		return e, e.area.Focus()
	}
	e.line = textinput.New()
	e.line.KeyMap.DeleteWordForward.SetEnabled(false) // see deleteNextWord
	e.line.Prompt = "> "
	e.line.CharLimit = 300
	e.line.SetWidth(width - 2)
	e.line.SetValue(value)
	e.line.CursorEnd()
	return e, e.line.Focus()
}

// editorResult is what a key did to the editor.
type editorResult int

const (
	editing editorResult = iota
	editorSaved
	editorCancelled
)

func (e *itemEditor) Update(msg tea.Msg) (editorResult, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, e.keys.Save):
			return editorSaved, nil
		case key.Matches(msg, e.keys.Cancel):
			return editorCancelled, nil
		case key.Matches(msg, e.keys.External):
			return editing, editInEditor(e.itemID, e.area.Value(), e.area.CharLimit)
		}
	case noteEditedMsg:
		return editing, e.takeEdited(msg)
	}
	msg = e.clean(msg)
	var cmd tea.Cmd
	if e.kind == editNote {
		e.area, cmd = e.area.Update(msg)
	} else {
		e.line, cmd = e.line.Update(msg)
	}
	return editing, cmd
}

// clean keeps control and bidi characters out of what is typed or pasted
// into the box: they cannot be seen, and on screen they would steer the
// terminal or reorder the line.
func (e *itemEditor) clean(msg tea.Msg) tea.Msg {
	text := safetext.Field
	if e.kind == editNote {
		text = safetext.Text
	}
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if m.Text != "" {
			m.Text = text(m.Text)
		}
		return m
	case tea.PasteMsg:
		m.Content = text(m.Content)
		return m
	}
	return msg
}

// rawValue is the text as typed.
func (e *itemEditor) rawValue() string {
	if e.kind == editNote {
		return e.area.Value()
	}
	return e.line.Value()
}

// takeEdited puts the note written in the editor in the box, to be saved
// as one typed there.
func (e *itemEditor) takeEdited(msg noteEditedMsg) tea.Cmd {
	switch {
	case msg.itemID != e.itemID:
		return nil
	case msg.err != nil:
		return showError(msg.err)
	}
	e.area.SetValue(msg.text)
	return nil
}

// Value is the text as typed, trimmed of blank lines and spaces at its ends.
func (e *itemEditor) Value() string {
	return strings.TrimSpace(e.rawValue())
}

// SetWidth sizes the one box the editor has: the other is never made.
func (e *itemEditor) SetWidth(width int) {
	if e.kind == editNote {
		e.area.SetWidth(width)
		return
	}
	e.line.SetWidth(width - 2)
	// The box works out which part of its text fits only when its cursor
	// moves, not when its width changes.
	e.line.SetCursor(e.line.Position())
}

func (e *itemEditor) View(st *Styles) string {
	body := e.line.View()
	if e.kind == editNote {
		body = e.area.View()
	}
	return st.Key.Render(e.label) + "\n" + body
}

// Height is the number of lines View draws.
func (e *itemEditor) Height() int {
	if e.kind == editNote {
		return 1 + noteHeight
	}
	return 2
}

func (e *itemEditor) ShortHelp() []key.Binding {
	return []key.Binding{e.keys.Save, e.keys.Cancel, e.keys.External}
}
