package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// Styles holds every style of the app, named by what it is for, built for a
// light or a dark background. The components' own styles (the job list's,
// the form's, the help line's) are made from the same colours.
type Styles struct {
	IsDark bool

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
	BarFull     lipgloss.Style // the filled part of a progress bar
	BarEmpty    lipgloss.Style // the rest of it
	Card        lipgloss.Style // the night-before card: when, where, who
	Box         lipgloss.Style // a picker drawn over the screen
	Margin      lipgloss.Style // the room left and right of the form
	Page        lipgloss.Style // the room around a page of text
	Indented    lipgloss.Style // text under a line it belongs to

	Help help.Styles
	List list.Styles
	Form *huh.Styles

	// Pieces drawn on every row, drawn once here.
	cursorBar, noBar, boxOpen, boxDone string
	// bars are the progress bars of barWidths, by width and cells filled,
	// each drawn the first time it is asked for.
	bars map[int][]string
}

// palette is the app's colours for one background.
type palette struct {
	accent, text, muted, faint, done, due, late color.Color
	// onAccent is text drawn on the accent colour.
	onAccent color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	return palette{
		accent:   ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#8B87FF")),
		text:     ld(lipgloss.Color("#1F1F28"), lipgloss.Color("#E4E4EC")),
		muted:    ld(lipgloss.Color("#75758A"), lipgloss.Color("#8E8EA3")),
		faint:    ld(lipgloss.Color("#C8C8D4"), lipgloss.Color("#45455A")),
		done:     ld(lipgloss.Color("#1E8A4C"), lipgloss.Color("#5BD192")),
		due:      ld(lipgloss.Color("#A76300"), lipgloss.Color("#F0B458")),
		late:     ld(lipgloss.Color("#C2362B"), lipgloss.Color("#FF7A6E")),
		onAccent: ld(lipgloss.Color("#FFFDF5"), lipgloss.Color("#1F1F28")),
	}
}

// NewStyles builds the styles for a dark or a light terminal background.
func NewStyles(isDark bool) *Styles {
	p := newPalette(isDark)
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	s := &Styles{IsDark: isDark}
	s.Title = fg(p.text).Bold(true)
	s.Subtitle = fg(p.muted)
	s.Muted = fg(p.muted)
	s.Section = fg(p.accent).Bold(true)
	s.Item = fg(p.text)
	s.ItemDone = fg(p.muted)
	s.Selected = fg(p.text).Bold(true)
	s.Cursor = fg(p.accent)
	s.Check = fg(p.done)
	s.Hint = fg(p.muted).Italic(true)
	s.Note = fg(p.text)
	s.TabActive = fg(p.accent).Bold(true).Underline(true)
	s.TabInactive = fg(p.muted)
	s.Rule = fg(p.faint)
	s.Done = fg(p.done)
	s.Due = fg(p.due)
	s.Late = fg(p.late).Bold(true)
	s.Error = fg(p.late)
	s.Empty = fg(p.muted).Padding(1, 2)
	s.Key = fg(p.accent).Bold(true)
	s.BarFull = fg(p.accent)
	s.BarEmpty = fg(p.faint)
	s.Card = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1)
	s.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 2)
	s.Margin = lipgloss.NewStyle().Padding(0, 2)
	s.Page = lipgloss.NewStyle().Padding(1, 2)
	s.Indented = lipgloss.NewStyle().PaddingLeft(2)
	s.Help = helpStyles(p)
	s.List = listStyles(p, isDark)
	s.Form = formStyles(p, s.Help, isDark)
	s.cursorBar = s.Cursor.Render("│ ")
	s.noBar = "  "
	s.boxOpen = "[ ] "
	s.boxDone = "[" + s.Check.Render("✓") + "] "
	s.bars = make(map[int][]string, len(barWidths))
	for _, width := range barWidths {
		s.bars[width] = make([]string, width+1)
	}
	return s
}

// barWidths are the widths of the progress bars the screens draw, each
// drawn once for every fill: a frame of the job list draws one on every
// row. Drawing all 33 as the styles were made was half of what New did
// before the first frame, which shows none.
var barWidths = []int{8, 10, 12}

// helpStyles draw the help line in the palette's quiet colours.
func helpStyles(p palette) help.Styles {
	key := lipgloss.NewStyle().Foreground(p.muted)
	desc := lipgloss.NewStyle().Foreground(p.faint)
	return help.Styles{
		ShortKey: key, ShortDesc: desc, ShortSeparator: desc, Ellipsis: desc,
		FullKey: key, FullDesc: desc, FullSeparator: desc,
	}
}

