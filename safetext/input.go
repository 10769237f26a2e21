package safetext

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Field makes text typed or pasted into a one-line field fit to keep: a
// line break (CRLF, CR, LF, or a Unicode line or paragraph separator) or a
// tab becomes a space, and every other control character, every bidi
// control and any invalid UTF-8 is dropped. Unlike Line, which shows such
// characters, it removes them, because what a person types is what they
// mean to keep, and none of these can be seen.
func Field(s string) string {
	return typed(s, false)
}

// Text is Field for text of several lines, such as a note: line breaks
// (CRLF and CR included) are kept as line breaks, and tabs as they are.
func Text(s string) string {
	return typed(s, true)
}

func typed(s string, lines bool) string {
	if IsPlain(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
		case lines && (r == '\r' || r == '\n' || r == 0x2028 || r == 0x2029):
			b.WriteByte('\n')
		case lines && r == '\t':
			b.WriteByte('\t')
		case r == '\r', r == '\n', r == '\t', r == 0x2028, r == 0x2029:
			b.WriteByte(' ')
		case r < 0x20, IsUnsafe(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Cut returns the longest start of s that is at most max bytes and ends on
// a character's boundary: never inside a letter's bytes, between a letter
// and its accent, or inside an emoji joined from several. It stops reading
// at the limit, so a megabyte pasted by mistake costs no more than a line.
func Cut(s string, max int) string {
	if len(s) <= max {
		return s
	}
	n, state := 0, -1
	for rest := s; rest != ""; {
		var char string
		char, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if n+len(char) > max {
			break
		}
		n += len(char)
	}
	return s[:n]
}
