// Package ascii lets prep draw in a terminal that does not take UTF-8. It
// tells from the locale whether the terminal does, and turns the marks,
// bars, rules, borders and punctuation that prep and the Charm libraries
// draw with into ASCII characters. Each takes one column, as the one it
// replaces did, so every layout stays as it was measured.
//
// The choice is made once, when prep starts, and the app and the commands
// pass what they draw through Replace; text a person wrote keeps its
// letters, since only drawing characters have stand-ins.
package ascii

import (
	"io"
	"strings"
)

// Needed reports whether the terminal should get ASCII only: the locale in
// force (LC_ALL, else LC_CTYPE, else LANG) is C or POSIX, or names a
// character set other than UTF-8, as "en_US.ISO-8859-1" or a bare "en_US"
// do. No locale at all counts as UTF-8: that is what terminals speak today,
// and Windows sets none.
func Needed(getenv func(string) string) bool {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if locale = getenv(name); locale != "" {
			break
		}
	}
	if locale == "" {
		return false
	}
	l := strings.ToLower(locale)
	return !strings.Contains(l, "utf-8") && !strings.Contains(l, "utf8")
}

// Replace gives s with every drawing character in ASCII. Escape sequences,
// being ASCII, pass through untouched.
func Replace(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(standIn, s)
}

// Writer passes everything written to w through Replace. Each Write is
// replaced on its own, so a write must hold whole characters, as those of
// fmt and text/tabwriter do.
func Writer(w io.Writer) io.Writer { return writer{w} }

type writer struct{ w io.Writer }

func (a writer) Write(b []byte) (int, error) {
	if _, err := io.WriteString(a.w, Replace(string(b))); err != nil {
		return 0, err
	}
	return len(b), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// standIns are the drawing characters with an ASCII stand-in of their own;
// the box-drawing and block ranges are handled in standIn.
var standIns = map[rune]rune{
	'✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x', '×': 'x',
	'·': '-', '•': '-', '∙': '-', '●': '*', '○': 'o', '✎': '*', '⚠': '!',
	'›': '>', '‹': '<', '»': '>', '«': '<',
	'↑': '^', '↓': 'v', '←': '<', '→': '>', '⏎': '<',
	'…': '.', '—': '-', '–': '-', '‐': '-', '−': '-',
	'“': '"', '”': '"', '„': '"', '‘': '\'', '’': '\'',
	'▰': '#', '▱': '.', '\u00a0': ' ', '\ufffd': '?',
}

func standIn(r rune) rune {
	if a, ok := standIns[r]; ok {
		return a
	}
	switch {
	case r < 0x80:
		return r
	case r >= 0x2400 && r <= 0x2426: // control pictures, as safetext draws ␛
		return '?'
	case r >= 0x2500 && r <= 0x257f: // box drawing
		return boxStandIn(r)
	case r == 0x2591: // light shade: the empty part of a bar
		return '.'
	case r >= 0x2580 && r <= 0x259f: // blocks: the full part of a bar
		return '#'
	}
	return r
}

// boxStandIn draws a line of a box: rules as "-", sides as "|", corners
// and joints as "+".
func boxStandIn(r rune) rune {
	switch r {
	case '─', '━', '┄', '┅', '┈', '┉', '╌', '╍', '═', '╴', '╶', '╸', '╺', '╼', '╾':
		return '-'
	case '│', '┃', '┆', '┇', '┊', '┋', '╎', '╏', '║', '╵', '╷', '╹', '╻', '╽', '╿':
		return '|'
	}
	return '+'
}
