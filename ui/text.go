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
	return ansi.Truncate(s, max(width, 0), "…")
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
