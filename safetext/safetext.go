// Package safetext makes text from job files inert before it reaches a
// terminal. Job files can be edited by hand or shared, so a company name
// may hold escape sequences that would recolour, retitle or clear the
// screen; here every control character is shown as a visible symbol.
//
// Text on its way in, typed or pasted, is cleaned instead (Field), and cut
// to a length on a character's boundary (Cut).
package safetext

import (
	"strings"
	"unicode/utf8"
)

// Line makes s safe to print on one line: control characters, line breaks
// included, become their visible pictures (ESC shows as ␛), and bidi
// controls, which could reorder what follows them, become �.
func Line(s string) string {
	return clean(s, false)
}

// Block is Line for text that may span lines: line breaks are kept, and
// carriage returns, which could overwrite a line already drawn, are dropped
// before a line break and shown elsewhere.
func Block(s string) string {
	return clean(strings.ReplaceAll(s, "\r\n", "\n"), true)
}

func clean(s string, keepNewlines bool) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteRune(r)
		case r == '\t':
			b.WriteString("  ")
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('␡')
		case r >= 0x80 && r < 0xa0, isBidiControl(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain is the fast path: most text is printable ASCII and needs no copy.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

func isBidiControl(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
