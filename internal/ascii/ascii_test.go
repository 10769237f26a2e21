package ascii

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestNeeded(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want bool
	}{
		{"no locale", nil, false},
		{"UTF-8", map[string]string{"LANG": "en_US.UTF-8"}, false},
		{"utf8 spelled short", map[string]string{"LANG": "de_DE.utf8"}, false},
		{"C.UTF-8", map[string]string{"LC_ALL": "C.UTF-8"}, false},
		{"C", map[string]string{"LC_ALL": "C"}, true},
		{"POSIX", map[string]string{"LANG": "POSIX"}, true},
		{"Latin-1", map[string]string{"LANG": "en_US.ISO-8859-1"}, true},
		{"no character set", map[string]string{"LANG": "en_US"}, true},
		{"LC_ALL wins over LANG", map[string]string{"LC_ALL": "C", "LANG": "en_US.UTF-8"}, true},
		{"LC_CTYPE wins over LANG", map[string]string{"LC_CTYPE": "en_GB.UTF-8", "LANG": "C"}, false},
		{"an empty LC_ALL is not set", map[string]string{"LC_ALL": "", "LANG": "C"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Needed(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("Needed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReplace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[✓] Read the news", "[v] Read the news"},
		{"✗ could not save", "x could not save"},
		{"████░░░░ 4/8", "####.... 4/8"},
		{"▰▰▱", "##."},
		{"─────", "-----"},
		{"╭──╮\n│ai│\n╰──╯", "+--+\n|ai|\n+--+"},
		{"┃ note", "| note"},
		{"› Offer", "> Offer"},
		{"Acme Corp · Backend Engineer", "Acme Corp - Backend Engineer"},
		{"↑/k up • ↓/j down", "^/k up - v/j down"},
		{"Saving…", "Saving."},
		{"Remove “Pick the outfit”? y/n", `Remove "Pick the outfit"? y/n`},
		{"Acme Corp — Backend", "Acme Corp - Backend"},
		{"⚠ 2 job files", "! 2 job files"},
		{"Acme␛[2J", "Acme?[2J"},
		{"at least 60×16", "at least 60x16"},
		{"Café Müller 株式会社", "Café Müller 株式会社"},
		{"\x1b[1;32m✓\x1b[0m", "\x1b[1;32mv\x1b[0m"},
	}
	for _, tt := range tests {
		got := Replace(tt.in)
		if got != tt.want {
			t.Errorf("Replace(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if ansi.StringWidth(got) != ansi.StringWidth(tt.in) {
			t.Errorf("Replace(%q) is %d columns wide, the original %d", tt.in, ansi.StringWidth(got), ansi.StringWidth(tt.in))
		}
	}
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	n, err := Writer(&b).Write([]byte("Acme Corp — Backend\n"))
	if err != nil || n != len("Acme Corp — Backend\n") || b.String() != "Acme Corp - Backend\n" {
		t.Errorf("Write = %d, %v; wrote %q", n, err, b.String())
	}
}
