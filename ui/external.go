package ui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// noteEditedMsg brings back a note written in the person's own editor.
type noteEditedMsg struct {
	itemID string
	text   string
	err    error
}

// editInEditor opens a note in the person's editor, $VISUAL or $EDITOR,
// with the app's terminal handed over until the editor quits. The note
// goes through a private temporary file, removed once read back. A note
// that cannot be read back, or is longer than limit characters, which the
// note box would cut, is left in the file, and the error says where.
func editInEditor(itemID, note string, limit int) tea.Cmd {
	return func() tea.Msg {
		f, err := os.CreateTemp("", "prep-note-*.txt")
		if err != nil {
			return noteEditedMsg{itemID: itemID, err: fmt.Errorf("open the note in an editor: %w", err)}
		}
		path := f.Name()
		_, werr := f.WriteString(note)
		if err := errors.Join(werr, f.Close()); err != nil {
			_ = os.Remove(path)
			return noteEditedMsg{itemID: itemID, err: fmt.Errorf("open the note in an editor: %w", err)}
		}
		cmd := editorCommand(os.Getenv, path)
		return tea.ExecProcess(cmd, func(err error) tea.Msg {
			if err != nil {
				_ = os.Remove(path)
				return noteEditedMsg{itemID: itemID, err: fmt.Errorf("the editor %s: %w", cmd.Path, err)}
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return noteEditedMsg{itemID: itemID, err: fmt.Errorf("read the note back from %s: %w", path, err)}
			}
			text := strings.TrimRight(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
			if n := utf8.RuneCountInString(text); n > limit {
				return noteEditedMsg{itemID: itemID, err: fmt.Errorf(
					"the note is %d characters, more than the %d a note holds; nothing changed, and it is kept in %s", n, limit, path)}
			}
			_ = os.Remove(path)
			return noteEditedMsg{itemID: itemID, text: text}
		})()
	}
}

// editorCommand runs the person's editor on the file at path: $VISUAL,
// else $EDITOR, else vi, or Notepad on Windows. The variable may carry
// arguments, as "code --wait" does, unless it names a file as it is, such
// as an editor in "C:\Program Files".
func editorCommand(getenv func(string) string, path string) *exec.Cmd {
	editor := strings.TrimSpace(getenv("VISUAL"))
	if editor == "" {
		editor = strings.TrimSpace(getenv("EDITOR"))
	}
	if editor == "" {
		editor = "vi"
		if runtime.GOOS == "windows" {
			editor = "notepad"
		}
	}
	argv := []string{editor}
	if _, err := os.Stat(editor); err != nil {
		argv = strings.Fields(editor)
	}
	return exec.Command(argv[0], append(argv[1:], path)...)
}
