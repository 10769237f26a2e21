package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Control and bidi characters pasted or typed into a note, a new item or a
// new name never reach the box, the screen or the job; a note keeps its
// line breaks.
func TestEditorsKeepControlsOut(t *testing.T) {
	for _, open := range []string{"e", "a", "r"} {
		t.Run(open, func(t *testing.T) {
			_, m, _ := openedAt(t)
			m = settleKeys(m, open)
			l := m.shownItems()
			if l == nil || l.editor == nil {
				t.Fatalf("%s opened no box", open)
			}
			m = settle(m, tea.PasteMsg{Content: "Dana\u202e Lee\x1b]0;x\x07\r\nnext"})
			m = settle(m, tea.KeyPressMsg{Code: 'x', Text: "\u2066"})
			value := m.shownItems().editor.rawValue()
			for _, bad := range []string{"\u202e", "\u2066", "\x1b]0;", "\x07", "\r"} {
				if strings.Contains(value, bad) {
					t.Errorf("the box holds %q", bad)
				}
				if strings.Contains(m.View().Content, bad) {
					t.Errorf("the screen shows %q", bad)
				}
			}
			if open == "e" && !strings.Contains(value, "\nnext") {
				t.Errorf("the note lost its line break: %q", value)
			}
		})
	}
}
