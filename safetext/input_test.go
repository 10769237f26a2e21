package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

func TestField(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Acme Corp", "Acme Corp"},
		{"empty", "", ""},
		{"accents, CJK, emoji", "Café 株式会社 👩‍💻 👍🏽", "Café 株式会社 👩‍💻 👍🏽"},
		{"right-to-left text", "שלום עולם", "שלום עולם"},
		{"bidi override", "invoice\u202efdp.exe", "invoicefdp.exe"},
		{"bidi isolates and marks", "a\u2066b\u2069c\u200ed\u200fe\u061cf", "abcdef"},
		{"carriage return", "safe\rEVIL", "safe EVIL"},
		{"CRLF is one space", "Acme\r\nCorp", "Acme Corp"},
		{"newline", "Acme\nCorp", "Acme Corp"},
		{"line separator", "Acme\u2028Corp\u2029Ltd", "Acme Corp Ltd"},
		{"tab", "a\tb", "a b"},
		{"escape sequence", "Acme\x1b[2J\x1b]0;pwned\x07", "Acme[2J]0;pwned"},
		{"backspace and NUL", "abc\b\x00d", "abcd"},
		{"DEL", "a\x7fb", "ab"},
		{"C1 CSI", "a\u009b2Jb", "a2Jb"},
		{"invalid UTF-8", "a\xffb\xc3", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Field(tt.in)
			if got != tt.want {
				t.Errorf("Field(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkSafe(t, got, false)
		})
	}
}

func TestCut(t *testing.T) {
	family := "👨‍👩‍👧‍👦" // 25 bytes, one character
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"short enough", "Acme", 10, "Acme"},
		{"exactly", "Acme", 4, "Acme"},
		{"ASCII", "Acme Corp", 4, "Acme"},
		{"not inside a two-byte letter", "Café", 4, "Caf"},
		{"not between a letter and its accent", "Cafe\u0301s", 5, "Caf"},
		{"not inside a joined emoji", "ab" + family, 20, "ab"},
		{"a whole joined emoji", "ab" + family + "c", 27, "ab" + family},
		{"not inside a flag", "🇩🇪🇫🇷", 12, "🇩🇪"},
		{"not between skin tone and hand", "👍🏽", 6, ""},
		{"nothing", "", 5, ""},
		{"zero", "Acme", 0, ""},
		// Stacked marks make one character, kept whole or not at all.
		{"a stack of marks", "ok a" + strings.Repeat("\u0301", 10), 5, "ok "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Cut(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Cut(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}

// A megabyte of emoji, each several runes joined, is cut quickly, to the
// limit, and on a character's boundary.
func TestCutMegabyte(t *testing.T) {
	s := strings.Repeat("👩‍💻", 1<<20/11+1)
	got := Cut(s, 500)
	if len(got) > 500 || len(got) < 500-11 {
		t.Fatalf("cut to %d bytes, want at most 500 and no fewer than 489", len(got))
	}
	if !strings.HasPrefix(s, got) || uniseg.GraphemeClusterCount(got) != len(got)/11 || !utf8.ValidString(got) {
		t.Fatalf("cut inside a character: ends %q", got[len(got)-12:])
	}
}

func FuzzField(f *testing.F) {
	for _, s := range []string{"", "Acme", "a\r\nb\rc", "\u202e\u2066", "\x1b[31m", "\xff", "👩‍💻", "\t\a\u0085"} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		field := Field(s)
		checkSafe(t, field, false)
		if again := Field(field); again != field {
			t.Errorf("Field is not stable: Field(%q) = %q, Field of that = %q", s, field, again)
		}
		n %= 64
		cut := Cut(field, n)
		if !strings.HasPrefix(field, cut) || len(cut) > max(0, n) || !utf8.ValidString(cut) {
			t.Errorf("Cut(%q, %d) = %q", field, n, cut)
		}
		if rest := field[len(cut):]; rest != "" && cut != "" &&
			uniseg.GraphemeClusterCount(cut)+uniseg.GraphemeClusterCount(rest) != uniseg.GraphemeClusterCount(field) {
			t.Errorf("Cut(%q, %d) = %q splits a character", field, n, cut)
		}
	})
}
