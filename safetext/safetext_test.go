package safetext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII", "Acme Corp — Backend Engineer", "Acme Corp — Backend Engineer"},
		{"empty", "", ""},
		{"accents", "Café Müller", "Café Müller"},
		{"wide CJK", "株式会社エンジニア", "株式会社エンジニア"},
		{"emoji", "🎉 offer 👍🏽", "🎉 offer 👍🏽"},
		{"emoji joined with ZWJ", "👩‍💻", "👩‍💻"},
		{"combining accent", "Cafe\u0301", "Cafe\u0301"},
		{"right-to-left text", "שלום", "שלום"},
		{"escape sequence", "Acme\x1b[2J\x1b]0;pwned\x07", "Acme␛[2J␛]0;pwned␇"},
		{"colour codes", "\x1b[31mred\x1b[0m", "␛[31mred␛[0m"},
		{"bell", "ding\a", "ding␇"},
		{"newline", "one\ntwo", "one␊two"},
		{"carriage return", "safe\rEVIL", "safe␍EVIL"},
		{"CRLF", "one\r\ntwo", "one␍␊two"},
		{"NUL", "a\x00b", "a␀b"},
		{"backspace", "abc\b\b\bxyz", "abc␈␈␈xyz"},
		{"tab", "a\tb", "a  b"},
		{"DEL", "a\x7fb", "a␡b"},
		{"C1 CSI", "a\u009b2Jb", "a�2Jb"},
		{"C1 NEL", "a\u0085b", "a�b"},
		{"bidi override", "invoice\u202efdp.exe", "invoice�fdp.exe"},
		{"bidi isolate", "a\u2066b\u2069c", "a�b�c"},
		{"bidi marks", "a\u200eb\u200fc\u061cd", "a�b�c�d"},
		{"invalid UTF-8", "a\xffb", "a�b"},
		{"cut-off UTF-8", "caf\xc3", "caf�"},
		{"lone continuation bytes", "\x80\x80x", "�x"},
		{"UTF-8 encoded C1 byte", "\xc2\x9b", "�"},
		{"raw C1 byte", "\x9b31m", "�31m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Line(tt.in)
			if got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkSafe(t, got, false)
		})
	}
}

func TestBlock(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "one line", "one line"},
		{"newlines kept", "one\ntwo\n\nthree\n", "one\ntwo\n\nthree\n"},
		{"CRLF becomes a newline", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR is shown", "safe\rEVIL", "safe␍EVIL"},
		{"CR CR LF", "a\r\r\nb", "a␍\nb"},
		{"LF CR", "a\n\rb", "a\n␍b"},
		{"escape", "note\x1b[1A\x1b[2Kgone", "note␛[1A␛[2Kgone"},
		{"tab", "\titem", "  item"},
		{"bidi", "a\u202eb", "a�b"},
		{"invalid UTF-8", "a\xfe\nb", "a�\nb"},
		{"CJK over lines", "株式会社\nエンジニア", "株式会社\nエンジニア"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Block(tt.in)
			if got != tt.want {
				t.Errorf("Block(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkSafe(t, got, true)
		})
	}
}

func TestLineReturnsPlainTextAsIs(t *testing.T) {
	s := strings.Repeat("Plain text, nothing to do. ", 10)
	if got := Line(s); got != s {
		t.Errorf("Line changed plain text: %q", got)
	}
	if got := Block(s + "\n" + s); got != s+"\n"+s {
		t.Errorf("Block changed plain text: %q", got)
	}
}

// checkSafe fails the test if out could still steer a terminal: a control
// byte (other than a newline in a block), DEL, a C1 control, a bidi
// control, or invalid UTF-8.
func checkSafe(t *testing.T, out string, block bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("output %q is not valid UTF-8", out)
	}
	for i := 0; i < len(out); i++ {
		c := out[i]
		if (c < 0x20 && !(block && c == '\n')) || c == 0x7f {
			t.Errorf("output %q holds byte %#x at %d", out, c, i)
		}
	}
	for _, r := range out {
		if (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Bidi_Control, r) {
			t.Errorf("output %q holds control %U", out, r)
		}
	}
}

func FuzzLine(f *testing.F) {
	seeds := []string{
		"", "Acme Corp", "\x1b[31mred\x1b[0m", "a\r\nb", "\u009b2J", "\u202e\u2066",
		"\xff\xfe", "株式会社", "🎉", "\t\a\b\x00\x7f", "caf\xc3", "\xc2\x9b", "a\rb\nc",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := Line(s)
		checkSafe(t, line, false)
		if strings.Contains(line, "\n") {
			t.Errorf("Line(%q) = %q holds a newline", s, line)
		}
		if again := Line(line); again != line {
			t.Errorf("Line is not stable: Line(%q) = %q, Line of that = %q", s, line, again)
		}
		block := Block(s)
		checkSafe(t, block, true)
		if got, want := strings.Count(block, "\n"), strings.Count(s, "\n"); got != want {
			t.Errorf("Block(%q) has %d newlines, want %d", s, got, want)
		}
		if again := Block(block); again != block {
			t.Errorf("Block is not stable: Block(%q) = %q, Block of that = %q", s, block, again)
		}
	})
}

func TestWidth(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"Acme Corp", 9},
		{"株式会社", 8},
		{"SRE 🚀", 6},
		{"Café", 4},
		{"e\u0301", 1},
	}
	for _, tt := range tests {
		if got := Width(tt.text); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestIsPlainAtEveryPlace: every byte that is not printable ASCII makes a
// text not plain wherever it is, in the eight bytes looked at together or
// after them, and every printable one keeps it plain.
func TestIsPlainAtEveryPlace(t *testing.T) {
	plain := strings.Repeat("Acme ~ 9", 3) + "xyz" // three words and a tail
	for c := range 256 {
		want := c >= 0x20 && c < 0x7f
		for at := range len(plain) {
			s := plain[:at] + string([]byte{byte(c)}) + plain[at+1:]
			if got := IsPlain(s); got != want {
				t.Fatalf("IsPlain(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
