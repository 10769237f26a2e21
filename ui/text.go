package ui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/prep-cli/prep/safetext"
)

// oneLine makes text from a job file safe to draw on one line.
func oneLine(s string) string { return safetext.Line(s) }

// safeBlock makes text from a job file safe to draw, keeping its lines.
func safeBlock(s string) string { return safetext.Block(s) }

// indent puts prefix before every line of s.
func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// deleteNextWord are the keys with which bubbles' one-line text box
// deletes the next word. With the cursor on the last character it reads
// past the end of its text and panics (textinput.deleteWordForward in
// bubbles v2.2.1), so the app's one-line boxes do not take them; the note
// box, a textarea, deletes the next word safely and keeps them.
var deleteNextWord = textinput.DefaultKeyMap().DeleteWordForward

// cutLines cuts every line of s to width cells.
func cutLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = truncate(l, width)
	}
	return strings.Join(lines, "\n")
}

// wrapLines breaks one line of text into lines of at most width cells, at
// spaces where it can and inside a word only where a word is longer than
// a line; it always gives one line at least.
func wrapLines(s string, width int) []string {
	return strings.Split(ansi.Wrap(s, max(1, width), ""), "\n")
}

// truncate cuts s, styled or not, to width cells, ending in … when cut.
func truncate(s string, width int) string {
	if safetext.IsPlain(s) && len(s) <= width {
		return s
	}
	return ansi.Truncate(s, max(width, 0), "…")
}

// padRight fills plain text with spaces to width cells: wide characters,
// such as Japanese, take two cells each.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-safetext.Width(s)))
}

// spread puts left and right on one line of the given width, left cut
// short if both do not fit.
func spread(left, right string, width int) string {
	rw := lipgloss.Width(right)
	left = truncate(left, width-rw-1)
	gap := width - lipgloss.Width(left) - rw
	if gap < 1 {
		return truncate(left+" "+right, width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// segment is a piece of a line: plain text and the style to draw it in.
// Lines built from segments are measured before they are styled, which is
// much quicker than measuring styled text.
type segment struct {
	text  string
	style lipgloss.Style
	// drawn, when above zero, says text is drawn already and takes that
	// many cells.
	drawn int
}

func (s segment) width() int {
	if s.drawn > 0 {
		return s.drawn
	}
	return safetext.Width(s.text)
}

func (s segment) render() string {
	if s.drawn > 0 {
		return s.text
	}
	return s.style.Render(s.text)
}

// line draws the left segments and the right ones on one line of the given
// width, cutting the left ones short with … when both do not fit.
func line(left, right []segment, width int) string {
	rw := 0
	for _, s := range right {
		rw += s.width()
	}
	room := width
	if rw > 0 {
		room -= rw + 1
	}
	var b strings.Builder
	used := 0
	for _, s := range left {
		text := s.text
		if w := safetext.Width(text); used+w > room {
			text = truncate(text, max(room-used, 0))
		}
		if text == "" {
			break
		}
		used += safetext.Width(text)
		b.WriteString(s.style.Render(text))
	}
	if rw > 0 {
		b.WriteString(strings.Repeat(" ", max(width-used-rw, 1)))
		for _, s := range right {
			b.WriteString(s.render())
		}
	}
	return b.String()
}
