package invite

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// toUTF8 decodes text in the named character set: a byte-order mark wins
// over the name, and with no name, text that is not UTF-8 and has no
// UTF-8 letter in it either is read as Windows-1252, which Outlook on
// Windows writes. Invalid bytes in text that is otherwise UTF-8 are kept
// for Clean to drop.
func toUTF8(b []byte, charset string) (string, []string) {
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		return string(b[len(utf8BOM):]), nil
	case isUTF16(b):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err == nil {
			return string(out), nil
		}
	}
	cs := strings.ToLower(strings.Trim(strings.TrimSpace(charset), `"'`))
	switch cs {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		if cs != "" || utf8.Valid(b) || hasUTF8Letter(b) {
			return string(b), nil
		}
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return string(b), nil
		}
		return string(out), []string{"the text is not UTF-8 and names no character set; it was read as Windows-1252"}
	}
	enc, err := htmlindex.Get(cs)
	if err != nil {
		return string(b), []string{fmt.Sprintf("the character set %q is not one known here; the text was read as UTF-8", charset)}
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return string(b), []string{fmt.Sprintf("the text is not valid %s; it was read as UTF-8", charset)}
	}
	return string(out), nil
}

// hasUTF8Letter reports whether b holds a character of more than one byte
// written correctly in UTF-8.
func hasUTF8Letter(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if size > 1 && r != utf8.RuneError {
			return true
		}
		b = b[size:]
	}
	return false
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// isUTF16 reports whether b starts with a UTF-16 byte-order mark.
func isUTF16(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}
