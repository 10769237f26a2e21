package export

import (
	"bytes"
	"strings"
	"testing"
)

// Only a plain web address becomes the calendar event's URL and a
// Markdown link; anything a calendar app or a Markdown viewer could be
// tricked by stays text, in the location and the Where line.
func TestOnlyPlainWebAddressesBecomeLinks(t *testing.T) {
	tests := []struct {
		name, where string
		link        bool
	}{
		{"https", "https://meet.example.com/abc?x=1", true},
		{"http", "http://example.com/room", true},
		{"a tilde in the path", "https://x.example/~dana/room", true},
		{"spaces around", "  https://meet.example.com/abc  ", true},
		{"another scheme with a host", "ftp://files.example.com/room", false},
		{"a script", "javascript:alert(1)", false},
		{"data", "data:text/html,hello", false},
		{"a space inside", "https://x.example/a b", false},
		{"a tab inside", "https://x.example/a\tb", false},
		{"a control character", "https://x.example/a\x01b", false},
		{"a delete character", "https://x.example/a\x7fb", false},
		{"an angle bracket", "https://x.example/a<b", false},
		{"a closing angle bracket", "https://x.example/a>b", false},
		{"a quote", `https://x.example/a"b`, false},
		{"a host not in ASCII", "https://exämple.com/", false},
		{"a bidi control", "https://x.example/\u202eexe.txt", false},
		{"no host", "https:///path", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := hardJob()
			j.Rounds[0].Where = tt.where
			ev := parseICS(t, exportICS(t, j)).children("VEVENT")[0]
			url, hasURL := ev.get("URL")
			var md bytes.Buffer
			if err := Markdown(&md, j, now); err != nil {
				t.Fatal(err)
			}
			mdLink := strings.Contains(md.String(), "- **Where:** <")
			switch {
			case tt.link && (url != strings.TrimSpace(tt.where) || !mdLink):
				t.Errorf("%q: URL %q, Markdown link %v; want both", tt.where, url, mdLink)
			case !tt.link && (hasURL || mdLink):
				t.Errorf("%q became a link: URL %q, Markdown link %v", tt.where, url, mdLink)
			}
		})
	}
}
