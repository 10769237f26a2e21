package ui

import (
	"strings"

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

// truncate cuts s, styled or not, to width cells, ending in … when cut.
func truncate(s string, width int) string {
	if isASCII(s) && len(s) <= width {
		return s
	}
	return ansi.Truncate(s, max(width, 0), "…")
}

// textWidth is how many cells plain text takes on screen.
func textWidth(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return ansi.StringWidth(s)
}

// isASCII is the fast path of widths: printable ASCII is one cell a byte,
// and most of a checklist is printable ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
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
