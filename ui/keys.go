package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
)

// Every key binding of the app is made here, once for each screen or box
// that uses it; help is drawn from the same bindings.

// globalKeys work on every screen.
type globalKeys struct {
	Help    key.Binding
	Quit    key.Binding
	Suspend key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend: key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
	}
}

// listKeys are the job list's own keys; moving and filtering belong to the
// list component and are shown from its key map.
type listKeys struct {
	Open     key.Binding
	New      key.Binding
	Delete   key.Binding
	Status   key.Binding
	Import   key.Binding
	All      key.Binding
	Upcoming key.Binding
	Past     key.Binding
	// Show names All, Upcoming and Past in one entry of the help line.
	Show     key.Binding
	Problems key.Binding
	// Restore brings back the job deleted last.
	Restore key.Binding
	// LookBack shows the look back across every interview.
	LookBack key.Binding
	Sync     key.Binding
	// Back leaves the unreadable files.
	Back key.Binding
	Quit key.Binding
}

func newListKeys() listKeys {
	return listKeys{
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		New:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new job")),
		Delete:   key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		Status:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "status")),
		Import:   key.NewBinding(key.WithKeys("I"), key.WithHelp("I", "import invite")),
		All:      key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "all")),
		Upcoming: key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "upcoming")),
		Past:     key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "past")),
		Show:     key.NewBinding(key.WithKeys("1", "2", "3"), key.WithHelp("1/2/3", "all/upcoming/past")),
		Problems: key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "unreadable files")),
		Restore:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "bring back")),
		LookBack: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "look back")),
		Sync:     key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "sync")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:     key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
}

// checklistKeys are the keys of a job's checklist, its night-before card
// and its look back.
type checklistKeys struct {
	Up     key.Binding
	Down   key.Binding
	Toggle key.Binding
	// DoneAt ticks an item with the time it was really done, asked for.
	DoneAt   key.Binding
	Tab      key.Binding
	Note     key.Binding
	Add      key.Binding
	Rename   key.Binding
	Remove   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	Details  key.Binding
	Status   key.Binding
	Undo     key.Binding
	Redo     key.Binding
	Hide     key.Binding
	Tonight  key.Binding
	Review   key.Binding
	Back     key.Binding
	// FromTonight and FromReview go back from the night-before card and
	// from the look back to the plain checklist, by the key that came.
	FromTonight key.Binding
	FromReview  key.Binding
	// The job's rounds and its own page.
	PrevRound key.Binding
	NextRound key.Binding
	AddRound  key.Binding
	JobPage   key.Binding
	// The thank-you draft, copying a note, and the story bank.
	Draft   key.Binding
	Copy    key.Binding
	Stories key.Binding
}

func newChecklistKeys() checklistKeys {
	return checklistKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Toggle:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "tick")),
		DoneAt:   key.NewBinding(key.WithKeys("X"), key.WithHelp("X", "done at…")),
		Tab:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "before/after")),
		Note:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "note")),
		Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add item")),
		Rename:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rename")),
		Remove:   key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "remove")),
		MoveUp:   key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K", "move up")),
		MoveDown: key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J", "move down")),
		Details:  key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "edit round")),
		Status:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "status")),
		Undo:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Redo:     key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "redo")),
		Hide:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "hide done")),
		Tonight:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tonight")),
		Review:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "look back")),
		Back:     key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "back")),

		FromTonight: key.NewBinding(key.WithKeys("t", "tab"), key.WithHelp("t", "checklist")),
		FromReview:  key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "checklist")),

		PrevRound: key.NewBinding(key.WithKeys("["), key.WithHelp("[/]", "rounds")),
		NextRound: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next round")),
		AddRound:  key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "add round")),
		JobPage:   key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "job page")),

		Draft:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "write thank-you")),
		Copy:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy note")),
		Stories: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "stories")),
	}
}

// jobPageKeys are the keys of the job's own page.
type jobPageKeys struct {
	Up, Down, PrevRound, NextRound, Back key.Binding
	Edit, AddRound, EditRound, Cancel    key.Binding
	// Uncancel is Cancel's key as help names it on a cancelled round.
	Uncancel key.Binding
}

func newJobPageKeys() jobPageKeys {
	return jobPageKeys{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PrevRound: key.NewBinding(key.WithKeys("["), key.WithHelp("[/]", "rounds")),
		NextRound: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next round")),
		Back:      key.NewBinding(key.WithKeys("esc", "q", "i"), key.WithHelp("esc", "back")),
		Edit:      key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "edit job")),
		AddRound:  key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "add round")),
		EditRound: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit round")),
		Cancel:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "cancel round")),
		Uncancel:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "put round back")),
	}
}

// changes are the keys that change the job, refused while it is
// read-only.
func (k checklistKeys) changes() []key.Binding {
	return []key.Binding{k.Toggle, k.DoneAt, k.Note, k.Add, k.Rename, k.Remove, k.MoveUp, k.MoveDown,
		k.Details, k.Status, k.Undo, k.Redo, k.AddRound, k.Draft}
}

// confirmKeys answer a question in the footer.
type confirmKeys struct {
	Yes key.Binding
	No  key.Binding
}

func newConfirmKeys() confirmKeys {
	return confirmKeys{
		Yes: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
	}
}

// pickerKeys move through a picker's options and choose one.
type pickerKeys struct {
	Up, Down, Choose, Cancel key.Binding
}

func newPickerKeys() pickerKeys {
	return pickerKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose: key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", "choose")),
		Cancel: key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "cancel")),
	}
}

// editorKeys are the keys of the text box: a note is saved by ctrl+s or
// esc, since enter starts a new line, and ctrl+e opens it in the person's
// own editor; a one-line text is saved by enter and dropped by esc.
type editorKeys struct {
	Save     key.Binding
	Cancel   key.Binding
	External key.Binding
}

func newEditorKeys(kind editorKind) editorKeys {
	if kind == editNote {
		return editorKeys{
			Save:     key.NewBinding(key.WithKeys("ctrl+s", "esc"), key.WithHelp("ctrl+s/esc", "save note")),
			Cancel:   key.NewBinding(key.WithDisabled()),
			External: key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "editor")),
		}
	}
	return editorKeys{
		Save:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		External: key.NewBinding(key.WithDisabled()),
	}
}

// formKeys are the job form's: huh's own, with esc to leave the form.
type formKeys struct {
	// Form is the key map the form itself runs on.
	Form   *huh.KeyMap
	Cancel key.Binding
	// Next are the keys that go on to the next field.
	Next key.Binding
}

func newFormKeys() formKeys {
	k := formKeys{Form: huh.NewDefaultKeyMap(),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))}
	k.Form.Quit = k.Cancel
	k.Next = key.NewBinding(key.WithKeys(k.Form.Input.Next.Keys()...))
	return k
}

// importKeys are the keys of the screen that imports an invitation.
type importKeys struct {
	Next, Save, Cancel key.Binding
	NextField          key.Binding
	OwnJob             key.Binding
	PrevMeet, NextMeet key.Binding
}

func newImportKeys() importKeys {
	return importKeys{
		Next:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go on")),
		Save:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		NextField: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "company/role")),
		OwnJob:    key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "own job")),
		PrevMeet:  key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup/pgdown", "meetings")),
		NextMeet:  key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdown", "next meeting")),
	}
}

// draftKeys answer the offer of a draft an earlier run left.
type draftKeys struct {
	Resume, Drop, Later key.Binding
}

func newDraftKeys() draftKeys {
	return draftKeys{
		Resume: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "go back to it")),
		Drop:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "throw it away")),
		Later:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "not now")),
	}
}
