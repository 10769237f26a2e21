package cli

import (
	"strings"
	"testing"
)

// Help text is broken between words into lines of at most 76 columns,
// each as full as it can be.
func TestWrapped(t *testing.T) {
	words := strings.Repeat("word ", 40) // 40 words of 4 letters: 15 a line
	lines := strings.Split(wrapped(words), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, want := range []int{15, 15, 10} {
		if got := len(strings.Fields(lines[i])); got != want || len(lines[i]) > 76 || strings.HasSuffix(lines[i], " ") {
			t.Errorf("line %d holds %d words in %d columns, want %d words in at most 76: %q", i+1, got, len(lines[i]), want, lines[i])
		}
	}
	// A line may take all 76 columns.
	full := strings.Repeat("word ", 14) + "sixsix"
	if got := wrapped(full + " x"); got != full+"\nx" {
		t.Errorf("a line of 76 columns was broken early:\n%s", got)
	}
	if got := wrapped("   "); got != "" {
		t.Errorf("wrapped of no words = %q", got)
	}
}
