package ui

import (
	"image/color"

	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles holds every style of the app, named by what it is for, built for a
// light or a dark background.
type Styles struct {
	IsDark bool

	AccentColor, MutedColor, DoneColor, LateColor, DueColor color.Color

	Title       lipgloss.Style // the job or screen name at the top
	Subtitle    lipgloss.Style // what follows the title: role, time
	Muted       lipgloss.Style // secondary text
	Section     lipgloss.Style // a section's title
	Item        lipgloss.Style // an item not yet done
	ItemDone    lipgloss.Style // an item done
	Selected    lipgloss.Style // the item under the cursor
	Cursor      lipgloss.Style // the bar left of the selected row
	Check       lipgloss.Style // the tick in a done box
	Hint        lipgloss.Style // why the selected item matters
	Note        lipgloss.Style // a person's note on an item
	TabActive   lipgloss.Style
	TabInactive lipgloss.Style
	Rule        lipgloss.Style // thin horizontal lines
	Done        lipgloss.Style // finished, on time, offer
	Due         lipgloss.Style // due soon
	Late        lipgloss.Style // past its due time
	Error       lipgloss.Style // the footer's error line
	Empty       lipgloss.Style // what an empty screen says
	Key         lipgloss.Style // a key named in running text
	Help        help.Styles
	BarFull     lipgloss.Style // the filled part of a progress bar
	BarEmpty    lipgloss.Style // the rest of it

	// Pieces drawn on every row, drawn once here.
	cursorBar, noBar, boxOpen, boxDone string
}

// NewStyles builds the styles for a dark or a light terminal background.
func NewStyles(isDark bool) *Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#8B87FF"))
	text := ld(lipgloss.Color("#1F1F28"), lipgloss.Color("#E4E4EC"))
	muted := ld(lipgloss.Color("#75758A"), lipgloss.Color("#8E8EA3"))
	faint := ld(lipgloss.Color("#C8C8D4"), lipgloss.Color("#45455A"))
	done := ld(lipgloss.Color("#1E8A4C"), lipgloss.Color("#5BD192"))
	due := ld(lipgloss.Color("#A76300"), lipgloss.Color("#F0B458"))
	late := ld(lipgloss.Color("#C2362B"), lipgloss.Color("#FF7A6E"))

	s := &Styles{IsDark: isDark, AccentColor: accent, MutedColor: muted, DoneColor: done, LateColor: late, DueColor: due}
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(text)
	s.Subtitle = lipgloss.NewStyle().Foreground(muted)
	s.Muted = lipgloss.NewStyle().Foreground(muted)
	s.Section = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Item = lipgloss.NewStyle().Foreground(text)
	s.ItemDone = lipgloss.NewStyle().Foreground(muted)
	s.Selected = lipgloss.NewStyle().Bold(true).Foreground(text)
	s.Cursor = lipgloss.NewStyle().Foreground(accent)
	s.Check = lipgloss.NewStyle().Foreground(done)
	s.Hint = lipgloss.NewStyle().Italic(true).Foreground(muted)
	s.Note = lipgloss.NewStyle().Foreground(text)
	s.TabActive = lipgloss.NewStyle().Bold(true).Foreground(accent).Underline(true)
	s.TabInactive = lipgloss.NewStyle().Foreground(muted)
	s.Rule = lipgloss.NewStyle().Foreground(faint)
	s.Done = lipgloss.NewStyle().Foreground(done)
	s.Due = lipgloss.NewStyle().Foreground(due)
	s.Late = lipgloss.NewStyle().Bold(true).Foreground(late)
	s.Error = lipgloss.NewStyle().Foreground(late)
	s.Empty = lipgloss.NewStyle().Foreground(muted).Padding(1, 2)
	s.Key = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Help = help.DefaultStyles(isDark)
	s.BarFull = lipgloss.NewStyle().Foreground(accent)
	s.BarEmpty = lipgloss.NewStyle().Foreground(faint)
	s.cursorBar = s.Cursor.Render("│ ")
	s.noBar = "  "
	s.boxOpen = "[ ] "
	s.boxDone = "[" + s.Check.Render("✓") + "] "
	return s
}

// Bar draws a progress bar width cells wide, filled to frac: full blocks
// then light shade, so it reads without colour too.
func (s *Styles) Bar(frac float64, width int) string {
	width = max(width, 1)
	full := min(width, max(0, int(frac*float64(width)+0.5)))
	return s.BarFull.Render(strings.Repeat("█", full)) + s.BarEmpty.Render(strings.Repeat("░", width-full))
}
