package cli

import (
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/prep-cli/prep/safetext"
)

// outputPart is how much a jsonWriter or writeTable gathers before it
// writes: "prep due" over a thousand jobs writes megabytes, and a small
// buffer written out each time it fills keeps them from taking fresh
// memory.
const outputPart = 32 << 10

// jsonWriter writes JSON byte for byte as writeJSON does, without
// reflection: "prep list --json" and "prep due --json" write many small
// objects, and encoding them through reflection and then making the output
// inert was half of what "prep due --json" cost. The caller writes the
// values in order and calls finish once; the first write error stops the
// output and is what finish returns.
type jsonWriter struct {
	w     io.Writer
	b     []byte
	depth int
	// empty is set while the array or object opened last holds nothing.
	empty bool
	// keyed is set when a key has been written and its value is next.
	keyed bool
	err   error
	// lastTime is the time timeField wrote last, as lastText.
	lastTime time.Time
	lastText []byte
}

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{w: w, b: make([]byte, 0, 2*outputPart)}
}

func (j *jsonWriter) beginArray()  { j.value(); j.open('[') }
func (j *jsonWriter) endArray()    { j.close(']') }
func (j *jsonWriter) beginObject() { j.value(); j.open('{') }
func (j *jsonWriter) endObject()   { j.close('}') }

// beginObjectField starts an object as the value of key k; endObject ends it.
func (j *jsonWriter) beginObjectField(k string) { j.key(k); j.beginObject() }

func (j *jsonWriter) stringField(k, v string) {
	j.key(k)
	j.value()
	j.b = appendJSONString(j.b, v)
}

// timeField writes t as RFC 3339 in t's own time zone. The layout writes
// only digits, signs, colons and letters, so nothing in it needs escaping.
// A time written again straight after is copied, not formatted anew: the
// tasks of "prep due" come in the order of their times, and many of a job's
// fall due together.
func (j *jsonWriter) timeField(k string, t time.Time) {
	j.key(k)
	j.value()
	if !t.Equal(j.lastTime) || t.Location() != j.lastTime.Location() || j.lastText == nil {
		j.lastTime, j.lastText = t, t.AppendFormat(j.lastText[:0], time.RFC3339)
	}
	j.b = append(append(append(j.b, '"'), j.lastText...), '"')
}

func (j *jsonWriter) intField(k string, v int) {
	j.key(k)
	j.value()
	j.b = strconv.AppendInt(j.b, int64(v), 10)
}

func (j *jsonWriter) boolField(k string, v bool) {
	j.key(k)
	j.value()
	j.b = strconv.AppendBool(j.b, v)
}

func (j *jsonWriter) nullField(k string) {
	j.key(k)
	j.value()
	j.b = append(j.b, "null"...)
}

// finish ends the output with a newline, as encoding/json's Encoder does,
// and writes what is left of it.
func (j *jsonWriter) finish() error {
	j.b = append(j.b, '\n')
	j.flush()
	return j.err
}

// key writes k, one of prep's own keys, which are plain ASCII and need no
// escaping.
func (j *jsonWriter) key(k string) {
	j.value()
	j.b = append(append(append(j.b, '"'), k...), '"', ':', ' ')
	j.keyed = true
}

// value starts a value: after its key, or on a line of its own, indented
// by two spaces a level, after a comma when it is not the first.
func (j *jsonWriter) value() {
	if j.keyed {
		j.keyed = false
		return
	}
	if j.depth > 0 {
		if !j.empty {
			j.b = append(j.b, ',')
		}
		j.newline(j.depth)
	}
	j.empty = false
}

func (j *jsonWriter) open(c byte) {
	j.b = append(j.b, c)
	j.depth++
	j.empty = true
}

// close ends an array or object: "[]" and "{}" when empty, the closing
// bracket on a line of its own otherwise. Between the elements of the
// outermost array the output gathered so far is written once it is large.
func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.empty {
		j.newline(j.depth)
	}
	j.b = append(j.b, c)
	j.empty = false
	if j.depth <= 1 && len(j.b) >= outputPart {
		j.flush()
	}
}

func (j *jsonWriter) newline(depth int) {
	j.b = append(j.b, '\n')
	for range depth {
		j.b = append(j.b, ' ', ' ')
	}
}

func (j *jsonWriter) flush() {
	if j.err == nil {
		_, j.err = j.w.Write(j.b)
	}
	j.b = j.b[:0]
}

const hexDigits = "0123456789abcdef"

// plainJSON holds the bytes a JSON string holds as they are, inert ones:
// ASCII from the space to the tilde but the quote and the backslash.
var plainJSON = func() (plain [256]bool) {
	for c := ' '; c < 0x7f; c++ {
		plain[c] = c != '"' && c != '\\'
	}
	return plain
}()

// appendJSONString appends s quoted as encoding/json quotes a string with
// no HTML escapes (the quote, the backslash and the controls below space
// escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 as \u escapes) and,
// in the same pass, escapes what inertJSON escapes: DEL, the C1 controls
// and the bidi controls.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0 // s[start:i] is yet to be appended as it is
	for i := 0; ; {
		if i = plainEnd(s, i); i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = appendUnicodeEscape(b, rune(c))
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028', r == '\u2029', safetext.IsUnsafe(r):
			b = appendUnicodeEscape(append(b, s[start:i]...), r)
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	return append(append(b, s[start:]...), '"')
}

// plainEnd is where the plain bytes (see plainJSON) from s[i] on end. It
// looks at eight bytes at a time: "prep due --json" writes megabytes of
// texts, nearly all of them plain.
func plainEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if notPlain(x) {
			break
		}
	}
	for i < len(s) && plainJSON[s[i]] {
		i++
	}
	return i
}

// eachByte is a byte's value in each of a word's eight bytes.
const eachByte = 0x0101010101010101

// notPlain reports whether any of the eight bytes of x is not plain: below
// the space, the quote, the backslash, DEL, or past ASCII.
func notPlain(x uint64) bool {
	const high = 0x80 * eachByte
	below := (x - ' '*eachByte) &^ x & high
	return below|zeroByte(x^'"'*eachByte)|zeroByte(x^'\\'*eachByte)|zeroByte(x^0x7f*eachByte)|x&high != 0
}

// zeroByte is nonzero when one of the eight bytes of x is zero.
func zeroByte(x uint64) uint64 { return (x - eachByte) &^ x & (0x80 * eachByte) }

// appendUnicodeEscape appends \u and r's four hex digits; every rune it is
// given is below U+10000.
func appendUnicodeEscape(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}
