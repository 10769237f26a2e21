package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// option is one choice in a picker: what it says and what it stands for.
type option struct {
	label string
	value string
}

// picker asks the person to choose one of a few options, in a small box
// drawn over the screen.
type picker struct {
	title   string
	options []option
	cursor  int
	keys    pickerKeys
}

func newPicker(title string, options []option, current string) *picker {
	p := &picker{title: title, options: options, keys: newPickerKeys()}
	for i, o := range options {
		if o.value == current {
			p.cursor = i
		}
	}
	return p
}

// pickResult is what a key did to the picker.
type pickResult int

const (
	picking pickResult = iota
	picked
	pickCancelled
)

func (p *picker) Update(msg tea.KeyPressMsg) pickResult {
	switch {
	case key.Matches(msg, p.keys.Up):
		p.cursor = (p.cursor + len(p.options) - 1) % len(p.options)
	case key.Matches(msg, p.keys.Down):
		p.cursor = (p.cursor + 1) % len(p.options)
	case key.Matches(msg, p.keys.Choose):
		return picked
	case key.Matches(msg, p.keys.Cancel):
		return pickCancelled
	default:
		if i := p.byInitial(msg.Text); i >= 0 {
			p.cursor = i
		}
	}
	return picking
}

// byInitial finds the next option starting with the typed letter, so that
// "r" reaches "rejected" without arrows.
func (p *picker) byInitial(text string) int {
	if text == "" {
		return -1
	}
	for step := 1; step <= len(p.options); step++ {
		i := (p.cursor + step) % len(p.options)
		if strings.HasPrefix(strings.ToLower(p.options[i].label), strings.ToLower(text)) {
			return i
		}
	}
	return -1
}

func (p *picker) Value() string { return p.options[p.cursor].value }

func (p *picker) View(st *Styles) string {
	var b strings.Builder
	b.WriteString(st.Title.Render(p.title) + "\n")
	for i, o := range p.options {
		if i == p.cursor {
			b.WriteString("\n" + st.Cursor.Render("› ") + st.Selected.Render(o.label))
		} else {
			b.WriteString("\n  " + st.Item.Render(o.label))
		}
	}
	return st.Box.Render(b.String())
}

func (p *picker) ShortHelp() []key.Binding {
	return []key.Binding{p.keys.Up, p.keys.Down, p.keys.Choose, p.keys.Cancel}
}

// overlay draws box in the middle of a screen of the given size, over it.
func overlay(screen, box string, width, height int) string {
	return lipgloss.NewCompositor(
		lipgloss.NewLayer(screen),
		lipgloss.NewLayer(box).X(max(0, (width-lipgloss.Width(box))/2)).
			Y(max(0, (height-lipgloss.Height(box))/2)).Z(1),
	).Render()
}
