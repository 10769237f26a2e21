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
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
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
	if IsPlain(s) {
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
		case IsUnsafe(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// IsPlain reports whether s is printable ASCII alone: inert as it is, and
// one terminal cell a byte. Most text is, and takes the fast paths. It
// looks at eight bytes at a time: "prep due" asks of every cell of
// thousands of rows, three times.
func IsPlain(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if !plainWord(x) {
			return false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// plainWord reports whether each of the eight bytes of x is printable
// ASCII: none below the space, none DEL, none past ASCII.
func plainWord(x uint64) bool {
	const each, high = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*each) &^ x & high
	del := x ^ 0x7f*each
	return below|(del-each)&^del&high|x&high == 0
}

// Width is how many cells s takes on a terminal: a byte each when it is
// plain, else as ansi.StringWidth measures it, a wide character taking
// two.
func Width(s string) int {
	if IsPlain(s) {
		return len(s)
	}
	return ansi.StringWidth(s)
}

// IsUnsafe reports whether r is one of the characters past the C0 controls
// that a terminal may act on or that change how the text around them
// reads: DEL, a C1 control (U+0080 to U+009F, among them CSI), or a bidi
// control, which reorders what follows it (Unicode's own list,
// unicode.Bidi_Control). JSON encoders write them raw.
func IsUnsafe(r rune) bool {
	return r >= 0x7f && r < 0xa0 || unicode.Is(unicode.Bidi_Control, r)
}
