package cli

import (
	"fmt"
	"io"
	"unicode/utf8"

	gojson "github.com/goccy/go-json"

	"github.com/prep-cli/prep/safetext"
)

// writeJSON writes v as indented JSON made safe for a terminal, as
// encoding/json's Encoder writes it with two spaces and no HTML escapes.
// goccy/go-json indents as it goes, where encoding/json encodes and then
// indents what it wrote, which took half the time of "prep list --json".
func writeJSON(w io.Writer, v any) error {
	b, err := gojson.MarshalIndentWithOption(v, "", "  ", gojson.DisableHTMLEscape())
	if err != nil {
		return fmt.Errorf("encode JSON: %w", err)
	}
	_, err = w.Write(append(inertJSON(b), '\n'))
	return err
}

// inertJSON escapes the characters encoding/json leaves raw that a terminal
// may act on: DEL, the C1 controls and the bidi controls. They can only stand
// inside strings, where \u escapes mean the same text.
func inertJSON(b []byte) []byte {
	if !hasUnsafe(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if safetext.IsUnsafe(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

// hasUnsafe is bytes.ContainsFunc(b, safetext.IsUnsafe), but for the ASCII
// below DEL, most of any output, which it passes over without decoding.
func hasUnsafe(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < 0x7f {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if safetext.IsUnsafe(r) {
			return true
		}
		i += n
	}
	return false
}
