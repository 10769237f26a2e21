package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// editorKind says what the text box under a checklist is for.
type editorKind int

const (
	editNote editorKind = iota + 1
	editAdd
	editRename
	editReason
)

// editorKeys are the keys of the text box: a note is saved by ctrl+s or
// esc, since enter starts a new line; a one-line text is saved by enter and
// dropped by esc.
type editorKeys struct {
	Save   key.Binding
	Cancel key.Binding
}

func newEditorKeys(kind editorKind) editorKeys {
	if kind == editNote {
		return editorKeys{
			Save:   key.NewBinding(key.WithKeys("ctrl+s", "esc"), key.WithHelp("ctrl+s/esc", "save note")),
			Cancel: key.NewBinding(key.WithDisabled()),
		}
	}
	return editorKeys{
		Save:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// itemEditor is the text box open under a checklist: a note, a new item's
// text or an item's new name.
type itemEditor struct {
	kind   editorKind
	itemID string
	label  string
	keys   editorKeys
	area   textarea.Model
	line   textinput.Model
}

// noteHeight is the room a note gets while it is written.
const noteHeight = 5

func newItemEditor(kind editorKind, itemID, label, value string, width int) (*itemEditor, tea.Cmd) {
	e := &itemEditor{kind: kind, itemID: itemID, label: label, keys: newEditorKeys(kind)}
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
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, e.keys.Save):
			return editorSaved, nil
		case key.Matches(k, e.keys.Cancel):
			return editorCancelled, nil
		}
	}
	var cmd tea.Cmd
	if e.kind == editNote {
		e.area, cmd = e.area.Update(msg)
	} else {
		e.line, cmd = e.line.Update(msg)
	}
	return editing, cmd
}

// Value is the text as typed, trimmed of blank lines and spaces at its ends.
func (e *itemEditor) Value() string {
	if e.kind == editNote {
		return strings.TrimSpace(e.area.Value())
	}
	return strings.TrimSpace(e.line.Value())
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
	return []key.Binding{e.keys.Save, e.keys.Cancel}
}