// listStyles are the job list's: laid out as bubbles lays them out, in the
// palette's colours.
func listStyles(p palette, isDark bool) list.Styles {
	s := list.DefaultStyles(isDark)
	s.Title = s.Title.Background(p.accent).Foreground(p.onAccent)
	s.Spinner = s.Spinner.Foreground(p.muted)
	s.Filter.Cursor.Color = p.accent
	s.Filter.Focused.Prompt = s.Filter.Focused.Prompt.Foreground(p.accent)
	s.Filter.Blurred.Prompt = s.Filter.Blurred.Prompt.Foreground(p.accent)
	s.StatusBar = s.StatusBar.Foreground(p.muted)
	s.StatusEmpty = s.StatusEmpty.Foreground(p.muted)
	s.StatusBarActiveFilter = s.StatusBarActiveFilter.Foreground(p.text)
	s.StatusBarFilterCount = s.StatusBarFilterCount.Foreground(p.faint)
	s.NoItems = s.NoItems.Foreground(p.muted)
	s.ArabicPagination = s.ArabicPagination.Foreground(p.muted)
	s.ActivePaginationDot = s.ActivePaginationDot.Foreground(p.muted)
	s.InactivePaginationDot = s.InactivePaginationDot.Foreground(p.faint)
	s.DividerDot = s.DividerDot.Foreground(p.faint)
	return s
}

// formStyles are the job form's: laid out as huh lays out its own theme,
// in the palette's colours.
func formStyles(p palette, h help.Styles, isDark bool) *huh.Styles {
	t := huh.ThemeBase(isDark)
	f := &t.Focused
	f.Base = f.Base.BorderForeground(p.faint)
	f.Card = f.Base
	f.Title = f.Title.Foreground(p.accent).Bold(true)
	f.NoteTitle = f.NoteTitle.Foreground(p.accent).Bold(true).MarginBottom(1)
	f.Directory = f.Directory.Foreground(p.accent)
	f.Description = f.Description.Foreground(p.muted)
	f.ErrorIndicator = f.ErrorIndicator.Foreground(p.late)
	f.ErrorMessage = f.ErrorMessage.Foreground(p.late)
	f.SelectSelector = f.SelectSelector.Foreground(p.accent)
	f.NextIndicator = f.NextIndicator.Foreground(p.accent)
	f.PrevIndicator = f.PrevIndicator.Foreground(p.accent)
	f.MultiSelectSelector = f.MultiSelectSelector.Foreground(p.accent)
	f.Option = f.Option.Foreground(p.text)
	f.UnselectedOption = f.UnselectedOption.Foreground(p.text)
	f.SelectedOption = f.SelectedOption.Foreground(p.done)
	f.SelectedPrefix = lipgloss.NewStyle().Foreground(p.done).SetString("✓ ")
	f.UnselectedPrefix = lipgloss.NewStyle().Foreground(p.muted).SetString("• ")
	f.FocusedButton = f.FocusedButton.Foreground(p.onAccent).Background(p.accent)
	f.Next = f.FocusedButton
	f.BlurredButton = f.BlurredButton.Foreground(p.text).Background(p.faint)
	f.TextInput.Cursor = f.TextInput.Cursor.Foreground(p.accent)
	f.TextInput.Placeholder = f.TextInput.Placeholder.Foreground(p.faint).Italic(true)
	f.TextInput.Prompt = f.TextInput.Prompt.Foreground(p.accent)

	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Blurred.NextIndicator = lipgloss.NewStyle()
	t.Blurred.PrevIndicator = lipgloss.NewStyle()
	t.Group.Title = t.Focused.Title
	t.Group.Description = t.Focused.Description
	t.Help = h
	return t
}

// formTheme hands the form the app's styles of the moment, so that it
// follows the terminal's background with the rest of the app.
type formTheme struct{ sh *shared }

func (t formTheme) Theme(isDark bool) *huh.Styles {
	if st := t.sh.styles; st.IsDark == isDark {
		return st.Form
	}
	// The form has heard about the background before the app has.
	return formStyles(newPalette(isDark), helpStyles(newPalette(isDark)), isDark)
}

// Bar draws a progress bar width cells wide, filled to frac: full blocks
// then light shade, so it reads without colour too.
func (s *Styles) Bar(frac float64, width int) string {
	width = max(width, 1)
	full := min(width, max(0, int(frac*float64(width)+0.5)))
	if drawn, ok := s.bars[width]; ok {
		if drawn[full] == "" {
			drawn[full] = s.drawBar(full, width)
		}
		return drawn[full]
	}
	return s.drawBar(full, width)
}

func (s *Styles) drawBar(full, width int) string {
	return s.BarFull.Render(strings.Repeat("█", full)) + s.BarEmpty.Render(strings.Repeat("░", width-full))
}
